/** `missing-value`: a required value is empty. */
import { SCHEMAS } from '../../config/columns.js';
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const missingValue: RowRule = {
  kind: 'row',
  meta: {
    type: 'missing-value',
    defaultSeverity: 'error',
    description: 'A required value (organisation, interview_id, source, target, respondent_id) is empty.',
    example: 'interviews.csv:14: "target" is empty; fill in the organisation or delete the row',
  },
  check(ctx) {
    if (ctx.role === 'aliases') {
      return ['alias', 'organisation'].flatMap((c, i) =>
        (ctx.fields[i] ?? '').trim() === ''
          ? [
              {
                line: ctx.line,
                message: t(`verplichte waarde "${ctx.headers[i] ?? c}" is leeg`, `"${ctx.headers[i] ?? c}" is empty`),
                hint: t('Vul hem in of verwijder de rij', 'Fill it in or delete the row'),
              },
            ]
          : [],
      );
    }
    const out = [];
    for (const col of SCHEMAS[ctx.role].required) {
      const at = ctx.index[col];
      if (at === undefined || at >= ctx.fields.length) continue; // missing-column / missing-cell say so
      if (ctx.get(col) === undefined) {
        out.push({
          line: ctx.line,
          column: ctx.header(col),
          message: t(`verplichte waarde "${ctx.header(col)}" is leeg`, `"${ctx.header(col)}" is empty`),
          hint: t('Vul de waarde in of verwijder de rij', 'Fill in the value or delete the row'),
        });
      }
    }
    return out;
  },
};
