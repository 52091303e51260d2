/**
 * The privacy rule of docs/contract.md §6 as every exporter applies it (defined once in
 * graph/rating-privacy.ts, which the analysis uses too). The analysis already nulls suppressed
 * means; exporters check again so that no writer can leak one.
 */

export { publishThreshold, publishedRatingMean } from '../graph/rating-privacy.js';
