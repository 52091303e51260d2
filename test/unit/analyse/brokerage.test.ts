/**
 * Effective size (Burt 1992) and Gould–Fernandez (1989) brokerage on small hand-made graphs,
 * every expected value derived by hand in the comments; a brute-force count written here from the
 * definition checks the triangle-subtraction kernel on random graphs with hubs. And the broker
 * annotations of analyseGraph: the types a broker links and its data-quality flags.
 */

import { describe, it, expect } from 'vitest';
import { toCsr, type Csr } from '../../../src/analyse/csr.js';
import { effectiveSize } from '../../../src/analyse/effective-size.js';
import { brokerage, brokeredGroups } from '../../../src/analyse/brokerage.js';
import { analyseGraph, type AnalyseOptions } from '../../../src/analyse/index.js';
import { createRng } from '../../../src/analyse/rng.js';
import { STAKEHOLDER_TYPES, type StakeholderType } from '../../../src/config/stakeholder-types.js';
import { buildGraph, randomGraphEdges, type EdgeList } from './graph-helpers.js';

const T = (t: StakeholderType | ''): number => STAKEHOLDER_TYPES.indexOf(t as StakeholderType);

function setup(edges: EdgeList, types: Record<string, StakeholderType | ''>, nodes: string[] = []): { csr: Csr; group: Int32Array } {
  const csr = toCsr(buildGraph(edges, nodes));
  return { csr, group: Int32Array.from(csr.keys, (k) => T(types[k] ?? '')) };
}

function countsOf(csr: Csr, group: Int32Array): Record<string, [number | null, number | null, number | null, number | null]> {
  const r = brokerage(csr, group, STAKEHOLDER_TYPES.length);
  return Object.fromEntries(csr.keys.map((k, i) => [k, [r.coordinator[i]!, r.itinerant[i]!, r.gatekeeper[i]!, r.liaison[i]!]]));
}

describe('effective size', () => {
  it('star, triangle, path and isolate', () => {
    // Star h–a, h–b, h–c, h–d: no ties among h's 4 neighbours → 4 − 0 = 4; a leaf: 1 − 0 = 1.
    // Triangle x–y–z: each has 2 neighbours with 1 tie between them → 2 − 2·1/2 = 1.
    // Isolate i: none (NaN in NetworkX) → null.
    const { csr } = setup(
      [
        ['h', 'a'],
        ['h', 'b'],
        ['h', 'c'],
        ['h', 'd'],
        ['x', 'y'],
        ['y', 'z'],
        ['x', 'z'],
      ],
      {},
      ['i'],
    );
    const es = effectiveSize(csr);
    const at = (k: string) => es[csr.keys.indexOf(k)];
    expect(at('h')).toBe(4);
    expect(at('a')).toBe(1);
    for (const k of ['x', 'y', 'z']) expect(at(k)).toBe(1);
    expect(at('i')).toBeNull();
  });

  it('a hub with one tie among its neighbours', () => {
    // h has 4 neighbours a, b, c, d with one tie a–b: 4 − 2·1/4 = 3.5.
    // a has neighbours h, b, tied → 2 − 2·1/2 = 1.
    const { csr } = setup(
      [
        ['h', 'a'],
        ['h', 'b'],
        ['h', 'c'],
        ['h', 'd'],
        ['a', 'b'],
      ],
      {},
    );
    const es = effectiveSize(csr);
    expect(es[csr.keys.indexOf('h')]).toBe(3.5);
    expect(es[csr.keys.indexOf('a')]).toBe(1);
  });
});

