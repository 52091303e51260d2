/**
 * Which organisations and relations the filters leave visible. Organisation filters: type,
 * region, community, theme. Relation filters: source of evidence, minimum weight, at least two
 * independent sources (distinct interviews + respondents ≥ 2). A relation is visible only when
 * both its organisations are.
 */

import { EDGE_SOURCE_BITS } from '../export/html/payload-types.js';
import type { Model } from './model.js';
import type { Filters } from './state.js';

export interface Visibility {
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
}

export function computeVisibility(model: Model, f: Filters): Visibility {
  const { nodes: N, edges: E } = model.p;
  const nodes = new Uint8Array(model.n);
  const edges = new Uint8Array(model.m);
  let nodeCount = 0;
  let edgeCount = 0;
  for (let i = 0; i < model.n; i++) {
    if (f.types.size && f.types.has(N.type[i]!)) continue;
    if (f.regions.size && f.regions.has(N.region[i]!)) continue;
    if (f.communities.size && f.communities.has(N.community[i]!)) continue;
    if (f.theme >= 0 && !N.themes[i]!.includes(f.theme)) continue;
    nodes[i] = 1;
    nodeCount++;
  }
  const allowed = (f.interview ? EDGE_SOURCE_BITS.interview : 0) | (f.survey ? EDGE_SOURCE_BITS.survey : 0);
  for (let j = 0; j < model.m; j++) {
    if (!nodes[E.source[j]!] || !nodes[E.target[j]!]) continue;
    if (E.weight[j]! < f.minWeight) continue;
    const bits = E.sources[j]!;
    if (bits && !(bits & allowed)) continue;
    if (f.twoSources && E.evidence[j]! < 2) continue;
    edges[j] = 1;
    edgeCount++;
  }
  return { nodes, edges, nodeCount, edgeCount };
}
