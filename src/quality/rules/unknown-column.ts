/**
 * `unknown-column`: a header the tool does not know; its values are not copied to outputs. A
 * header that looks like a column of the file (a survey question, quality/column-hints.ts) gets
 * the `columns` mapping that makes it one, not the advice to keep it as an extra attribute.
 */
import { knownHeaders, SCHEMAS } from '../../config/columns.js';
import { CONFIG_FILE_NAME } from '../../config/config-file.js';
import { orList } from '../../config/roles.js';
import { nearest } from '../../errors.js';
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
      let hint: string;
      if (guess) hint = `It looks like the "${guess.column}" column: map it in ${CONFIG_FILE_NAME}: ${columnsSnippet(role, [guess])}`;
      else if (near) hint = `Did you mean "${near}"?`;
      else if (missing.length > 0)
        hint = `If it holds the ${orList(missing.map((c) => `"${c}"`))} column, map it under "columns" in ${CONFIG_FILE_NAME} (see the missing-column hint)`;
      else hint = `List it under extraAttributes in ${CONFIG_FILE_NAME} to keep it`;
      out.push({ line: ctx.line ?? 1, column: h, message: `unknown column "${h}", ignored`, hint });
    }
    return out;
  },
};
