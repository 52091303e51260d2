/**
 * summary.json: fixed key order, file names without folders, counts derived from the result,
 * and `generated_at` only from SOURCE_DATE_EPOCH.
 */

import { describe, expect, it } from 'vitest';
import { exportSummaryJson } from '../../../src/export/summary-json.js';
import { OPTIONS, emptyResult, fixtureResult } from './fixture.js';

describe('summary.json', () => {
  it('has the documented top-level keys in order, 2-space indent and a trailing newline', () => {
    const text = exportSummaryJson(fixtureResult(), OPTIONS);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "tool": {\n    "name": "kis-network",\n    "version": "0.1.0"\n  },')).toBe(true);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'tool',
      'graph',
      'insights',
      'methods',
      'parameters',
      'outputs',
      'inputs',
      'accounting',
      'rejected_total',
      'cells_blanked_total',
      'issues_by_type',
      'privacy',
      'near_duplicates',
      'communities',
      'products_unreached',
    ]);
    expect(Object.keys(json.graph as object)).toEqual([
      'nodes',
      'edges',
      'density',
      'components',
      'largest_component',
      'isolates',
      'communities',
      'modularity',
      'average_clustering',
      'transitivity',
      'total_weight',
    ]);
  });

  it('counts rejections, issues and near-duplicates', () => {
    const json = JSON.parse(exportSummaryJson(fixtureResult(), OPTIONS));
    expect(json.rejected_total).toBe(4);
    expect(json.cells_blanked_total).toBe(4);
    expect(json.accounting.map((a: { cells_blanked: number }) => a.cells_blanked)).toEqual([0, 1, 3]);
    expect(json.accounting[2].blanked_by_type).toEqual({ 'constraint-error': 2, 'type-error': 1 });
    expect(json.issues_by_type).toEqual({
      'constraint-error': 2,
      'duplicate-id': 1,
      'isolated-organisation': 1,
      'missing-value': 1,
      'unknown-column': 2,
    });
    expect(json.near_duplicates).toBe(1);
    for (const a of json.accounting) expect(a.rows_read).toBe(a.rows_used + a.rows_rejected);
    expect(json.communities.map((c: { community: number }) => c.community)).toEqual([0, 1, 2]);
  });

  it('counts the personal data left out of name cells by kind, every kind present', () => {
    const json = JSON.parse(exportSummaryJson(fixtureResult(), OPTIONS));
    expect(json.privacy).toEqual({ personal_data_left_out: { email: 2, phone: 1, bsn: 0, iban: 1 }, possible_person_names: 1 });
    expect(JSON.parse(exportSummaryJson(emptyResult(), OPTIONS)).privacy).toEqual({
      personal_data_left_out: { email: 0, phone: 0, bsn: 0, iban: 0 },
      possible_person_names: 0,
    });
  });

  it('names input files without their folders', () => {
    const text = exportSummaryJson(fixtureResult(), OPTIONS);
    const json = JSON.parse(text);
    expect(json.inputs.map((i: { path: string }) => i.path)).toEqual(['contacts.csv', 'interviews.csv', 'enquête.csv']);
    expect(json.accounting.map((i: { path: string }) => i.path)).toEqual(['contacts.csv', 'interviews.csv', 'enquête.csv']);
    expect(text).not.toMatch(/home|anna|Users|C:/);
  });

  it('writes generated_at only when SOURCE_DATE_EPOCH is given', () => {
    expect(exportSummaryJson(fixtureResult(), OPTIONS)).not.toContain('generated_at');
    const json = JSON.parse(exportSummaryJson(fixtureResult(), { ...OPTIONS, sourceDateEpoch: 1700000000 }));
    expect(json.generated_at).toBe('2023-11-14T22:13:20Z');
    expect(Object.keys(json).slice(0, 3)).toEqual(['tool', 'generated_at', 'graph']);
  });

  it('is valid for an empty result', () => {
    const json = JSON.parse(exportSummaryJson(emptyResult(), OPTIONS));
    expect(json.graph.nodes).toBe(0);
    expect(json.communities).toEqual([]);
    expect(json.rejected_total).toBe(0);
  });
});
