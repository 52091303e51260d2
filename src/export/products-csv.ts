/**
 * products.csv: the knowledge-product layer, one row per product sorted by name (code units):
 * `product,organisations,respondents`, organisations per stakeholder type as `type_<type>`
 * columns (six types, then `type_unknown`), and `communities` as `community:organisations`
 * pairs in community order, `|`-joined (e.g. `0:5|1:3`), then `regions` as `region:organisations`
 * pairs by code unit (`unknown` for no region), `|`-joined (e.g. `Utrecht:2|unknown:1`).
 */

import type { AnalysisResult } from '../result.js';
import { csvTableString, type CsvValue } from './csv.js';
import { arrayTable, type Table } from './table.js';
import { compareCodeUnits } from '../compare.js';
import { TYPE_KEYS, sortedCounts, typeCount } from './type-keys.js';
import type { ExportOptions } from './types.js';

export const PRODUCT_COLUMNS: readonly string[] = [
  'product',
  'organisations',
  'respondents',
  ...TYPE_KEYS.map((t) => `type_${t}`),
  'communities',
  'regions',
];

/** The rows of products.csv (and of the workbook's products sheet). */
export function productsTable(result: AnalysisResult): Table {
  const rows = [...result.products]
    .sort((a, b) => compareCodeUnits(a.product, b.product))
    .map((p): CsvValue[] => [
      p.product,
      p.organisations,
      p.respondents,
      ...TYPE_KEYS.map((t) => typeCount(p.by_type, t)),
      sortedCounts(p.by_community)
        .filter(([, n]) => n !== 0)
        .map(([k, n]) => `${k}:${n}`),
      Object.keys(p.by_region)
        .sort(compareCodeUnits)
        .filter((k) => p.by_region[k] !== 0)
        .map((k) => `${k}:${p.by_region[k]}`),
    ]);
  return arrayTable(PRODUCT_COLUMNS, rows);
}

export function exportProductsCsv(result: AnalysisResult, _options: ExportOptions): string {
  return csvTableString(productsTable(result));
}
