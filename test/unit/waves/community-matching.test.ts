/**
 * Community matching by Jaccard overlap (threshold 0.3), on hand-made waves with the overlaps
 * worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { matchCommunities, MATCH_THRESHOLD } from '../../../src/waves/community-matching.js';
import { matchOrganisations } from '../../../src/waves/match-organisations.js';
import { makeWave } from './make-wave.js';

const orgs = (spec: Record<string, number>) => Object.fromEntries(Object.entries(spec).map(([id, community]) => [id, { community }]));

describe('matchCommunities', () => {
  it('uses the documented threshold', () => {
    expect(MATCH_THRESHOLD).toBe(0.3);
  });

  it('finds stable, split, merged, new and dissolved communities', () => {
    // OLD: 0 = {a1..a4}, 1 = {b1..b4}, 2 = {c1, c2}, 3 = {d1..d3}, 4 = {g1..g4}
    // NEW: 0 = {a1..a4, a5} (J 4/5 with OLD 0: stable),
    //      1 = {b1, b2}, 2 = {b3, b4} (J 2/4 = 0.5 each with OLD 1: split),
    //      3 = {c1, c2, d1, d2, d3} (J 2/5 with OLD 2, 3/5 with OLD 3: merged),
    //      4 = {n1, n2} (no overlap: new); OLD 4 is spread over 4 singletons (J 1/4 < 0.3: dissolved)
    //      5..8 = {g1}..{g4}: each J 1/4 with OLD 4, no match: new.
    const old = makeWave({
      orgs: orgs({ a1: 0, a2: 0, a3: 0, a4: 0, b1: 1, b2: 1, b3: 1, b4: 1, c1: 2, c2: 2, d1: 3, d2: 3, d3: 3, g1: 4, g2: 4, g3: 4, g4: 4 }),
    });
    const now = makeWave({
      orgs: orgs({
        a1: 0,
        a2: 0,
        a3: 0,
        a4: 0,
        a5: 0,
        b1: 1,
        b2: 1,
        b3: 2,
        b4: 2,
        c1: 3,
        c2: 3,
        d1: 3,
        d2: 3,
        d3: 3,
        n1: 4,
        n2: 4,
        g1: 5,
        g2: 6,
        g3: 7,
        g4: 8,
      }),
    });
    const rows = matchCommunities(old, now, matchOrganisations(old, now)).map((c) => [c.old, c.new, c.jaccard, c.kind, c.shared]);
    expect(rows).toEqual([
      [0, 0, 0.8, 'stable', 4],
      [1, 1, 0.5, 'split', 2],
      [1, 2, 0.5, 'split', 2],
      [2, 3, 0.4, 'merged', 2],
      [3, 3, 0.6, 'merged', 3],
      [4, null, null, 'dissolved', 0],
      [null, 4, null, 'new', 0],
      [null, 5, null, 'new', 0],
      [null, 6, null, 'new', 0],
      [null, 7, null, 'new', 0],
      [null, 8, null, 'new', 0],
    ]);
  });

  it('counts members of one wave only in the union', () => {
    // OLD 0 = {a, b, c, d}; NEW 0 = {a, b} (c, d left): J = 2/4 = 0.5, stable.
    const old = makeWave({ orgs: orgs({ a: 0, b: 0, c: 0, d: 0 }) });
    const now = makeWave({ orgs: orgs({ a: 0, b: 0 }) });
    expect(matchCommunities(old, now, matchOrganisations(old, now))).toEqual([
      { old: 0, new: 0, jaccard: 0.5, kind: 'stable', shared: 2, sizeOld: 4, sizeNew: 2 },
    ]);
  });
});
