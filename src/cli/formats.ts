/**
 * `--formats LIST` (and the config file's `formats`): which output files `analyse` writes.
 * A comma-separated list of output file names (`nodes.csv,map.html,kis-network.xlsx`) and group
 * names — `csv` (every `.csv`), `graph` (`graph.*`), `map` (`map.*`), `report` (`report.*`),
 * `xlsx` (every `.xlsx`) — matched against the `EXPORTERS` registry, so a new output file joins
 * its group without a change here. Default: every output. `summary.json` is always written (it
 * records which files were). An unknown name is a usage error with the nearest known name.
 */

import { compareCodeUnits } from '../compare.js';
import { nearest, UsageError } from '../errors.js';
import { OUTPUT_NAMES } from '../export/exporters.js';
import { t } from '../lang.js';

/** The group names and which output file names they take. */
export const FORMAT_GROUPS: Readonly<Record<string, (name: string) => boolean>> = {
  csv: (name) => name.endsWith('.csv'),
  graph: (name) => name.startsWith('graph.'),
  map: (name) => name.startsWith('map.'),
  report: (name) => name.startsWith('report.'),
  xlsx: (name) => name.endsWith('.xlsx'),
};

/** Always written: the record of the run, and of which files it wrote. */
export const ALWAYS_WRITTEN = 'summary.json';

/**
 * The output files to write, sorted by code unit: every output when `list` is undefined, else
 * the named files and groups plus summary.json. `origin` names where the list came from
 * (`--formats`, or the config file) for the error message.
 */
export function resolveFormats(list: string | readonly string[] | undefined, origin: string): string[] {
  if (list === undefined) return [...OUTPUT_NAMES].sort(compareCodeUnits);
  const items = (typeof list === 'string' ? list.split(',') : list).map((s) => s.trim()).filter((s) => s !== '');
  const example = 'nodes.csv,map.html,kis-network.xlsx';
  if (items.length === 0)
    throw new UsageError(
      t(`${origin} noemt geen enkel uitvoerbestand`, `${origin} names no output file`),
      t(`bijv. ${origin} ${example}`, `e.g. ${origin} ${example}`),
    );
  const chosen = new Set<string>([ALWAYS_WRITTEN]);
  for (const item of items) {
    const group = FORMAT_GROUPS[item.toLowerCase()];
    if (group) {
      for (const name of OUTPUT_NAMES) if (group(name)) chosen.add(name);
      continue;
    }
    const file = OUTPUT_NAMES.find((name) => name === item.toLowerCase());
    if (file) {
      chosen.add(file);
      continue;
    }
    const known = [...OUTPUT_NAMES, ...Object.keys(FORMAT_GROUPS)];
    const near = nearest(item, known);
    const groups = Object.keys(FORMAT_GROUPS).join(', ');
    throw new UsageError(
      t(`${origin}: onbekend uitvoerbestand "${item}"`, `${origin}: unknown output "${item}"`),
      near
        ? t(`Bedoelt u "${near}"?`, `Did you mean "${near}"?`)
        : t(
            `Gebruik bestandsnamen (${OUTPUT_NAMES.join(', ')}) of groepen (${groups})`,
            `Use file names (${OUTPUT_NAMES.join(', ')}) or groups (${groups})`,
          ),
    );
  }
  return [...chosen].sort(compareCodeUnits);
}
