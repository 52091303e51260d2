/** Which columns hold numbers, per role, how each is read, and the range each must be in. */
import type { Column } from '../../config/columns.js';
import type { Role } from '../../config/roles.js';
import { parseNumber, parseWholeNumber } from '../../ingest/values.js';
import { type Text, t } from '../../lang.js';

export interface NumericColumn {
  column: Column;
  /** A count: whole numbers only, Dutch thousands separators read (`1.200` = 1200). */
  integer: boolean;
  test(n: number): boolean;
  expected: Text;
}

export const NUMERIC_COLUMNS: Record<Role, readonly NumericColumn[]> = {
  contacts: [
    {
      column: 'kis_contacts',
      integer: true,
      test: (n) => n >= 0,
      expected: t('een geheel getal van 0 of meer', 'a whole number of 0 or more'),
    },
  ],
  interviews: [
    {
      column: 'strength',
      integer: false,
      test: (n) => n > 0,
      expected: t('een positief getal (bijv. 1–5)', 'a positive number (e.g. 1–5)'),
    },
  ],
  survey: [
    {
      column: 'rating',
      integer: false,
      test: (n) => n >= 1 && n <= 10,
      expected: t('een getal van 1 tot en met 10', 'a number from 1 to 10'),
    },
  ],
};

/** The number a cell of a numeric column holds; undefined when it is not one of its kind. */
export function numberOf(spec: NumericColumn, value: string): number | undefined {
  return spec.integer ? parseWholeNumber(value) : parseNumber(value);
}
