/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph
 * layout algorithm for handy network visualization designed for the Gephi software", PLoS ONE
 * 9(6): e98679) run for a fixed number of iterations on flat arrays, with graphology's own
 * iteration kernel. FA2 has no randomness: the same start gives bit-identical positions.
 */

import iterate, { type IterateSettings } from 'graphology-layout-forceatlas2/iterate.js';

const PPN = 10;
const PPE = 3;

/** graphology's `inferSettings(order)`: strong gravity, scaling 10, Barnes–Hut above 2000 nodes. */
export function fa2Settings(order: number, overrides: Partial<IterateSettings> = {}): IterateSettings {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(1, order)),
    barnesHutOptimize: order > 2000,
    barnesHutTheta: 0.5,
    ...overrides,
  };
}

/** A graph as flat arrays: node i at (x[i], y[i]); edge j joins a[j] and b[j] with weight w[j]. */
export interface FlatGraph {
  x: Float64Array;
  y: Float64Array;
  a: Int32Array;
  b: Int32Array;
  w: Float64Array;
}

/** Runs `iterations` FA2 iterations and writes the positions back into `g.x` / `g.y`. */
export function runForceAtlas2(g: FlatGraph, iterations: number, settings: IterateSettings): void {
  const n = g.x.length;
  const m = g.a.length;
  if (n < 2 || iterations <= 0) return;
  const nodes = new Float32Array(n * PPN);
  const edges = new Float32Array(m * PPE);
  for (let i = 0; i < n; i++) {
    const o = i * PPN;
    nodes[o] = g.x[i]!;
    nodes[o + 1] = g.y[i]!;
    nodes[o + 6] = 1; // mass: 1 + weighted degree, as graphology does
    nodes[o + 7] = 1; // convergence
    nodes[o + 8] = 1; // size
  }
  for (let j = 0; j < m; j++) {
    const s = g.a[j]! * PPN;
    const t = g.b[j]! * PPN;
    const w = g.w[j]!;
    nodes[s + 6] = nodes[s + 6]! + w;
    nodes[t + 6] = nodes[t + 6]! + w;
    edges[j * PPE] = s;
    edges[j * PPE + 1] = t;
    edges[j * PPE + 2] = w;
  }
  for (let k = 0; k < iterations; k++) iterate(settings, nodes, edges);
  for (let i = 0; i < n; i++) {
    g.x[i] = nodes[i * PPN]!;
    g.y[i] = nodes[i * PPN + 1]!;
  }
}
