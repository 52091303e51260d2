/**
 * The fixed order of stakeholder-type counts in tables and JSON: the six docs/contract.md §2 types,
 * then `unknown` (no type). Counts under other keys are kept after these, in code-unit order.
 */

import { STAKEHOLDER_TYPES } from '../config/stakeholder-types.js';
import { compareCodeUnits } from '../compare.js';

export const TYPE_KEYS: readonly string[] = [...STAKEHOLDER_TYPES, 'unknown'];

/** The count for a type key; an empty key counts as `unknown`. */
export function typeCount(counts: Readonly<Record<string, number>>, key: string): number {
  const own = counts[key] ?? 0;
  return key === 'unknown' ? own + (counts[''] ?? 0) : own;
}

/**
 * A copy with the keys in fixed order (the known types first, then others by code unit);
 * with `zeros` every known type is present, otherwise zero counts are left out.
 */
export function orderedTypeCounts(counts: Readonly<Record<string, number>>, zeros = false): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of TYPE_KEYS) {
    const n = typeCount(counts, key);
    if (zeros || n !== 0) out[key] = n;
  }
  for (const key of Object.keys(counts).sort(compareCodeUnits)) {
    if (key === '' || TYPE_KEYS.includes(key)) continue;
    if (counts[key] !== 0) out[key] = counts[key]!;
  }
  return out;
}

/** Compares keys numerically when both are integers (community ids), else by code unit. */
export function compareKeys(a: string, b: string): number {
  const x = /^-?\d+$/.test(a) ? Number(a) : NaN;
  const y = /^-?\d+$/.test(b) ? Number(b) : NaN;
  if (!Number.isNaN(x) && !Number.isNaN(y) && x !== y) return x - y;
  if (!Number.isNaN(x) && Number.isNaN(y)) return -1;
  if (Number.isNaN(x) && !Number.isNaN(y)) return 1;
  return compareCodeUnits(a, b);
}

/** A copy of a count record with keys sorted by `compareKeys`. */
export function sortedCounts(counts: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.keys(counts)
    .sort(compareKeys)
    .map((k) => [k, counts[k]!]);
}
