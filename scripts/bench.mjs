#!/usr/bin/env node
/**
 * `npm run bench`: the figures BENCHMARKS.md records. For the generated medium (10,000
 * organisations / 50,000 relations) and large (100,000 / 1,000,000) data it measures
 *   - `kis-network validate` and `kis-network analyse` end to end: wall time, time per stage and
 *     peak RSS (each in a fresh process, via --timings);
 *   - the all-pairs kernel (betweenness + closeness + harmonic, exact) with 1 thread and all
 *     threads, side by side with graphology-metrics' own betweenness and closeness on the same
 *     graph (medium only: on large graphology-metrics would take hours);
 *   - the sampled estimate used above --exact-limit against exact values on medium: Spearman
 *     rank correlation and top-20 overlap.
 *
 *   - community detection (Leiden, Louvain, resolutions; NMI with the planted communities),
 *     eigenvector and PageRank (scripts/bench-communities.mjs), and modularity on the reference
 *     networks next to NetworkX and igraph;
 *   - report.html of the medium data in headless Chromium: size, time to open, A4 pages
 *     (scripts/bench-report.mjs);
 *   - an Excel workbook against the same data as CSV (250,000 survey rows, scripts/bench-xlsx.mjs):
 *     read time and peak memory of the reader alone and of validate's ingest;
 *   - writing kis-network.xlsx on the large data (scripts/bench-workbook.mjs): the workbook's
 *     share of the export stage and peak RSS, `analyse --formats` with and without it;
 *   - `kis-network compare` on two large runs (100,000 organisations each, from output folders;
 *     scripts/bench-compare.mjs);
 *   - side by side with the same job scripted in igraph (scripts/bench-igraph.py, Debian's
 *     python3-igraph, installed with apt-get when missing): read the three CSVs, build the
 *     weighted graph, the metrics and Louvain, write nodes.csv. Wall time of the whole process and
 *     peak RSS on both sides (`/usr/bin/time -v`), in the same run, and the ratios the targets
 *     use: kis-network medium / igraph medium, kis-network large / igraph medium.
 *
 *   node scripts/bench.mjs [--sizes medium,large] [--exact-large] [--skip-graphology] [--skip-xlsx]
 *                          [--skip-workbook] [--skip-compare] [--skip-igraph] [--igraph-only] [--repeat N]
 *
 * `--exact-large` also times exact betweenness on the large graph (minutes). `--igraph-only`
 * runs only the side-by-side comparison (`--repeat N` times, medians shown). Needs `npm run build`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { communityBench, referenceBench } from './bench-communities.mjs';
import { igraphComparison } from './bench-vs-igraph.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : 'medium,large').split(
  ',',
);
const threads = os.availableParallelism();
const log = (s) => process.stdout.write(`${s}\n`);
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

function ensureData(size) {
  const dir = path.join(ROOT, 'bench-data', size);
  if (!existsSync(path.join(dir, 'survey.csv'))) {
    const t0 = performance.now();
    execFileSync('node', [path.join(ROOT, 'scripts/generate-bench.mjs'), size, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    log(`generated ${size} data in ${secs(performance.now() - t0)}`);
  }
  return dir;
}

function timed(cmdArgs) {
  const t0 = performance.now();
  const r = spawnSync('node', [BIN, ...cmdArgs, '--timings'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const line = r.stderr.split('\n').find((l) => l.startsWith('timings '));
  if (!line) throw new Error(`no timings from ${cmdArgs.join(' ')} (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return { wall, exit: r.status, ...JSON.parse(line.slice(8)) };
}

function stageLine(t) {
  return Object.entries(t.stages_ms)
    .map(([k, v]) => `${k} ${secs(v)}`)
    .join(' · ');
}

async function loadGraph(dir) {
  const { resolveOptions } = await import(path.join(ROOT, 'dist/cli/options.js'));
  const { loadNetwork } = await import(path.join(ROOT, 'dist/pipeline.js'));
  const options = resolveOptions([dir], { quiet: true }, {}, ROOT, false);
  return (await loadNetwork(options)).built.graph;
}

function topOverlap(a, b, k = 20) {
  const top = (v) => new Set([...v.keys()].sort((i, j) => v[j] - v[i] || i - j).slice(0, k));
  const ta = top(a);
  return [...top(b)].filter((i) => ta.has(i)).length;
}

async function kernelBench(size, dir) {
  const { toCsr } = await import(path.join(ROOT, 'dist/analyse/csr.js'));
  const { connectedComponents } = await import(path.join(ROOT, 'dist/analyse/components.js'));
  const { exactPlan, samplePlan } = await import(path.join(ROOT, 'dist/analyse/sampling.js'));
  const { allPairs } = await import(path.join(ROOT, 'dist/analyse/all-pairs.js'));
  const { createRng, RNG_STREAM } = await import(path.join(ROOT, 'dist/analyse/rng.js'));
  const { spearman } = await import(path.join(ROOT, 'dist/analyse/rank-correlation.js'));
  const graph = await loadGraph(dir);
  const csr = toCsr(graph);
  const comps = connectedComponents(csr);
  log(`\n### All-pairs kernel, ${size}: ${graph.order} organisations, ${graph.size} relations`);
  const runExact = size === 'medium' || flag('--exact-large');
  let exact;
  if (runExact) {
    for (const t of [1, threads]) {
      const t0 = performance.now();
      const r = await allPairs(csr, comps, exactPlan(comps), { threads: t });
      log(`- exact betweenness + closeness + harmonic, ${t} thread${t > 1 ? 's' : ''}: ${secs(performance.now() - t0)}`);
      exact = r;
    }
  }
  const k = 512;
  const t0 = performance.now();
  const sampled = await allPairs(csr, comps, samplePlan(comps, k, createRng(42, RNG_STREAM.sampling)), { threads });
  log(`- sampled (${k} sources), ${threads} threads: ${secs(performance.now() - t0)}`);
  if (exact) {
    log(
      `- sampled vs exact: Spearman betweenness ${spearman(exact.betweenness, sampled.betweenness).toFixed(4)}, closeness ${spearman(exact.closeness, sampled.closeness).toFixed(4)}, harmonic ${spearman(exact.harmonic, sampled.harmonic).toFixed(4)}; top-20 betweenness overlap ${topOverlap(exact.betweenness, sampled.betweenness)}/20`,
    );
  }
  if (size === 'medium' && !flag('--skip-graphology')) {
    const { default: betweenness } = await import('graphology-metrics/centrality/betweenness.js');
    const { default: closeness } = await import('graphology-metrics/centrality/closeness.js');
    let t = performance.now();
    const gb = betweenness(graph, { getEdgeWeight: null, normalized: true });
    log(`- graphology-metrics betweenness (unweighted), same graph: ${secs(performance.now() - t)}`);
    t = performance.now();
    closeness(graph, { wassermanFaust: true });
    log(`- graphology-metrics closeness (Wasserman–Faust), same graph: ${secs(performance.now() - t)}`);
    if (exact) {
      const nodes = graph.nodes();
      let maxDiff = 0;
      nodes.forEach((n, i) => (maxDiff = Math.max(maxDiff, Math.abs(gb[n] - exact.betweenness[i]))));
      log(`- max |ours − graphology-metrics| betweenness: ${maxDiff.toExponential(2)}`);
    }
  }
}

log(
  `# kis-network benchmark\n\nmachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${threads} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
if (!flag('--skip-igraph')) {
  const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 1;
  igraphComparison({ root: ROOT, dirs: Object.fromEntries(['medium', ...sizes].map((s) => [s, ensureData(s)])), repeat, log });
}
if (flag('--igraph-only')) process.exit(0);
for (const size of sizes) {
  const dir = ensureData(size);
  const bytes = ['contacts.csv', 'interviews.csv', 'survey.csv'].reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
  log(`\n## ${size} (${(bytes / 1e6).toFixed(1)} MB of CSV)`);
  const v = timed(['validate', dir, '--format', 'json', '-o', path.join(os.tmpdir(), `kis-bench-validate-${size}.json`)]);
  log(`- validate: ${secs(v.wall)} wall, peak RSS ${v.peak_rss_mb} MB (exit ${v.exit}) — ${stageLine(v)}`);
  const out = mkdtempSync(path.join(os.tmpdir(), 'kis-bench-'));
  const a = timed(['analyse', dir, '--out', path.join(out, 'o'), '--quiet']);
  log(`- analyse: ${secs(a.wall)} wall, peak RSS ${a.peak_rss_mb} MB (exit ${a.exit}) — ${stageLine(a)}`);
  const mapBytes = statSync(path.join(out, 'o', 'map.html')).size;
  log(`- map.html: ${(mapBytes / 1e6).toFixed(1)} MB`);
  if (size === 'medium') {
    execFileSync('node', [path.join(ROOT, 'scripts/bench-report.mjs'), path.join(out, 'o', 'report.html')], { stdio: 'inherit' });
  }
  rmSync(out, { recursive: true, force: true });
  await kernelBench(size, dir);
  await communityBench(size, await loadGraph(dir));
}
await referenceBench();

// Excel workbook vs CSV on a 250,000-row survey cut from the large data (scripts/bench-xlsx.mjs).
if (!flag('--skip-xlsx')) {
  execFileSync('node', [path.join(ROOT, 'scripts/bench-xlsx.mjs'), path.join(ensureData('large'), 'survey.csv')], { stdio: 'inherit' });
}

// Writing kis-network.xlsx on the large data: analyse with and without it (scripts/bench-workbook.mjs).
if (!flag('--skip-workbook')) {
  execFileSync('node', [path.join(ROOT, 'scripts/bench-workbook.mjs'), ensureData('large')], { stdio: 'inherit' });
}

// compare on two large output folders, ≤ 30 s and ≤ 3 GB (scripts/bench-compare.mjs).
if (!flag('--skip-compare')) {
  log('\n## compare: two large runs (100,000 organisations, 1,000,000 relations each)');
  execFileSync('node', [path.join(ROOT, 'scripts/bench-compare.mjs'), ensureData('large')], { stdio: 'inherit' });
}
