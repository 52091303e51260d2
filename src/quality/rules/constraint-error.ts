/** `constraint-error`: a value outside its allowed range or set (rating 1–10, strength > 0, known type). */
import { acceptedTypeLabels, parseStakeholderType } from '../../config/stakeholder-types.js';
import { nearest } from '../../errors.js';
import { parseNumber } from '../../ingest/values.js';
import { STAKEHOLDER_TYPES } from '../../config/stakeholder-types.js';
import type { Finding, RowRule } from '../rule.js';
import { NUMERIC_COLUMNS } from './numeric-columns.js';

export const constraintError: RowRule = {
  kind: 'row',
  meta: {
    type: 'constraint-error',
    defaultSeverity: 'error',
    description: 'A rating outside 1–10, a strength that is not positive, a negative contact count, or an unknown stakeholder type.',
    example: 'survey.csv:31: "rating" is 11; it must be a number from 1 to 10',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const out: Finding[] = [];
    for (const spec of NUMERIC_COLUMNS[ctx.role]) {
      const v = ctx.get(spec.column);
      const n = v === undefined ? undefined : parseNumber(v);
      if (n === undefined || spec.test(n)) continue;
      out.push({
        line: ctx.line,
        column: ctx.header(spec.column),
        message: `"${ctx.header(spec.column)}" is ${v}; it must be ${spec.expected}`,
        hint: 'Correct the value or leave the cell empty',
      });
    }
    if (ctx.role !== 'interviews') {
      const t = ctx.get('type');
      if (t !== undefined && parseStakeholderType(t, ctx.typeLabels) === undefined) {
        const near = nearest(t, [...STAKEHOLDER_TYPES]);
        out.push({
          line: ctx.line,
          column: ctx.header('type'),
          message: `unknown stakeholder type "${t}"`,
          hint: near
            ? `Did you mean "${near}"? Accepted: ${acceptedTypeLabels()}`
            : `Accepted: ${acceptedTypeLabels()}; or map it under typeLabels in kis-network.config.json`,
        });
      }
    }
    return out;
  },
};
