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
export function reiterable(generate: () => Iterator<string>): Iterable<string> {
  return { [Symbol.iterator]: generate };
}

/** The whole output as one string (for tests and small files). */
export function outputToString(output: ExportOutput): string {
  if (typeof output === 'string') return output;
  let text = '';
  for (const chunk of output) text += chunk;
  return text;
}
