/**
 * `unknown-column`: a header the tool does not know; its values are not copied to outputs. A
 * header that looks like a column of the file (a survey question, quality/column-hints.ts) gets
 * the `columns` mapping that makes it one, not the advice to keep it as an extra attribute.
 */
import { knownHeaders, SCHEMAS } from '../../config/columns.js';
import { CONFIG_FILE_NAME } from '../../config/config-file.js';
import { nearest } from '../../errors.js';
import { orWords, type Text, t } from '../../lang.js';
import { columnsSnippet, guessColumns } from '../column-hints.js';
import { looksHeaderless, type HeaderRule } from '../rule.js';

export const unknownColumn: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'unknown-column',
    defaultSeverity: 'warning',
    description: 'A column the tool does not recognise; it is ignored unless the config lists it as an extra attribute.',
    example: 'contacts.csv:1: unknown column "regoin", ignored; did you mean "region"?',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const role = ctx.role;
    const guesses = guessColumns(ctx);
    // No header names a known column and none looks like a question: the first line is
    // probably data (missing-column says so), and its cells are not echoed.
    if (looksHeaderless(ctx) && guesses.length === 0) return [];
    const missing = SCHEMAS[role].required.filter((c) => !ctx.columns.includes(c));
    const out = [];
    for (let i = 0; i < ctx.headers.length; i++) {
      const h = ctx.headers[i]!;
      if (h.trim() === '' || ctx.columns[i] !== undefined || ctx.extraAttributes.includes(h.trim())) continue;
      const guess = guesses.find((g) => g.index === i && g.how === 'keyword');
      const near = nearest(h.trim(), knownHeaders(role));
      let hint: Text;
      if (guess) {
        const mapping = columnsSnippet(role, [guess]);
        hint = t(
          `Dit lijkt de kolom "${guess.column}": koppel hem in ${CONFIG_FILE_NAME}: ${mapping}`,
          `It looks like the "${guess.column}" column: map it in ${CONFIG_FILE_NAME}: ${mapping}`,
        );
      } else if (near) hint = t(`Bedoelt u "${near}"?`, `Did you mean "${near}"?`);
      else if (missing.length > 0) {
        const which = orWords(missing.map((c) => `"${c}"`));
        hint = t(
          `Staat hier de kolom ${which.nl} in, koppel hem dan onder "columns" in ${CONFIG_FILE_NAME} (zie de hint bij missing-column)`,
          `If it holds the ${which.en} column, map it under "columns" in ${CONFIG_FILE_NAME} (see the missing-column hint)`,
        );
      } else
        hint = t(
          `Zet hem onder extraAttributes in ${CONFIG_FILE_NAME} om hem te bewaren`,
          `List it under extraAttributes in ${CONFIG_FILE_NAME} to keep it`,
        );
      out.push({ line: ctx.line ?? 1, column: h, message: t(`onbekende kolom "${h}", genegeerd`, `unknown column "${h}", ignored`), hint });
    }
    return out;
  },
};
