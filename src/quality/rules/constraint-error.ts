/**
 * `constraint-error`: a value outside its allowed range or set (rating 1–10, strength > 0,
 * contact count ≥ 0, a known stakeholder type). The columns are optional: a number out of range
 * is blanked, an unknown type label is read as `other`, and the rest of the row is used
 * (docs/contract.md §2).
 */
import { nearestStakeholderType, parseStakeholderType, STAKEHOLDER_TYPES } from '../../config/stakeholder-types.js';
import type { Finding, RowRule } from '../rule.js';
import { NUMERIC_COLUMNS, numberOf } from './numeric-columns.js';

export const constraintError: RowRule = {
  kind: 'row',
  meta: {
    type: 'constraint-error',
    defaultSeverity: 'warning',
    description:
      'A rating outside 1–10, a strength that is not positive or a negative contact count (the cell is left out), or an unknown stakeholder type (read as other); the rest of the row is used.',
    example:
      'contacts.csv:31: unknown stakeholder type "Branchevereniging", read as other; map it in kis-network.config.json: "typeLabels": { "Branchevereniging": "sector_organisation" }',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const out: Finding[] = [];
    for (const spec of NUMERIC_COLUMNS[ctx.role]) {
      const v = ctx.get(spec.column);
      const n = v === undefined ? undefined : numberOf(spec, v);
      if (n === undefined || spec.test(n)) continue;
      out.push({
        line: ctx.line,
        column: ctx.header(spec.column),
        message: `"${ctx.header(spec.column)}" is ${v}, not ${spec.expected}; the cell is left out`,
        hint: 'Correct the value or leave the cell empty',
        blank: spec.column,
      });
    }
    if (ctx.role !== 'interviews') {
      const t = ctx.get('type');
      if (t !== undefined && parseStakeholderType(t, ctx.typeLabels) === undefined) {
        const near = nearestStakeholderType(t);
        const snippet = `"typeLabels": { ${JSON.stringify(t)}: "${near?.type ?? 'other'}" }`;
        const map = `map it in kis-network.config.json: ${snippet}`;
        out.push({
          line: ctx.line,
          column: ctx.header('type'),
          message: `unknown stakeholder type "${t}", read as other`,
          hint: near?.spelling
            ? `Did you mean "${near.spelling}"? Correct it, or ${map}`
            : near
              ? `To keep it, ${map} (or another of ${STAKEHOLDER_TYPES.join(', ')})`
              : `To keep it, ${map}, with one of ${STAKEHOLDER_TYPES.join(', ')} in place of "other"`,
          blank: 'type',
          readAs: 'other',
        });
      }
    }
    return out;
  },
};
