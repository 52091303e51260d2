/**
 * Ranking organisations for a search query, over the label and every other name the data used
 * (spellings seen, aliases): accent-, case- and punctuation-insensitive. Best match first —
 * the whole name, then the start of the name, then the start of a word in it, then anywhere in
 * it, then a fuzzy match where every word of the query is within a small edit distance (optimal
 * string alignment, Damerau 1964 / Levenshtein 1966: one edit for words of 4–7 letters, two from
 * 8) of a word of the name, or of its start for the last, still-being-typed word. Ties: fewer
 * edits, then the name the query covers most of ("den haag" fits "Gemeente Den Haag" better
 * than "Stichting Den Haag Centraal"), the label before another name, higher PageRank, index.
 */

export interface SearchIndex {
  /** Search forms per organisation: the label first, then its other names. */
  forms: string[][];
  /** Words of each form. */
  words: string[][][];
  /** PageRank (or any importance) for ties. */
  weight: ArrayLike<number | null>;
}

export interface SearchHit {
  index: number;
  /** 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 fuzzy. */
  tier: number;
  edits: number;
  /** Which name matched: 0 = the label, k = the k-th other name. */
  form: number;
  /** Share of the matched name the query covers (a closer fit ranks first among equals). */
  cover: number;
}

/** Lower case, without accents and punctuation, whitespace collapsed: the form names are searched in. */
export function searchForm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(
  labels: readonly string[],
  aka: ReadonlyArray<[number, string[]]>,
  weight: ArrayLike<number | null>,
): SearchIndex {
  const forms = labels.map((l) => [searchForm(l)]);
  for (const [i, names] of aka) {
    const list = forms[i];
    if (!list) continue;
    for (const n of names) {
      const f = searchForm(n);
      if (f && !list.includes(f)) list.push(f);
    }
  }
  return { forms, words: forms.map((fs) => fs.map((f) => f.split(' '))), weight };
}

/** Edits allowed for a query word of this length. */
function allowance(len: number): number {
  return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

/** Optimal string alignment distance, or max + 1 when it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Edits for the query words against a name's words (null: no fuzzy match). */
function fuzzyEdits(query: string[], words: string[]): number | null {
  let total = 0;
  for (let q = 0; q < query.length; q++) {
    const w = query[q]!;
    const max = allowance(w.length);
    const last = q === query.length - 1;
    let best = max + 1;
    for (const v of words) {
      if (v === w || (last && v.startsWith(w))) {
        best = 0;
        break;
      }
      if (max === 0) continue;
      let d = editDistance(w, v, max);
      // The last word may still be being typed: compare with the start of the name's word.
      if (last && v.length > w.length) d = Math.min(d, editDistance(w, v.slice(0, w.length), max));
      if (d < best) best = d;
    }
    if (best > max) return null;
    total += best;
  }
  return total;
}

function matchForm(q: string, qWords: string[], form: string, words: string[]): { tier: number; edits: number } | null {
  if (form === q) return { tier: 0, edits: 0 };
  if (form.startsWith(q)) return { tier: 1, edits: 0 };
  const at = form.indexOf(q);
  if (at > 0) return { tier: form[at - 1] === ' ' ? 2 : 3, edits: 0 };
  const edits = fuzzyEdits(qWords, words);
  return edits === null ? null : { tier: 4, edits };
}

/** The best `max` organisations for `query`, best first. */
export function search(index: SearchIndex, query: string, max: number): SearchHit[] {
  const q = searchForm(query);
  if (!q) return [];
  const qWords = q.split(' ');
  const hits: SearchHit[] = [];
  for (let i = 0; i < index.forms.length; i++) {
    const forms = index.forms[i]!;
    let best: SearchHit | null = null;
    for (let f = 0; f < forms.length; f++) {
      const m = matchForm(q, qWords, forms[f]!, index.words[i]![f]!);
      if (!m) continue;
      const cover = q.length / forms[f]!.length;
      if (!best || m.tier < best.tier || (m.tier === best.tier && (m.edits < best.edits || (m.edits === best.edits && cover > best.cover))))
        best = { index: i, tier: m.tier, edits: m.edits, form: f, cover };
    }
    if (best) hits.push(best);
  }
  const w = index.weight;
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.edits - b.edits ||
      b.cover - a.cover ||
      Math.sign(a.form) - Math.sign(b.form) ||
      (w[b.index] ?? 0) - (w[a.index] ?? 0) ||
      a.index - b.index,
  );
  return hits.slice(0, max);
}
