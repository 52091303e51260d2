/**
 * Streamed output: a large file is an iterable of pieces — a CSV row, an XML element, a JSON
 * record — never one giant string. The pieces are not joined into bigger chunks: the writer
 * (io.ts, utf8.ts) encodes each into a reused byte buffer, which on a million relations is
 * twice as fast as encoding chunks built by `+=` (V8 must first flatten such a rope of small
 * strings, measured at 15 ns a byte). Helpers to make output re-iterable or to join it.
 */

import type { ExportOutput } from './types.js';

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
