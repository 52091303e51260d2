/**
 * Satisfaction by position (`summary.json.insights.satisfaction`, docs/contract.md §4 and §6):
 * k-core bands; a direct count from the input rows of a small survey run through the real
 * pipeline; and fast-check properties on random networks — no published mean rests on fewer
 * than k ratings, no dimension has exactly one suppressed group with ratings (unless it is the
 * only one), rules (b) and (c) hold — recomputed here from the organisations' attributes.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeSatisfaction, coreBand } from '../../../src/analyse/satisfaction.js';
import { resolveOptions } from '../../../src/cli/options.js';
import type { OrgAttributes, OrgGraph, RelationAttributes, Role } from '../../../src/graph/types.js';
import { runAnalysis } from '../../../src/pipeline.js';
import { SATISFACTION_DIMENSIONS, type SatisfactionDimension } from '../../../src/result.js';
import { org } from '../export/fixture.js';

describe('coreBand', () => {
  it('keeps shells 0–3 and bands deeper shells in doublings', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 15, 16, 40].map(coreBand)).toEqual(['0', '1', '2', '3', '4-7', '4-7', '8-15', '8-15', '16-31', '32-63']);
  });
});

const CONTACTS = `organisation,type,region
Alfa,gemeente,Utrecht
Bravo,sectororganisatie,Utrecht
Charlie,kennisinstelling,Zeeland
Delta,gemeente,Zeeland
`;
// Ratings by organisation: Alfa 8, 6, 7 (3 ratings, its own mean 7 is published at k = 3);
// Bravo 5, 9, 4 (3, mean 6, published); Charlie 10 (1, suppressed); Delta 3 and one
// respondent without a rating (1 rating, suppressed). Relations: Alfa–Bravo, Bravo–Charlie.
const SURVEY = `respondent_id,organisation,rating,partners
r1,Alfa,8,Bravo
r2,Alfa,6,
r3,Alfa,7,
r4,Bravo,5,Charlie
r5,Bravo,9,
r6,Bravo,4,
r7,Charlie,10,
r8,Delta,,
r9,Delta,3,
`;
/** The rated rows above: organisation and rating. */
const RATED: Array<[string, number]> = [
  ['alfa', 8],
  ['alfa', 6],
  ['alfa', 7],
  ['bravo', 5],
  ['bravo', 9],
  ['bravo', 4],
  ['charlie', 10],
  ['delta', 3],
];

describe('satisfaction on a small survey, counted from the rows', () => {
  it('counts the ratings per group and applies both anti-differencing rules', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-satisfaction-'));
    writeFileSync(path.join(dir, 'contacts.csv'), CONTACTS);
    writeFileSync(path.join(dir, 'survey.csv'), SURVEY);
    const result = await runAnalysis(resolveOptions([dir], { quiet: true }, {}, dir, false));
    const s = result.insights.satisfaction;
    // Type: government = Alfa + Delta, 4 ratings, but Delta's single rating is hidden (rule (b):
    // 1 hidden rating is neither 0 nor ≥ 3); sector_organisation = Bravo, 3 ratings, mean 6;
    // knowledge_institute = Charlie, 1 rating.
    expect(s.type).toEqual([
      { group: 'government', organisations: 2, respondents: 5, rating_n: 4, rating_mean: null },
      { group: 'knowledge_institute', organisations: 1, respondents: 1, rating_n: 1, rating_mean: null },
      { group: 'sector_organisation', organisations: 1, respondents: 3, rating_n: 3, rating_mean: 6 },
    ]);
    // Region: Utrecht = Alfa + Bravo, 6 ratings, mean 39 / 6 = 6.5, would be published; Zeeland,
    // 2 ratings, is suppressed; being the only suppressed one, rule (a) takes Utrecht with it.
    expect(s.region).toEqual([
      { group: 'Utrecht', organisations: 2, respondents: 6, rating_n: 6, rating_mean: null },
      { group: 'Zeeland', organisations: 2, respondents: 3, rating_n: 2, rating_mean: null },
    ]);
    // Role, core band and community: rating_n equals the count of rated rows whose organisation
    // is in the group, whatever the group.
    for (const dimension of ['role', 'core', 'community'] as const) {
      const groupOf = (id: string): string => {
        const a = result.graph.getNodeAttributes(id);
        return dimension === 'role' ? a.role : dimension === 'core' ? coreBand(a.core) : String(a.community);
      };
      for (const g of s[dimension]) {
        const rows = RATED.filter(([id]) => groupOf(id) === g.group);
        expect(g.rating_n, `${dimension} ${g.group}`).toBe(rows.length);
      }
      expect(s[dimension].reduce((n, g) => n + g.rating_n, 0)).toBe(RATED.length);
    }
    // Delta names no partner and is named by none: an isolate in shell 0.
    expect(s.role.find((g) => g.group === 'isolate')).toMatchObject({ organisations: 1, rating_n: 1, rating_mean: null });
    expect(s.core.map((g) => g.group)).toEqual(['0', '1']);
  });
});

