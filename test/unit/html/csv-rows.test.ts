/** The map's CSV download writes cells and rows exactly as the project's CSV writer (src/export/csv.ts). */

import { describe, expect, it } from 'vitest';
import { BOM, csvRow } from '../../../src/export/csv.js';
import { csvDocument } from '../../../src/viewer/csv-rows.js';

describe('map CSV download (src/viewer/csv-rows.ts)', () => {
  it('gives the same bytes as src/export/csv.ts for awkward cells', () => {
    const header = ['Organisatie', 'Type', 'Sterkte'];
    const rows: Array<Array<string | number | null>> = [
      ['Stichting "Samen Sterk"', 'maatschappelijke organisatie', 12.5],
      ['=HYPERLINK("x")', '-', -1.5],
      ['Regel\nbreuk, komma', null, 0],
      ['+31 gemeente', '@home', Number.NaN],
    ];
    const expected = BOM + csvRow(header) + rows.map((r) => csvRow(r)).join('');
    expect(csvDocument(header, rows)).toBe(expected);
  });
});
