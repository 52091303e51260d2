/**
 * Chunked output: batches many small pieces (CSV rows, XML elements) into chunks of about
 * 64 KiB, so that writing a million-edge file costs neither one giant string nor a million
 * tiny writes; and helpers to make such output re-iterable or to join it.
 */

import type { ExportOutput } from './types.js';

/** Target chunk length in UTF-16 code units. */
export const CHUNK_SIZE = 64 * 1024;

/** Accumulates text; `push` hands back a full chunk once the buffer passes `limit`. */
export class ChunkBuffer {
  private text = '';

  constructor(private readonly limit: number = CHUNK_SIZE) {}

  /** Appends `piece`; returns a chunk to emit when the buffer is full, else undefined. */
  push(piece: string): string | undefined {
    this.text += piece;
    if (this.text.length < this.limit) return undefined;
    const out = this.text;
    this.text = '';
    return out;
  }

  /** The remaining text, or undefined when empty. */
  flush(): string | undefined {
    if (this.text === '') return undefined;
    const out = this.text;
    this.text = '';
    return out;
  }
}

/** Re-batches a stream of small pieces into chunks of about `limit` code units. */
export function* rechunk(pieces: Iterable<string>, limit: number = CHUNK_SIZE): Generator<string> {
  const buffer = new ChunkBuffer(limit);
  for (const piece of pieces) {
    const chunk = buffer.push(piece);
    if (chunk !== undefined) yield chunk;
  }
  const rest = buffer.flush();
  if (rest !== undefined) yield rest;
}

/** An iterable that runs `generate` afresh on every iteration (generators alone iterate once). */
export function reiterable<T = string>(generate: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: generate };
}

/** The whole output as one string (for tests and small files); a binary output is an error. */
export function outputToString(output: ExportOutput): string {
  if (typeof output === 'string') return output;
  let text = '';
  for (const chunk of output) {
    if (typeof chunk !== 'string') throw new TypeError('outputToString: a binary output; use outputToBytes');
    text += chunk;
  }
  return text;
}

/** A text output as it is, chunk by chunk, for readers of text files (a binary chunk is an error). */
export function textOutput(output: ExportOutput): string | Iterable<string> {
  if (typeof output === 'string') return output;
  return reiterable(function* () {
    for (const chunk of output) {
      if (typeof chunk !== 'string') throw new TypeError('textOutput: a binary output');
      yield chunk;
    }
  });
}

/** The whole output as bytes (text as UTF-8), for tests. */
export function outputToBytes(output: ExportOutput): Buffer {
  if (typeof output === 'string') return Buffer.from(output, 'utf8');
  const parts: Buffer[] = [];
  for (const chunk of output) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}
