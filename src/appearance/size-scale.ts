/**
 * Node sizes from a metric: area proportional to the value (square-root scale) between a
 * minimum and a maximum radius, so a node twice as central covers twice the area.
 */

export const MIN_NODE_SIZE = 2.5;
export const MAX_NODE_SIZE = 15;

/** Maps non-negative values to radii; null/NaN/negative count as 0; all-zero gives the minimum. */
export function sizeScale(values: ReadonlyArray<number | null>, min = MIN_NODE_SIZE, max = MAX_NODE_SIZE): number[] {
  let top = 0;
  for (const v of values) if (v !== null && v > top) top = v;
  return values.map((v) => {
    const x = v !== null && v > 0 && top > 0 ? Math.sqrt(v / top) : 0;
    return Math.round((min + (max - min) * x) * 100) / 100;
  });
}

/**
 * Node radii for the interactive map, which draws sizes in screen pixels: the full 2.5–15 range
 * for up to 150 organisations, shrinking with 1/√n above that (at least 1–4 px), so a map of
 * 10,000 organisations is not one overlapping blob.
 */
export function mapSizeRange(n: number): { min: number; max: number } {
  const f = n > 150 ? Math.sqrt(150 / n) : 1;
  return { min: Math.max(1, MIN_NODE_SIZE * f), max: Math.max(4, MAX_NODE_SIZE * f) };
}
