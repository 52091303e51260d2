/** `blank-row`: a row with no values; it adds nothing. */
import { isBlank } from '../../ingest/values.js';
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const blankRow: RowRule = {
  kind: 'row',
  meta: {
    type: 'blank-row',
    defaultSeverity: 'warning',
    description: 'An empty row (or one with only delimiters) between data rows.',
    example: 'survey.csv:40: blank row; delete it',
  },
  check(ctx) {
    return isBlank(ctx.fields)
      ? [{ line: ctx.line, message: t('lege rij', 'blank row'), hint: t('Verwijder de lege rij', 'Delete the empty row') }]
      : [];
  },
};
