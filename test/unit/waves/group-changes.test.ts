/**
 * groups.csv of two waves: each wave's means suppressed under the comparison's threshold (with
 * rule (a) of docs/contract.md §6 run again), the change only where both means are published.
 */
import { describe, expect, it } from 'vitest';
import { groupChanges } from '../../../src/waves/group-changes.js';
import type { WaveGroup } from '../../../src/waves/wave.js';
import { makeWave } from './make-wave.js';

const g = (dimension: string, group: string, rating_n: number, rating_mean: number | null): WaveGroup => ({
  dimension,
  group,
  values: { organisations: 1, rating_n, rating_mean },
});

describe('groupChanges', () => {
  it('publishes a change only where both waves publish the mean', () => {
    // OLD hides professional and other (2 ratings each, below 3); NEW publishes all four.
    const old = makeWave({
      orgs: {},
      groups: [g('type', 'government', 10, 7), g('type', 'professional', 2, null), g('type', 'other', 2, null), g('type', 'sector', 6, 6)],
    });
    const now = makeWave({
      orgs: {},
      groups: [g('type', 'government', 12, 7.5), g('type', 'professional', 6, 8), g('type', 'other', 5, 6.4), g('type', 'sector', 6, 6.25)],
    });
    const rows = groupChanges(old, now, 3).map((c) => [c.group, c.old?.rating_mean, c.new?.rating_mean, c.ratingChange]);
    expect(rows).toEqual([
      ['government', 7, 7.5, 0.5],
      ['other', null, 6.4, null],
      ['professional', null, 8, null],
      ['sector', 6, 6.25, 0.25],
    ]);
  });

  it('suppresses under a larger threshold, and a second group when only one would be hidden', () => {
    // With threshold 5: OLD professional (4 ratings) is hidden; it is the only hidden rated group
    // of the dimension, so the published one with the fewest ratings (other, 5) is hidden too.
    const old = makeWave({ orgs: {}, groups: [g('type', 'government', 10, 7), g('type', 'professional', 4, 6), g('type', 'other', 5, 6)] });
    const now = makeWave({ orgs: {}, groups: [g('type', 'government', 10, 7), g('type', 'professional', 9, 8), g('type', 'other', 9, 6)] });
    const rows = groupChanges(old, now, 5).map((c) => [c.group, c.old?.rating_mean, c.new?.rating_mean, c.ratingChange]);
    expect(rows).toEqual([
      ['government', 7, 7, 0],
      ['other', null, 6, null],
      ['professional', null, 8, null],
    ]);
  });

  it('leaves out the community dimension and joins groups present in one wave only', () => {
    const old = makeWave({ orgs: {}, groups: [g('region', 'Utrecht', 3, 7), g('community', '0', 3, 7)] });
    const now = makeWave({ orgs: {}, groups: [g('region', 'Zeeland', 3, 7)] });
    const rows = groupChanges(old, now, 3).map((c) => [c.dimension, c.group, c.old === null, c.new === null]);
    expect(rows).toEqual([
      ['region', 'Utrecht', false, true],
      ['region', 'Zeeland', true, false],
    ]);
  });
});

describe('groupChanges: twins', () => {
  it('gives a type and a region with the very same organisations one decision (rule (c))', () => {
    // a and b are the only professionals and the only organisations in Zeeland: twins.
    const orgs = {
      a: { type: 'professional', region: 'Zeeland' },
      b: { type: 'professional', region: 'Zeeland' },
      c: { type: 'government', region: 'Utrecht' },
      d: { type: 'government', region: 'Utrecht' },
      e: { type: 'civil_society', region: 'Utrecht' },
    };
    const old = makeWave({
      orgs,
      groups: [
        g('type', 'civil_society', 4, 7),
        g('type', 'government', 8, 7),
        g('type', 'professional', 6, 6),
        g('region', 'Utrecht', 12, 7),
        g('region', 'Zeeland', 6, 6),
      ],
    });
    const rows = groupChanges(old, old, 5).map((c) => [c.dimension, c.group, c.old?.rating_mean ?? null]);
    // Threshold 5: civil_society (4 ratings) is hidden; rule (a) then hides professional (6, the
    // fewest of the rest); rule (c) hides its twin Zeeland (published alone it would give
    // professional away); rule (a) in the region dimension then hides Utrecht too.
    expect(rows).toEqual([
      ['type', 'civil_society', null],
      ['type', 'government', 7],
      ['type', 'professional', null],
      ['region', 'Utrecht', null],
      ['region', 'Zeeland', null],
    ]);
  });
});
