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
 * The BFS is level-synchronous and direction-optimising (S. Beamer, K. Asanović, D. Patterson
 * 2012, "Direction-optimizing breadth-first search", SC'12): a level is expanded top-down
 * (scan the frontier's rows) or bottom-up (scan the rows of the still-unvisited nodes of the
 * source's component for neighbours in the frontier), whichever side has fewer nodes.
 * Path counting needs every frontier neighbour, so bottom-up cannot stop early; it still pays
 * off on the wide middle levels of small-world graphs. The shortest-path DAG edges are
 * recorded level by level, so the dependency pass is a branch-free sweep over them in reverse.
 * Scratch arrays are allocated once per thread and restored after every source, so a source
 * costs O(n_c + m_c) of its component and allocates nothing.
 */

/** The CSR, its components and the source list, shared by every chunk of one run. */
export interface KernelInput {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Component id of each node; members grouped by component (`componentMembers`
   *  [componentStart[c], componentStart[c+1])). */
  componentOf: Int32Array;
  componentStart: Int32Array;
  componentMembers: Int32Array;
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
  /** BFS order; level L is queue[levelStart[L] .. levelStart[L+1]). */
  queue: Int32Array;
  levelStart: Int32Array;
  /** DAG edge k = (dag[2k], dag[2k+1]); edges from level L to L+1 are k in [edgeStart[L], edgeStart[L+1]). */
  edgeStart: Int32Array;
  dag: Int32Array;
  /** Unvisited nodes of the component, for bottom-up levels. */
  unvisited: Int32Array;
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

export function createKernelScratch(n: number, m: number): KernelScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    queue: new Int32Array(n),
    levelStart: new Int32Array(n + 2),
    edgeStart: new Int32Array(n + 2),
    dag: new Int32Array(2 * m),
    unvisited: new Int32Array(n),
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

export function allPairsKernel(input: KernelInput, begin: number, end: number, scratch: KernelScratch, out: KernelOutput): void {
  const offsets = input.offsets;
  const neighbours = input.neighbours;
  const sources = input.sources;
  const { dist, sigma, delta, queue, levelStart, edgeStart, dag, unvisited } = scratch;
  const bc = out.bc;
  const distAcc = out.distAcc;
  const harmAcc = out.harmAcc;
  const accumulate = input.accumulate && distAcc !== null && harmAcc !== null;

  for (let i = begin; i < end; i++) {
    const s = sources[i] as number;
    const component = input.componentOf[s] as number;
    const componentBegin = input.componentStart[component] as number;
    const componentEnd = input.componentStart[component + 1] as number;
    let tail = 0;
    let e = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    let level = 0;
    levelStart[0] = 0;
    let frontierBegin = 0;
    let frontierEnd = 1;
    let unvisitedCount = -1; // the bottom-up list is built on first use
    let sumD = 0;
    let harm = 0;

    // Forward: one level at a time, counting shortest paths (sigma) and recording DAG edges.
    while (frontierBegin < frontierEnd) {
      const next = level + 1;
      edgeStart[level] = e;
      // Bottom-up when fewer nodes are left to find than there are in the frontier.
      if (componentEnd - componentBegin - tail < frontierEnd - frontierBegin) {
        if (unvisitedCount < 0) {
          unvisitedCount = 0;
          for (let p = componentBegin; p < componentEnd; p++) {
            const w = input.componentMembers[p] as number;
            if ((dist[w] as number) < 0) unvisited[unvisitedCount++] = w;
          }
        }
        let keep = 0;
        for (let u = 0; u < unvisitedCount; u++) {
          const w = unvisited[u] as number;
          if ((dist[w] as number) >= 0) continue; // reached by a top-down level since
          let sw = 0;
          const e0 = e;
          const stop = offsets[w + 1] as number;
          for (let p = offsets[w] as number; p < stop; p++) {
            const v = neighbours[p] as number;
            if (dist[v] === level) {
              sw += sigma[v] as number;
              dag[e++] = v;
              dag[e++] = w;
            }
          }
          if (e > e0) {
            dist[w] = next;
            sigma[w] = sw;
            queue[tail++] = w;
          } else unvisited[keep++] = w;
        }
        unvisitedCount = keep;
      } else {
        for (let h = frontierBegin; h < frontierEnd; h++) {
          const v = queue[h] as number;
          const sv = sigma[v] as number;
          const stop = offsets[v + 1] as number;
          for (let p = offsets[v] as number; p < stop; p++) {
            const w = neighbours[p] as number;
            const dw = dist[w] as number;
            if (dw < 0) {
              dist[w] = next;
              queue[tail++] = w;
              sigma[w] = sv;
              dag[e++] = v;
              dag[e++] = w;
            } else if (dw === next) {
              sigma[w] = (sigma[w] as number) + sv;
              dag[e++] = v;
              dag[e++] = w;
            }
          }
        }
      }
      const found = tail - frontierEnd;
      if (found > 0) {
        sumD += next * found;
        harm += found / next;
      }
      level = next;
      levelStart[level] = frontierEnd;
      frontierBegin = frontierEnd;
      frontierEnd = tail;
    }

    // Backward: dependencies level by level, deepest first (Brandes 2001, Thm 6), kept as
    // ρ(v) = δ(v)/σ(v), for which Brandes' recurrence reads ρ(v) = Σ_{w: v→w} (1/σ(w) + ρ(w)):
    // one addition per DAG edge. Once a level's ρ is final, bc gains σ·ρ and delta[w] is
    // replaced by 1/σ(w) + ρ(w) for the sweep over the DAG edges into that level.
    for (let L = level - 1; L >= 1; L--) {
      const stop = levelStart[L + 1] as number;
      for (let j = levelStart[L] as number; j < stop; j++) {
        const w = queue[j] as number;
        const sw = sigma[w] as number;
        const rho = delta[w] as number;
        bc[w] = (bc[w] as number) + sw * rho;
        delta[w] = 1 / sw + rho;
      }
      const edgeStop = edgeStart[L] as number;
      for (let q = edgeStart[L - 1] as number; q < edgeStop; q += 2) {
        const v = dag[q] as number;
        delta[v] = (delta[v] as number) + (delta[dag[q + 1] as number] as number);
      }
    }

    // Per-target sums (sampling only), then restore the scratch arrays.
    if (accumulate) {
      for (let L = 1; L < level; L++) {
        const inv = 1 / L;
        const stop = levelStart[L + 1] as number;
        for (let j = levelStart[L] as number; j < stop; j++) {
          const v = queue[j] as number;
          distAcc[v] = (distAcc[v] as number) + L;
          harmAcc[v] = (harmAcc[v] as number) + inv;
        }
      }
    }
    if (tail * 8 > input.n) {
      // Most of the graph was reached: sequential fills beat scattered stores.
      dist.fill(-1);
      sigma.fill(0);
      delta.fill(0);
    } else {
      for (let j = 0; j < tail; j++) {
        const v = queue[j] as number;
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    out.sumDist[i - begin] = sumD;
    out.harm[i - begin] = harm;
    out.reach[i - begin] = tail;
  }
}
