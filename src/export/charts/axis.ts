/**
 * A linear value axis with "nice" round ticks (steps of 1, 2 or 5 × 10^k, after Heckbert,
 * "Nice numbers for graph labels", Graphics Gems 1990), from 0 to at least the largest value.
 */

export interface Axis {
  /** The end of the axis (≥ the largest value; 1 when every value is 0). */
  max: number;
  ticks: number[];
  /** Decimals that show every tick exactly. */
  decimals: number;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function axisWith(top: number, count: number, integers: boolean): Axis {
  let step = niceStep(top / count);
  if (integers && step < 1) step = 1;
  const steps = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9);
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return { max: ticks[ticks.length - 1]!, ticks, decimals };
}

/**
 * An axis from 0 covering `largest` with about `count` steps (one more or less when that ends
 * closer above the largest value); integer steps when `integers`.
 */
export function niceAxis(largest: number, count = 5, integers = false): Axis {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  let best = axisWith(top, count, integers);
  for (const k of [count + 1, count - 1]) {
    if (k < 2) continue;
    const a = axisWith(top, k, integers);
    if (a.max < best.max) best = a;
  }
  return best;
}
