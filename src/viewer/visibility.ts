/**
 * Which organisations and relations the filters leave visible. Organisation filters: type,
 * region, community, theme, and the ego filter (one organisation and its neighbours up to one or
 * two steps, by breadth-first search over all relations). Relation filters: source of evidence,
 * relation kind, minimum weight, at least two independent sources (distinct interviews +
 * respondents ≥ 2). A relation is visible only when both its organisations are.
 */

import { EDGE_SOURCE_BITS } from '../export/html/payload-types.js';
import { type Model, otherEnd } from './model.js';
import type { Filters } from './state.js';

export interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
}

/** The organisations within `steps` relations of `centre` (the centre included). */
export function egoSet(model: Model, centre: number, steps: number): Uint8Array {
  const inside = new Uint8Array(model.n);
  if (centre < 0 || centre >= model.n) return inside.fill(1);
  inside[centre] = 1;
  let frontier = [centre];
  for (let d = 0; d < steps; d++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (let k = model.adjStart[i]!; k < model.adjStart[i + 1]!; k++) {
        const o = otherEnd(model, model.adjEdges[k]!, i);
        if (!inside[o]) {
          inside[o] = 1;
          next.push(o);
        }
      }
    }
    frontier = next;
  }
  return inside;
}

export function computeVisibility(model: Model, f: Filters): Visibility {
  const { nodes: N, edges: E } = model.p;
  const nodes = new Uint8Array(model.n);
  const edges = new Uint8Array(model.m);
  const ego = f.ego.node >= 0 ? egoSet(model, f.ego.node, f.ego.steps) : null;
  let nodeCount = 0;
  let edgeCount = 0;
  for (let i = 0; i < model.n; i++) {
    if (ego && !ego[i]) continue;
    if (f.types.size && f.types.has(N.type[i]!)) continue;
    if (f.regions.size && f.regions.has(N.region[i]!)) continue;
    if (f.communities.size && f.communities.has(N.community[i]!)) continue;
    if (f.theme >= 0 && !N.themes[i]!.includes(f.theme)) continue;
    nodes[i] = 1;
    nodeCount++;
  }
  const allowed = (f.interview ? EDGE_SOURCE_BITS.interview : 0) | (f.survey ? EDGE_SOURCE_BITS.survey : 0);
  // Relation kinds: an edge stays when one of its kinds is allowed (or, uncoded, when "none" is).
  let allowedKinds = 0;
  for (let k = 0; k < 31; k++) if (!f.kinds.has(k)) allowedKinds |= 1 << k;
  const kinds = E.kinds;
  for (let j = 0; j < model.m; j++) {
    if (!nodes[E.source[j]!] || !nodes[E.target[j]!]) continue;
    if (E.weight[j]! < f.minWeight) continue;
    const bits = E.sources[j]!;
    if (bits && !(bits & allowed)) continue;
    if (f.twoSources && E.evidence[j]! < 2) continue;
    if (f.kinds.size && kinds) {
      const kb = kinds[j] ?? 0;
      if (kb === 0 ? f.kinds.has(-1) : !(kb & allowedKinds)) continue;
    }
    edges[j] = 1;
    edgeCount++;
  }
  return { nodes, edges, nodeCount, edgeCount };
}
