/** `blank-header`: a column without a name. */
import { t } from '../../lang.js';
import type { HeaderRule } from '../rule.js';

export const blankHeader: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'blank-header',
    defaultSeverity: 'error',
    description: 'A column has no name in the header row; its values cannot be used.',
    example: 'contacts.csv:1: column 4 has no name; name it or delete the column',
  },
  check(ctx) {
    return ctx.headers.flatMap((h, i) =>
      h.trim() === ''
        ? [
            {
              line: ctx.line ?? 1,
              message: t(`kolom ${i + 1} heeft geen naam`, `column ${i + 1} has no name`),
              hint: t('Geef de kolom een naam of verwijder hem', 'Give it a name or delete the column'),
            },
          ]
        : [],
    );
  },
};
