/**
 * Every compare exporter but the map (which carries the viewer bundle; the CLI and browser tests
 * cover it) against its golden file, for two small hand-made waves, two one-organisation waves
 * and two waves without organisations; `UPDATE_GOLDEN=1` rewrites them (review the diff).
 */

import { describe, it } from 'vitest';
import { outputToString } from '../../../src/export/chunks.js';
import { type CompareResult, compareWaves } from '../../../src/waves/compare-waves.js';
import { COMPARE_EXPORTERS, COMPARE_OUTPUT_NAMES } from '../../../src/waves/export/exporters.js';
import type { WaveGroup } from '../../../src/waves/wave.js';
import { expectGolden } from '../export/golden.js';
import { makeWave } from './make-wave.js';

const COLUMNS = ['organisations', 'in_network', 'surveyed', 'kis_contacted', 'rating_n', 'rating_mean'];
const group = (dimension: string, name: string, v: number[], mean: number | null): WaveGroup => ({
  dimension,
  group: name,
  values: { organisations: v[0]!, in_network: v[1]!, surveyed: v[2]!, kis_contacted: v[3]!, rating_n: v[4]!, rating_mean: mean },
});

function fixture(): CompareResult {
  const old = makeWave({
    name: '2021',
    orgs: {
      O1: { label: 'Gemeente Utrecht', type: 'government', region: 'Utrecht', community: 0, degree: 3, strength: 6, pagerank: 0.3 },
      O2: {
        label: 'Stichting "Samen Sterk"',
        type: 'civil_society',
        region: 'Utrecht',
        community: 0,
        degree: 2,
        strength: 3,
        pagerank: 0.2,
      },
      O3: { label: '=Formule BV', type: 'professional', region: 'Zeeland', community: 1, degree: 2, strength: 4, pagerank: 0.2 },
      O4: {
        label: 'Vereniging Wonen, Werken & Leren',
        type: 'civil_society',
        region: 'Zeeland',
        community: 1,
        degree: 1,
        strength: 1,
        pagerank: 0.1,
      },
      O5: { label: 'Isolaat', type: 'other', region: '', community: 2, pagerank: 0.05 },
    },
    edges: [
      ['O1', 'O2', 2],
      ['O1', 'O3', 3],
      ['O1', 'O4', 1],
      ['O2', 'O3', 1],
    ],
    communityNames: { 0: 'Utrecht · samenleven', 1: 'Zeeland', 2: 'Isolaat' },
    groupColumns: COLUMNS,
    groups: [
      group('type', 'civil_society', [2, 2, 2, 1, 5], 7),
      group('type', 'government', [1, 1, 1, 1, 9], 6.5),
      group('type', 'professional', [1, 1, 1, 0, 2], null),
      group('type', 'other', [1, 0, 0, 0, 0], null),
      group('region', 'Utrecht', [2, 2, 2, 2, 14], 6.7),
      group('region', 'Zeeland', [2, 2, 2, 0, 2], null),
      group('region', 'unknown', [1, 0, 0, 0, 0], null),
    ],
  });
  const now = makeWave({
    name: '2024',
    orgs: {
      O1: { label: 'Gemeente Utrecht', type: 'government', region: 'Utrecht', community: 1, degree: 3, strength: 8, pagerank: 0.35 },
      O2: {
        label: 'Stichting "Samen Sterk"',
        type: 'civil_society',
        region: 'Utrecht',
        community: 1,
        degree: 1,
        strength: 2,
        pagerank: 0.15,
      },
      O3: { label: '=Formule BV', type: 'professional', region: 'Zeeland', community: 0, degree: 2, strength: 5, pagerank: 0.2 },
      O5: { label: 'Isolaat', type: 'other', region: '', community: 0, degree: 1, strength: 1, pagerank: 0.1 },
      O6: {
        label: 'Ver. Wonen, Werken & Leren',
        type: 'civil_society',
        region: 'Zeeland',
        community: 0,
        degree: 1,
        strength: 1,
        pagerank: 0.2,
      },
    },
    edges: [
      ['O1', 'O2', 2],
      ['O1', 'O3', 4],
      ['O1', 'O6', 1],
      ['O3', 'O5', 1],
    ],
    communityNames: { 0: 'Zeeland', 1: 'Utrecht · samenleven' },
    groupColumns: COLUMNS,
    groups: [
      group('type', 'civil_society', [2, 2, 2, 2, 6], 7.5),
      group('type', 'government', [1, 1, 1, 1, 9], 6.5),
      group('type', 'professional', [1, 1, 1, 1, 3], 8),
      group('type', 'other', [1, 1, 0, 0, 0], null),
      group('region', 'Utrecht', [2, 2, 2, 2, 15], 7),
      group('region', 'Zeeland', [2, 2, 2, 1, 3], 7),
      group('region', 'unknown', [1, 1, 0, 0, 0], null),
    ],
  });
  return compareWaves(old, now, { lang: 'nl', minGroupSize: 3, aliasJoined: 0 });
}

const one = (name: string) => makeWave({ name, orgs: { 'gemeente utrecht': { label: 'Gemeente Utrecht', pagerank: 1 } } });
const none = (name: string) => makeWave({ name, orgs: {} });

const CASES: Record<string, () => CompareResult> = {
  fixture,
  'one-node': () => compareWaves(one('a'), one('b'), { lang: 'nl', minGroupSize: 3, aliasJoined: 0 }),
  empty: () => compareWaves(none('a'), none('b'), { lang: 'nl', minGroupSize: 3, aliasJoined: 0 }),
};
const FILES = COMPARE_OUTPUT_NAMES.filter((f) => f !== 'map.html');

describe.each(Object.keys(CASES))('compare golden files: %s', (name) => {
  it.each(FILES)('%s', (file) => {
    const r = CASES[name]!();
    const map = undefined as never;
    expectGolden(`compare/${name}/${file}`, outputToString(COMPARE_EXPORTERS[file](r, { lang: 'nl', map })));
  });
  it('report.md in English', () => {
    expectGolden(
      `compare/${name}/report.en.md`,
      outputToString(COMPARE_EXPORTERS['report.md'](CASES[name]!(), { lang: 'en', map: undefined as never })),
    );
  });
});
