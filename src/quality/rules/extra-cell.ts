/** `extra-cell`: a row with more (non-empty) cells than the header. */
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const extraCell: RowRule = {
  kind: 'row',
  meta: {
    type: 'extra-cell',
    defaultSeverity: 'error',
    description: 'A row has values beyond the last header column, often an unquoted delimiter inside a name.',
    example: 'contacts.csv:9: 6 cells where the header has 5; quote values that contain the delimiter',
  },
  check(ctx) {
    if (ctx.fields.length <= ctx.headers.length) return [];
    if (ctx.fields.slice(ctx.headers.length).every((f) => f.trim() === '')) return [];
    return [
      {
        line: ctx.line,
        message: t(
          `${ctx.fields.length} cellen waar de kopregel er ${ctx.headers.length} heeft`,
          `${ctx.fields.length} cells where the header has ${ctx.headers.length}`,
        ),
        hint: t(
          'Zet waarden met het scheidingsteken tussen dubbele aanhalingstekens, of verwijder de extra cellen',
          'Put values that contain the delimiter in double quotes, or remove the extra cells',
        ),
      },
    ];
  },
};
