/**
 * `missing-column`: a required column is absent; no row of the file can be used. The hint names
 * the header that probably holds it (a near miss or a survey question, quality/column-hints.ts)
 * with a ready-to-paste `columns` mapping for kis-network.config.json.
 */
import { SCHEMAS, aliasesOf } from '../../config/columns.js';
import { CONFIG_FILE_NAME } from '../../config/config-file.js';
import { type Text, t } from '../../lang.js';
import { columnsSnippet, guessColumns } from '../column-hints.js';
import { looksHeaderless, type HeaderRule } from '../rule.js';

export const missingColumn: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'missing-column',
    defaultSeverity: 'error',
    description: 'A required column is missing from the header, so no row can be used.',
    example:
      'survey.csv:1: required column "organisation" is missing; did you mean "Bij welke organisatie werkt u?"? Map it in kis-network.config.json: {"columns": {"survey": {"Bij welke organisatie werkt u?": "organisation"}}}',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const role = ctx.role;
    const present = new Set(ctx.columns);
    const guesses = guessColumns(ctx);
    // Every guess, the optional columns too, in one snippet: one paste maps the whole file.
    const snippet = guesses.length > 0 ? columnsSnippet(role, guesses) : undefined;
    const out = [];
    for (const col of SCHEMAS[role].required) {
      if (present.has(col)) continue;
      const guess = guesses.find((g) => g.column === col);
      const others = aliasesOf(col)
        .filter((a) => a !== col)
        .slice(0, 2)
        .map((a) => `"${a}"`);
      let hint: Text;
      if (guess && snippet) {
        const how =
          guess.how === 'near'
            ? t(`Hernoem die kop naar "${col}", of koppel hem`, `Rename that header to "${col}", or map it`)
            : t('Koppel hem', 'Map it');
        hint = t(
          `Bedoelt u "${guess.header}"? ${how.nl} in ${CONFIG_FILE_NAME}: ${snippet}`,
          `Did you mean "${guess.header}"? ${how.en} in ${CONFIG_FILE_NAME}: ${snippet}`,
        );
      } else if (snippet) {
        hint = t(
          `Geen kop lijkt erop: voeg de kolom "${col}" toe aan de kopregel. De kolommen die wel te herkennen zijn, koppelt u in ${CONFIG_FILE_NAME}: ${snippet}`,
          `No header looks like it: add the column "${col}" to the header. The columns that could be recognised map with ${CONFIG_FILE_NAME}: ${snippet}`,
        );
      } else if (looksHeaderless(ctx)) {
        hint = t(
          'De eerste regel noemt geen bekende kolom: heeft het bestand een kopregel? Voeg er een toe',
          'The first line names no known column: does the file have a header row? Add one',
        );
      } else {
        const mapping = columnsSnippet(role, [{ header: '<header>', column: col }]);
        hint = t(
          `Voeg de kolom "${col}" toe aan de kopregel, of koppel de kop waar hij onder staat in ${CONFIG_FILE_NAME}: ${mapping}`,
          `Add the column "${col}" to the header, or map the header that holds it in ${CONFIG_FILE_NAME}: ${mapping}`,
        );
      }
      out.push({
        line: ctx.line ?? 1,
        message: t(
          `verplichte kolom "${col}" ontbreekt${others.length > 0 ? ` (ook goed: ${others.join(' of ')})` : ''}`,
          `required column "${col}" is missing${others.length > 0 ? ` (also accepted: ${others.join(' or ')})` : ''}`,
        ),
        hint,
      });
    }
    return out;
  },
};
