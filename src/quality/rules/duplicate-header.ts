/** `duplicate-header`: two columns with the same name (or two names for one column). */
import { headerKey } from '../../config/columns.js';
import { t } from '../../lang.js';
import { looksHeaderless, type HeaderRule } from '../rule.js';

export const duplicateHeader: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'duplicate-header',
    defaultSeverity: 'error',
    description: 'Two header cells name the same column (also `regio` next to `provincie`); only the first is read.',
    example: 'survey.csv:1: column 6 "Regio" repeats column 3 "region"; rename or delete one',
  },
  check(ctx) {
    if (looksHeaderless(ctx)) return [];
    const out = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < ctx.headers.length; i++) {
      const h = ctx.headers[i]!;
      if (h.trim() === '') continue;
      const col = ctx.columns[i];
      const id = col && col !== 'personal' ? `col:${col}` : `name:${headerKey(h)}`;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        continue;
      }
      out.push({
        line: ctx.line ?? 1,
        column: h,
        message: t(
          `kolom ${i + 1} "${h}" herhaalt kolom ${first + 1} "${ctx.headers[first]}"; alleen de eerste wordt gelezen`,
          `column ${i + 1} "${h}" repeats column ${first + 1} "${ctx.headers[first]}"; only the first is read`,
        ),
        hint: t('Hernoem of verwijder een van beide', 'Rename or delete one of them'),
      });
    }
    return out;
  },
};
