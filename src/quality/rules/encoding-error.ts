/** `encoding-error`: a row holds bytes that are not valid in the file's encoding. */
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

export const encodingError: RowRule = {
  kind: 'row',
  meta: {
    type: 'encoding-error',
    defaultSeverity: 'error',
    description: 'A row contains bytes that are not valid UTF-8 (shown as �).',
    example: 'survey.csv:12: invalid UTF-8 in column "organisation"; save the file as CSV UTF-8 or pass --encoding windows-1252',
  },
  check(ctx) {
    const at = ctx.fields.findIndex((f) => f.includes('\uFFFD'));
    if (at < 0) return [];
    return [
      {
        line: ctx.line,
        column: ctx.headers[at],
        message: t(
          `ongeldige UTF-8-bytes in kolom "${ctx.headers[at] ?? at + 1}"`,
          `invalid UTF-8 bytes in column "${ctx.headers[at] ?? at + 1}"`,
        ),
        hint: t(
          'Sla het bestand in Excel op als "CSV UTF-8", of geef --encoding windows-1252 als het een Windows-export is',
          'Save the file as "CSV UTF-8" in Excel, or pass --encoding windows-1252 if it is a Windows export',
        ),
      },
    ];
  },
};
