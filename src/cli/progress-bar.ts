/** A progress bar per stage on stderr, only when stderr is a TTY and not `--quiet` (docs/contract.md §1). */
import cliProgress from 'cli-progress';
import type { Progress } from '../progress.js';
import { NO_PROGRESS } from '../progress.js';
import type { CliIO } from './io.js';

export function progressFor(io: CliIO, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY) return NO_PROGRESS;
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(stage, total, unit = '') {
      bar = new cliProgress.SingleBar(
        {
          stream: io.stderr as NodeJS.WritableStream & { isTTY: boolean },
          format: `${stage.padEnd(8)} [{bar}] {percentage}% {value}/{total}${unit}`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 1, 0);
    },
    update(done, total) {
      if (total !== undefined) bar?.setTotal(total);
      bar?.update(done);
    },
    stop() {
      if (bar) {
        bar.update(bar.getTotal());
        bar.stop();
      }
      bar = undefined;
    },
  };
}
