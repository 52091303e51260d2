/**
 * Spearman's rank correlation (ties get their mean rank), used to measure how well sampled
 * centrality estimates keep the ranking: between two halves of a sample in every sampled run,
 * and against exact values in the benchmark.
 */

function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const r = new Float64Array(n);
  for (let k = 0; k < n; ) {
    let e = k;
    while (e + 1 < n && values[order[e + 1]!] === values[order[k]!]) e++;
    for (let q = k; q <= e; q++) r[order[q]!] = (k + e) / 2;
    k = e + 1;
  }
  return r;
}

/** Spearman's rho of two equally long series; NaN when either is constant or shorter than 2. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length) throw new RangeError('spearman: series differ in length');
  if (n < 2) return Number.NaN;
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (n - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = ra[i]! - mean;
    const y = rb[i]! - mean;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? Number.NaN : num / Math.sqrt(da * db);
}

/** Spearman–Brown: the reliability of the whole sample from the correlation of its two halves. */
export function spearmanBrown(halfCorrelation: number): number {
  return (2 * halfCorrelation) / (1 + halfCorrelation);
}
