/**
 * Delimiter detection. Each candidate (`,` `;` tab) splits a sample of the file; the one whose
 * header names the most known columns wins, then the one that gives the most rows the header's
 * width. Two candidates that tie on both are ambiguous (`delimiter-ambiguous`).
 */

import type { Delimiter } from '../config/options.js';
import { matchColumn } from '../config/columns.js';
import type { InputRole } from '../config/roles.js';
import { CsvParser } from './csv-parser.js';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface SniffResult {
  delimiter: Delimiter;
  ambiguous: boolean;
  /** The runner-up when ambiguous. */
  alternative?: Delimiter;
}

interface Score {
  delimiter: Delimiter;
  width: number;
  known: number;
  consistent: number;
}

function score(sample: string, delimiter: Delimiter, role: InputRole, complete: boolean): Score {
  const records: string[][] = [];
  const p = new CsvParser(delimiter, (fields) => {
    if (records.length < 50) records.push(fields);
  });
  p.push(sample);
  if (complete) {
    try {
      p.end();
    } catch {
      // An unterminated quote is reported by the real parse.
    }
  }
  const header = records[0] ?? [];
  const rows = records.slice(1).filter((r) => !(r.length === 1 && r[0] === ''));
  const known =
    role === 'aliases'
      ? header.filter((h) => /^(alias|organisation|organisatie|organization)$/i.test(h.trim())).length
      : header.filter((h) => matchColumn(role, h) !== undefined).length;
  const consistent = rows.length === 0 ? 1 : rows.filter((r) => r.length === header.length).length / rows.length;
  return { delimiter, width: header.length, known, consistent };
}

/** Pick the delimiter of a file from the start of its text. */
export function sniffDelimiter(sample: string, role: InputRole, complete: boolean): SniffResult {
  const scores = DELIMITERS.map((d) => score(sample, d, role, complete)).filter((s) => s.width > 1);
  if (scores.length === 0) return { delimiter: ',', ambiguous: false };
  scores.sort((a, b) => b.known - a.known || b.consistent - a.consistent || b.width - a.width);
  const [best, second] = scores as [Score, Score | undefined];
  const ambiguous = second !== undefined && second.known === best.known && second.consistent === best.consistent;
  return ambiguous
    ? { delimiter: best.delimiter, ambiguous, alternative: second.delimiter }
    : { delimiter: best.delimiter, ambiguous: false };
}
