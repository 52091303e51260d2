import { describe, expect, it } from 'vitest';
import { layoutGraph, startLayout } from '../../../src/layout/index.js';
import { generateGraph } from '../../browser/fixtures.js';
import type { OrgGraph } from '../../../src/graph/types.js';

const positions = (g: OrgGraph) => g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join('|');

function fresh(): OrgGraph {
  return generateGraph({ nodes: 500, edges: 1800, seed: 5, communitySize: 30, layout: false });
}

describe('startLayout (the layout started early, before the communities are on the graph)', () => {
  it('gives the positions layoutGraph gives, from communities passed in', async () => {
    const a = fresh();
    const b = fresh();
    layoutGraph(a, { seed: 42 });
    const community = new Map(b.mapNodes((n, attr) => [n, attr.community] as const));
    b.forEachNode((n) => b.setNodeAttribute(n, 'community', 0)); // not yet written
    const pending = startLayout(b, { seed: 42 }, (n) => community.get(n)!, true);
    await pending.finish();
    b.forEachNode((n) => b.setNodeAttribute(n, 'community', community.get(n)!));
    expect(positions(b)).toBe(positions(a));
    expect(positions(a)).not.toMatch(/:0,0\|/);
  });

  it('writes nothing until finish(), and finishes once', async () => {
    const g = fresh();
    const before = positions(g);
    const pending = startLayout(g, { seed: 1 }, (n) => g.getNodeAttribute(n, 'community'), false);
    expect(positions(g)).toBe(before);
    await pending.finish();
    expect(positions(g)).not.toBe(before);
    await expect(pending.finish()).rejects.toThrow(/twice/);
  });
});