const ROLES: readonly Role[] = ['core', 'broker', 'peripheral', 'isolate'];
const orgSpec = fc.record({
  type: fc.constantFrom('government', 'civil_society', 'professional', ''),
  region: fc.constantFrom('Utrecht', 'Zeeland', 'Fryslân', ''),
  community: fc.integer({ min: 0, max: 3 }),
  role: fc.constantFrom(...ROLES),
  core: fc.integer({ min: 0, max: 9 }),
  ratings: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
  perRating: fc.integer({ min: 1, max: 10 }),
});
type OrgSpec = typeof orgSpec extends fc.Arbitrary<infer T> ? T : never;

const GROUP: Record<SatisfactionDimension, (s: OrgSpec) => string> = {
  type: (s) => s.type || 'unknown',
  region: (s) => s.region || 'unknown',
  community: (s) => String(s.community),
  role: (s) => s.role,
  core: (s) => coreBand(s.core),
};

describe('satisfaction suppression on random networks', () => {
  it('publishes no mean on fewer than k ratings, no lone suppressed group, and keeps rule (b)', () => {
    fc.assert(
      fc.property(fc.array(orgSpec, { maxLength: 16 }), fc.integer({ min: 2, max: 5 }), (specs, k) => {
        const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
        specs.forEach((s, i) =>
          graph.addNode(
            `o${i}`,
            org(`O${i}`, {
              type: s.type as OrgAttributes['type'],
              region: s.region,
              community: s.community,
              role: s.role,
              core: s.core,
              respondents: s.ratings,
              ratings: s.ratings,
              rating_sum: s.ratings * s.perRating,
              rating_mean: s.ratings > 0 ? s.perRating : null,
            }),
          ),
        );
        const satisfaction = computeSatisfaction(graph, { minGroupSize: k });
        // Rule (c): groups of two dimensions with the same organisations are published alike.
        const decided = new Map<string, boolean>();
        for (const dimension of SATISFACTION_DIMENSIONS) {
          for (const g of satisfaction[dimension]) {
            if (g.rating_n === 0) continue;
            const members = specs.flatMap((s, i) => (GROUP[dimension](s) === g.group ? [i] : [])).join(',');
            const before = decided.get(members);
            if (before !== undefined) expect(g.rating_mean !== null, `${dimension} ${g.group}`).toBe(before);
            decided.set(members, g.rating_mean !== null);
          }
        }
        for (const dimension of SATISFACTION_DIMENSIONS) {
          const groups = satisfaction[dimension];
          const rated = groups.filter((g) => g.rating_n > 0);
          const suppressed = rated.filter((g) => g.rating_mean === null);
          if (rated.length > 1) expect(suppressed.length, dimension).not.toBe(1);
          expect(groups.reduce((n, g) => n + g.organisations, 0)).toBe(specs.length);
          for (const g of groups) {
            const members = specs.filter((s) => GROUP[dimension](s) === g.group);
            const ratings = members.reduce((n, s) => n + s.ratings, 0);
            expect(g.rating_n).toBe(ratings);
            if (g.rating_mean === null) continue;
            expect(ratings).toBeGreaterThanOrEqual(k);
            // Rule (b): the ratings of members whose own mean is suppressed (fewer than k).
            const hidden = members.reduce((n, s) => n + (s.ratings > 0 && s.ratings < k ? s.ratings : 0), 0);
            expect(hidden === 0 || hidden >= k).toBe(true);
            const sum = members.reduce((n, s) => n + s.ratings * s.perRating, 0);
            expect(g.rating_mean).toBeCloseTo(sum / ratings, 12);
          }
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
