/**
 * Number formatting for the report, by language and independent of the host locale (no `Intl`
 * defaults, no `toLocaleString`): Dutch uses a decimal comma and `.` for thousands, English the
 * reverse. Determinism (docs/contract.md §5) forbids output that depends on the machine's locale.
 */

import type { Lang } from '../config/options.js';

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A number with a fixed number of decimals (integers when `decimals` is 0). */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  const thousands = lang === 'nl' ? '.' : ',';
  const point = lang === 'nl' ? ',' : '.';
  return sign + group(whole, thousands) + (fraction !== undefined ? point + fraction : '');
}

/** An integer count. */
export function formatCount(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}
