/**
 * The community-aware start of the layout: every community is laid out on its own (members on
 * a sunflower spiral, best-connected at the centre, then a short ForceAtlas2 run over its
 * internal relations), and the communities are packed as discs, largest in the middle and
 * smaller ones around it, with a margin between them. Most of the layout work happens here,
 * on small graphs, so the global ForceAtlas2 pass that follows can stay short.
 */

import { fa2Settings, runForceAtlas2, type FlatGraph } from './fa2-run.js';
import { localIterations } from './budget.js';
import { packDiscs, type Disc } from './pack-discs.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Positions on a Vogel sunflower: point i of n at radius spacing·√(i+½), evenly filling a disc. */
export function sunflower(i: number, spacing: number): [number, number] {
  const r = spacing * Math.sqrt(i + 0.5);
  const t = i * GOLDEN_ANGLE;
  return [r * Math.cos(t), r * Math.sin(t)];
}

/**
 * Fills `g.x`/`g.y` for every node of the flat graph. `community[i]` is node i's community;
 * `rng` adds a tiny jitter that breaks the symmetry of the spiral.
 */
export function communityStart(g: FlatGraph, community: ArrayLike<number>, rng: () => number): void {
  const n = g.x.length;
  if (n === 0) return;
  const strength = new Float64Array(n);
  for (let j = 0; j < g.a.length; j++) {
    strength[g.a[j]!] = strength[g.a[j]!]! + g.w[j]!;
    strength[g.b[j]!] = strength[g.b[j]!]! + g.w[j]!;
  }
  // Members per community, in node order; communities largest first (ties: smaller id).
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    let list = groups.get(c);
    if (!list) groups.set(c, (list = []));
    list.push(i);
  }
  const order = [...groups.entries()].sort((p, q) => q[1].length - p[1].length || p[0] - q[0]);
  // Internal edges per community.
  const internal = new Map<number, number[]>();
  for (let j = 0; j < g.a.length; j++) {
    const c = community[g.a[j]!]!;
    if (c !== community[g.b[j]!]) continue;
    let list = internal.get(c);
    if (!list) internal.set(c, (list = []));
    list.push(j);
  }

  const discs: Disc[] = [];
  const spacing = 6;
  for (const [c, members] of order) {
    const k = members.length;
    const local = new Map<number, number>();
    const sorted = [...members].sort((p, q) => strength[q]! - strength[p]! || p - q);
    const sub: FlatGraph = {
      x: new Float64Array(k),
      y: new Float64Array(k),
      a: new Int32Array(0),
      b: new Int32Array(0),
      w: new Float64Array(0),
    };
    sorted.forEach((node, i) => {
      local.set(node, i);
      const [x, y] = sunflower(i, spacing);
      sub.x[i] = x + (rng() - 0.5) * spacing * 0.2;
      sub.y[i] = y + (rng() - 0.5) * spacing * 0.2;
    });
    const edges = internal.get(c) ?? [];
    sub.a = new Int32Array(edges.length);
    sub.b = new Int32Array(edges.length);
    sub.w = new Float64Array(edges.length);
    edges.forEach((j, e) => {
      sub.a[e] = local.get(g.a[j]!)!;
      sub.b[e] = local.get(g.b[j]!)!;
      sub.w[e] = g.w[j]!;
    });
    runForceAtlas2(sub, localIterations(k), fa2Settings(k, { barnesHutOptimize: k > 500 }));
    // Centre on the centroid; the disc radius covers every member plus a margin.
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < k; i++) {
      cx += sub.x[i]!;
      cy += sub.y[i]!;
    }
    cx /= k;
    cy /= k;
    let r = 0;
    for (let i = 0; i < k; i++) {
      sub.x[i] = sub.x[i]! - cx;
      sub.y[i] = sub.y[i]! - cy;
      r = Math.max(r, Math.hypot(sub.x[i]!, sub.y[i]!));
    }
    const disc: Disc & { sub: FlatGraph; sorted: number[] } = {
      r: r * 1.08 + spacing * 2,
      x: 0,
      y: 0,
      sub,
      sorted,
      c,
    } as Disc & { sub: FlatGraph; sorted: number[]; c: number };
    discs.push(disc);
  }
  packDiscs(linkOrder(discs as Array<Disc & { c: number }>, g, community));
  for (const d of discs as Array<Disc & { sub: FlatGraph; sorted: number[] }>) {
    d.sorted.forEach((node, i) => {
      g.x[node] = d.x + d.sub.x[i]!;
      g.y[node] = d.y + d.sub.y[i]!;
    });
  }
}

/**
 * Packing order: the largest community first, then always the community most strongly linked
 * to those already placed (ties: larger, then smaller id), so linked communities end up near
 * each other on the front chain.
 */
function linkOrder<D extends Disc & { c: number }>(discs: D[], g: FlatGraph, community: ArrayLike<number>): D[] {
  const pos = new Map<number, number>();
  discs.forEach((d, i) => pos.set(d.c, i));
  const links: Array<Map<number, number>> = discs.map(() => new Map());
  for (let j = 0; j < g.a.length; j++) {
    const p = pos.get(community[g.a[j]!]!)!;
    const q = pos.get(community[g.b[j]!]!)!;
    if (p === q) continue;
    links[p]!.set(q, (links[p]!.get(q) ?? 0) + g.w[j]!);
    links[q]!.set(p, (links[q]!.get(p) ?? 0) + g.w[j]!);
  }
  const k = discs.length;
  const toPlaced = new Float64Array(k);
  const placed = new Uint8Array(k);
  const out: D[] = [];
  for (let step = 0; step < k; step++) {
    let best = -1;
    for (let i = 0; i < k; i++) {
      if (placed[i]) continue;
      // discs are sorted by size already: the first unplaced wins ties.
      if (best < 0 || toPlaced[i]! > toPlaced[best]!) best = i;
    }
    placed[best] = 1;
    out.push(discs[best]!);
    for (const [q, w] of links[best]!) toPlaced[q] = toPlaced[q]! + w;
  }
  return out;
}
