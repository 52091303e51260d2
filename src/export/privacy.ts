/**
 * The privacy rule of docs/contract.md §6 as applied by every exporter: a survey aggregate is published
 * only for a group of at least `minGroupSize` respondents (never below 2). The analysis already
 * nulls suppressed means; exporters check again so that no writer can leak one.
 */

import type { OrgAttributes } from '../graph/types.js';
import type { ExportOptions } from './types.js';

/** The smallest group whose aggregates may be published. */
export function publishThreshold(options: Pick<ExportOptions, 'minGroupSize'>): number {
  return Math.max(2, options.minGroupSize);
}

/** The organisation's mean rating if it may be published, else null (written as empty/`null`). */
export function publishedRatingMean(
  attributes: Pick<OrgAttributes, 'rating_mean' | 'ratings'>,
  options: Pick<ExportOptions, 'minGroupSize'>,
): number | null {
  const mean = attributes.rating_mean;
  if (mean === null || !Number.isFinite(mean)) return null;
  return attributes.ratings >= publishThreshold(options) ? mean : null;
}
