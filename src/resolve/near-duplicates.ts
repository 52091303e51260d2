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
  return [...pairs.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}
