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
 * - (c) groups of different dimensions that hold exactly the same organisations (the isolates
 *   are both role `isolate` and k-core shell 0; a community of one organisation may also be the
 *   only one of its region) share one decision: when one is suppressed, so are the others —
 *   otherwise the published twin would give away the one (a) suppressed. Groups carry a
 *   `members` fingerprint for this; a collision of fingerprints only suppresses more.
 *
 * (a) and (c) are applied again until nothing changes (each step only suppresses more).
 * Ratings are counted, not respondents: a respondent without a rating adds nothing.
 */

/** The ratings of one group of organisations, in the order of the table. */
export interface GroupRatings {
  dimension: string;
  /** Ratings given by respondents of the group's organisations. */
  ratings: number;
  /** Of those, the ratings of organisations whose own mean is suppressed. */
  hiddenRatings: number;
  /** A fingerprint of the group's organisations (`membersFingerprint`), for rule (c); absent: no twin. */
  members?: string;
}

/** A running fingerprint of a set of organisation ids: the count and two order-free sums of 32-bit hashes. */
export class MembersFingerprint {
  private count = 0;
  private a = 0;
  private b = 0;

  add(id: string): void {
    // FNV-1a and a second multiplier, summed modulo 2^32 (order-free).
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    this.count++;
    this.a = (this.a + (h1 >>> 0)) >>> 0;
    this.b = (this.b + (h2 >>> 0)) >>> 0;
  }

  toString(): string {
    return `${this.count}:${this.a}:${this.b}`;
  }
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
  const twins = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g.members === undefined || g.ratings <= 0) return;
    const list = twins.get(g.members);
    if (list) list.push(i);
    else twins.set(g.members, [i]);
  });
  let changed = true;
  while (changed) {
    changed = false;
    for (const rated of byDimension.values()) {
      if (rated.filter((i) => !published[i]).length !== 1) continue;
      let second: number | undefined;
      for (const i of rated) {
        if (published[i] && (second === undefined || groups[i]!.ratings < groups[second]!.ratings)) second = i;
      }
      if (second !== undefined) {
        published[second] = false;
        changed = true;
      }
    }
    for (const same of twins.values()) {
      if (same.length < 2 || same.every((i) => published[i]) || same.every((i) => !published[i])) continue;
      for (const i of same) published[i] = false;
      changed = true;
    }
  }
  return published;
}
