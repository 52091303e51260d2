import { describe, it, expect } from 'vitest';
import { toCsr, strengths, totalWeight } from '../../../src/analyse/csr.js';
import { coreNumbers } from '../../../src/analyse/core.js';
import { constraint } from '../../../src/analyse/constraint.js';
import { clustering } from '../../../src/analyse/clustering.js';
import { connectedComponents } from '../../../src/analyse/components.js';
import { buildGraph } from './graph-helpers.js';

// A triangle a-b-c with a tail c-d, a separate K4 {w,x,y,z} with a pendant p on w, an isolate.
const g = buildGraph(
  [
    ['a', 'b', 2],
    ['b', 'c', 1],
    ['a', 'c', 1],
    ['c', 'd', 3],
    ['w', 'x'],
    ['w', 'y'],
    ['w', 'z'],
    ['x', 'y'],
    ['x', 'z'],
    ['y', 'z'],
    ['p', 'w'],
  ],
  ['iso'],
);
const csr = toCsr(g);
const at = <T>(values: ArrayLike<T>) => Object.fromEntries(csr.keys.map((k, i) => [k, values[i]!]));

describe('csr', () => {
  it('rows are sorted and carry their weights; strength and total weight', () => {
    for (let u = 0; u < csr.n; u++) {
      for (let p = csr.offsets[u]! + 1; p < csr.offsets[u + 1]!; p++) expect(csr.neighbours[p]!).toBeGreaterThan(csr.neighbours[p - 1]!);
    }
    expect(at(strengths(csr))).toMatchObject({ a: 3, b: 3, c: 5, d: 3, iso: 0, w: 4 });
    expect(totalWeight(csr)).toBe(14);
  });

  it('refuses a weight that is not a positive number', () => {
    expect(() => toCsr(buildGraph([['a', 'b', 0]]))).toThrow(/weight 0/);
    expect(() => toCsr(buildGraph([['a', 'b', Number.NaN]]))).toThrow(/positive number/);
  });
});

describe('components', () => {
  it('counts components, the largest and isolates', () => {
    const c = connectedComponents(csr);
    expect([c.count, c.largest, c.isolates]).toEqual([3, 5, 1]);
    expect(c.of[csr.keys.indexOf('a')]).toBe(c.of[csr.keys.indexOf('d')]);
  });
});

describe('core numbers (Batagelj–Zaversnik)', () => {
  it('hand values', () => {
    expect(at(coreNumbers(csr))).toEqual({ a: 2, b: 2, c: 2, d: 1, iso: 0, p: 1, w: 3, x: 3, y: 3, z: 3 });
  });
});

describe('clustering', () => {
  it('local, average over all nodes and transitivity', () => {
    const r = clustering(csr);
    const local = at(r.local);
    expect(local).toMatchObject({ a: 1, b: 1, d: 0, iso: 0, p: 0, x: 1 });
    expect(local.c).toBeCloseTo(1 / 3, 15); // 1 of 3 neighbour pairs linked
    expect(local.w).toBeCloseTo(1 / 2, 15); // 3 of 6
    expect(r.average).toBeCloseTo((1 + 1 + 1 / 3 + 0 + 0 + 0 + 0.5 + 1 + 1 + 1) / 10, 15);
    // triangles: 1 + 4 = 5; connected triples: Σ C(d,2) = 1+1+3+0+0+0+6+3+3+3 = 20
    expect(r.transitivity).toBeCloseTo((3 * 5) / 20, 15);
  });

  it('empty graph', () => {
    expect(clustering(toCsr(buildGraph([])))).toEqual({ local: new Float64Array(0), average: 0, transitivity: 0 });
  });
});

describe('constraint (Burt, unweighted)', () => {
  it('hand values; null for isolates', () => {
    const c = at(constraint(csr));
    expect(c.iso).toBeNull();
    expect(c.d).toBe(1); // a single tie: fully constrained
    // a: p = 1/2 to b and c; indirect a→c→b = 1/2 · 1/3 and a→b→c = 1/2 · 1/2.
    expect(c.a).toBeCloseTo((1 / 2 + 1 / 6) ** 2 + (1 / 2 + 1 / 4) ** 2, 14);
    // c: p = 1/3 to a, b, d; a and b are linked (indirect 1/3 · 1/2 each way), d is not.
    expect(c.c).toBeCloseTo(2 * (1 / 3 + 1 / 6) ** 2 + (1 / 3) ** 2, 14);
  });

  it('a star centre spreads its ties: 1/deg', () => {
    const star = toCsr(
      buildGraph([
        ['s', 'a'],
        ['s', 'b'],
        ['s', 'c'],
        ['s', 'd'],
      ]),
    );
    expect(constraint(star)[star.keys.indexOf('s')]).toBeCloseTo(0.25, 15);
  });
});
