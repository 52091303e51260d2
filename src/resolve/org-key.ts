/**
 * The organisation key of docs/contract.md §3: Unicode NFKC, trimmed, inner whitespace collapsed,
 * apostrophe variants made one (’s-Hertogenbosch = 's-Hertogenbosch), fully case-folded (upper
 * then lower case, and ß/ẞ = ss, so a final sigma ς = σ as in Unicode's full case folding), accents
 * removed. Two names with one key are one organisation.
 */

import { tidy } from '../ingest/values.js';

/** Right single quotation mark, modifier letter apostrophe, grave and acute accents, prime, backtick. */
const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060\u2032]/g;

const cache = new Map<string, string>();

export function orgKey(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = name
    .replace(APOSTROPHES, "'")
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase()
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
  if (cache.size > 200_000) cache.clear();
  cache.set(name, key);
  return key;
}

/** A name as written, with whitespace tidied: the candidate label. */
export function spelling(name: string): string {
  return tidy(name.normalize('NFC'));
}
