#!/usr/bin/env node
/**
 * The workbook writer's figures for BENCHMARKS.md ("Writing kis-network.xlsx"): `analyse` on one
 * data folder twice, in fresh processes, once writing only summary.json and once also
 * kis-network.xlsx (`--formats`). The difference of the export stage is the workbook's time;
 * peak RSS comes from `--timings` (process.resourceUsage().maxRSS) and, with `/usr/bin/time`,
 * the kernel's figure; CPU time (user + system) of both runs is printed too, as it is steadier
 * than wall time on a shared machine. Needs `npm run build`.
 *
 *   node scripts/bench-workbook.mjs bench-data/large
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const dir = process.argv[2] ?? path.join(ROOT, 'bench-data', 'large');
const log = (s) => process.stdout.write(`${s}\n`);
const TIME = '/usr/bin/time';

function run(formats) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-bench-wb-')), 'o');
  const args = [BIN, 'analyse', dir, '--out', out, '--quiet', '--timings', '--formats', formats];
  const withTime = existsSync(TIME);
  const r = withTime
    ? spawnSync(TIME, ['-f', 'time %e %U %S %M', 'node', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync('node', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('timings '));
  if (!line || r.status !== 0) throw new Error(`analyse --formats ${formats} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  const timings = JSON.parse(line.slice(8));
  const time = r.stderr
    .split('\n')
    .find((l) => l.startsWith('time '))
    ?.split(' ')
    .slice(1)
    .map(Number);
  const xlsx = path.join(out, 'kis-network.xlsx');
  const bytes = existsSync(xlsx) ? statSync(xlsx).size : 0;
  rmSync(path.dirname(out), { recursive: true, force: true });
  return {
    export: timings.stages_ms.export,
    rss: timings.peak_rss_mb,
    wall: time?.[0],
    cpu: time ? time[1] + time[2] : undefined,
    kernelRss: time ? Math.round(time[3] / 1024) : undefined,
    bytes,
  };
}

const base = run('summary.json');
const book = run('kis-network.xlsx,summary.json');
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
log(`\n## kis-network.xlsx on ${path.relative(ROOT, dir) || dir}`);
log(
  `- workbook written in ${s(book.export - base.export)} (export stage ${s(book.export)} against ${s(base.export)} for summary.json alone)`,
);
log(`- kis-network.xlsx: ${(book.bytes / 1e6).toFixed(1)} MB`);
log(`- peak RSS (--timings): ${book.rss} MB with the workbook, ${base.rss} MB without`);
if (book.wall !== undefined)
  log(
    `- /usr/bin/time: ${book.wall} s wall, ${book.cpu.toFixed(1)} s CPU, ${book.kernelRss} MB max RSS with the workbook; ${base.wall} s, ${base.cpu.toFixed(1)} s CPU, ${base.kernelRss} MB without`,
  );
