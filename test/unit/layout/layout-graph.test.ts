import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { layoutGraph, forceAtlas2Iterations } from '../../../src/layout/index.js';
import { createRng } from '../../../src/analyse/rng.js';
import { packDiscs, type Disc } from '../../../src/layout/pack-discs.js';
import { generateGraph } from '../../browser/fixtures.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { blankMetrics } from '../../../src/graph/types.js';

const positions = (g: OrgGraph) => g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join('|');

function fresh(nodes: number, edges: number, seed = 9): OrgGraph {
  return generateGraph({ nodes, edges, seed, communitySize: 30, layout: false });
}

describe('layoutGraph', () => {
  it('is deterministic: same graph and seed give identical positions', () => {
    const a = fresh(600, 2400);
    const b = fresh(600, 2400);
    layoutGraph(a, { seed: 42 });
    layoutGraph(b, { seed: 42 });
    expect(positions(a)).toBe(positions(b));
  });

  it('depends on the seed', () => {
    const a = fresh(300, 900);
    const b = fresh(300, 900);
    layoutGraph(a, { seed: 1 });
    layoutGraph(b, { seed: 2 });
    expect(positions(a)).not.toBe(positions(b));
  });

  it('gives every node finite coordinates rounded to 2 decimals', () => {
    const g = fresh(400, 1200);
    layoutGraph(g, { seed: 42 });
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(Math.round(a.x * 100) / 100).toBe(a.x);
      expect(Math.round(a.y * 100) / 100).toBe(a.y);
    });
  });

  it('keeps communities apart: members are closer to their own community centre', () => {
    const g = fresh(900, 3600, 4);
    layoutGraph(g, { seed: 42 });
    const centre = new Map<number, { x: number; y: number; n: number }>();
    g.forEachNode((n, a) => {
      if (g.degree(n) === 0) return;
      const c = centre.get(a.community) ?? { x: 0, y: 0, n: 0 };
      c.x += a.x;
      c.y += a.y;
      c.n++;
      centre.set(a.community, c);
    });
    for (const c of centre.values()) {
      c.x /= c.n;
      c.y /= c.n;
    }
    let own = 0;
    let total = 0;
    g.forEachNode((n, a) => {
      if (g.degree(n) === 0 || centre.get(a.community)!.n < 10) return;
      let best = -1;
      let bestD = Infinity;
      for (const [k, c] of centre) {
        if (c.n < 10) continue;
        const d = Math.hypot(a.x - c.x, a.y - c.y);
        if (d < bestD) {
          bestD = d;
          best = k;
        }
      }
      total++;
      if (best === a.community) own++;
    });
    expect(own / total).toBeGreaterThan(0.8);
  });

  it('sets isolates apart, to the right of the connected organisations', () => {
    const g = fresh(300, 800);
    layoutGraph(g, { seed: 42 });
    let maxConnected = -Infinity;
    let minIsolate = Infinity;
    g.forEachNode((n, a) => {
      if (g.degree(n) > 0) maxConnected = Math.max(maxConnected, a.x);
      else minIsolate = Math.min(minIsolate, a.x);
    });
    expect(minIsolate).toBeGreaterThan(maxConnected);
  });

  it('handles an empty graph, one node and two linked nodes', () => {
    const empty: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    layoutGraph(empty, { seed: 42 });
    expect(empty.order).toBe(0);
    const one = generateGraph({ nodes: 1, edges: 0, layout: false });
    layoutGraph(one, { seed: 42 });
    expect(one.getNodeAttributes('org-00000')).toMatchObject({ x: 0, y: 0 });
    const two: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (const id of ['a', 'b'])
      two.addNode(id, {
        ...blankMetrics(),
        label: id,
        type: '',
        region: '',
        themes: [],
        kis_contacts: null,
        respondents: 0,
        rating_mean: null,
        ratings: 0,
        rating_sum: 0,
        products: [],
        sources: [],
        extra: {},
      });
    two.addEdgeWithKey('a\u0000b', 'a', 'b', {
      weight: 1,
      mentions: 1,
      sources: ['interview'],
      interviews: 1,
      respondents: 0,
      relations: [],
      themes: [],
    });
    layoutGraph(two, { seed: 42 });
    const [a, b] = [two.getNodeAttributes('a'), two.getNodeAttributes('b')];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0);
  });

  it('uses a bounded, size-dependent number of ForceAtlas2 iterations', () => {
    expect(forceAtlas2Iterations(2)).toBe(0);
    expect(forceAtlas2Iterations(100)).toBeGreaterThan(forceAtlas2Iterations(10000));
    expect(forceAtlas2Iterations(10000)).toBeLessThanOrEqual(20);
    expect(forceAtlas2Iterations(1e6)).toBeGreaterThan(0);
  });
});

describe('packDiscs', () => {
  it('packs discs without overlap, largest near the centre', () => {
    const rng = createRng(3);
    const discs: Disc[] = Array.from({ length: 200 }, () => ({ r: 1 + rng() * 20, x: 0, y: 0 })).sort((a, b) => b.r - a.r);
    packDiscs(discs);
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-6);
      }
    const d0 = Math.hypot(discs[0]!.x, discs[0]!.y);
    const dLast = Math.hypot(discs[199]!.x, discs[199]!.y);
    expect(d0).toBeLessThan(dLast);
  });
});
