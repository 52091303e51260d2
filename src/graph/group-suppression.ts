/**
 * Small-group suppression of group means (docs/contract.md §6), for groups.csv and for
 * `summary.json.insights.satisfaction` alike (one rule, defined once). A group mean
 * is published only when it rests on at least `threshold` ratings and cannot be used to work
 * out a suppressed value by subtraction:
 *
 * - (b) the ratings of the group's organisations whose own mean is suppressed add up to 0 or to
 *   at least `threshold` (otherwise the group mean minus the published organisation means would
 *   give them away);
 * - (a) within one dimension, when exactly one group with ratings is suppressed, a second one is
 *   suppressed too — the published one with the fewest ratings, the first in the given (sort)
 *   order on a tie — because every dimension splits the same ratings, so the published groups
 *   and the overall mean would give the one suppressed group away.
 *
 * Ratings are counted, not respondents: a respondent without a rating adds nothing.
 */

/** The ratings of one group of organisations, in the order of the table. */
export interface GroupRatings {
  dimension: string;
  /** Ratings given by respondents of the group's organisations. */
  ratings: number;
  /** Of those, the ratings of organisations whose own mean is suppressed. */
  hiddenRatings: number;
}

/** Whether each group's mean may be published, in the order given. `threshold` ≥ 2 (privacy.ts, `publishThreshold`). */
export function publishedGroupMeans(groups: readonly GroupRatings[], threshold: number): boolean[] {
  const published = groups.map((g) => g.ratings >= threshold && (g.hiddenRatings === 0 || g.hiddenRatings >= threshold));
  const byDimension = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g.ratings <= 0) return;
    const list = byDimension.get(g.dimension);
    if (list) list.push(i);
    else byDimension.set(g.dimension, [i]);
  });
  for (const rated of byDimension.values()) {
    if (rated.filter((i) => !published[i]).length !== 1) continue;
    let second: number | undefined;
    for (const i of rated) {
      if (published[i] && (second === undefined || groups[i]!.ratings < groups[second]!.ratings)) second = i;
    }
    if (second !== undefined) published[second] = false;
  }
  return published;
}
