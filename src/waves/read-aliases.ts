/**
 * The `--aliases` file of `compare` as pairs of organisation keys (alias → organisation), read
 * by the same ingest as `analyse` reads it (encodings, delimiters, Excel sheets, header names;
 * a name that is personal data is never used).
 */

import { DEFAULTS, type InputFile, type Lang } from '../config/options.js';
import { ingestFile } from '../ingest/ingest-file.js';
import { fileChecks, IssueLog } from '../quality/run-checks.js';
import { personalDataKind } from '../resolve/personal-data.js';
import { orgKey } from '../resolve/org-key.js';

export async function readAliasKeys(file: InputFile | undefined, lang: Lang): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!file) return out;
  const log = new IssueLog({}, lang);
  await ingestFile(
    file,
    {
      columnMap: {},
      extraAttributes: [],
      typeLabels: {},
      listSeparators: DEFAULTS.listSeparator,
    },
    fileChecks(log),
    orgKey,
    (row) => {
      const alias = row.get('alias');
      const organisation = row.get('organisation');
      if (alias === undefined || organisation === undefined) return;
      if (personalDataKind(alias) !== null || personalDataKind(organisation) !== null) return;
      const from = orgKey(alias);
      const to = orgKey(organisation);
      if (from !== to) out.set(from, to);
    },
  );
  return out;
}
