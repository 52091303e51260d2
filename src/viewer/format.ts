/** Number formatting per language (decimal comma in Dutch), shared by panel, table and legend. */

const cache = new Map<string, Intl.NumberFormat>();

function fmt(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

/** An integer with grouping (10.000 / 10,000). */
export function formatInt(locale: string, v: number): string {
  return fmt(locale, { maximumFractionDigits: 0 }).format(v);
}

/** A metric value: up to 4 significant digits, small values in plain decimals. */
export function formatNumber(locale: string, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return formatInt(locale, v);
  // Tiny values (e.g. the eigenvector centrality of an isolate) in scientific notation,
  // not as a row of zeros.
  if (Math.abs(v) < 1e-4) return fmt(locale, { notation: 'scientific', maximumSignificantDigits: 3 }).format(v);
  return fmt(locale, { maximumSignificantDigits: 4 }).format(v);
}

/** A share as a percentage. */
export function formatPct(locale: string, v: number): string {
  return fmt(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v);
}
