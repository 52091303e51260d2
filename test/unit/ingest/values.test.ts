/**
 * Cell values (docs/contract.md §2): list cells split on `|`, `;` and line breaks by default
 * (or on the characters of `--list-separator`), and whole numbers with Dutch thousands
 * separators; a row context reads a blanked cell as empty (or as its replacement).
 */
import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/config/columns.js';
import { rowContext } from '../../../src/ingest/row-context.js';
import { parseNumber, parseWholeNumber, splitList } from '../../../src/ingest/values.js';
import { orgKey } from '../../../src/resolve/org-key.js';

const DEFAULT = '|;';

describe('splitList', () => {
  it.each([
    ['Gemeente Amsterdam|Pharos', ['Gemeente Amsterdam', 'Pharos']],
    ['Gemeente Amsterdam;Pharos;', ['Gemeente Amsterdam', 'Pharos']], // Microsoft Forms: a trailing ;
    [' Toolkit ; Handreiking | Webinar ', ['Toolkit', 'Handreiking', 'Webinar']],
    ['Toolkit\nHandreiking\r\nWebinar', ['Toolkit', 'Handreiking', 'Webinar']], // line breaks in a quoted cell
    ['Aedes, Divosa, VluchtelingenWerk', ['Aedes, Divosa, VluchtelingenWerk']], // a comma does not split
    [';;| ;', []],
    ['Pharos;pharos;Pharos', ['Pharos', 'pharos']],
    ['Stichting   De  Brug', ['Stichting De Brug']],
  ])('%j → %j', (cell, parts) => {
    expect(splitList(cell, DEFAULT)).toEqual(parts);
  });

  it('returns no parts for an absent cell', () => {
    expect(splitList(undefined, DEFAULT)).toEqual([]);
  });

  it('splits on exactly the characters given by --list-separator, and always on line breaks', () => {
    expect(splitList('A;B|C', '|')).toEqual(['A;B', 'C']);
    expect(splitList('Aedes, Divosa;Pharos', ',;')).toEqual(['Aedes', 'Divosa', 'Pharos']);
    expect(splitList('A\nB', '|')).toEqual(['A', 'B']);
    expect(splitList('A-B]C^D\\E', '-]^\\')).toEqual(['A', 'B', 'C', 'D', 'E']); // regex characters are literal
  });
});

describe('parseWholeNumber (counts such as kis_contacts)', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    [' 12 ', 12],
    ['1.200', 1200],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    ['-3', -3],
  ])('%j → %d', (v, n) => {
    expect(parseWholeNumber(v)).toBe(n);
  });

  it.each(['1.5', '1,5', '1.20', '1.2345', '12.34.567', 'ca. 5', '-', '', '1e3', '1 200', 'drie'])('%j is not a whole number', (v) => {
    expect(parseWholeNumber(v)).toBeUndefined();
  });

  it('leaves decimal columns alone: 1,5 stays a decimal comma there', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('7.5')).toBe(7.5);
  });
});

describe('RowContext', () => {
  const headers = ['respondent_id', 'organisation', 'type', 'rating', 'partners'];
  const index: Partial<Record<Column, number>> = { respondent_id: 0, organisation: 1, type: 2, rating: 3, partners: 4 };
  const row = (fields: string[], listSeparators = DEFAULT) =>
    rowContext({
      file: { path: '/x/survey.csv', display: 'survey.csv', name: 'survey.csv', role: 'survey' },
      line: 2,
      fields,
      headers,
      index,
      keyOf: orgKey,
      typeLabels: {},
      listSeparators,
      state: new Map(),
    });

  it('splits lists with the run separators, once per row', () => {
    const ctx = row(['R-1', 'Pharos', '', '', 'Gemeente Amsterdam;Aedes;']);
    expect(ctx.list('partners')).toEqual(['Gemeente Amsterdam', 'Aedes']);
    expect(ctx.list('partners')).toBe(ctx.list('partners'));
    expect(row(['R-1', 'Pharos', '', '', 'A;B'], '|').list('partners')).toEqual(['A;B']);
  });

  it('reads a blanked cell as empty, or as its replacement, and keeps the rest of the row', () => {
    const ctx = row(['R-1', 'Pharos', 'Branchevereniging', 'acht', 'Aedes|Divosa']);
    ctx.blank('rating', 'type-error');
    ctx.blank('type', 'constraint-error', 'other');
    ctx.blank('rating', 'constraint-error'); // once per cell
    expect(ctx.get('rating')).toBeUndefined();
    expect(ctx.get('type')).toBe('other');
    expect(ctx.get('organisation')).toBe('Pharos');
    expect(ctx.list('partners')).toEqual(['Aedes', 'Divosa']);
    expect(ctx.blanked).toEqual([
      { column: 'rating', type: 'type-error' },
      { column: 'type', type: 'constraint-error', readAs: 'other' },
    ]);
  });
});
