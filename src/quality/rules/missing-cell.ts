/** `missing-cell`: a row with fewer cells than the header (a ragged row). */
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const missingCell: RowRule = {
  kind: 'row',
  meta: {
    type: 'missing-cell',
    defaultSeverity: 'error',
    description: 'A row has fewer cells than the header has columns; the values may have shifted.',
    example: 'contacts.csv:7: 3 cells where the header has 5 (missing "region", "themes")',
  },
  check(ctx) {
    if (ctx.fields.length >= ctx.headers.length) return [];
    const missing = ctx.headers.slice(ctx.fields.length).map((h) => `"${h}"`);
    const list = `${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}`;
    return [
      {
        line: ctx.line,
        column: ctx.headers[ctx.fields.length],
        message: t(
          `${ctx.fields.length} cellen waar de kopregel er ${ctx.headers.length} heeft (ontbreekt: ${list})`,
          `${ctx.fields.length} cells where the header has ${ctx.headers.length} (missing ${list})`,
        ),
        hint: t(
          'Vul de ontbrekende scheidingstekens of waarden aan, of zoek een scheidingsteken in een waarde zonder aanhalingstekens',
          'Add the missing delimiters or values, or check for a delimiter inside an unquoted value',
        ),
      },
    ];
  },
};
