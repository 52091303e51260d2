/**
 * The all-pairs kernel: one unweighted breadth-first search per source that yields, together,
 * Brandes' (2001) betweenness dependencies, the source's distance sum and reach (closeness,
 * Wasserman & Faust 1994) and its harmonic sum (Marchiori & Latora 2000).
 *
 * U. Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2).
 *
 * These functions are SELF-CONTAINED: no imports, no closures, no helpers, plain JavaScript
 * once the types are erased. The worker pool embeds their `toString()` in the source of a
 * `worker_threads` worker (eval mode), so the same code runs in-process, under vitest (TS
 * sources) and from the compiled `dist/`. Keep them that way.
 *
 * Predecessors are not stored: the dependency pass re-scans each node's row for neighbours one
 * hop closer to the source. Scratch arrays are allocated once per thread and restored after
 * every source, so a source costs O(n_reached + m_reached) and allocates nothing.
 */

/** The CSR and the source list, shared by every chunk of one run. */
export interface KernelInput {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Source node indices, ascending. */
  sources: Int32Array;
  /** Also accumulate, per target, distances and inverse distances from the sources (sampling). */
  accumulate: boolean;
}

/** Per-thread work arrays; `dist` all -1, `sigma` and `delta` all 0 between sources. */
export interface KernelScratch {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  queue: Int32Array;
}

/** The result of one chunk of sources [begin, end). */
export interface KernelOutput {
  /** Σ over the chunk's sources of the dependency δ_s(v) (ordered pairs), per node v. */
  bc: Float64Array;
  /** Per source of the chunk (index i - begin): Σ_v d(s, v), Σ_v 1/d(s, v), nodes reached (s included). */
  sumDist: Float64Array;
  harm: Float64Array;
  reach: Int32Array;
  /** With `accumulate`: Σ over the chunk's sources of d(s, v) and 1/d(s, v), per node v (reached, v ≠ s). */
  distAcc: Float64Array | null;
  harmAcc: Float64Array | null;
}

export function createKernelScratch(n: number): KernelScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    queue: new Int32Array(n),
  };
}

export function createKernelOutput(n: number, count: number, accumulate: boolean): KernelOutput {
  return {
    bc: new Float64Array(n),
    sumDist: new Float64Array(count),
    harm: new Float64Array(count),
    reach: new Int32Array(count),
    distAcc: accumulate ? new Float64Array(n) : null,
    harmAcc: accumulate ? new Float64Array(n) : null,
  };
}

export function allPairsKernel(
  input: KernelInput,
  begin: number,
  end: number,
  scratch: KernelScratch,
  out: KernelOutput,
): void {
  const offsets = input.offsets;
  const neighbours = input.neighbours;
  const sources = input.sources;
  const dist = scratch.dist;
  const sigma = scratch.sigma;
  const delta = scratch.delta;
  const queue = scratch.queue;
  const bc = out.bc;
  const distAcc = out.distAcc;
  const harmAcc = out.harmAcc;
  const accumulate = input.accumulate && distAcc !== null && harmAcc !== null;

  for (let i = begin; i < end; i++) {
    const s = sources[i] as number;
    // Forward pass: BFS, counting shortest paths (sigma) and summing distances.
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    let sumD = 0;
    let harm = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const dv = dist[v] as number;
      if (dv > 0) {
        sumD += dv;
        harm += 1 / dv;
      }
      const sv = sigma[v] as number;
      const next = dv + 1;
      const stop = offsets[v + 1] as number;
      for (let p = offsets[v] as number; p < stop; p++) {
        const w = neighbours[p] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = next;
          queue[tail++] = w;
          sigma[w] = sv;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    // Backward pass: dependencies in order of non-increasing distance (Brandes 2001, Thm 6).
    for (let j = tail - 1; j > 0; j--) {
      const w = queue[j] as number;
      const prev = (dist[w] as number) - 1;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      const stop = offsets[w + 1] as number;
      for (let p = offsets[w] as number; p < stop; p++) {
        const v = neighbours[p] as number;
        if (dist[v] === prev) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      bc[w] = (bc[w] as number) + (delta[w] as number);
    }
    // Per-target accumulation (sampling only), then restore the scratch arrays.
    if (accumulate) {
      for (let j = 1; j < tail; j++) {
        const v = queue[j] as number;
        const dv = dist[v] as number;
        distAcc[v] = (distAcc[v] as number) + dv;
        harmAcc[v] = (harmAcc[v] as number) + 1 / dv;
      }
    }
    for (let j = 0; j < tail; j++) {
      const v = queue[j] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    out.sumDist[i - begin] = sumD;
    out.harm[i - begin] = harm;
    out.reach[i - begin] = tail;
  }
}
