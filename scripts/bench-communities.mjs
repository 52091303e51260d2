#!/usr/bin/env node
/**
 * Community detection and the iterative metrics, for `npm run bench` (scripts/bench.mjs calls
 * `communityBench` per data size) or alone:
 *
 *   node scripts/bench-communities.mjs [small,medium,large] [--references]
 *
 * Per generated data size (scripts/generate-bench.mjs; the planted partition is regenerated
 * from the same seed and matched by organisation name): Leiden and Louvain (one run each, seed
 * 42) and Leiden at resolutions 2 and 3 — time, communities, modularity, normalised mutual
 * information (NMI) with the planted partition; eigenvector and PageRank — time, steps,
 * converged. `--references`: on the reference networks of test/known-values/networks/, our
 * modularity (worst and best of seeds 1–10, the default restarts) next to NetworkX's Louvain and
 * igraph's Leiden (best of 20 seeds) and the optimum; and the NMI over 10 generator seeds of
 * the small planted network. Needs `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
const log = (s) => process.stdout.write(`${s}\n`);
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Normalised mutual information, 2·I(A;B) / (H(A) + H(B)). */
export function nmi(a, b) {
  const n = a.length;
  const ca = new Map();
  const cb = new Map();
  const joint = new Map();
  for (let i = 0; i < n; i++) {
    ca.set(a[i], (ca.get(a[i]) ?? 0) + 1);
    cb.set(b[i], (cb.get(b[i]) ?? 0) + 1);
    const k = `${a[i]},${b[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  const entropy = (m) => [...m.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let info = 0;
  for (const [k, c] of joint) {
    const [x, y] = k.split(',').map(Number);
    info += (c / n) * Math.log((c * n) / (ca.get(x) * cb.get(y)));
  }
  const h = entropy(ca) + entropy(cb);
  return h === 0 ? 1 : (2 * info) / h;
}

function time(f) {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** `graph` as loaded by the CLI from `bench-data/<size>`. */
export async function communityBench(size, graph) {
  const { toCsr } = await dist('analyse/csr.js');
  const { connectedComponents } = await dist('analyse/components.js');
  const { optimiseModularity } = await dist('analyse/leiden.js');
  const { modularity } = await dist('analyse/modularity.js');
  const { renumber } = await dist('analyse/communities.js');
  const { eigenvectorCentrality } = await dist('analyse/eigenvector.js');
  const { pagerank } = await dist('analyse/pagerank.js');
  const { createRng, RNG_STREAM } = await dist('analyse/rng.js');
  const { plantedNetwork } = await import('./generate-bench.mjs');
  const { orgKey } = await import('./lib/names.mjs');

  const csr = toCsr(graph);
  const planted = plantedNetwork(size);
  const byKey = new Map(planted.names.map((name, i) => [orgKey(name), planted.community[i]]));
  const truth = csr.keys.map((k) => byKey.get(orgKey(graph.getNodeAttribute(k, 'label') ?? k)) ?? -1);
  log(
    `\n### Communities and iterative metrics, ${size}: ${csr.n} organisations, ${csr.m} relations, ${planted.communities} planted communities`,
  );
  for (const [method, gamma] of [
    ['leiden', 1],
    ['louvain', 1],
    ['leiden', 2],
    ['leiden', 3],
  ]) {
    const { value: labels, ms } = time(() => optimiseModularity(csr, method, gamma, createRng(42, RNG_STREAM.communities)));
    const p = renumber(csr.keys, labels);
    log(
      `- ${method}, resolution ${gamma}, one run: ${secs(ms)}, ${p.count} communities, modularity ${modularity(csr, p.of, p.count).toFixed(4)}, NMI with planted ${nmi(p.of, truth).toFixed(3)}`,
    );
  }
  const comps = connectedComponents(csr);
  const eig = time(() => eigenvectorCentrality(csr, comps));
  log(`- eigenvector: ${secs(eig.ms)}, ${eig.value.iterations} matrix–vector products, converged ${eig.value.converged}`);
  const pr = time(() => pagerank(csr));
  log(`- PageRank: ${secs(pr.ms)}, ${pr.value.iterations} iterations, converged ${pr.value.converged}`);
}

