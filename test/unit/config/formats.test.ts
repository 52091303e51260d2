/**
 * `--formats` and the config file's `formats` (docs/contract.md §1, §5): file names and groups
 * from the EXPORTERS registry, summary.json always, sorted; an unknown name is a usage error
 * with the nearest valid name; a config `formats` that is not a list of strings is refused.
 */
import { describe, expect, it } from 'vitest';
import { resolveFormats } from '../../../src/cli/formats.js';
import { validateConfig } from '../../../src/config/config-file.js';
import { UsageError } from '../../../src/errors.js';
import { OUTPUT_NAMES } from '../../../src/export/exporters.js';

const lineOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    if (err instanceof UsageError) return err.toLine('en');
    throw err;
  }
  throw new Error('no error');
};

describe('resolveFormats', () => {
  it('is every output, sorted, without a list', () => {
    expect(resolveFormats(undefined, '--formats')).toEqual([...OUTPUT_NAMES].sort());
  });

  it('takes file names and groups, adds summary.json, sorts', () => {
    expect(resolveFormats('map.html, csv', '--formats')).toEqual([
      'communities.csv',
      'edges.csv',
      'engagement.csv',
      'groups.csv',
      'map.html',
      'mixing.csv',
      'nodes.csv',
      'products.csv',
      'summary.json',
    ]);
    expect(resolveFormats(['graph', 'XLSX'], 'kis.json (formats)')).toEqual([
      'graph.gexf',
      'graph.graphml',
      'graph.json',
      'kis-network.xlsx',
      'summary.json',
    ]);
    expect(resolveFormats('summary.json', '--formats')).toEqual(['summary.json']);
    // Every output belongs to the group its name says.
    for (const name of OUTPUT_NAMES) expect(resolveFormats(name, '--formats')).toContain(name);
  });

  it('refuses an unknown or empty list in one line', () => {
    expect(lineOf(() => resolveFormats('nodes.csv,grpah', '--formats'))).toBe('--formats: unknown output "grpah". Did you mean "graph"?');
    expect(lineOf(() => resolveFormats('everything', '--formats'))).toMatch(
      /^--formats: unknown output "everything"\. Use file names \(.*\) or groups \(csv, graph, map, report, xlsx\)$/,
    );
    expect(lineOf(() => resolveFormats(' , ', '--formats'))).toBe(
      '--formats names no output file. e.g. --formats nodes.csv,map.html,kis-network.xlsx',
    );
  });

  it('the config key must be a list of strings', () => {
    expect(validateConfig({ formats: ['csv', 'map'] }, 'kis.json').formats).toEqual(['csv', 'map']);
    expect(lineOf(() => validateConfig({ formats: 'csv' }, 'kis.json'))).toBe(
      'kis.json: "formats" must be a list of output files or groups. e.g. ["csv", "kis-network.xlsx"]',
    );
  });
});
