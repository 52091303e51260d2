/**
 * Cell values: trimming, blank records, lists (`|`, `;` and line breaks by default, docs/contract.md
 * §2), and numbers as Dutch and English exports write them (`7`, `7.5`, `7,5`; whole numbers also
 * with Dutch thousands separators, `1.200`).
 */

/** Trimmed cell; undefined when empty. */
export function cell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

const SPLITTERS = new Map<string, RegExp>();

/** One regular expression per separator set: any of its characters, or a line break. */
function splitterOf(separators: string): RegExp {
  let re = SPLITTERS.get(separators);
  if (re === undefined) {
    const chars = [...new Set(separators)].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    re = new RegExp(`[${chars}\\r\\n]`);
    SPLITTERS.set(separators, re);
  }
  return re;
}

/**
 * A list cell split on any character of `separators` (`--list-separator`, `|;` by default) and
 * on line breaks: parts trimmed and tidied, empty parts dropped (a trailing `;` as Microsoft
 * Forms writes it), duplicates kept once in first-seen order. The one place lists are split: rules and builder read the same parts.
 */
export function splitList(value: string | undefined, separators: string): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const part of value.split(splitterOf(separators))) {
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

/** Digits with Dutch thousands separators: `1.200`, `12.345`, `1.234.567`. */
const DUTCH_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * A whole number: plain digits, or digits with Dutch thousands separators (`1.200` = 1200).
 * Undefined for anything else, a decimal (`1.5`, `1,5`) included: a count has no decimals.
 */
export function parseWholeNumber(value: string): number | undefined {
  let s = value.trim();
  if (DUTCH_THOUSANDS.test(s)) s = s.replaceAll('.', '');
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
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