/** Reference networks (test/known-values/networks/) and the small planted network over 10 seeds. */
export async function referenceBench() {
  const { toCsr } = await dist('analyse/csr.js');
  const { detectCommunities, restartsFor, COMMUNITY_METHOD } = await dist('analyse/communities.js');
  const { modularity } = await dist('analyse/modularity.js');
  const { UndirectedGraph } = await import('graphology');
  const { plantedNetwork } = await import('./generate-bench.mjs');
  const dir = path.join(ROOT, 'test/known-values/networks');
  const refs = JSON.parse(readFileSync(path.join(dir, 'references.json'), 'utf8'));
  const csrOf = (edges, nodes = []) => {
    const g = new UndirectedGraph();
    for (const v of [...new Set([...nodes, ...edges.flatMap(([a, b]) => [a, b])])].sort()) g.addNode(v);
    for (const [a, b, w] of edges) g.addEdge(a, b, { weight: w });
    return toCsr(g);
  };
  log('\n### Modularity on the reference networks (test/known-values/networks/)\n');
  log(
    '| network | nodes / edges | ours, worst–best of seeds 1–10 | NetworkX Louvain, best of 20 | igraph Leiden, best of 20 | optimum | target | |',
  );
  log('|---|---|---|---|---|---|---|---|');
  for (const [name, ref] of Object.entries(refs.networks)) {
    const rows = readFileSync(path.join(dir, `${name}.edges.csv`), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const csr = csrOf(rows.map((l) => l.split(',')).map(([a, b, w]) => [a, b, Number(w)]));
    const qs = [];
    for (let seed = 1; seed <= 10; seed++) {
      const p = detectCommunities(csr, { seed, resolution: 1, method: COMMUNITY_METHOD, restarts: restartsFor(csr) });
      qs.push(modularity(csr, p.of, p.count));
    }
    const m = ref.modularity;
    const target = Math.max(m.networkx_louvain_best - 0.005, m.optimum === null ? -1 : m.optimum - 0.01);
    const worst = Math.min(...qs);
    log(
      `| ${name} | ${ref.nodes} / ${ref.edges} | ${worst.toFixed(4)}–${Math.max(...qs).toFixed(4)} | ${m.networkx_louvain_best.toFixed(4)} | ${m.igraph_leiden_best.toFixed(4)} | ${m.optimum === null ? '–' : m.optimum.toFixed(4)} | ≥ ${target.toFixed(4)} | ${worst >= target ? '✔' : '✘'} |`,
    );
  }
  const scores = [];
  for (let seed = 1; seed <= 10; seed++) {
    const p = plantedNetwork('small', seed);
    const id = (i) => `o${String(i).padStart(3, '0')}`;
    const csr = csrOf(
      Array.from(p.eu, (u, e) => [id(u), id(p.ev[e]), 1]),
      p.names.map((_n, i) => id(i)),
    );
    const found = detectCommunities(csr, { seed: 42, resolution: 1, method: COMMUNITY_METHOD, restarts: restartsFor(csr) });
    scores.push(
      nmi(
        found.of,
        csr.keys.map((k) => p.community[Number(k.slice(1))]),
      ),
    );
  }
  log(
    `\nPlanted partition, small (300 organisations, 3,000 relations), generator seeds 1–10: NMI ${scores.map((s) => s.toFixed(3)).join(', ')}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--references')) await referenceBench();
  const sizes = args.find((a) => !a.startsWith('--'));
  if (sizes) {
    const { resolveOptions } = await dist('cli/options.js');
    const { loadNetwork } = await dist('pipeline.js');
    for (const size of sizes.split(',')) {
      const dir = path.join(ROOT, 'bench-data', size);
      if (!existsSync(dir)) throw new Error(`no ${dir}: run node scripts/generate-bench.mjs ${size} first`);
      const options = resolveOptions([dir], { quiet: true }, {}, ROOT, false);
      await communityBench(size, (await loadNetwork(options)).built.graph);
    }
  }
}
