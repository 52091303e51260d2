/**
 * The organisation key of docs/contract.md §3: Unicode NFKC, trimmed, inner whitespace collapsed,
 * case-folded, accents removed. Two names with one key are one organisation.
 */

import { tidy } from '../ingest/values.js';

const cache = new Map<string, string>();

export function orgKey(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const key = name
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
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
