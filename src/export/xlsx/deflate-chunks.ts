/**
 * Raw DEFLATE (RFC 1951) of a stream of text or byte pieces, synchronously and in bounded
 * memory: the pieces are gathered into blocks of about `BLOCK` bytes, and each block is
 * compressed on its own by node:zlib's `deflateRawSync` with `Z_SYNC_FLUSH` (its output ends on
 * a byte boundary without the final-block bit), the last one with `Z_FINISH`. Concatenated, the
 * outputs are one valid DEFLATE stream: a block may refer back only within itself, which costs
 * a little compression at each 1 MiB boundary and keeps the exporter a plain synchronous
 * generator (io.ts streams what it yields). The CRC-32 (ISO 3309, as ZIP wants it) and the sizes
 * of the uncompressed bytes are counted on the way (`zlib.crc32`, Node ≥ 20.15).
 */

import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Uncompressed bytes per independently compressed block. */
export const BLOCK = 1 << 20;

export interface DeflateTally {
  crc: number;
  /** Uncompressed bytes. */
  size: number;
  /** Compressed bytes. */
  compressedSize: number;
}

/** Text in UTF-16 code units gathered into one block (a code unit is at most 3 UTF-8 bytes). */
const TEXT_BLOCK = BLOCK / 2;

/**
 * Deflates `pieces` (text as UTF-8) into `tally`'s counts, yielding compressed chunks. The
 * tally is complete once the generator is done. Text pieces are encoded one by one into a block
 * buffer (see utf8.ts: no rope of small strings to flatten); a block ends after the piece that
 * brings its text to TEXT_BLOCK code units, and before any byte piece.
 */
export function* deflateChunks(pieces: Iterable<string | Uint8Array>, tally: DeflateTally, level = 6): Generator<Uint8Array> {
  // Two block buffers in turn: one is filled while the other waits to be compressed, because
  // the last block is compressed differently (Z_FINISH) and only the end tells which is last.
  const buffers = [Buffer.allocUnsafe(BLOCK * 2), Buffer.allocUnsafe(BLOCK * 2)];
  let current = 0;
  let used = 0;
  let units = 0;
  let pending: Buffer | undefined;
  const compress = (block: Buffer, last: boolean): Buffer => {
    tally.crc = crc32(block, tally.crc);
    tally.size += block.length;
    const out = deflateRawSync(block, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    tally.compressedSize += out.length;
    return out;
  };
  const take = function* (block: Buffer): Generator<Uint8Array> {
    if (pending !== undefined) yield compress(pending, false);
    pending = block;
  };
  const takeText = function* (): Generator<Uint8Array> {
    yield* take(buffers[current]!.subarray(0, used));
    current = 1 - current;
    used = 0;
    units = 0;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      let buffer = buffers[current]!;
      if (used + piece.length * 3 > buffer.length) {
        // A piece longer than the room left: a bigger buffer for this block.
        const bigger = Buffer.allocUnsafe(used + piece.length * 3);
        buffer.copy(bigger, 0, 0, used);
        buffers[current] = buffer = bigger;
      }
      used += buffer.write(piece, used);
      units += piece.length;
      if (units >= TEXT_BLOCK) yield* takeText();
    } else {
      if (units > 0) yield* takeText();
      yield* take(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    }
  }
  if (units > 0) yield* takeText();
  yield compress(pending ?? Buffer.alloc(0), true);
}
