/** `blank-row`: a row with no values; it adds nothing. */
import type { Rule } from '../rule.js';

export function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

export const blankRow: Rule = {
  meta: {
    type: 'blank-row',
    defaultSeverity: 'warning',
    description: 'An empty row (or one with only delimiters) between data rows.',
    example: 'survey.csv:40: blank row; delete it',
  },
  row(ctx) {
    return isBlank(ctx.fields) ? [{ line: ctx.line, message: 'blank row', hint: 'Delete the empty row' }] : [];
  },
};
