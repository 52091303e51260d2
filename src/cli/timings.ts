/** `--timings`: wall time per stage and peak memory as one JSON line on stderr (never in output files). */
import type { StageTimer } from '../progress.js';
import type { CliIO } from './io.js';

export function printTimings(io: CliIO, timer: StageTimer): void {
  const stages = Object.fromEntries(Object.entries(timer.stages).map(([k, v]) => [k, Math.round(v)]));
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  io.stderr.write(`timings ${JSON.stringify({ stages_ms: stages, peak_rss_mb: peak })}\n`);
}
