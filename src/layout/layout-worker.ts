/**
 * Worker entry of the layout (see start-layout.ts): runs the layout's arithmetic
 * (`computePositions`: community-aware start, then ForceAtlas2, Jacomy et al. 2014) on the
 * typed arrays it is given and posts the positions back. The same code on the same arrays as on
 * the main thread, so the positions are bit-identical either way.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { computePositions } from './layout-graph.js';
import type { LayoutJob } from './start-layout.js';

const job = workerData as LayoutJob;
computePositions(job.flat, job.community, job.seed);
parentPort!.postMessage({ x: job.flat.x, y: job.flat.y }, [job.flat.x.buffer as ArrayBuffer, job.flat.y.buffer as ArrayBuffer]);
