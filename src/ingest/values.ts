/**
 * Cell values: trimming, blank records, `|` lists, and numbers as Dutch and English exports write them
 * (`7`, `7.5`, `7,5`).
 */

/** Trimmed cell; undefined when empty. */
export function cell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** A `|`-separated list: trimmed, empty entries dropped, duplicates kept in first order once. */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const part of value.split('|')) {
    const t = tidy(part);
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A number written with `.` or a lone `,` as decimal separator; undefined when not a number. */
export function parseNumber(value: string): number | undefined {
  let s = value.trim();
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Two or more whitespace characters in a row, or any whitespace other than a plain space. */
const NEEDS_TIDY = /\s{2,}|[^\S ]/;

/** Trim and collapse inner whitespace to single spaces (a fast path for the usual clean value). */
export function tidy(value: string): string {
  const t = value.trim();
  return NEEDS_TIDY.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** A record with no values (only delimiters, or nothing). */
export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}
