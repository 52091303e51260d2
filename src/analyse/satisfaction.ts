/**
 * Satisfaction by network position (`summary.json.insights.satisfaction`, docs/contract.md §4):
 * the number and mean of the survey ratings given by respondents of each group of
 * organisations, for five ways of grouping them — stakeholder `type`, `region`, `community`,
 * `role` (core, broker, peripheral, isolate) and `core`, the k-core shell in bands (`coreBand`).
 * Organisations without a type or region form the group `unknown`. Means are published under
 * the group rules of docs/contract.md §6, including the two anti-differencing rules
 * (graph/group-suppression.ts), and groups with the same organisations in two dimensions (the
 * isolates: role `isolate` and shell 0) share one decision. groups.csv takes its means from here,
 * so both outputs publish the same decisions.
 * Groups are in table order: types, regions and bands as groupsCsv sorts them (code unit;
 * communities by number; bands by their lowest shell), roles in the order core, broker,
 * peripheral, isolate. Counts only: this says nothing about cause (see the report's wording).
 */

import { compareCodeUnits } from '../compare.js';
import { MembersFingerprint, publishedGroupMeans } from '../graph/group-suppression.js';
import { publishThreshold, publishedRatingMean } from '../graph/rating-privacy.js';
import type { OrgAttributes, OrgGraph, Role } from '../graph/types.js';
import { SATISFACTION_DIMENSIONS, type Satisfaction, type SatisfactionDimension } from '../result.js';

export const UNKNOWN_GROUP = 'unknown';

const ROLE_ORDER: readonly Role[] = ['core', 'broker', 'peripheral', 'isolate'];

/**
 * The band of a k-core number: shells 0 to 3 as they are (`0` … `3`), higher shells in bands
 * that double (`4-7`, `8-15`, `16-31`, …), so that a few organisations in a deep shell do not
 * each form a group of their own.
 */
export function coreBand(core: number): string {
  if (core <= 3) return String(core);
  const low = 2 ** Math.floor(Math.log2(core));
  return `${low}-${2 * low - 1}`;
}

const GROUP_OF: Record<SatisfactionDimension, (a: OrgAttributes) => string> = {
  type: (a) => a.type || UNKNOWN_GROUP,
  region: (a) => a.region || UNKNOWN_GROUP,
  community: (a) => String(a.community),
  role: (a) => a.role,
  core: (a) => coreBand(a.core),
};

const ORDER: Record<SatisfactionDimension, (a: string, b: string) => number> = {
  type: compareCodeUnits,
  region: compareCodeUnits,
  community: (a, b) => Number(a) - Number(b),
  role: (a, b) => ROLE_ORDER.indexOf(a as Role) - ROLE_ORDER.indexOf(b as Role),
  core: (a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10),
};

interface Tally {
  dimension: SatisfactionDimension;
  group: string;
  organisations: number;
  respondents: number;
  ratings: number;
  ratingSum: number;
  hiddenRatings: number;
  fingerprint: MembersFingerprint;
  members?: string;
}

export function computeSatisfaction(graph: OrgGraph, options: { minGroupSize: number }): Satisfaction {
  const tallies: Tally[] = [];
  for (const dimension of SATISFACTION_DIMENSIONS) {
    const groups = new Map<string, Tally>();
    const groupOf = GROUP_OF[dimension];
    graph.forEachNode((id, a) => {
      const group = groupOf(a);
      let t = groups.get(group);
      if (!t) {
        const fingerprint = new MembersFingerprint();
        t = { dimension, group, organisations: 0, respondents: 0, ratings: 0, ratingSum: 0, hiddenRatings: 0, fingerprint };
        groups.set(group, t);
      }
      t.organisations++;
      t.fingerprint.add(id);
      t.respondents += a.respondents;
      if (a.ratings > 0) {
        t.ratings += a.ratings;
        t.ratingSum += a.rating_sum;
        if (publishedRatingMean(a, options) === null) t.hiddenRatings += a.ratings;
      }
    });
    tallies.push(...[...groups.values()].sort((x, y) => ORDER[dimension](x.group, y.group)));
  }
  for (const t of tallies) t.members = t.fingerprint.toString();
  const published = publishedGroupMeans(tallies, publishThreshold(options));
  const out = Object.fromEntries(SATISFACTION_DIMENSIONS.map((d) => [d, []])) as unknown as Satisfaction;
  tallies.forEach((t, i) => {
    out[t.dimension].push({
      group: t.group,
      organisations: t.organisations,
      respondents: t.respondents,
      rating_n: t.ratings,
      rating_mean: published[i] ? t.ratingSum / t.ratings : null,
    });
  });
  return out;
}
