/**
 * Runs chunks of the all-pairs kernel on `worker_threads` workers and the main thread. The
 * workers are started in eval mode from a source that embeds the kernel's `toString()` (see
 * `all-pairs-kernel.ts`), so no separate worker file has to be found on disk, under vitest or
 * from `dist/`.
 *
 * The CSR, the source list and the chunk bounds go to the workers once, in SharedArrayBuffers.
 * Every thread takes the next chunk from a shared atomic counter as soon as it is free (no round
 * trip through the main thread's event loop), and posts the chunk's result back. Which thread
 * computes a chunk never changes its result, and the caller combines results in chunk order
 * (determinism, docs/contract.md §5). Any worker error, unexpected exit or unreadable message rejects
 * the returned promise with one Error and terminates every worker; success terminates them too.
 */

import { Worker } from 'node:worker_threads';
import { allPairsKernel, createKernelOutput, createKernelScratch, type KernelInput, type KernelOutput } from './all-pairs-kernel.js';

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
const { input, counter, bounds } = workerData;
const scratch = createKernelScratch(input.n, input.neighbours.length / 2);
const count = bounds.length / 2;
// Start on the first message; stay alive afterwards until terminated (an exit is an error).
parentPort.on('message', () => {
  for (let c = Atomics.add(counter, 0, 1); c < count; c = Atomics.add(counter, 0, 1)) {
    const begin = bounds[2 * c];
    const end = bounds[2 * c + 1];
    const out = createKernelOutput(input.n, end - begin, input.accumulate);
    kernel(input, begin, end, scratch, out);
    const transfer = [out.bc.buffer, out.sumDist.buffer, out.harm.buffer, out.reach.buffer];
    if (out.distAcc) transfer.push(out.distAcc.buffer);
    if (out.harmAcc) transfer.push(out.harmAcc.buffer);
    parentPort.postMessage({ index: c, out }, transfer);
  }
});
`;
}

function sharedInt32(a: ArrayLike<number>): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(Math.max(a.length * 4, 4)), 0, a.length);
  copy.set(a);
  return copy;
}

/**
 * Run `chunks` (indexed 0..k-1 in order) on `threads` threads: `threads - 1` workers plus the
 * main thread, which joins in with the built-in kernel between turns of its event loop. A test
 * kernel given as `kernel` runs in the workers only. `onResult` is called once per chunk as
 * results arrive (in any order). Resolves when every chunk is done.
 */
export function runChunks(
  input: KernelInput,
  chunks: readonly Chunk[],
  threads: number,
  onResult: (index: number, out: KernelOutput) => void,
  kernel?: Kernel,
): Promise<void> {
  if (chunks.length === 0) return Promise.resolve();
  const mainJoins = kernel === undefined;
  // Workers: one per thread beyond the main one, and never more than the chunks left for them.
  const count = mainJoins
    ? Math.max(0, Math.min(Math.floor(threads) - 1, chunks.length - 1))
    : Math.max(1, Math.min(Math.floor(threads), chunks.length));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const bounds = new Int32Array(2 * chunks.length);
  chunks.forEach((c, i) => {
    if (c.index !== i) throw new Error('runChunks: chunks must be numbered 0..k-1 in order');
    bounds[2 * i] = c.begin;
    bounds[2 * i + 1] = c.end;
  });
  const workerData = {
    counter,
    bounds: sharedInt32(bounds),
    input: {
      n: input.n,
      offsets: sharedInt32(input.offsets),
      neighbours: sharedInt32(input.neighbours),
      componentOf: sharedInt32(input.componentOf),
      componentStart: sharedInt32(input.componentStart),
      componentMembers: sharedInt32(input.componentMembers),
      sources: sharedInt32(input.sources),
      accumulate: input.accumulate,
    },
  };
  const source = workerSource(kernel ?? allPairsKernel);

  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const seen = new Uint8Array(chunks.length);
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
    const accept = (index: number, out: KernelOutput): void => {
      onResult(index, out);
      if (++done === chunks.length) finish(null);
    };

    for (let id = 0; id < count && !settled; id++) {
      let worker: Worker;
      try {
        worker = new Worker(source, { eval: true, workerData });
      } catch (err) {
        finish(new Error(`all-pairs worker ${id} could not start: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      workers.push(worker);
      worker.on('message', (msg: { index: number; out: KernelOutput }) => {
        if (settled) return;
        const index = msg?.index;
        if (!msg?.out || !Number.isInteger(index) || index < 0 || index >= chunks.length || seen[index]) {
          finish(new Error(`all-pairs worker ${id} sent an unexpected message`));
          return;
        }
        seen[index] = 1;
        try {
          accept(index, msg.out);
        } catch (err) {
          finish(err instanceof Error ? err : new Error(String(err)));
        }
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
      worker.postMessage('start');
    }
    if (!mainJoins) return;

    // The main thread's share, yielding between chunks so that worker results are taken in.
    const runMain = async (): Promise<void> => {
      const scratch = createKernelScratch(input.n, input.neighbours.length / 2);
      for (let c = Atomics.add(counter, 0, 1); c < chunks.length && !settled; c = Atomics.add(counter, 0, 1)) {
        const chunk = chunks[c]!;
        const out = createKernelOutput(input.n, chunk.end - chunk.begin, input.accumulate);
        allPairsKernel(input, chunk.begin, chunk.end, scratch, out);
        seen[c] = 1;
        accept(c, out);
        await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
      }
    };
    runMain().catch((err: unknown) => finish(err instanceof Error ? err : new Error(String(err))));
  });
}
