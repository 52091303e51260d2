/** PageRank ranks (ties share the best rank) and relation statuses, on hand-made waves. */
import { describe, expect, it } from 'vitest';
import { matchOrganisations } from '../../../src/waves/match-organisations.js';
import { rankByPagerank } from '../../../src/waves/pagerank-rank.js';
import { RELATION_STATUSES, relationChanges } from '../../../src/waves/relation-changes.js';
import { makeWave } from './make-wave.js';

describe('rankByPagerank', () => {
  it('gives 1 to the highest value and the best rank to tied values (1, 1, 3, 4, 4)', () => {
    expect([...rankByPagerank([0.3, 0.1, 0.3, 0.2, 0.1])]).toEqual([1, 4, 1, 3, 4]);
  });
  it('handles no organisations and one', () => {
    expect([...rankByPagerank([])]).toEqual([]);
    expect([...rankByPagerank([0.5])]).toEqual([1]);
  });
  it('lets all-equal values share rank 1', () => {
    expect([...rankByPagerank([0.25, 0.25, 0.25, 0.25])]).toEqual([1, 1, 1, 1]);
  });
});

describe('matchOrganisations and relationChanges', () => {
  const old = makeWave({
    orgs: { a: {}, b: {}, c: {}, d: {} },
    edges: [
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['b', 'c', 3],
      ['c', 'd', 1],
    ],
  });
  const now = makeWave({
    orgs: { a: {}, b: {}, c: {}, e: {} },
    edges: [
      ['a', 'b', 2],
      ['a', 'c', 4],
      ['b', 'c', 1],
      ['a', 'e', 1],
    ],
  });
  const m = matchOrganisations(old, now);

  it('joins by id in code-unit order, with absent positions -1', () => {
    expect(m.ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...m.oldIx]).toEqual([0, 1, 2, 3, -1]);
    expect([...m.newIx]).toEqual([0, 1, 2, -1, 3]);
  });

  it('gives each relation its status by weight, sorted by (source, target)', () => {
    const r = relationChanges(old, now, m);
    const rows = Array.from({ length: r.count }, (_, k) => [
      m.ids[r.source[k]!],
      m.ids[r.target[k]!],
      RELATION_STATUSES[r.status[k]!],
      Number.isNaN(r.weightOld[k]!) ? null : r.weightOld[k],
      Number.isNaN(r.weightNew[k]!) ? null : r.weightNew[k],
    ]);
    expect(rows).toEqual([
      ['a', 'b', 'same', 2, 2],
      ['a', 'c', 'stronger', 1, 4],
      ['a', 'e', 'new', null, 1],
      ['b', 'c', 'weaker', 3, 1],
      ['c', 'd', 'gone', 1, null],
    ]);
  });
});
