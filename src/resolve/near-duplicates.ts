/**
 * Near-duplicate organisation names, found in near-linear time with the two methods of
 * OpenRefine's clustering (Huynh & Mazzocchi, "Clustering in depth"):
 *  1. key collision on a fingerprint — tokens with Dutch abbreviations expanded
 *     (`gem.` → `gemeente`, `st.` → `stichting`), sorted and de-duplicated, so `Gem. Utrecht`
 *     and `Gemeente Utrecht` collide;
 *  2. blocking on rare tokens (at most BLOCK_MAX names share it), then Levenshtein distance
 *     ≤ 2 between fingerprints where every differing word is at least 5 letters long and a
 *     differing word pair is one typo apart (two for words of 8+ letters), so typos match but
 *     the real towns Ede/Epe and Almelo/Almere do not.
 *  3. acronyms: a one-word name of 2–6 letters that equals the initials of another name's words
 *     (see acronymsOf) (`COA` = Centraal Orgaan opvang Asielzoekers, `VNG` =
 *     Vereniging van Nederlandse Gemeenten); reported with similarity 0.5 and `acronym: true`.
 * Candidates are only reported; merging is the user's choice (aliases file).
 */

import { editDistance } from '../errors.js';

const ABBREVIATIONS: Record<string, string> = {
  gem: 'gemeente',
  gmt: 'gemeente',
  st: 'stichting',
  stg: 'stichting',
  sticht: 'stichting',
  ver: 'vereniging',
  vereen: 'vereniging',
  prov: 'provincie',
  univ: 'universiteit',
  uni: 'universiteit',
  hs: 'hogeschool',
  min: 'ministerie',
  ggd: 'ggd',
  vvn: 'vereniging',
  nl: 'nederland',
  ned: 'nederland',
  kon: 'koninklijke',
};
const BLOCK_MAX = 50;

export function tokens(key: string): string[] {
  return key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '')
    .map((t) => ABBREVIATIONS[t] ?? t);
}

export function fingerprint(key: string): string {
  return [...new Set(tokens(key))].sort().join(' ');
}

export interface NearPair {
  a: number;
  b: number;
  similarity: number;
  /** True when `a` or `b` is the other's acronym. */
  acronym?: true;
}

/** Words left out of an acronym (Dutch and English linking words). */
const LINKING_WORDS = new Set(['van', 'de', 'der', 'den', 'het', 't', 'voor', 'en', 'in', 'op', 'of', 'the', 'and', 'for', 'on']);

/**
 * The acronyms a name may go by: the initials of its words, with and without the linking words,
 * and, for names of four or more words, with one inner word left out (official names often
 * keep a word in lower case out of the acronym: Centraal Orgaan opvang Asielzoekers = COA).
 */
export function acronymsOf(key: string): string[] {
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
  const content = words.filter((w) => !LINKING_WORDS.has(w));
  const initials = (list: readonly string[]) => list.map((w) => [...w][0]).join('');
  const out = new Set<string>();
  for (const list of [content, words]) {
    if (list.length >= 2 && list.length <= 6) out.add(initials(list));
  }
  if (content.length >= 4 && content.length <= 7) {
    for (let skip = 1; skip < content.length - 1; skip++) out.add(initials(content.filter((_, i) => i !== skip)));
  }
  return [...out];
}

function similar(ta: string[], tb: string[], fa: string, fb: string): number | undefined {
  const onlyA = ta.filter((t) => !tb.includes(t));
  const onlyB = tb.filter((t) => !ta.includes(t));
  if (onlyA.length + onlyB.length === 0 || onlyA.length > 2 || onlyB.length > 2) return undefined;
  if (onlyA.some((t) => t.length < 5) || onlyB.some((t) => t.length < 5)) return undefined;
  const d = editDistance(fa, fb);
  if (d === 0 || d > 2) return undefined;
  // A typo, not another place: short differing words may differ by one letter, long ones by two.
  if (onlyA.length === 1 && onlyB.length === 1) {
    const a = onlyA[0]!;
    const b = onlyB[0]!;
    if (editDistance(a, b) > (Math.min(a.length, b.length) >= 8 ? 2 : 1)) return undefined;
  }
  return 1 - d / Math.max(fa.length, fb.length);
}

/** Candidate pairs among `keys` (indices into it), sorted by (a, b). */
export function findNearDuplicates(keys: readonly string[]): NearPair[] {
  const fps = keys.map(fingerprint);
  const toks = fps.map((f) => f.split(' '));
  const pairs = new Map<number, NearPair>();
  const add = (a: number, b: number, similarity: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = x * 2 ** 26 + y;
    if (!pairs.has(id)) pairs.set(id, { a: x, b: y, similarity });
  };

  const byFp = new Map<string, number[]>();
  fps.forEach((f, i) => {
    if (f === '') return;
    const list = byFp.get(f);
    if (list) list.push(i);
    else byFp.set(f, [i]);
  });
  for (const list of byFp.values()) for (let k = 1; k < list.length; k++) add(list[0]!, list[k]!, 1);

  // Blocks: every rare word of 5+ letters, and the first 4 letters of words of 6+ letters
  // (so a typo in the one distinctive word still meets its original).
  const blocks = new Map<string, number[]>();
  const put = (block: string, i: number) => {
    const list = blocks.get(block);
    if (!list) blocks.set(block, [i]);
    else if (list.length <= BLOCK_MAX && list[list.length - 1] !== i) list.push(i);
  };
  toks.forEach((ts, i) => {
    for (const t of ts) {
      if (t.length >= 5) put(`w:${t}`, i);
      if (t.length >= 6) put(`p:${t.slice(0, 4)}|${ts.length}`, i);
    }
  });
  for (const list of blocks.values()) {
    if (list.length > BLOCK_MAX) continue;
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      const fi = fps[i]!;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        const fj = fps[j]!;
        // Cheap filters first: an edit distance of at most 2 allows a length difference of 2.
        if (Math.abs(fi.length - fj.length) > 2 || fi === fj) continue;
        if (Math.abs(toks[i]!.length - toks[j]!.length) > 1) continue;
        const s = similar(toks[i]!, toks[j]!, fi, fj);
        if (s !== undefined) add(i, j, s);
      }
    }
  }
  addAcronymPairs(keys, pairs);
  return [...pairs.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}

/** Pairs of a one-word name of 2–6 letters and a name whose initials spell it. */
function addAcronymPairs(keys: readonly string[], pairs: Map<number, NearPair>): void {
  const short = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (/^\p{L}{2,6}$/u.test(key)) {
      const list = short.get(key);
      if (list) list.push(i);
      else short.set(key, [i]);
    }
  });
  if (short.size === 0) return;
  keys.forEach((key, j) => {
    for (const acronym of acronymsOf(key)) {
      for (const i of short.get(acronym) ?? []) {
        const [x, y] = i < j ? [i, j] : [j, i];
        const id = x * 2 ** 26 + y;
        if (!pairs.has(id)) pairs.set(id, { a: x, b: y, similarity: 0.5, acronym: true });
      }
    }
  });
}
