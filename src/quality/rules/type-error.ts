/** `type-error`: a value that should be a number is not one ("acht"). */
import { parseNumber } from '../../ingest/values.js';
import type { RowRule } from '../rule.js';
import { NUMERIC_COLUMNS } from './numeric-columns.js';

export const typeError: RowRule = {
  kind: 'row',
  meta: {
    type: 'type-error',
    defaultSeverity: 'error',
    description: 'A number column (rating, strength, kis_contacts) holds text.',
    example: 'survey.csv:23: "rating" is "acht", not a number; write it as a number from 1 to 10',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const out = [];
    for (const spec of NUMERIC_COLUMNS[ctx.role]) {
      const v = ctx.get(spec.column);
      if (v === undefined || parseNumber(v) !== undefined) continue;
      out.push({
        line: ctx.line,
        column: ctx.header(spec.column),
        message: `"${ctx.header(spec.column)}" is "${v.length > 24 ? `${v.slice(0, 24)}…` : v}", not a number`,
        hint: `Write it as ${spec.expected}`,
      });
    }
    return out;
  },
};
