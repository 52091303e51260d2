import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvParser, parseCsv } from '../../../src/ingest/csv-parser.js';
import { createDecoder } from '../../../src/ingest/decode.js';
import { InputError } from '../../../src/errors.js';

/** RFC 4180 writer used only to produce inputs for the parser. */
function toCsv(rows: string[][], delimiter: string, eol: string): string {
  const quote = (v: string) => (/[",\r\n;\t]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
}

function parseChunked(text: string, delimiter: string, cuts: number[]): string[][] {
  const out: string[][] = [];
  const p = new CsvParser(delimiter, (f) => out.push(f));
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    p.push(text.slice(at, c));
    at = c;
  }
  p.push(text.slice(at));
  p.end();
  return out;
}

describe('CsvParser', () => {
  it('reads quoted fields with delimiters, doubled quotes and embedded newlines', () => {
    const rows = parseCsv('organisation,themes\n"Stichting ""Samen Sterk""","a|b"\n"Vereniging Wonen, Werken","line1\nline2"\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['organisation', 'themes'],
      ['Stichting "Samen Sterk"', 'a|b'],
      ['Vereniging Wonen, Werken', 'line1\nline2'],
    ]);
  });

  it('gives every record the physical line it starts on, across quoted newlines and CRLF', () => {
    const rows = parseCsv('h1,h2\r\na,"x\r\ny\r\nz"\r\nb,c\r\n\r\nd,e');
    expect(rows.map((r) => [r.fields[0], r.line])).toEqual([
      ['h1', 1],
      ['a', 2],
      ['b', 5],
      ['', 6],
      ['d', 7],
    ]);
    expect(rows[1]!.fields[1]).toBe('x\r\ny\r\nz');
  });

  it('treats a lone CR as a line end (old Mac exports)', () => {
    expect(parseCsv('a;b\r1;2\r', ';').map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
    ]);
  });

  it('keeps a stray quote inside an unquoted field, as Excel does', () => {
    expect(parseCsv('5" screen,x\n')[0]!.fields).toEqual(['5" screen', 'x']);
  });

  it('throws an InputError naming the line of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(InputError);
    const p = new CsvParser(',', () => {}, 'x.csv');
    p.push('a\n"oops');
    let caught: unknown;
    try {
      p.end();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).line).toBe(2);
    expect((caught as Error).message).toContain('x.csv:2');
  });

  it('property: any table written as CSV reads back identically, however the text is chunked', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', ';', '\n', '\r', ' ', '€', '𝄞', 'x', '\t') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter, eol, rawCuts) => {
          const text = toCsv(rows, delimiter, eol);
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(parseChunked(text, delimiter, cuts)).toEqual(rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: UTF-8 bytes split at any byte (inside multi-byte characters) decode and parse identically', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'é', 'ü', '"', ',', '\n', '€', '’', '𝄞', 'â') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        (rows, rawCuts, bom) => {
          const text = toCsv(rows, ',', '\n');
          const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
          const cuts = [...new Set(rawCuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const dec = createDecoder('utf-8');
          const out: string[][] = [];
          const p = new CsvParser(',', (f) => out.push(f));
          let at = 0;
          for (const c of [...cuts, bytes.length]) {
            p.push(dec.write(bytes.subarray(at, c)));
            at = c;
          }
          p.push(dec.end());
          p.end();
          expect(out).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
