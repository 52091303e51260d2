/**
 * Why a run found no organisation at all (docs/contract.md §1): `analyse` then stops with exit
 * code 1 and one line instead of writing an empty map. The line names, per data file, what cost
 * its rows (a required column that could not be matched, or the errors that rejected every
 * row), and, where the header rules could place the columns, the `columns` mapping for
 * kis-network.config.json that makes the file readable.
 */

import { CONFIG_FILE_NAME } from '../config/config-file.js';
import type { InputFile } from '../config/options.js';
import { DataQualityError } from '../errors.js';
import type { FileAccount } from '../ingest/ingest-file.js';
import { andWords, type Text, t } from '../lang.js';
import type { Issue } from './issue.js';

/** The columns mapping the missing-column hints of the files suggest, merged into one snippet. */
function mergedSnippet(hints: readonly string[]): string | undefined {
  const columns: Record<string, Record<string, string>> = {};
  for (const hint of hints) {
    const at = hint.indexOf('{"columns": ');
    if (at < 0) continue;
    try {
      const parsed = JSON.parse(hint.slice(at)) as { columns: Record<string, Record<string, string>> };
      for (const [role, map] of Object.entries(parsed.columns)) {
        if (Object.keys(map).some((h) => h === '<header>')) continue;
        columns[role] = { ...columns[role], ...map };
      }
    } catch {
      // Not a snippet after all: leave it out.
    }
  }
  const roles = Object.entries(columns);
  if (roles.length === 0) return undefined;
  const render = (map: Record<string, string>) =>
    Object.entries(map)
      .map(([h, c]) => `${JSON.stringify(h)}: ${JSON.stringify(c)}`)
      .join(', ');
  return `{"columns": {${roles.map(([role, map]) => `${JSON.stringify(role)}: {${render(map)}}`).join(', ')}}}`;
}

export function emptyNetworkError(
  files: readonly InputFile[],
  accounting: readonly FileAccount[],
  issues: readonly Issue[],
): DataQualityError {
  const reasons: Text[] = [];
  const hints: string[] = [];
  for (const file of files) {
    if (file.role === 'aliases') continue;
    const account = accounting.find((a) => a.path === file.name && a.role === file.role);
    if (!account || account.rows_used > 0) continue;
    const missing = issues.filter((i) => i.file === file.display && i.type === 'missing-column');
    // The column is the first quoted name of a missing-column message, in either language.
    const columns = missing.flatMap((i) => /"([^"]+)"/.exec(i.message)?.[1] ?? []);
    if (columns.length > 0) {
      const list = andWords(columns.map((c) => `"${c}"`));
      const one = columns.length === 1;
      reasons.push(
        t(
          `${file.display} heeft geen bruikbare ${one ? 'kolom' : 'kolommen'} ${list.nl}`,
          `${file.display} has no usable ${list.en} column${one ? '' : 's'}`,
        ),
      );
      hints.push(...missing.flatMap((i) => i.hint ?? []));
    } else if (account.rows_rejected > 0) {
      const types = Object.entries(account.rejected_by_type)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ');
      reasons.push(
        t(
          `alle ${account.rows_rejected} rijen van ${file.display} zijn afgewezen (${types})`,
          `all ${account.rows_rejected} rows of ${file.display} were rejected (${types})`,
        ),
      );
    }
  }
  const why =
    reasons.length > 0
      ? t(reasons.map((r) => r.nl).join('; '), reasons.map((r) => r.en).join('; '))
      : t('de gelezen rijen noemen geen organisatie', 'the rows read name no organisation');
  const snippet = mergedSnippet(hints);
  return new DataQualityError(
    t(`uit de invoer kon geen enkele organisatie worden gelezen: ${why.nl}`, `no organisation could be read from the inputs: ${why.en}`),
    snippet
      ? t(
          `Koppel de kolommen in ${CONFIG_FILE_NAME}: ${snippet} (kis-network validate toont alle problemen); er is niets geschreven`,
          `Map the columns in ${CONFIG_FILE_NAME}: ${snippet} (kis-network validate shows every issue); nothing was written`,
        )
      : t(
          'Voer kis-network validate uit op dezelfde invoer om alle problemen te zien en te verhelpen; er is niets geschreven',
          'Run kis-network validate on the same inputs to see every issue and fix them; nothing was written',
        ),
  );
}
