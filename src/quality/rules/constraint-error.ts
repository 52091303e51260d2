/**
 * `constraint-error`: a value outside its allowed range or set (rating 1–10, strength > 0,
 * contact count ≥ 0, a known stakeholder type). The columns are optional: a number out of range
 * is blanked, an unknown type label is read as `other`, and the rest of the row is used
 * (docs/contract.md §2).
 */
import { nearestStakeholderType, parseStakeholderType, STAKEHOLDER_TYPES } from '../../config/stakeholder-types.js';
import { t } from '../../lang.js';
import { personalDataKind, personLikeName } from '../../resolve/personal-data.js';
import type { Finding, RowRule } from '../rule.js';
import { cellInMessage } from './name-cells.js';
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
      const shown = cellInMessage(v!);
      out.push({
        line: ctx.line,
        column: ctx.header(spec.column),
        message: t(
          `"${ctx.header(spec.column)}" is ${shown.nl}, geen ${spec.expected.nl}; de cel wordt overgeslagen`,
          `"${ctx.header(spec.column)}" is ${shown.en}, not ${spec.expected.en}; the cell is left out`,
        ),
        hint: t('Verbeter de waarde of laat de cel leeg', 'Correct the value or leave the cell empty'),
        blank: spec.column,
      });
    }
    if (ctx.role !== 'interviews') {
      const label = ctx.get('type');
      if (
        label !== undefined &&
        parseStakeholderType(label, ctx.typeLabels) === undefined &&
        (personalDataKind(label) !== null || personLikeName(label))
      ) {
        out.push({
          line: ctx.line,
          column: ctx.header('type'),
          message: t(
            'het stakeholdertype lijkt persoonsgegevens te bevatten (niet getoond), gelezen als other',
            'the stakeholder type seems to hold personal data (not shown), read as other',
          ),
          hint: t('Zet hier het soort organisatie, geen contactgegevens', 'Put the kind of organisation here, not contact details'),
          blank: 'type',
          readAs: 'other',
        });
      } else if (label !== undefined && parseStakeholderType(label, ctx.typeLabels) === undefined) {
        const near = nearestStakeholderType(label);
        const snippet = `"typeLabels": { ${JSON.stringify(label)}: "${near?.type ?? 'other'}" }`;
        const map = t(`koppel het in kis-network.config.json: ${snippet}`, `map it in kis-network.config.json: ${snippet}`);
        const types = STAKEHOLDER_TYPES.join(', ');
        out.push({
          line: ctx.line,
          column: ctx.header('type'),
          message: t(`onbekend stakeholdertype "${label}", gelezen als other`, `unknown stakeholder type "${label}", read as other`),
          hint: near?.spelling
            ? t(`Bedoelt u "${near.spelling}"? Verbeter het, of ${map.nl}`, `Did you mean "${near.spelling}"? Correct it, or ${map.en}`)
            : near
              ? t(`Om het te houden: ${map.nl} (of een ander van ${types})`, `To keep it, ${map.en} (or another of ${types})`)
              : t(
                  `Om het te houden: ${map.nl}, met een van ${types} in plaats van "other"`,
                  `To keep it, ${map.en}, with one of ${types} in place of "other"`,
                ),
          blank: 'type',
          readAs: 'other',
        });
      }
    }
    return out;
  },
};
