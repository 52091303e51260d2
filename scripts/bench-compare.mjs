#!/usr/bin/env node
/**
 * Benchmark of `kis-network compare` on two large runs (docs/contract.md §8; BENCHMARKS.md):
 * the large generated data (100,000 organisations, 1,000,000 relations) is analysed once (wave
 * A), and wave B is a deterministic, perturbed copy of A's output folder (see perturbOutputs:
 * organisations and relations dropped, weights raised, organisations and relations added; the
 * files as big as A's); then `compare` runs on the two output folders in a fresh process, timed
 * with --timings (wall time per stage and peak RSS). Budget: ≤ 30 s and ≤ 3 GB.
 *
 *   node scripts/bench-compare.mjs [dataDir] [workDir]
 *
 * The two waves are kept in workDir (default: the system's temp folder) and reused when present.
 * Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CsvParser } from '../dist/ingest/csv-parser.js';
import { CsvFileWriter, csvRow } from './lib/csv.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const data = path.resolve(process.argv[2] ?? path.join(ROOT, 'bench-data', 'large'));
const work = path.resolve(process.argv[3] ?? path.join(os.tmpdir(), 'kis-bench-compare'));
const log = (s) => process.stdout.write(`${s}\n`);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Streams the records of a CSV file (BOM stripped) to `each`. */
async function eachRecord(file, each) {
  const parser = new CsvParser(',', each);
  let first = true;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    parser.push(first ? chunk.replace(/^\uFEFF/, '') : chunk);
    first = false;
  }
  parser.end();
}

/**
 * Wave B: a perturbed copy of wave A's output folder, streamed (rows stay in id order, as analyse
 * writes them): every 50th organisation not on A's map dropped with its relations, every 20th
 * relation dropped, every 30th relation's weight raised by one, and 1,000 new organisations
 * (ids after every other) with one relation each. A's map, communities and groups are copied.
 */
async function perturbOutputs(from, to) {
  mkdirSync(to, { recursive: true });
  const island = /<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/.exec(
    readFileSync(path.join(from, 'map.html'), 'utf8'),
  );
  const onMap = new Set(JSON.parse(island[1]).nodes.id);
  const dropped = new Set();
  const kept = [];
  let header;
  const nodes = new CsvFileWriter(path.join(to, 'nodes.csv'), []);
  nodes.buffer = '\uFEFF';
  let k = 0;
  await eachRecord(path.join(from, 'nodes.csv'), (f) => {
    if (!header) {
      header = f;
      nodes.buffer += csvRow(f);
      return;
    }
    if (!onMap.has(f[0]) && ++k % 50 === 0) {
      dropped.add(f[0]);
      return;
    }
    kept.push(f[0]);
    nodes.write(f);
  });
  const added = [];
  for (let i = 0; i < 1000; i++) {
    const id = `ZZ${String(i).padStart(5, '0')}`;
    const row = header.map(() => '');
    row[0] = id;
    row[1] = `Nieuwe organisatie ${i}`;
    for (const c of ['community', 'degree', 'strength', 'pagerank']) row[header.indexOf(c)] = c === 'pagerank' ? '0.000001' : '1';
    nodes.write(row);
    added.push([kept[(i * 7919) % kept.length], id]);
  }
  nodes.close();
  added.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const edges = new CsvFileWriter(path.join(to, 'edges.csv'), []);
  edges.buffer = '\uFEFF';
  let eh;
  let m = 0;
  let next = 0;
  await eachRecord(path.join(from, 'edges.csv'), (f) => {
    if (!eh) {
      eh = f;
      edges.buffer += csvRow(f);
      return;
    }
    // New relations of a source go after its last old one ('ZZ…' ids sort after all others).
    while (next < added.length && added[next][0] < f[0]) edges.write(newEdge(eh, added[next++]));
    m++;
    if (m % 20 === 0 || dropped.has(f[0]) || dropped.has(f[1])) return;
    if (m % 30 === 0) f[2] = String(Number(f[2]) + 1);
    edges.write(f);
  });
  while (next < added.length) edges.write(newEdge(eh, added[next++]));
  edges.close();
  for (const file of ['summary.json', 'communities.csv', 'groups.csv', 'map.html'])
    copyFileSync(path.join(from, file), path.join(to, file));
}

function newEdge(header, [source, target]) {
  const row = header.map(() => '');
  row[0] = source;
  row[1] = target;
  row[2] = '2';
  return row;
}

function timed(args) {
  const t0 = performance.now();
  const r = spawnSync('node', [BIN, ...args, '--timings'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const line = r.stderr.split('\n').find((l) => l.startsWith('timings '));
  if (r.status !== 0 || !line) throw new Error(`${args.join(' ')} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return { wall, ...JSON.parse(line.slice(8)), stdout: r.stdout };
}

mkdirSync(work, { recursive: true });
const a = path.join(work, 'wave-a');
const b = path.join(work, 'wave-b');
if (!existsSync(path.join(a, 'summary.json'))) {
  const t = timed(['analyse', data, '--out', a, '--quiet']);
  log(`- analyse wave A: ${secs(t.wall)}, peak RSS ${t.peak_rss_mb} MB`);
}
if (!existsSync(path.join(b, 'summary.json'))) {
  const t0 = performance.now();
  await perturbOutputs(a, b);
  log(`- wave B (a perturbed copy of A's output folder): made in ${secs(performance.now() - t0)}`);
}
const out = path.join(work, 'compare');
const t = timed(['compare', a, b, '--out', out, '--lang', 'en']);
const stages = Object.entries(t.stages_ms)
  .map(([k, v]) => `${k} ${secs(v)}`)
  .join(', ');
log(`- compare (two output folders): ${secs(t.wall)} wall, peak RSS ${t.peak_rss_mb} MB — ${stages}`);
log(`  ${t.stdout.split('\n')[0]}`);
log(`  budget ≤ 30 s and ≤ 3 GB: ${t.wall <= 30_000 && t.peak_rss_mb <= 3072 ? 'met' : 'NOT met'}`);
