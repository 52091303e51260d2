/**
 * `suspect-list`: a `partners` or `products_used` entry that holds `, ` between two or more names
 * the inputs know elsewhere (`Aedes, Divosa, VluchtelingenWerk`): people type commas, but a comma
 * does not split a list (names such as `Wonen, Werken en Zorg` hold one), so the entry is read as
 * one name and this warning says which separator to use. A graph rule, because a name may be
 * known only from a file read later; candidates come in the order they were read.
 */
import { tidy } from '../../ingest/values.js';
import { orWords, t } from '../../lang.js';
import type { Finding, GraphRule } from '../rule.js';

/** `| or ;` (`| of ;`) for the separators `|;`. */
function separatorWords(separators: string) {
  return orWords([...new Set(separators)]);
}

export const suspectList: GraphRule = {
  kind: 'graph',
  meta: {
    type: 'suspect-list',
    defaultSeverity: 'warning',
    description:
      'A partners or products_used entry in which ", " separates two or more names known elsewhere in the inputs; it is read as one name.',
    example:
      'survey.csv:12: "partners" holds 3 known organisation names separated by ", " (Aedes, Divosa, VluchtelingenWerk), read as one name; use | or ; between names',
  },
  check(ctx) {
    const out: Finding[] = [];
    const words = separatorWords(ctx.listSeparators);
    const first = [...ctx.listSeparators][0] ?? '|';
    for (const c of ctx.listCandidates) {
      if (ctx.isKnownName(c.field, c.text)) continue; // a known name that holds a comma itself
      const parts = c.text
        .split(',')
        .map(tidy)
        .filter((p) => p !== '');
      const known = parts.filter((p) => ctx.isKnownName(c.field, p));
      if (known.length < 2) continue;
      const what = c.field === 'partners' ? t('organisatienamen', 'organisation names') : t('productnamen', 'product names');
      const shown = known.length > 4 ? `${known.slice(0, 4).join(', ')}, …` : known.join(', ');
      const list = known.join(` ${first} `);
      out.push({
        file: c.file,
        line: c.line,
        column: c.column,
        message: t(
          `"${c.column}" bevat ${known.length} bekende ${what.nl} gescheiden door ", " (${shown}), gelezen als één naam`,
          `"${c.column}" holds ${known.length} known ${what.en} separated by ", " (${shown}), read as one name`,
        ),
        hint: t(
          `Zet ${words.nl} tussen de namen (${list}), of geef --list-separator "${ctx.listSeparators}," als geen naam een komma bevat`,
          `Use ${words.en} between names (${list}), or pass --list-separator "${ctx.listSeparators}," if no name holds a comma`,
        ),
      });
    }
    return out;
  },
};
