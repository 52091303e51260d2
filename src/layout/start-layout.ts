/**
 * The layout, started early: the CLI hands the layout to a worker thread as soon as the
 * communities are known, so that it runs while the main thread goes on with the other metrics
 * and the files that need no positions; `finish()` then waits for it and writes the positions
 * onto the graph. The worker computes exactly what `layoutGraph` computes (same arrays, same
 * order, same arithmetic), so the outputs are byte-identical with or without it. Where no
 * worker can run (one thread asked for, or the TypeScript sources run directly, as under
 * vitest) the layout is computed in `finish()` on the main thread.
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Csr } from '../analyse/csr.js';
import type { OrgGraph } from '../graph/types.js';
import type { FlatGraph } from './fa2-run.js';
import { computePositions, layoutInput, placeNodes, type LayoutOptions } from './layout-graph.js';

/** What the worker gets. */
export interface LayoutJob {
  flat: FlatGraph;
  community: Int32Array;
  seed: number;
}

export interface PendingLayout {
  /** Waits for the positions and writes them onto the graph (call once). */
  finish(): Promise<void>;
}

const WORKER = new URL('./layout-worker.js', import.meta.url);

function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(WORKER));
}

function inWorker(job: LayoutJob): Promise<{ x: Float64Array; y: Float64Array }> {
  return new Promise((resolve, reject) => {
    const { flat, community } = job;
    const transfer = [flat.x.buffer, flat.y.buffer, flat.a.buffer, flat.b.buffer, flat.w.buffer, community.buffer] as ArrayBuffer[];
    const worker = new Worker(WORKER, { workerData: job, transferList: transfer });
    let result: { x: Float64Array; y: Float64Array } | undefined;
    worker.once('message', (msg: { x: Float64Array; y: Float64Array }) => {
      result = msg;
    });
    worker.once('error', (err) => reject(new Error(`layout worker failed: ${err.message}`, { cause: err })));
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`layout worker stopped unexpectedly (exit code ${code})`));
    });
  });
}

/**
 * Starts the layout of `graph` (`communityOf` gives the communities before they are written onto
 * the graph). With `worker` false, or where no worker file exists, nothing runs until `finish()`.
 */
export function startLayout(
  graph: OrgGraph,
  options: LayoutOptions,
  communityOf: (node: string) => number,
  worker: boolean,
  csr?: Csr,
): PendingLayout {
  const input = layoutInput(graph, communityOf, csr);
  const tooSmall = input.flat.x.length < 2;
  const running =
    worker && !tooSmall && workerAvailable() ? inWorker({ flat: input.flat, community: input.community, seed: options.seed }) : undefined;
  // A failure is reported by finish(); until then it must not count as an unhandled rejection.
  running?.catch(() => undefined);
  let finished = false;
  return {
    async finish(): Promise<void> {
      if (finished) throw new Error('layout: finish() called twice');
      finished = true;
      if (running) {
        const { x, y } = await running;
        input.flat.x = x;
        input.flat.y = y;
      } else computePositions(input.flat, input.community, options.seed);
      placeNodes(graph, input);
    },
  };
}
