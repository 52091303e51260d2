/**
 * Positions (`x`, `y`) for every organisation, computed once by the CLI so the map opens laid
 * out: a community-aware start (see community-start.ts) followed by a bounded number of
 * ForceAtlas2 iterations (Jacomy et al. 2014, PLoS ONE 9(6): e98679) over the connected
 * organisations; organisations without relations are set apart in a block of their own.
 * Deterministic: seeded mulberry32 jitter, fixed iteration counts per size (budget.ts), node and
 * edge order as in the graph, coordinates rounded to 2 decimals.
 */

import type { Csr } from '../analyse/csr.js';
import type { OrgGraph } from '../graph/types.js';
import { communityStart, sunflower } from './community-start.js';
import { fa2Settings, runForceAtlas2, type FlatGraph } from './fa2-run.js';
import { forceAtlas2Iterations } from './budget.js';
import { createRng, RNG_STREAM } from '../analyse/rng.js';

export interface LayoutOptions {
  /** The run's seed (`--seed`). */
  seed: number;
}

/** Weight factor of relations between communities in the global ForceAtlas2 pass. */
export const BETWEEN_COMMUNITY_DAMPING = 0.15;

const round2 = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};

/** What the layout needs from the graph, read on the main thread in the graph's own order. */
export interface LayoutInput {
  /** Connected organisations as a flat graph (positions still 0), in node order. */
  flat: FlatGraph;
  /** Community of each connected organisation. */
  community: Int32Array;
  connected: string[];
  isolates: string[];
  index: Map<string, number>;
}

/**
 * Reads the connected organisations, their relations (weights) and communities. `communityOf`
 * gives a node's community when it is not yet written onto the graph (the CLI starts the
 * layout as soon as the communities are known); by default the `community` attribute is read.
 * With the graph's CSR (analyse/csr.ts, made from this graph: same node and edge order) the
 * same input is read from its arrays instead of the graph (a second of a million relations).
 */
export function layoutInput(graph: OrgGraph, communityOf?: (node: string) => number, csr?: Csr): LayoutInput {
  if (csr !== undefined && csr.n === graph.order && csr.m === graph.size)
    return csrInput(csr, communityOf ?? ((node) => graph.getNodeAttribute(node, 'community') ?? 0));
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  const connected: string[] = [];
  const isolates: string[] = [];
  for (const node of nodes) {
    if (graph.degree(node) > 0) {
      index.set(node, connected.length);
      connected.push(node);
    } else isolates.push(node);
  }
  const m = graph.size;
  const flat: FlatGraph = {
    x: new Float64Array(connected.length),
    y: new Float64Array(connected.length),
    a: new Int32Array(m),
    b: new Int32Array(m),
    w: new Float64Array(m),
  };
  let j = 0;
  graph.forEachEdge((_e, attr, s, t) => {
    const w = attr.weight;
    flat.a[j] = index.get(s)!;
    flat.b[j] = index.get(t)!;
    flat.w[j] = Number.isFinite(w) && w > 0 ? w : 1;
    j++;
  });
  const community = Int32Array.from(connected, (node) =>
    communityOf ? communityOf(node) : (graph.getNodeAttribute(node, 'community') ?? 0),
  );
  return { flat, community, connected, isolates, index };
}

function csrInput(csr: Csr, communityOf: (node: string) => number): LayoutInput {
  const position = new Int32Array(csr.n);
  const index = new Map<string, number>();
  const connected: string[] = [];
  const isolates: string[] = [];
  for (let i = 0; i < csr.n; i++) {
    const node = csr.keys[i]!;
    if (csr.offsets[i + 1]! > csr.offsets[i]!) {
      position[i] = connected.length;
      index.set(node, connected.length);
      connected.push(node);
    } else isolates.push(node);
  }
  const flat: FlatGraph = {
    x: new Float64Array(connected.length),
    y: new Float64Array(connected.length),
    a: new Int32Array(csr.m),
    b: new Int32Array(csr.m),
    w: Float64Array.from(csr.edgeWeight), // a CSR's weights are finite and positive
  };
  for (let j = 0; j < csr.m; j++) {
    flat.a[j] = position[csr.edgeSource[j]!]!;
    flat.b[j] = position[csr.edgeTarget[j]!]!;
  }
  const community = Int32Array.from(connected, communityOf);
  return { flat, community, connected, isolates, index };
}

/**
 * The arithmetic of the layout, on typed arrays only (so a worker can run it): the
 * community-aware start, then the global ForceAtlas2 pass. Fills `flat.x` and `flat.y`.
 */
export function computePositions(flat: FlatGraph, community: ArrayLike<number>, seed: number): void {
  const rng = createRng(seed, RNG_STREAM.layout);
  const m = flat.a.length;
  const n = flat.x.length;
  communityStart(flat, community, rng);
  // The global pass: relations between communities pull with a damped weight, so the start's
  // separation of communities survives while every organisation settles among its neighbours.
  const global: FlatGraph = { ...flat, w: new Float64Array(m) };
  for (let e = 0; e < m; e++) {
    const same = community[flat.a[e]!] === community[flat.b[e]!];
    global.w[e] = same ? flat.w[e]! : flat.w[e]! * BETWEEN_COMMUNITY_DAMPING;
  }
  runForceAtlas2(global, forceAtlas2Iterations(n), fa2Settings(n));
}

/** Writes the computed positions onto the graph; isolates go on a disc beside the rest. */
export function placeNodes(graph: OrgGraph, input: LayoutInput): void {
  const { flat, connected, isolates, index } = input;
  // Bounding box of the connected part; isolates go on a sunflower disc to its right.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < connected.length; i++) {
    minX = Math.min(minX, flat.x[i]!);
    maxX = Math.max(maxX, flat.x[i]!);
    minY = Math.min(minY, flat.y[i]!);
    maxY = Math.max(maxY, flat.y[i]!);
  }
  const spacing = 12;
  const isoRadius = spacing * Math.sqrt(isolates.length + 0.5);
  const [ox, oy] = connected.length ? [maxX + isoRadius + Math.max(spacing * 3, (maxX - minX) * 0.05), (minY + maxY) / 2] : [0, 0];
  graph.updateEachNodeAttributes(
    (node, attr) => {
      const i = index.get(node);
      if (i !== undefined) {
        attr.x = round2(flat.x[i]!);
        attr.y = round2(flat.y[i]!);
      }
      return attr;
    },
    { attributes: ['x', 'y'] },
  );
  isolates.forEach((node, i) => {
    const [x, y] = isolates.length === 1 && !connected.length ? [0, 0] : sunflower(i, spacing);
    graph.mergeNodeAttributes(node, { x: round2(ox + x), y: round2(oy + y) });
  });
}

/** Sets `x` and `y` on every node of `graph` (reads `community` and edge `weight`). */
export function layoutGraph(graph: OrgGraph, options: LayoutOptions): void {
  const input = layoutInput(graph);
  computePositions(input.flat, input.community, options.seed);
  placeNodes(graph, input);
}
