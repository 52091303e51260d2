/**
 * Bytes → text, streamed. Detects the encoding from the first chunk (a UTF-8 BOM, else valid
 * UTF-8, else Windows-1252), strips the BOM, and keeps multi-byte UTF-8 characters intact
 * across chunk borders (TextDecoder in stream mode).
 */

import type { Encoding } from '../config/options.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Is `bytes` valid UTF-8, allowing a truncated character at the very end (a chunk border)? */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return false;
    if (i + need >= n) {
      // Truncated at the end: check what is there.
      for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return false;
      return true;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Encoding of a file from its first bytes. */
export function detectEncoding(head: Uint8Array): Encoding {
  if (hasUtf8Bom(head)) return 'utf-8';
  return isValidUtf8Prefix(head) ? 'utf-8' : 'windows-1252';
}

/** A streaming decoder: feed chunks, get text; `end()` flushes. */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

export function createDecoder(encoding: Encoding): ChunkDecoder {
  let first = true;
  if (encoding === 'windows-1252') {
    return { write: (c) => decodeWindows1252(c), end: () => '' };
  }
  const td = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  return {
    write(chunk) {
      let text = td.decode(chunk, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    },
    end: () => td.decode(),
  };
}
