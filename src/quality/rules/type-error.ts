/**
 * `type-error`: a value that should be a number is not one (`acht`, `ca. 5`, `-`; `1.5` in a
 * count). Every number column is optional, so the cell is blanked and the rest of the row is
 * used (docs/contract.md §2).
 */
import { t } from '../../lang.js';
import type { Finding, RowRule } from '../rule.js';
import { cellInMessage } from './name-cells.js';
import { NUMERIC_COLUMNS, numberOf } from './numeric-columns.js';

export const typeError: RowRule = {
  kind: 'row',
  meta: {
    type: 'type-error',
    defaultSeverity: 'warning',
    description:
      'A number column (rating, strength, kis_contacts) holds text, or a count holds a decimal; the cell is left out, the rest of the row is used.',
    example:
      'contacts.csv:23: "kis_contacts" is "ca. 5", not a whole number; the cell is left out; write it as a whole number of 0 or more',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const out: Finding[] = [];
    for (const spec of NUMERIC_COLUMNS[ctx.role]) {
      const v = ctx.get(spec.column);
      if (v === undefined || numberOf(spec, v) !== undefined) continue;
      const shown = cellInMessage(v);
      out.push({
        line: ctx.line,
        column: ctx.header(spec.column),
        message: t(
          `"${ctx.header(spec.column)}" is "${shown.nl}", geen ${spec.integer ? 'geheel getal' : 'getal'}; de cel wordt overgeslagen`,
          `"${ctx.header(spec.column)}" is "${shown.en}", not a ${spec.integer ? 'whole number' : 'number'}; the cell is left out`,
        ),
        hint: t(
          `Schrijf het als ${spec.expected.nl}${spec.integer ? ' (1.200 leest als 1200)' : ''}, of laat de cel leeg`,
          `Write it as ${spec.expected.en}${spec.integer ? ' (1.200 reads as 1200)' : ''}, or leave the cell empty`,
        ),
        blank: spec.column,
      });
    }
    return out;
  },
};
