/** Which columns hold numbers, per role, and the range each must be in. */
import type { Column } from '../../config/columns.js';
import type { Role } from '../../config/roles.js';

export interface NumericColumn {
  column: Column;
  integer: boolean;
  test(n: number): boolean;
  expected: string;
}

export const NUMERIC_COLUMNS: Record<Role, readonly NumericColumn[]> = {
  contacts: [
    { column: 'kis_contacts', integer: true, test: (n) => n >= 0 && Number.isInteger(n), expected: 'a whole number of 0 or more' },
  ],
  interviews: [{ column: 'strength', integer: false, test: (n) => n > 0, expected: 'a positive number (e.g. 1–5)' }],
  survey: [{ column: 'rating', integer: false, test: (n) => n >= 1 && n <= 10, expected: 'a number from 1 to 10' }],
};
