/**
 * Runs chunks of the all-pairs kernel on `worker_threads` workers. The workers are started in
 * eval mode from a source that embeds the kernel's `toString()` (see `all-pairs-kernel.ts`),
 * so no separate worker file has to be found on disk, under vitest or from `dist/`.
 *
 * The CSR and the source list go to the workers once, in SharedArrayBuffers. Chunks are handed
 * out one at a time to whichever worker is free; which worker computes a chunk never changes
 * its result, and the caller combines results in chunk order (determinism, CONTRACT §5).
 * Any worker error, unexpected exit or unreadable message rejects the returned promise with one
 * Error and terminates every worker; success terminates them too.
 */

import { Worker } from 'node:worker_threads';
import {
  allPairsKernel, createKernelOutput, createKernelScratch,
  type KernelInput, type KernelOutput,
} from './all-pairs-kernel.js';

export type Kernel = typeof allPairsKernel;

/** Sources [begin, end) of the source list; `index` is the chunk's place in the combine order. */
export interface Chunk {
  index: number;
  begin: number;
  end: number;
}

/** The JavaScript source of one worker running `kernel`. */
export function workerSource(kernel: Kernel): string {
  return `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const kernel = (${kernel.toString()});
const createKernelScratch = (${createKernelScratch.toString()});
const createKernelOutput = (${createKernelOutput.toString()});
const input = workerData;
const scratch = createKernelScratch(input.n, input.neighbours.length / 2);
parentPort.on('message', (chunk) => {
  const out = createKernelOutput(input.n, chunk.end - chunk.begin, input.accumulate);
  kernel(input, chunk.begin, chunk.end, scratch, out);
  const transfer = [out.bc.buffer, out.sumDist.buffer, out.harm.buffer, out.reach.buffer];
  if (out.distAcc) transfer.push(out.distAcc.buffer);
  if (out.harmAcc) transfer.push(out.harmAcc.buffer);
  parentPort.postMessage({ index: chunk.index, out }, transfer);
});
`;
}

function sharedInt32(a: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(Math.max(a.byteLength, 4)), 0, a.length);
  copy.set(a);
  return copy;
}

/**
 * Run `chunks` on `threads` workers (at most one per chunk), calling `onResult` once per chunk
 * as results arrive (in any order). Resolves when all chunks are done.
 */
export function runChunksInWorkers(
  input: KernelInput,
  chunks: readonly Chunk[],
  threads: number,
  onResult: (index: number, out: KernelOutput) => void,
  kernel: Kernel = allPairsKernel,
): Promise<void> {
  if (chunks.length === 0) return Promise.resolve();
  const shared: KernelInput = {
    n: input.n,
    offsets: sharedInt32(input.offsets),
    neighbours: sharedInt32(input.neighbours),
    componentOf: sharedInt32(input.componentOf),
    componentStart: sharedInt32(input.componentStart),
    componentMembers: sharedInt32(input.componentMembers),
    sources: sharedInt32(input.sources),
    accumulate: input.accumulate,
  };
  const source = workerSource(kernel);
  const count = Math.max(1, Math.min(Math.floor(threads), chunks.length));

  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const assigned = new Map<Worker, number>();
    let nextChunk = 0;
    let done = 0;
    let settled = false;

    const finish = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => {
        if (error) reject(error);
        else resolve();
      });
    };
    const dispatch = (worker: Worker): void => {
      if (nextChunk >= chunks.length) {
        assigned.delete(worker);
        return;
      }
      const chunk = chunks[nextChunk++]!;
      assigned.set(worker, chunk.index);
      worker.postMessage(chunk);
    };

    for (let id = 0; id < count && !settled; id++) {
      let worker: Worker;
      try {
        worker = new Worker(source, { eval: true, workerData: shared });
      } catch (err) {
        finish(new Error(`all-pairs worker ${id} could not start: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      workers.push(worker);
      worker.on('message', (msg: { index: number; out: KernelOutput }) => {
        if (settled) return;
        if (!msg || assigned.get(worker) !== msg.index || !msg.out) {
          finish(new Error(`all-pairs worker ${id} sent an unexpected message`));
          return;
        }
        try {
          onResult(msg.index, msg.out);
        } catch (err) {
          finish(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        done++;
        if (done === chunks.length) finish(null);
        else dispatch(worker);
      });
      worker.on('error', (err: unknown) => {
        const reason = err instanceof Error ? err.message : String(err);
        finish(new Error(`all-pairs worker ${id} failed: ${reason}`, { cause: err }));
      });
      worker.on('messageerror', (err: unknown) => {
        finish(new Error(`all-pairs worker ${id} sent a message that could not be read`, { cause: err }));
      });
      worker.on('exit', (code: number) => {
        finish(new Error(`all-pairs worker ${id} stopped unexpectedly (exit code ${code})`));
      });
      dispatch(worker);
    }
  });
}
