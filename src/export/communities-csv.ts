/**
 * communities.csv: one row per Louvain community, sorted by community number:
 * `community,size,name`, members per stakeholder type (six types, then `unknown`),
 * `internal_edges,external_edges,internal_weight,kis_contacts`, then `top_members` and
 * `themes` as `|`-joined lists.
 */

import type { AnalysisResult } from '../result.js';
import { csvTableString, type CsvValue } from './csv.js';
import { arrayTable, type Table } from './table.js';
import { TYPE_KEYS, typeCount } from './type-keys.js';
import type { ExportOptions } from './types.js';

export const COMMUNITY_COLUMNS: readonly string[] = [
  'community',
  'size',
  'name',
  ...TYPE_KEYS,
  'internal_edges',
  'external_edges',
  'internal_weight',
  'kis_contacts',
  'top_members',
  'themes',
];

/** The rows of communities.csv (and of the workbook's communities sheet). */
export function communitiesTable(result: AnalysisResult): Table {
  const rows = [...result.communities]
    .sort((a, b) => a.community - b.community)
    .map((c): CsvValue[] => [
      c.community,
      c.size,
      c.name,
      ...TYPE_KEYS.map((t) => typeCount(c.types, t)),
      c.internal_edges,
      c.external_edges,
      c.internal_weight,
      c.kis_contacts,
      c.top_members,
      c.themes,
    ]);
  return arrayTable(COMMUNITY_COLUMNS, rows);
}

export function exportCommunitiesCsv(result: AnalysisResult, _options: ExportOptions): string {
  return csvTableString(communitiesTable(result));
}
