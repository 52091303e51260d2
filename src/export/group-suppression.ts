/**
 * The group-mean suppression of docs/contract.md §6 as exporters use it (defined once in
 * graph/group-suppression.ts, which the analysis uses too).
 */

export { type GroupRatings, publishedGroupMeans } from '../graph/group-suppression.js';
