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
import type { Issue } from './issue.js';

const quoteList = (items: readonly string[]) =>
  items.length <= 1
    ? `"${items.join('')}"`
    : `${items
        .slice(0, -1)
        .map((c) => `"${c}"`)
        .join(', ')} and "${items.at(-1)}"`;

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
  const reasons: string[] = [];
  const hints: string[] = [];
  for (const file of files) {
    if (file.role === 'aliases') continue;
    const account = accounting.find((a) => a.path === file.name && a.role === file.role);
    if (!account || account.rows_used > 0) continue;
    const missing = issues.filter((i) => i.file === file.display && i.type === 'missing-column');
    const columns = missing.flatMap((i) => /^required column "([^"]+)"/.exec(i.message)?.[1] ?? []);
    if (columns.length > 0) {
      reasons.push(`${file.display} has no usable ${quoteList(columns)} column${columns.length === 1 ? '' : 's'}`);
      hints.push(...missing.flatMap((i) => i.hint ?? []));
    } else if (account.rows_rejected > 0) {
      const types = Object.entries(account.rejected_by_type)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ');
      reasons.push(`all ${account.rows_rejected} rows of ${file.display} were rejected (${types})`);
    }
  }
  const why = reasons.length > 0 ? reasons.join('; ') : 'the rows read name no organisation';
  const snippet = mergedSnippet(hints);
  return new DataQualityError(
    `no organisation could be read from the inputs: ${why}`,
    snippet
      ? `Map the columns in ${CONFIG_FILE_NAME}: ${snippet} (kis-network validate shows every issue); nothing was written`
      : 'Run kis-network validate on the same inputs to see every issue and fix them; nothing was written',
  );
}
