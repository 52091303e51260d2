import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/analyse/registry.js';
import { nodeTableFields } from '../../../src/export/attributes.js';
import { buildPayload } from '../../../src/export/html/payload.js';
import { NUMERIC_METRICS } from '../../../src/export/html/payload-types.js';
import { STRINGS } from '../../../src/viewer/i18n.js';
import { COLOUR_MODES, SIZE_MODES } from '../../../src/viewer/state.js';
import { fixtureResult } from '../export/fixture.js';

describe('metric registry', () => {
  it('lists the nodes.csv metric columns of docs/contract.md §5 in order', () => {
    expect(METRICS.map((m) => m.id)).toEqual([
      'community',
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'core',
      'constraint',
      'clustering',
      'role',
      'effective_size',
      'brokerage_coordinator',
      'brokerage_itinerant',
      'brokerage_gatekeeper',
      'brokerage_liaison',
    ]);
  });

  it('marks exactly the weighted metrics of docs/contract.md §4', () => {
    expect(METRICS.filter((m) => m.weighted).map((m) => m.id)).toEqual(['community', 'strength', 'pagerank']);
  });

  it('has a label and a one-line explanation in both languages', () => {
    for (const m of METRICS) {
      for (const text of [m.label.nl, m.label.en, m.explain.nl, m.explain.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\n/);
      }
    }
  });
});

/** Every .ts file under src/, as [path relative to the repo, text]. */
function sources(): Array<[string, string]> {
  const root = path.resolve(import.meta.dirname, '../../..');
  const out: Array<[string, string]> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) out.push([path.relative(root, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

describe('everything that lists metrics derives from METRICS (no hand-written copy drifts)', () => {
  const ids = METRICS.map((m) => m.id);

  it('nodes.csv, graph.json, GEXF and GraphML carry every metric, in registry order, with its column type', () => {
    const fields = nodeTableFields({ minGroupSize: 3 });
    const metricFields = fields.filter((f) => (ids as readonly string[]).includes(f.name));
    expect(metricFields.map((f) => f.name)).toEqual(ids);
    expect(metricFields.map((f) => f.kind)).toEqual(METRICS.map((m) => m.column));
    // Contiguous: the metric block sits after id, label, type and region (docs/contract.md §5).
    const first = fields.findIndex((f) => f.name === ids[0]);
    expect(fields.slice(first, first + ids.length).map((f) => f.name)).toEqual(ids);
  });

  it('the map payload carries every numeric metric and only those', () => {
    expect(NUMERIC_METRICS).toEqual(METRICS.filter((m) => m.kind !== 'category').map((m) => m.id));
    const payload = buildPayload(fixtureResult(), { lang: 'nl', mapMaxNodes: 5000, minGroupSize: 3 });
    expect(Object.keys(payload.nodes.metrics)).toEqual(NUMERIC_METRICS);
  });

  it('the size and colour menus hold the metrics the registry offers there, at their positions', () => {
    const sized = METRICS.filter((m) => 'sizeMenu' in m);
    const coloured = METRICS.filter((m) => 'colourMenu' in m);
    for (const m of sized) {
      expect(m.kind, m.id).not.toBe('category');
      expect(SIZE_MODES[m.sizeMenu], m.id).toBe(m.id);
    }
    for (const m of coloured) {
      expect(m.kind, m.id).toBe('category');
      expect(COLOUR_MODES[m.colourMenu], m.id).toBe(m.id);
    }
    // The menus hold nothing but these metrics and the few non-metric modes, each once.
    expect(SIZE_MODES.filter((s) => !sized.some((m) => m.id === s))).toEqual(['kis']);
    expect(COLOUR_MODES.filter((c) => !coloured.some((m) => m.id === c))).toEqual(['type', 'region']);
    expect(new Set(SIZE_MODES).size).toBe(SIZE_MODES.length);
    expect(new Set(COLOUR_MODES).size).toBe(COLOUR_MODES.length);
    for (const lang of ['nl', 'en'] as const) {
      for (const s of SIZE_MODES) expect(STRINGS[lang].sizeModes[s], `${lang} ${s}`).toBeTruthy();
      for (const c of COLOUR_MODES) expect(STRINGS[lang].colourModes[c], `${lang} ${c}`).toBeTruthy();
    }
  });

  it('the map table and the report rank numeric metrics only, each position once', () => {
    const tabled = METRICS.filter((m) => 'mapTable' in m);
    expect(new Set(tabled.map((m) => m.mapTable)).size).toBe(tabled.length);
    for (const m of [...tabled, ...METRICS.filter((m) => 'report' in m)]) expect(m.kind, m.id).not.toBe('category');
    expect(METRICS.filter((m) => 'report' in m).map((m) => m.id)).toEqual(['betweenness', 'pagerank']);
  });

  it('no module under src/ lists metric ids by hand in an array literal', () => {
    // Lists that name some metrics for another purpose than listing metric columns.
    const notMetricLists = new Set([
      // the dimensions satisfaction is grouped by (three of them are also metric columns)
      `${path.join('src', 'result.ts')}: ['type', 'region', 'community', 'role', 'core']`,
      // the few nodes.csv columns compare reads from an output folder
      `${path.join('src', 'waves', 'load-wave.ts')}: ['id', 'label', 'type', 'region', 'community', 'degree', 'strength', 'pagerank']`,
    ]);
    const quoted = new RegExp(`['"\`](${ids.join('|')})['"\`]`, 'g');
    const offenders: string[] = [];
    for (const [file, text] of sources()) {
      if (file === path.join('src', 'analyse', 'registry.ts')) continue;
      for (const list of text.match(/\[[^[\]]*\]/g) ?? []) {
        const named = new Set([...list.matchAll(quoted)].map((m) => m[1]));
        const entry = `${file}: ${list.slice(0, 80)}`;
        if (named.size >= 3 && !notMetricLists.has(entry)) offenders.push(entry);
      }
    }
    expect(offenders).toEqual([]);
  });
});
