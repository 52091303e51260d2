/**
 * The co-usage projection of the knowledge-product layer (docs/contract.md §3): two organisations are
 * linked by the number of products both use (`weight` = `mentions`). The bipartite
 * organisation–product graph is projected as in NetworkX's `bipartite.weighted_projected_graph`.
 */

import { UndirectedGraph } from 'graphology';
import { UsageError } from '../errors.js';
import { t } from '../lang.js';
import { compareCodeUnits } from '../compare.js';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from './types.js';

/** Above this many organisation pairs the projection is refused (it would be a near-complete graph). */
export const MAX_CO_USAGE_PAIRS = 20_000_000;

export function coUsageGraph(relations: OrgGraph, usage: ReadonlyArray<{ organisation: string; product: string }>): OrgGraph {
  const byProduct = new Map<string, string[]>();
  for (const u of usage) {
    const list = byProduct.get(u.product);
    if (list) list.push(u.organisation);
    else byProduct.set(u.product, [u.organisation]);
  }
  let pairs = 0;
  for (const orgs of byProduct.values()) pairs += (orgs.length * (orgs.length - 1)) / 2;
  if (pairs > MAX_CO_USAGE_PAIRS) {
    throw new UsageError(
      t(
        `--network co-usage zou ${pairs.toLocaleString('nl')} paren van organisaties verbinden (meer dan ${MAX_CO_USAGE_PAIRS.toLocaleString('nl')})`,
        `--network co-usage would link ${pairs.toLocaleString('en')} organisation pairs (more than ${MAX_CO_USAGE_PAIRS.toLocaleString('en')})`,
      ),
      t(
        'De producten worden te breed gebruikt voor een zinvolle projectie; gebruik --network relations',
        'The products are used too widely for a meaningful projection; use --network relations',
      ),
    );
  }
  const shared = new Map<string, number>();
  for (const orgs of byProduct.values()) {
    const sorted = [...orgs].sort(compareCodeUnits);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const k = `${sorted[i]}\u0000${sorted[j]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  relations.forEachNode((id, attrs) => g.addNode(id, { ...attrs, ...blankMetrics() }));
  const keys = [...shared.keys()].sort(compareCodeUnits);
  keys.forEach((k, i) => {
    const [a, b] = k.split('\u0000') as [string, string];
    const n = shared.get(k)!;
    g.addUndirectedEdgeWithKey(`e${i}`, a, b, {
      weight: n,
      mentions: n,
      sources: ['survey'],
      interviews: 0,
      respondents: 0,
      relations: [],
      themes: [],
    });
  });
  return g;
}
