/**
 * "Did you mean" for the columns of a header row (docs/contract.md §7: `missing-column`,
 * `unknown-column`): which header the tool does not know probably holds which column of the
 * file's role, and the ready-to-paste `columns` mapping for kis-network.config.json.
 *
 * Two kinds of evidence, on the case-, accent- and punctuation-free form of a header:
 * - a near miss of a column's alias (edit distance, as `nearest` in errors.ts): `Organsatie`;
 * - the key words of a survey question (KEYWORDS in config/columns.ts, one place with the
 *   aliases): `Welk rapportcijfer geeft u KIS? (1-10)` → rating.
 * A header that names personal data (a personal column's word such as `naam`, `e-mail` or
 * `toelichting` that the matching key words do not contain themselves) is never suggested, nor
 * is a header already mapped (personal columns included) or kept as an extra attribute. The
 * strongest match is taken first; each header and each column is used once, and a header that
 * fits two columns equally well is left out. When no header names a known column (the first line
 * may be data), only question headers (with a `?`) are considered, by key word.
 */

import { aliasesOf, type Column, columnsOf, headerKey, keywordsOf } from '../config/columns.js';
import type { Role } from '../config/roles.js';
import { editDistance } from '../errors.js';
import type { HeaderContext } from '../ingest/ingest-file.js';
import { looksHeaderless } from './rule.js';

export interface ColumnGuess {
  /** Position of the header in the row. */
  index: number;
  /** The header as written. */
  header: string;
  column: Column;
  /** `near`: a misspelt alias (rename it, or map it); `keyword`: a question (map it). */
  how: 'near' | 'keyword';
}

interface Candidate extends ColumnGuess {
  score: number;
}

/** Lower-case words without accents: `Thema's (max. 3)` → thema, s, max, 3 (a key word keeps its `*`). */
function wordsOf(text: string, keyword = false): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(keyword ? /[^a-z0-9*]+/ : /[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Where the word sequence `pattern` (a `*` word matches by prefix) occurs in `words`. */
function occurs(pattern: readonly string[], words: readonly string[]): boolean {
  const fits = (p: string, w: string) => (p.endsWith('*') ? w.startsWith(p.slice(0, -1)) : w === p);
  for (let i = 0; i + pattern.length <= words.length; i++) {
    if (pattern.every((p, k) => fits(p, words[i + k]!))) return true;
  }
  return false;
}

const PERSONAL_WORDS: readonly string[][] = aliasesOf('personal').map((p) => wordsOf(p));

/** The personal-column words a header contains (`Naam contactpersoon` → naam, contactpersoon). */
function personalWordsIn(words: readonly string[]): string[][] {
  return PERSONAL_WORDS.filter((p) => occurs(p, words));
}

function candidatesFor(index: number, header: string, columns: readonly Column[], questionsOnly: boolean): Candidate[] {
  const words = wordsOf(header);
  const personal = personalWordsIn(words);
  const out: Candidate[] = [];
  const key = headerKey(header);
  if (!questionsOnly && personal.length === 0 && key.length >= 4) {
    const limit = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const column of columns) {
      let best = limit;
      for (const alias of aliasesOf(column)) best = Math.min(best, editDistance(key, headerKey(alias)));
      if (best < limit) out.push({ index, header, column, how: 'near', score: 1000 - best });
    }
  }
  if (questionsOnly && !header.includes('?')) return out;
  for (const column of columns) {
    let best = 0;
    for (const keyword of keywordsOf(column)) {
      const pattern = wordsOf(keyword, true);
      if (!occurs(pattern, words)) continue;
      // A personal word in the header must be part of the key words themselves
      // (`naam van uw organisatie`); `Naam contactpersoon organisatie` is a person's name.
      if (personal.some((p) => !occurs(p, pattern))) continue;
      best = Math.max(best, pattern.length * 100 + pattern.join('').replace(/\*/g, '').length);
    }
    if (best > 0) out.push({ index, header, column, how: 'keyword', score: best });
  }
  return out;
}

/**
 * The columns a header row probably holds but does not name, strongest first: for every column
 * of the role that no header names yet, at most one unknown header.
 */
export function guessColumns(ctx: HeaderContext): ColumnGuess[] {
  if (ctx.role === 'aliases') return [];
  const role = ctx.role;
  const present = new Set(ctx.columns);
  const open = columnsOf(role).filter((c) => c !== 'personal' && !present.has(c));
  const questionsOnly = looksHeaderless(ctx);
  const all: Candidate[] = [];
  ctx.headers.forEach((h, i) => {
    const header = h.trim();
    if (header === '' || ctx.columns[i] !== undefined || ctx.extraAttributes.includes(header)) return;
    const mine = candidatesFor(i, header, open, questionsOnly).sort((a, b) => b.score - a.score);
    // Two columns fit equally well: no clear guess for this header.
    if (mine.length > 1 && mine[0]!.score === mine[1]!.score) return;
    all.push(...mine);
  });
  all.sort((a, b) => b.score - a.score || a.index - b.index);
  const usedHeaders = new Set<number>();
  const usedColumns = new Set<Column>();
  const out: ColumnGuess[] = [];
  for (const c of all) {
    if (usedHeaders.has(c.index) || usedColumns.has(c.column)) continue;
    usedHeaders.add(c.index);
    usedColumns.add(c.column);
    out.push({ index: c.index, header: c.header, column: c.column, how: c.how });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The `columns` part of kis-network.config.json for some guesses, ready to paste (the config
 * reader checks it the same way: config/config-file.ts), e.g.
 * `{"columns": {"survey": {"Bij welke organisatie werkt u?": "organisation"}}}`.
 */
export function columnsSnippet(role: Role, mappings: ReadonlyArray<{ header: string; column: string }>): string {
  const pairs = mappings.map((m) => `${JSON.stringify(m.header)}: ${JSON.stringify(m.column)}`).join(', ');
  return `{"columns": {${JSON.stringify(role)}: {${pairs}}}}`;
}
