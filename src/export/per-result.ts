/**
 * What several outputs of one run derive from the same analysis result — the group counts,
 * the mixing table, the engagement shortlist, the report model — is computed once, on first
 * use, and kept while the result lives (on a million relations each costs a pass over them,
 * and up to six outputs ask for the same one). The result must be complete when they are first
 * asked for: the CLI writes every output that reads positions after the layout is placed.
 */

import type { AnalysisResult } from '../result.js';

const memo = new WeakMap<AnalysisResult, Map<string, unknown>>();

/** `make()`, computed once per result and `key` (the key names what `make` depends on besides the result). */
export function perResult<T>(result: AnalysisResult, key: string, make: () => T): T {
  let entries = memo.get(result);
  if (entries === undefined) memo.set(result, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = make();
  entries.set(key, value);
  return value;
}