describe('Gould–Fernandez brokerage', () => {
  // B (government) has neighbours G1, G2 (government), S1, S2 (sector_organisation),
  // K (knowledge_institute) and U (unknown). G1–S1 are tied; U–G2 are tied.
  // B's pairs without U: C(5, 2) = 10.
  //   {G1,G2} coordinator; {S1,S2} itinerant; {G1,S2} {G1,K} {G2,S1} {G2,S2} {G2,K} gatekeeper (5);
  //   {S1,K} {S2,K} liaison (2); {G1,S1} tied → not counted. Pairs with U are never counted.
  //   → B: 1, 1, 5, 2.
  // G1: neighbours B, S1, tied → 0. G2: neighbours B, U: U unknown → 0. S1: B, G1, tied → 0.
  // S2, K: one neighbour → 0. U: unknown type → null (empty), whatever its neighbours.
  const edges: EdgeList = [
    ['B', 'G1'],
    ['B', 'G2'],
    ['B', 'S1'],
    ['B', 'S2'],
    ['B', 'K'],
    ['B', 'U'],
    ['G1', 'S1'],
    ['G2', 'U'],
  ];
  const types: Record<string, StakeholderType | ''> = {
    B: 'government',
    G1: 'government',
    G2: 'government',
    S1: 'sector_organisation',
    S2: 'sector_organisation',
    K: 'knowledge_institute',
    U: '',
  };

  it('counts each role, leaves out tied pairs and unknown types', () => {
    const { csr, group } = setup(edges, types);
    expect(countsOf(csr, group)).toEqual({
      B: [1, 1, 5, 2],
      G1: [0, 0, 0, 0],
      G2: [0, 0, 0, 0],
      S1: [0, 0, 0, 0],
      S2: [0, 0, 0, 0],
      K: [0, 0, 0, 0],
      U: [null, null, null, null],
    });
  });

  it('the groups a node brokers between', () => {
    // B: G1 (government) is untied to G2, S2, K; S1 (sector) untied to G2; K untied to all.
    // → government, sector_organisation, knowledge_institute. U has no type and is left out.
    // G1: its neighbours B and S1 are tied → none.
    const { csr, group } = setup(edges, types);
    const mark = new Int32Array(csr.n).fill(-1);
    const names = (k: string) => brokeredGroups(csr, group, csr.keys.indexOf(k), mark).map((g) => STAKEHOLDER_TYPES[g]);
    expect(names('B').sort()).toEqual(['government', 'knowledge_institute', 'sector_organisation']);
    expect(names('G1')).toEqual([]);
    expect([...mark].every((v) => v === -1)).toBe(true);
  });

  it('a clique brokers nothing; a star of one type is all coordinator, of two types all gatekeeper or itinerant', () => {
    // K4 of professionals: every pair of neighbours is tied → 0.
    // Star c (civil_society) with leaves l1, l2, l3 (civil_society): C(3,2) = 3 coordinator pairs.
    // Star o (other) with leaves p1, p2 (professional) and q (other):
    //   {p1,p2} itinerant; {p1,q} {p2,q} gatekeeper → 0, 1, 2, 0.
    const { csr, group } = setup(
      [
        ['k1', 'k2'],
        ['k1', 'k3'],
        ['k1', 'k4'],
        ['k2', 'k3'],
        ['k2', 'k4'],
        ['k3', 'k4'],
        ['c', 'l1'],
        ['c', 'l2'],
        ['c', 'l3'],
        ['o', 'p1'],
        ['o', 'p2'],
        ['o', 'q'],
      ],
      {
        k1: 'professional',
        k2: 'professional',
        k3: 'professional',
        k4: 'professional',
        c: 'civil_society',
        l1: 'civil_society',
        l2: 'civil_society',
        l3: 'civil_society',
        o: 'other',
        p1: 'professional',
        p2: 'professional',
        q: 'other',
      },
    );
    const got = countsOf(csr, group);
    for (const k of ['k1', 'k2', 'k3', 'k4']) expect(got[k]).toEqual([0, 0, 0, 0]);
    expect(got.c).toEqual([3, 0, 0, 0]);
    expect(got.o).toEqual([0, 1, 2, 0]);
  });

  it('equals a brute-force count over every pair of neighbours on random graphs with hubs', () => {
    const rng = createRng(7);
    for (let round = 0; round < 5; round++) {
      const edges = randomGraphEdges(rng, 120, 3, 30);
      // Hubs: h0 and h1 tied to a third of the nodes each.
      const extra: Array<readonly [string, string]> = [];
      const keys = [...new Set(edges.flatMap((e) => [e[0], e[1]]))];
      keys.forEach((k, i) => {
        if (i % 3 === 0) extra.push(['h0', k]);
        if (i % 3 === 1) extra.push(['h1', k]);
      });
      const csr = toCsr(buildGraph([...edges, ...extra, ['h0', 'h1']]));
      const group = Int32Array.from(csr.keys, () => Math.floor(rng() * (STAKEHOLDER_TYPES.length + 1)) - 1);
      const got = brokerage(csr, group, STAKEHOLDER_TYPES.length);
      const tied = (a: number, c: number): boolean => {
        for (let p = csr.offsets[a]!; p < csr.offsets[a + 1]!; p++) if (csr.neighbours[p] === c) return true;
        return false;
      };
      for (let b = 0; b < csr.n; b++) {
        if (group[b]! < 0) {
          expect(got.coordinator[b]).toBeNull();
          continue;
        }
        const want = [0, 0, 0, 0];
        const nb = Array.from(csr.neighbours.subarray(csr.offsets[b]!, csr.offsets[b + 1]!));
        for (let x = 0; x < nb.length; x++) {
          for (let y = x + 1; y < nb.length; y++) {
            const a = nb[x]!;
            const c = nb[y]!;
            if (group[a]! < 0 || group[c]! < 0 || tied(a, c)) continue;
            const [ga, gb, gc] = [group[a], group[b], group[c]];
            if (ga === gb && gc === gb) want[0]!++;
            else if (ga === gc) want[1]!++;
            else if (ga === gb || gc === gb) want[2]!++;
            else want[3]!++;
          }
        }
        expect([got.coordinator[b], got.itinerant[b], got.gatekeeper[b], got.liaison[b]], csr.keys[b]).toEqual(want);
      }
    }
  });
});

