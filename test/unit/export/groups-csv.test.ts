/**
 * groups.csv's suppression (docs/contract.md §6): hand-made cases of the two anti-differencing
 * rules, and fast-check properties of the whole file on random networks — no published group
 * mean rests on fewer than k ratings, no dimension has exactly one suppressed group with ratings
 * (unless it is the only group with ratings), and rule (b) holds, recomputed here from the
 * organisations' attributes.
 */

import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeSatisfaction } from '../../../src/analyse/satisfaction.js';
import { publishedGroupMeans } from '../../../src/export/group-suppression.js';
import { exportGroupsCsv } from '../../../src/export/groups-csv.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { emptyResult, org, relation } from './fixture.js';

const g = (dimension: string, ratings: number, hiddenRatings = 0) => ({ dimension, ratings, hiddenRatings });

describe('publishedGroupMeans', () => {
  it('suppresses groups with fewer than k ratings', () => {
    expect(publishedGroupMeans([g('type', 3), g('type', 2), g('type', 1)], 3)).toEqual([true, false, false]);
  });

  it('rule (a): a lone suppressed group takes the group with the fewest ratings with it', () => {
    expect(publishedGroupMeans([g('type', 10), g('type', 4), g('type', 2), g('type', 6)], 3)).toEqual([true, false, false, true]);
    // Per dimension: region has two suppressed already, community none.
    expect(
      publishedGroupMeans(
        [g('type', 5), g('type', 1), g('region', 1), g('region', 2), g('region', 9), g('community', 4), g('community', 5)],
        3,
      ),
    ).toEqual([false, false, false, false, true, true, true]);
  });

  it('rule (a): on a tie the first in table order goes', () => {
    expect(publishedGroupMeans([g('region', 5), g('region', 2), g('region', 5)], 3)).toEqual([false, false, true]);
  });

  it('rule (a): groups without ratings neither count nor are chosen', () => {
    expect(publishedGroupMeans([g('type', 0), g('type', 2), g('type', 0), g('type', 7)], 3)).toEqual([false, false, false, false]);
    // The only group with ratings: nothing to pair it with.
    expect(publishedGroupMeans([g('type', 0), g('type', 2)], 3)).toEqual([false, false]);
  });

  it('rule (c): groups of two dimensions with the same organisations share one decision', () => {
    const twin = (dimension: string, ratings: number, members: string) => ({ dimension, ratings, hiddenRatings: 0, members });
    // role: isolate (4) is the one (a) takes with the suppressed core group (b); core 0 holds the
    // same organisations as isolate, so it goes too, and then (a) takes core 8–15's smallest other.
    expect(
      publishedGroupMeans(
        [
          { dimension: 'role', ratings: 30, hiddenRatings: 1 },
          twin('role', 40, 'other'),
          twin('role', 4, 'iso'),
          twin('core', 4, 'iso'),
          twin('core', 20, 'c1'),
          twin('core', 50, 'c2'),
        ],
        3,
      ),
    ).toEqual([false, true, false, false, false, true]);
  });

  it('rule (b): hidden organisation ratings must number 0 or at least k', () => {
    expect(publishedGroupMeans([g('type', 8, 2), g('type', 8, 1), g('type', 8, 3), g('type', 8, 0), g('type', 8, 8)], 3)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    // (b) suppresses one group; (a) then suppresses the smallest other.
    expect(publishedGroupMeans([g('type', 8, 1), g('type', 9), g('type', 4)], 3)).toEqual([false, true, false]);
  });
});

const TYPES = ['government', 'civil_society', 'professional', ''] as const;
const REGIONS = ['Utrecht', 'Zeeland', 'Fryslân', ''] as const;

const orgSpec = fc.record({
  type: fc.constantFrom(...TYPES),
  region: fc.constantFrom(...REGIONS),
  community: fc.integer({ min: 0, max: 3 }),
  ratings: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
  perRating: fc.integer({ min: 1, max: 10 }),
});

type OrgSpec = typeof orgSpec extends fc.Arbitrary<infer T> ? T : never;

function resultOf(specs: ReadonlyArray<OrgSpec>, edges: ReadonlyArray<[number, number]>, k: number) {
  const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  specs.forEach((s, i) =>
    graph.addNode(
      `o${i}`,
      org(`O${i}`, {
        type: s.type,
        region: s.region,
        community: s.community,
        respondents: s.ratings,
        ratings: s.ratings,
        rating_sum: s.ratings * s.perRating,
        rating_mean: s.ratings >= k ? s.perRating : null,
      }),
    ),
  );
  for (const [a, b] of edges) {
    if (a !== b && a < specs.length && b < specs.length && !graph.hasEdge(`o${a}`, `o${b}`))
      graph.addUndirectedEdge(`o${a}`, `o${b}`, relation());
  }
  const result = { ...emptyResult(), graph };
  // As the pipeline does: the group means are decided with the insights (analyse/satisfaction.ts).
  result.insights = { ...result.insights, satisfaction: computeSatisfaction(graph, { minGroupSize: k }) };
  return result;
}

function rows(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n');
  const names = header!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i]!, v])));
}

describe('groups.csv suppression on random networks', () => {
  it('publishes no mean that could be worked out by subtraction', () => {
    fc.assert(
      fc.property(
        fc.array(orgSpec, { minLength: 0, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 20 }),
        fc.integer({ min: 2, max: 5 }),
        (specs, edges, k) => {
          const result = resultOf(specs, edges, k);
          const table = rows(exportGroupsCsv(result, { lang: 'en', minGroupSize: k }));
          const groupOf = (dimension: string, s: (typeof specs)[number]) =>
            dimension === 'type' ? s.type || 'unknown' : dimension === 'region' ? s.region || 'unknown' : String(s.community);
          for (const dimension of ['type', 'region', 'community']) {
            const dim = table.filter((r) => r.dimension === dimension);
            const rated = dim.filter((r) => Number(r.rating_n) > 0);
            const suppressed = rated.filter((r) => r.rating_mean === '');
            if (rated.length > 1) expect(suppressed.length).not.toBe(1);
            for (const r of dim) {
              const members = specs.filter((s) => groupOf(dimension, s) === r.group);
              const ratings = members.reduce((n, s) => n + s.ratings, 0);
              const hidden = members.reduce((n, s) => n + (s.ratings > 0 && s.ratings < k ? s.ratings : 0), 0);
              expect(Number(r.rating_n)).toBe(ratings);
              if (r.rating_mean !== '') {
                expect(ratings).toBeGreaterThanOrEqual(k);
                expect(hidden === 0 || hidden >= k).toBe(true);
                const sum = members.reduce((n, s) => n + s.ratings * s.perRating, 0);
                expect(Number(r.rating_mean)).toBeCloseTo(sum / ratings, 12);
              }
            }
          }
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
