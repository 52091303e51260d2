/**
 * The privacy rule of docs/contract.md §6 for survey aggregates: a mean rating is published only
 * for a group of at least `minGroupSize` respondents (never below 2). One rule for every layer:
 * the analysis (insights) and every exporter (via export/privacy.ts) ask this module.
 */

import type { OrgAttributes } from './types.js';

/** The smallest group whose aggregates may be published. */
export function publishThreshold(options: { minGroupSize: number }): number {
  return Math.max(2, options.minGroupSize);
}

/** The organisation's mean rating if it may be published, else null (written as empty/`null`). */
export function publishedRatingMean(
  attributes: Pick<OrgAttributes, 'rating_mean' | 'ratings'>,
  options: { minGroupSize: number },
): number | null {
  const mean = attributes.rating_mean;
  if (mean === null || !Number.isFinite(mean)) return null;
  return attributes.ratings >= publishThreshold(options) ? mean : null;
}