describe('analyseGraph: broker annotations', () => {
  const opts: AnalyseOptions = { seed: 42, betweenness: { mode: 'auto' }, exactLimit: 20000, autoSamples: 512, threads: 1, resolution: 1 };
  // Two 5-cliques a1…a5 (government) and b1…b5 (sector_organisation), bridged by x, tied to a1,
  // a2, b1 and b2: x has half its ties in each community (P = 0.5) and a1–b1 are not tied, so x is
  // the broker. It links government and sector_organisation.
  const clique = (p: string): Array<[string, string]> => {
    const out: Array<[string, string]> = [];
    for (let i = 1; i <= 5; i++) for (let j = i + 1; j <= 5; j++) out.push([`${p}${i}`, `${p}${j}`]);
    return out;
  };
  const edges: EdgeList = [...clique('a'), ...clique('b'), ['x', 'a1'], ['x', 'a2'], ['x', 'b1'], ['x', 'b2']];
  const typed = (xType: StakeholderType | '', xSources: Array<'register' | 'interview'>) => {
    const g = buildGraph(edges);
    g.forEachNode((k) => g.setNodeAttribute(k, 'type', k.startsWith('a') ? 'government' : 'sector_organisation'));
    g.setNodeAttribute('x', 'type', xType);
    g.setNodeAttribute('x', 'sources', xSources);
    return g;
  };

  it('a broker without type or register entry, and in a near-duplicate pair, is flagged twice', async () => {
    const g = typed('', ['interview']);
    await analyseGraph(g, { ...opts, possibleDuplicates: new Set(['x', 'a3']) });
    const x = g.getNodeAttributes('x');
    expect(x.role).toBe('broker');
    expect(x.brokers_between).toEqual(['government', 'sector_organisation']);
    expect(x.data_quality_flag).toEqual(['no-type-no-register', 'possible-duplicate']);
    // Its own type is unknown: no brokerage counts. Effective size 4 − 2·2/4 = 3 (ties a1–a2, b1–b2).
    expect(x.brokerage_gatekeeper).toBeNull();
    expect(x.effective_size).toBe(3);
    g.forEachNode((k, a) => {
      if (a.role !== 'broker') {
        expect(a.brokers_between, k).toEqual([]);
        expect(a.data_quality_flag, k).toEqual([]);
      }
    });
  });

  it('a typed broker from the register is not flagged', async () => {
    // x government: {a1,b1} {a1,b2} {a2,b1} {a2,b2} gatekeeper (4), {b1,b2} tied, {a1,a2} tied.
    const g = typed('government', ['register']);
    await analyseGraph(g, opts);
    const x = g.getNodeAttributes('x');
    expect(x.role).toBe('broker');
    expect(x.data_quality_flag).toEqual([]);
    expect([x.brokerage_coordinator, x.brokerage_itinerant, x.brokerage_gatekeeper, x.brokerage_liaison]).toEqual([0, 0, 4, 0]);
  });
});
