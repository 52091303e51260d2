/**
 * Betweenness, closeness and harmonic centrality from one set of BFS runs (the kernel in
 * `all-pairs-kernel.ts`), in NetworkX's conventions (docs/contract.md §4), unweighted:
 *
 * - betweenness: `betweenness_centrality(G)`: Σ_s δ_s(v) over ordered pairs / ((n-1)(n-2)),
 *   i.e. the unordered-pair sum × 2/((n-1)(n-2)); 0 when n ≤ 2.
 * - closeness: `closeness_centrality(G)`, `wf_improved=True` (Wasserman & Faust 1994):
 *   ((r-1)/Σd)·((r-1)/(n-1)) with r the size of the node's component; 0 when Σd = 0.
 * - harmonic: `harmonic_centrality(G)`: Σ_{v≠u} 1/d(u,v), not normalised.
 *
 * Sources are cut into fixed chunks of CHUNK_SIZE, independent of the thread count. Each chunk
 * sums its own dependencies from zero; chunk results are added in chunk order. The result is
 * therefore bit-identical for any number of threads (threads = 1 runs in-process). A sampled
 * plan's sources come as two runs, half 0 then half 1 (the halves of `sampling.ts`, by draw
 * order), each cut into its own chunks, so every chunk belongs to one half.
 * Sampled plans are turned into estimates as described in `sampling.ts`.
 */

import type { Csr } from './csr.js';
import type { Components } from './components.js';
import type { SourcePlan } from './sampling.js';
import { cuthillMckee, inversePermutation, relabelAdjacency } from './reorder.js';
import { allPairsKernel, createKernelOutput, createKernelScratch, type KernelInput, type KernelOutput } from './all-pairs-kernel.js';
import { runChunks, type Chunk, type Kernel } from './worker-pool.js';

export const CHUNK_SIZE = 256;

export interface AllPairsOptions {
  /** 1 = in-process; more = the main thread plus threads − 1 workers (never more than chunks). */
  threads: number;
  onProgress?: (done: number, total: number) => void;
  /** For tests only: a replacement kernel (e.g. one that fails). */
  kernel?: Kernel;
}

export interface AllPairsResult {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  /**
   * Sampled runs: betweenness sums of the two halves of the sample (by draw order), two
   * independent random half-samples whose agreement measures the estimate's stability.
   */
  halves: [Float64Array, Float64Array] | null;
}

export function chunksOf(sourceCount: number, size = CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  for (let begin = 0, index = 0; begin < sourceCount; begin += size, index++) {
    chunks.push({ index, begin, end: Math.min(sourceCount, begin + size) });
  }
  return chunks;
}

