/** A small Wave for unit tests, written out by hand (organisations in id order). */
import type { Wave, WaveGroup } from '../../../src/waves/wave.js';

export interface WaveSpec {
  name?: string;
  /** id → community (and optionally strength, pagerank). */
  orgs: Record<
    string,
    { community?: number; strength?: number; pagerank?: number; degree?: number; label?: string; type?: string; region?: string }
  >;
  /** Community number → name. */
  communityNames?: Record<number, string>;
  groupColumns?: string[];
  /** [source, target, weight]. */
  edges?: Array<[string, string, number]>;
  groups?: WaveGroup[];
  seed?: number;
  minGroupSize?: number;
  network?: string;
}

export function makeWave(spec: WaveSpec): Wave {
  const ids = Object.keys(spec.orgs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = (spec.edges ?? [])
    .map(([a, b, w]) => [Math.min(index.get(a)!, index.get(b)!), Math.max(index.get(a)!, index.get(b)!), w] as const)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return {
    name: spec.name ?? 'wave',
    parameters: { network: spec.network ?? 'relations', seed: spec.seed ?? 42, min_group_size: spec.minGroupSize ?? 3 },
    figures: { nodes: ids.length, edges: edges.length, density: 0, components: 0, isolates: 0, communities: 0, modularity: 0 },
    ids,
    labels: ids.map((id) => spec.orgs[id]!.label ?? id),
    types: ids.map((id) => spec.orgs[id]!.type ?? ''),
    regions: ids.map((id) => spec.orgs[id]!.region ?? ''),
    community: Int32Array.from(ids, (id) => spec.orgs[id]!.community ?? 0),
    degree: Float64Array.from(ids, (id) => spec.orgs[id]!.degree ?? 0),
    strength: Float64Array.from(ids, (id) => spec.orgs[id]!.strength ?? 0),
    pagerank: Float64Array.from(ids, (id) => spec.orgs[id]!.pagerank ?? 0),
    edges: {
      source: Uint32Array.from(edges, (e) => e[0]),
      target: Uint32Array.from(edges, (e) => e[1]),
      weight: Float64Array.from(edges, (e) => e[2]),
      count: edges.length,
    },
    communities: Object.entries(spec.communityNames ?? {}).map(([c, name]) => ({
      community: Number(c),
      size: ids.filter((id) => (spec.orgs[id]!.community ?? 0) === Number(c)).length,
      name,
    })),
    groups: spec.groups ?? [],
    groupColumns: spec.groupColumns ?? ['organisations', 'rating_n', 'rating_mean'],
    map: () => undefined,
  };
}
