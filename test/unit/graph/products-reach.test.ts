/**
 * Knowledge-product reach (issue 11 part 6): organisations per product by region, and the groups
 * (type, region, community) no product reaches. The expected values are counted by hand from the
 * small fixture below, not taken from the code under test.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { productTable, productsUnreached } from '../../../src/graph/summaries.js';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from '../../../src/graph/types.js';

function org(label: string, type: OrgAttributes['type'], region: string, community: number): OrgAttributes {
  return {
    label,
    type,
    region,
    themes: [],
    kis_contacts: null,
    respondents: 1,
    rating_mean: null,
    ratings: 0,
    rating_sum: 0,
    products: [],
    sources: ['survey'],
    extra: {},
    ...blankMetrics(),
    community,
  };
}

/*
 * id  type                 region         community  products
 * a   government           Utrecht        0          P, Q
 * b   government           Zeeland        0          P
 * c   knowledge_institute  Utrecht        1          P
 * d   knowledge_institute  (none)         1          Q
 * e   professional         Limburg        2          –
 * f   (none)               Limburg        2          –
 * g   sector_organisation  (none)         3          –
 * h   civil_society        Utrecht        1          –
 */
function fixture(): { graph: OrgGraph; usage: Array<{ organisation: string; product: string; respondents: number }> } {
  const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  graph.addNode('h', org('H', 'civil_society', 'Utrecht', 1));
  graph.addNode('a', org('A', 'government', 'Utrecht', 0));
  graph.addNode('g', org('G', 'sector_organisation', '', 3));
  graph.addNode('b', org('B', 'government', 'Zeeland', 0));
  graph.addNode('f', org('F', '', 'Limburg', 2));
  graph.addNode('c', org('C', 'knowledge_institute', 'Utrecht', 1));
  graph.addNode('e', org('E', 'professional', 'Limburg', 2));
  graph.addNode('d', org('D', 'knowledge_institute', '', 1));
  const usage = [
    { organisation: 'a', product: 'P', respondents: 2 },
    { organisation: 'b', product: 'P', respondents: 1 },
    { organisation: 'c', product: 'P', respondents: 1 },
    { organisation: 'a', product: 'Q', respondents: 2 },
    { organisation: 'd', product: 'Q', respondents: 3 },
  ];
  return { graph, usage };
}

describe('product reach', () => {
  it('counts organisations per product by region, unknown for no region, keys by code unit', () => {
    const { graph, usage } = fixture();
    const table = productTable(graph, usage);
    expect(table.map((p) => p.product)).toEqual(['P', 'Q']);
    // P: a (Utrecht), b (Zeeland), c (Utrecht); Q: a (Utrecht), d (no region).
    expect(table[0]!.by_region).toEqual({ Utrecht: 2, Zeeland: 1 });
    expect(Object.keys(table[0]!.by_region)).toEqual(['Utrecht', 'Zeeland']);
    expect(table[1]!.by_region).toEqual({ Utrecht: 1, unknown: 1 });
    expect(Object.keys(table[1]!.by_region)).toEqual(['Utrecht', 'unknown']);
    expect(table.map((p) => p.organisations)).toEqual([3, 2]);
  });

  it('lists the groups with organisations of which none uses a product, sorted', () => {
    const { graph, usage } = fixture();
    // Types: civil_society (h), professional (e), sector_organisation (g) and unknown (f) have no
    // user; government and knowledge_institute do. Regions: Limburg (e, f) has none; Utrecht,
    // Zeeland and unknown (d) do. Communities: 2 (e, f) and 3 (g) have none; 1 has c and d.
    expect(productsUnreached(graph, usage)).toEqual({
      type: ['civil_society', 'professional', 'sector_organisation', 'unknown'],
      region: ['Limburg'],
      community: [2, 3],
    });
  });

  it('reports every group as reached when every group has a user', () => {
    const { graph } = fixture();
    const all = graph.nodes().map((organisation) => ({ organisation, product: 'P', respondents: 1 }));
    expect(productsUnreached(graph, all)).toEqual({ type: [], region: [], community: [] });
  });

  it('is null without any product usage', () => {
    const { graph } = fixture();
    expect(productsUnreached(graph, [])).toBeNull();
  });
});
