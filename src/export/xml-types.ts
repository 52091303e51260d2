/**
 * Typed attribute declarations for the XML graph formats: every attribute gets one type, found
 * by scanning its values once. `int` columns stay `int` within 32 bits, widen to `long` beyond,
 * and to `double` when any value is fractional; lists and text are strings; null and
 * non-finite values are left out (GEXF and GraphML have no null).
 */

import type { Field, FieldValue } from './attributes.js';
import { LIST_SEPARATOR } from './csv.js';

/** GraphML's names; GEXF writes `int` as `integer`. */
export type XmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** The declared type of each field, widening `int` fields by their values. */
export function resolveXmlTypes<T>(fields: readonly Field<T>[], visit: (each: (item: T) => void) => void): XmlType[] {
  const types: XmlType[] = fields.map((f) =>
    f.kind === 'int' ? 'int' : f.kind === 'double' ? 'double' : f.kind === 'boolean' ? 'boolean' : 'string',
  );
  const intColumns = types.flatMap((t, i) => (t === 'int' ? [i] : []));
  if (intColumns.length === 0) return types;
  visit((item) => {
    for (const i of intColumns) {
      const type = types[i];
      if (type === 'double' || type === 'string') continue;
      const value = fields[i]!.get(item);
      if (value === null || (typeof value === 'number' && !Number.isFinite(value))) continue;
      if (typeof value !== 'number') types[i] = 'string';
      else if (!Number.isSafeInteger(value)) types[i] = 'double';
      else if (value < INT32_MIN || value > INT32_MAX) types[i] = 'long';
    }
  });
  return types;
}

/** The value as XML text (unescaped), or null when it is to be left out. */
export function xmlValue(value: FieldValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  return value.join(LIST_SEPARATOR);
}
