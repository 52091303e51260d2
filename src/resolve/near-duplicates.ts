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
  gem: 'gemeente', gmt: 'gemeente', st: 'stichting', stg: 'stichting', sticht: 'stichting', ver: 'vereniging',
  vereen: 'vereniging', prov: 'provincie', univ: 'universiteit', uni: 'universiteit', hs: 'hogeschool',
  min: 'ministerie', ggd: 'ggd', vvn: 'vereniging', nl: 'nederland', ned: 'nederland', kon: 'koninklijke',
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
  const d = editDistance(fa, fb);
  if (d === 0 || d > 2) return undefined;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const onlyA = ta.filter((t) => !sb.has(t));
  const onlyB = tb.filter((t) => !sa.has(t));
  if (onlyA.length + onlyB.length === 0 || [...onlyA, ...onlyB].some((t) => t.length < 5)) return undefined;
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
  const pairs = new Map<string, NearPair>();
  const add = (a: number, b: number, similarity: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = `${x}:${y}`;
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

  const blocks = new Map<string, number[]>();
  toks.forEach((ts, i) => {
    for (const t of ts) {
      if (t.length < 5) continue;
      const list = blocks.get(t);
      if (!list) blocks.set(t, [i]);
      else if (list.length <= BLOCK_MAX) list.push(i);
    }
  });
  for (const list of blocks.values()) {
    if (list.length > BLOCK_MAX) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (fps[i] === fps[j]) continue;
        const s = similar(toks[i]!, toks[j]!, fps[i]!, fps[j]!);
        if (s !== undefined) add(i, j, s);
      }
    }
  }
  // Typos inside the one rare token: also block on the first 4 letters of long tokens.
  const prefixBlocks = new Map<string, number[]>();
  toks.forEach((ts, i) => {
    for (const t of ts) {
      if (t.length < 6) continue;
      const p = `${t.slice(0, 4)}|${ts.length}`;
      const list = prefixBlocks.get(p);
      if (!list) prefixBlocks.set(p, [i]);
      else if (list.length <= BLOCK_MAX) list.push(i);
    }
  });
  for (const list of prefixBlocks.values()) {
    if (list.length > BLOCK_MAX) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (fps[i] === fps[j]) continue;
        const s = similar(toks[i]!, toks[j]!, fps[i]!, fps[j]!);
        if (s !== undefined) add(i, j, s);
      }
    }
  }
  return [...pairs.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}