export async function allPairs(csr: Csr, components: Components, plan: SourcePlan, options: AllPairsOptions): Promise<AllPairsResult> {
  const n = csr.n;
  // The kernel runs on a Cuthill–McKee renumbering (memory locality); results are mapped back.
  const order = cuthillMckee(csr);
  const inv = inversePermutation(order);
  const local = relabelAdjacency(csr, order, inv);
  // Exact: all sources ascending. Sampled: half 0 ascending, then half 1 ascending.
  const sourceRuns = plan.half
    ? [0, 1].map((h) =>
        plan.sources
          .filter((s) => plan.half![s] === h)
          .map((s) => inv[s]!)
          .sort(),
      )
    : [plan.sources.map((s) => inv[s]!).sort()];
  const localSources = new Int32Array(plan.sources.length);
  const chunks: Chunk[] = [];
  const chunkHalf: number[] = [];
  let offset = 0;
  sourceRuns.forEach((run, h) => {
    localSources.set(run, offset);
    for (const c of chunksOf(run.length)) {
      chunks.push({ index: chunks.length, begin: offset + c.begin, end: offset + c.end });
      chunkHalf.push(h);
    }
    offset += run.length;
  });
  const input: KernelInput = {
    n,
    offsets: local.offsets,
    neighbours: local.neighbours,
    componentOf: order.map((o) => components.of[o]!),
    componentStart: components.start,
    componentMembers: components.members.map((v) => inv[v]!),
    sources: localSources,
    accumulate: plan.sampled,
  };
  const kernel = options.kernel ?? allPairsKernel;

  const bcSum = new Float64Array(n);
  const distAcc = new Float64Array(plan.sampled ? n : 0);
  const harmAcc = new Float64Array(plan.sampled ? n : 0);
  const sumDist = new Float64Array(n);
  const harmSum = new Float64Array(n);
  const reach = new Int32Array(n);
  const isSource = new Uint8Array(n);

  const halves: [Float64Array, Float64Array] | null =
    sourceRuns.length === 2 && sourceRuns.every((run) => run.length > 0) ? [new Float64Array(n), new Float64Array(n)] : null;
  // Ordered combine: results may arrive in any order; they are added in chunk order.
  const pending = new Map<number, KernelOutput>();
  let next = 0;
  const accept = (index: number, out: KernelOutput): void => {
    pending.set(index, out);
    for (let o = pending.get(next); o !== undefined; o = pending.get(next)) {
      pending.delete(next);
      const chunk = chunks[next]!;
      for (let v = 0; v < n; v++) bcSum[v] = bcSum[v]! + o.bc[v]!;
      if (halves) {
        const half = halves[chunkHalf[next]!]!;
        for (let v = 0; v < n; v++) half[v] = half[v]! + o.bc[v]!;
      }
      if (plan.sampled && o.distAcc && o.harmAcc) {
        for (let v = 0; v < n; v++) {
          distAcc[v] = distAcc[v]! + o.distAcc[v]!;
          harmAcc[v] = harmAcc[v]! + o.harmAcc[v]!;
        }
      }
      for (let i = chunk.begin; i < chunk.end; i++) {
        const s = order[localSources[i]!]!;
        isSource[s] = 1;
        sumDist[s] = o.sumDist[i - chunk.begin]!;
        harmSum[s] = o.harm[i - chunk.begin]!;
        reach[s] = o.reach[i - chunk.begin]!;
      }
      next++;
      options.onProgress?.(next, chunks.length);
    }
  };

  options.onProgress?.(0, chunks.length);
  if (options.threads > 1) {
    await runChunks(input, chunks, options.threads, accept, options.kernel);
  } else {
    const scratch = createKernelScratch(n, csr.m);
    for (const chunk of chunks) {
      const out = createKernelOutput(n, chunk.end - chunk.begin, input.accumulate);
      kernel(input, chunk.begin, chunk.end, scratch, out);
      accept(chunk.index, out);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (next !== chunks.length) throw new Error('all-pairs: not every chunk was combined');
  // Back to the caller's numbering (per-source arrays are already indexed by original node).
  const toOriginal = (a: Float64Array): Float64Array => {
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[order[i]!] = a[i]!;
    return out;
  };
  const bcOrig = toOriginal(bcSum);
  const distOrig = plan.sampled ? toOriginal(distAcc) : distAcc;
  const harmOrig = plan.sampled ? toOriginal(harmAcc) : harmAcc;
  const halvesOrig: AllPairsResult['halves'] = halves ? [toOriginal(halves[0]), toOriginal(halves[1])] : null;

  const norm = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const c = components.of[v]!;
    const r = components.sizes[c]!;
    const inComponent = plan.perComponent[c]!;
    const scale = plan.sampled ? r / inComponent : 1;
    betweenness[v] = bcOrig[v]! * scale * norm;
    let total: number;
    if (isSource[v]) {
      total = sumDist[v]!;
      harmonic[v] = harmSum[v]!;
    } else {
      // A non-source of a sampled component: scale the sums over the c sources to r - 1 nodes.
      const factor = (r - 1) / inComponent;
      total = distOrig[v]! * factor;
      harmonic[v] = harmOrig[v]! * factor;
    }
    closeness[v] = total > 0 && n > 1 ? ((r - 1) / total) * ((r - 1) / (n - 1)) : 0;
    if (isSource[v] && reach[v] !== r) throw new Error('all-pairs: BFS reach differs from component size');
  }
  return { betweenness, closeness, harmonic, halves: halvesOrig };
}
