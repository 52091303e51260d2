/**
 * `duplicate-id`: a respondent_id or register id seen before in the file. Reported on every
 * later occurrence, even when the earlier row was rejected. Respondent ids are personal data,
 * so the message names the earlier line, never the id.
 */
import type { Column } from '../../config/columns.js';
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const duplicateId: RowRule = {
  kind: 'row',
  meta: {
    type: 'duplicate-id',
    defaultSeverity: 'error',
    description: 'A respondent_id (survey) or id (register) that an earlier row already has.',
    example: 'survey.csv:88: "respondent_id" repeats the one on line 12; give each respondent one row',
  },
  check(ctx) {
    const col: Column | undefined = ctx.role === 'survey' ? 'respondent_id' : ctx.role === 'contacts' ? 'id' : undefined;
    if (col === undefined) return [];
    const id = ctx.get(col);
    if (id === undefined) return [];
    let seen = ctx.state.get('duplicate-id') as Map<string, number> | undefined;
    if (!seen) ctx.state.set('duplicate-id', (seen = new Map()));
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, ctx.line);
      return [];
    }
    return [
      {
        line: ctx.line,
        column: ctx.header(col),
        message: t(`"${ctx.header(col)}" herhaalt die van regel ${first}`, `"${ctx.header(col)}" repeats the one on line ${first}`),
        hint:
          col === 'respondent_id'
            ? t('Geef elke respondent één rij, of een nieuwe id', 'Give each respondent one row, or a new id')
            : t('Geef elke organisatie een eigen id', 'Give each organisation its own id'),
      },
    ];
  },
};
