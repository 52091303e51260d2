/**
 * Table details beyond the golden files: column names and order, code-unit sorting, extra
 * attributes (and their clashes with column names), the privacy re-check of rating_mean, and the
 * products table's flattened type and community counts.
 */

import Papa from 'papaparse';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { outputToString } from '../../../src/export/chunks.js';
import { exportNodesCsv } from '../../../src/export/nodes-csv.js';
import { exportProductsCsv, PRODUCT_COLUMNS } from '../../../src/export/products-csv.js';
import { COMMUNITY_COLUMNS } from '../../../src/export/communities-csv.js';
import { compareKeys } from '../../../src/export/type-keys.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { OPTIONS, emptyResult, fixtureResult, org } from './fixture.js';

const rows = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;

describe('nodes.csv', () => {
  it('sorts ids by code unit, not by locale', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (const id of ['é', 'b', 'Z', 'a', 'aa', 'A', '10', '9', 'Ω']) g.addNode(id, org(id));
    const ids = rows(outputToString(exportNodesCsv({ ...emptyResult(), graph: g }, OPTIONS))).map((r) => r.id);
    expect(ids).toEqual(['10', '9', 'A', 'Z', 'a', 'aa', 'b', 'é', 'Ω']);
  });

  it('writes extra attributes after the fixed columns, sorted, renaming clashes', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    g.addNode('a', org('A', { extra: { zeta: 'z', label: 'shadow', alpha: '1' } }));
    g.addNode('b', org('B', { extra: { beta: '=2' } }));
    const text = outputToString(exportNodesCsv({ ...emptyResult(), graph: g }, OPTIONS));
    const header = text.slice(1, text.indexOf('\n')).split(',');
    expect(header.slice(28)).toEqual(['alpha', 'beta', 'extra_label', 'zeta']); // by original key
    const [a, b] = rows(text);
    expect(a!.label).toBe('A');
    expect(a!.extra_label).toBe('shadow');
    expect(a!.beta).toBe('');
    expect(b!.beta).toBe("'=2");
  });

  it('never publishes a rating mean behind fewer ratings than min-group-size', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    g.addNode('few', org('Few', { respondents: 2, ratings: 2, rating_mean: 6 }));
    g.addNode('many', org('Many', { respondents: 5, ratings: 5, rating_mean: 6.4 }));
    g.addNode('none', org('None', { respondents: 1, ratings: 0, rating_mean: null }));
    const result = { ...emptyResult(), graph: g };
    const at3 = rows(outputToString(exportNodesCsv(result, { ...OPTIONS, minGroupSize: 3 })));
    expect(at3.map((r) => r.rating_mean)).toEqual(['', '6.4', '']);
    const at6 = rows(outputToString(exportNodesCsv(result, { ...OPTIONS, minGroupSize: 6 })));
    expect(at6.map((r) => r.rating_mean)).toEqual(['', '', '']);
    // The floor is 2, whatever the option says.
    g.addNode('one', org('One', { respondents: 1, ratings: 1, rating_mean: 9 }));
    const at1 = rows(outputToString(exportNodesCsv(result, { ...OPTIONS, minGroupSize: 1 })));
    expect(at1.find((r) => r.id === 'one')!.rating_mean).toBe('');
    expect(at1.find((r) => r.id === 'few')!.rating_mean).toBe('6');
  });
});

describe('communities.csv and products.csv', () => {
  it('have the documented columns', () => {
    expect(COMMUNITY_COLUMNS).toEqual([
      'community',
      'size',
      'name',
      'government',
      'sector_organisation',
      'civil_society',
      'professional',
      'knowledge_institute',
      'other',
      'unknown',
      'internal_edges',
      'external_edges',
      'internal_weight',
      'kis_contacts',
      'top_members',
      'themes',
    ]);
    expect(PRODUCT_COLUMNS).toEqual([
      'product',
      'organisations',
      'respondents',
      'type_government',
      'type_sector_organisation',
      'type_civil_society',
      'type_professional',
      'type_knowledge_institute',
      'type_other',
      'type_unknown',
      'communities',
      'regions',
    ]);
  });

  it('flattens products by type and community deterministically', () => {
    const result = fixtureResult();
    result.products.push({
      product: 'Zorgkaart',
      organisations: 4,
      respondents: 9,
      by_type: { government: 2, '': 1, unknown: 1 },
      by_region: { unknown: 1, Zeeland: 0, Utrecht: 2, 'Noord-Holland': 1 },
      by_community: { '10': 1, '2': 2, '0': 0, '1': 1 },
    });
    const data = rows(exportProductsCsv(result, OPTIONS));
    expect(data.map((r) => r.product)).toEqual(["'@risk-tool", 'Handreiking, 2e druk', 'Kennisdossier "Jeugd"', 'Zorgkaart']);
    const zorg = data[3]!;
    expect(zorg.type_government).toBe('2');
    expect(zorg.type_unknown).toBe('2');
    expect(zorg.communities).toBe('1:1|2:2|10:1');
    expect(data[1]!.communities).toBe('0:1|1:2');
    expect(zorg.regions).toBe('Noord-Holland:1|Utrecht:2|unknown:1');
    expect(data[1]!.regions).toBe('Utrecht:2|Zuid-Holland:1');
  });

  it('orders community keys numerically, others by code unit', () => {
    expect(['10', '2', 'b', '1', 'a', '-1'].sort(compareKeys)).toEqual(['-1', '1', '2', '10', 'a', 'b']);
  });
});
