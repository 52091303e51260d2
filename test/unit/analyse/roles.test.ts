import { describe, it, expect } from 'vitest';
import { toCsr } from '../../../src/analyse/csr.js';
import { assignRoles } from '../../../src/analyse/roles.js';
import { clustering } from '../../../src/analyse/clustering.js';
import { renumber } from '../../../src/analyse/communities.js';
import { buildGraph, type EdgeList } from './graph-helpers.js';

/** Roles for a hand-given partition (community label per node) and betweenness (default 0). */
function roles(edges: EdgeList, community: Record<string, number>, betweenness: Record<string, number> = {}) {
  const g = buildGraph(edges, Object.keys(community));
  const csr = toCsr(g);
  const part = renumber(
    csr.keys,
    csr.keys.map((k) => community[k]!),
  );
  const bc = Float64Array.from(csr.keys.map((k) => betweenness[k] ?? 0));
  const r = assignRoles(csr, part, bc, clustering(csr).local);
  return Object.fromEntries(csr.keys.map((k, i) => [k, r.role[i]!]));
}

describe('roles', () => {
  it('a star community: the hub is core (z = 2), leaves peripheral; an isolate is an isolate', () => {
    const r = roles(
      [
        ['h', 'l1'],
        ['h', 'l2'],
        ['h', 'l3'],
        ['h', 'l4'],
      ],
      { h: 0, l1: 0, l2: 0, l3: 0, l4: 0, iso: 1 },
    );
    expect(r).toEqual({ h: 'core', l1: 'peripheral', l2: 'peripheral', l3: 'peripheral', l4: 'peripheral', iso: 'isolate' });
  });

  it('a node tying two groups that are not tied directly is a broker (P = 0.5, a structural hole)', () => {
    const edges: EdgeList = [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a1', 'a3'],
      ['b1', 'b2'],
      ['b2', 'b3'],
      ['b1', 'b3'],
      ['x', 'a1'],
      ['x', 'b1'],
    ];
    const r = roles(edges, { a1: 0, a2: 0, a3: 0, x: 0, b1: 1, b2: 1, b3: 1 });
    expect(r.x).toBe('broker');
  });

  it('no structural hole, no broker: ties into two groups whose members are linked', () => {
    // y is tied to a1 and b1, which are tied to each other: clustering(y) = 1.
    const edges: EdgeList = [
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['a1', 'b1'],
      ['y', 'a1'],
      ['y', 'b1'],
    ];
    const r = roles(edges, { a1: 0, a2: 0, y: 0, b1: 1, b2: 1 });
    expect(r.y).not.toBe('broker');
  });

  it('top betweenness with neighbours in two communities is a broker even with low P', () => {
    // m has 4 ties in its own group and 1 outside: P = 1 − (16+1)/25 = 0.32.
    const edges: EdgeList = [
      ['m', 'a'],
      ['m', 'b'],
      ['m', 'c'],
      ['m', 'd'],
      ['m', 'o'],
      ['o', 'o2'],
    ];
    const community = { m: 0, a: 0, b: 0, c: 0, d: 0, o: 1, o2: 1 };
    expect(roles(edges, community, { m: 0.9, o: 0.3 }).m).toBe('broker');
    expect(roles(edges, community, { m: 0 }).m).toBe('core');
  });

  it('a two-member community: the member with the strictly higher degree is core', () => {
    // p: degree 3 (q, and r1, r2 of the other group): P = 1 − (1 + 4)/9 < 0.5, so not a broker.
    const edges: EdgeList = [
      ['p', 'q'],
      ['p', 'r1'],
      ['p', 'r2'],
      ['r1', 'r2'],
      ['r2', 'r3'],
      ['r1', 'r3'],
    ];
    const r = roles(edges, { p: 0, q: 0, r1: 1, r2: 1, r3: 1 });
    expect(r.p).toBe('core');
    expect(r.q).toBe('peripheral');
    const tie = roles([['p', 'q']], { p: 0, q: 0 });
    expect(tie).toEqual({ p: 'peripheral', q: 'peripheral' });
  });
});
