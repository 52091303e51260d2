#!/usr/bin/env node
/**
 * Benchmark of `kis-network compare` on two large runs (docs/contract.md §8; BENCHMARKS.md):
 * the large generated data (100,000 organisations, 1,000,000 relations) is analysed once, and
 * once more after a deterministic perturbation of its inputs (a second wave: every 50th
 * register row and its respondents dropped, every 20th interview row dropped, every 30th
 * interview's strength raised by one, 2,000 new relations between existing organisations); then
 * `compare` runs on the two output folders in a fresh process, timed with --timings (wall time
 * per stage and peak RSS). Budget: ≤ 30 s and ≤ 3 GB.
 *
 *   node scripts/bench-compare.mjs [dataDir] [workDir]
 *
 * The two analyse runs (about a minute each) are kept in workDir (default: the system's temp
 * folder) and reused when present. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CsvParser } from '../dist/ingest/csv-parser.js';
import { CsvFileWriter } from './lib/csv.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const data = path.resolve(process.argv[2] ?? path.join(ROOT, 'bench-data', 'large'));
const work = path.resolve(process.argv[3] ?? path.join(os.tmpdir(), 'kis-bench-compare'));
const log = (s) => process.stdout.write(`${s}\n`);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Copies the CSV `name` from `from` to `to` record by record (streamed): `keep(fields, header)`
 * may change a data record in place and returns false to drop it; `extra` rows are appended.
 */
async function copy(name, from, to, keep, extra = () => []) {
  let writer;
  let header;
  const parser = new CsvParser(',', (fields) => {
    if (!writer) {
      header = fields;
      writer = new CsvFileWriter(path.join(to, name), fields);
    } else if (keep(fields, header)) writer.write(fields);
  });
  for await (const chunk of createReadStream(path.join(from, name), { encoding: 'utf8', highWaterMark: 1 << 20 })) parser.push(chunk);
  parser.end();
  for (const row of extra(header)) writer.write(row);
  writer.close();
}

/** The second wave's inputs: the first's, perturbed by fixed rules (no randomness needed). */
async function perturb(from, to) {
  mkdirSync(to, { recursive: true });
  const dropped = new Set();
  const names = [];
  let n = 0;
  await copy('contacts.csv', from, to, (f, h) => {
    const name = f[h.indexOf('organisation')];
    if (++n % 50 === 0) {
      dropped.add(name);
      return false;
    }
    names.push(name);
    return true;
  });
  let m = 0;
  await copy(
    'interviews.csv',
    from,
    to,
    (f, h) => {
      m++;
      if (m % 20 === 0 || dropped.has(f[h.indexOf('source')]) || dropped.has(f[h.indexOf('target')])) return false;
      const s = h.indexOf('strength');
      if (m % 30 === 0) f[s] = String(Number(f[s] || 1) + 1);
      return true;
    },
    (h) => {
      const rows = [];
      for (let k = 0; k < 2000; k++) {
        const row = h.map(() => '');
        row[h.indexOf('interview_id')] = 'W2';
        row[h.indexOf('source')] = names[(k * 7919) % names.length];
        row[h.indexOf('target')] = names[(k * 104729 + 13) % names.length];
        row[h.indexOf('strength')] = '2';
        rows.push(row);
      }
      return rows;
    },
  );
  await copy('survey.csv', from, to, (f, h) => !dropped.has(f[h.indexOf('organisation')]));
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
  const inputs = path.join(work, 'inputs-b');
  await perturb(data, inputs);
  const t = timed(['analyse', inputs, '--out', b, '--quiet']);
  log(`- analyse wave B (perturbed): ${secs(t.wall)}, peak RSS ${t.peak_rss_mb} MB`);
  rmSync(inputs, { recursive: true, force: true });
}
const out = path.join(work, 'compare');
const t = timed(['compare', a, b, '--out', out, '--lang', 'en']);
const stages = Object.entries(t.stages_ms)
  .map(([k, v]) => `${k} ${secs(v)}`)
  .join(', ');
log(`- compare (two output folders): ${secs(t.wall)} wall, peak RSS ${t.peak_rss_mb} MB — ${stages}`);
log(`  ${t.stdout.split('\n')[0]}`);
log(`  budget ≤ 30 s and ≤ 3 GB: ${t.wall <= 30_000 && t.peak_rss_mb <= 3072 ? 'met' : 'NOT met'}`);
