/**
 * The ZIP container of an `.xlsx` workbook (ECMA-376 Part 2, Open Packaging Conventions), read
 * with random access: the central directory at the end of the file says where each part
 * starts, so a part is streamed from its own offset and inflated as it comes (node:zlib's
 * native raw inflate; fflate's JavaScript `Inflate` was measured 1.5× slower on a large
 * sheet). Excel writes `sharedStrings.xml` after the sheets, so reading the container front to
 * back would mean holding a whole sheet in memory; jumping to the parts keeps memory at one
 * chunk plus what the caller keeps. Small parts (workbook, relationships, styles) are read
 * whole, synchronously, so discovery can list a workbook's sheets. ZIP64 sizes and offsets are
 * understood; encrypted entries and compression methods other than stored and deflate are not.
 * Any problem with the container is a `ZipFormatError`; the caller turns it into a user message.
 */

import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export class ZipFormatError extends Error {}

export interface ZipEntry {
  /** Part name as stored (no leading `/`). */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CHUNK = 1 << 16;

/** OLE2 compound file: a password-protected Office file, or an old `.xls` renamed. */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Does a compound file hold an `EncryptionInfo` stream (Office's password protection, MS-OFFCRYPTO)? */
function isEncrypted(fd: number, size: number): boolean {
  for (let at = 0; at < size; at += CHUNK) {
    const piece = readAt(fd, at, Math.min(CHUNK + ENCRYPTION_INFO.length, size - at));
    if (piece.includes(ENCRYPTION_INFO)) return true;
  }
  return false;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new ZipFormatError('the file ends early');
    done += n;
  }
  return buf;
}

/** A little-endian 64-bit value that must fit a safe integer. */
function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a size is out of range');
  return Number(v);
}

/** The location of the central directory, from the end-of-central-directory record (ZIP64 aware). */
function locateDirectory(fd: number, size: number): { offset: number; length: number } {
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = readAt(fd, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no ZIP directory found');
  let offset = tail.readUInt32LE(at + 16);
  let length = tail.readUInt32LE(at + 12);
  if (offset === 0xffffffff || length === 0xffffffff) {
    const locAt = size - tailLength + at - 20;
    if (locAt < 0) throw new ZipFormatError('damaged ZIP64 directory');
    const loc = readAt(fd, locAt, 20);
    if (loc.readUInt32LE(0) !== EOCD64_LOCATOR) throw new ZipFormatError('damaged ZIP64 directory');
    const rec = readAt(fd, u64(loc, 8), 56);
    if (rec.readUInt32LE(0) !== EOCD64) throw new ZipFormatError('damaged ZIP64 directory');
    length = u64(rec, 40);
    offset = u64(rec, 48);
  }
  if (offset + length > size) throw new ZipFormatError('the ZIP directory points beyond the end of the file');
  return { offset, length };
}

/** An opened ZIP file: its entries by lower-cased part name (OPC part names ignore case). */
export class ZipFile {
  readonly entries = new Map<string, ZipEntry>();
  readonly size: number;

  constructor(readonly path: string) {
    const fd = openSync(path, 'r');
    try {
      this.size = fstatSync(fd).size;
      if (this.size >= 8 && readAt(fd, 0, 8).equals(CFB))
        throw new ZipFormatError(isEncrypted(fd, this.size) ? 'encrypted' : 'an old-style .xls workbook');
      const { offset, length } = locateDirectory(fd, this.size);
      const dir = readAt(fd, offset, length);
      let p = 0;
      while (p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL) {
        const flags = dir.readUInt16LE(p + 8);
        const method = dir.readUInt16LE(p + 10);
        let compressedSize = dir.readUInt32LE(p + 20);
        let size = dir.readUInt32LE(p + 24);
        const nameLength = dir.readUInt16LE(p + 28);
        const extraLength = dir.readUInt16LE(p + 30);
        const commentLength = dir.readUInt16LE(p + 32);
        let local = dir.readUInt32LE(p + 42);
        const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength).replace(/^\//, '');
        // ZIP64 extended information: only the fields whose 32-bit value is 0xFFFFFFFF, in this order.
        let e = p + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
          const id = dir.readUInt16LE(e);
          const len = dir.readUInt16LE(e + 2);
          if (id === 1) {
            let q = e + 4;
            if (size === 0xffffffff) {
              size = u64(dir, q);
              q += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = u64(dir, q);
              q += 8;
            }
            if (local === 0xffffffff) local = u64(dir, q);
          }
          e += 4 + len;
        }
        if (flags & 1) throw new ZipFormatError('encrypted');
        this.entries.set(name.toLowerCase(), { name, method, compressedSize, size, offset: local });
        p = extraEnd + commentLength;
      }
      if (this.entries.size === 0) throw new ZipFormatError('the ZIP directory is empty');
      for (const entry of this.entries.values()) entry.offset = this.dataOffset(fd, entry);
    } finally {
      closeSync(fd);
    }
  }

  /** Where an entry's compressed bytes start (after its local header, whose lengths may differ from the directory's). */
  private dataOffset(fd: number, entry: ZipEntry): number {
    if (entry.offset + 30 > this.size) throw new ZipFormatError(`${entry.name} lies beyond the end of the file`);
    const head = readAt(fd, entry.offset, 30);
    if (head.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`damaged entry ${entry.name}`);
    const start = entry.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    if (start + entry.compressedSize > this.size) throw new ZipFormatError(`${entry.name} lies beyond the end of the file`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    return start;
  }

  get(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, '').toLowerCase());
  }

  /** A small part, whole (workbook, relationships, styles). */
  readSync(entry: ZipEntry): Uint8Array {
    const fd = openSync(this.path, 'r');
    let raw: Buffer;
    try {
      raw = entry.compressedSize === 0 ? Buffer.alloc(0) : readAt(fd, entry.offset, entry.compressedSize);
    } finally {
      closeSync(fd);
    }
    if (entry.method === 0) return raw;
    try {
      return inflateRawSync(raw);
    } catch (err) {
      throw new ZipFormatError(`${entry.name}: ${(err as Error).message}`);
    }
  }

  /**
   * A part as a stream of inflated chunks. Errors of reading or inflating are thrown from the
   * iterator as they happen (a read error unchanged, a damaged stream as a ZipFormatError); the
   * consumer's own work happens between `next()` calls, so its exceptions are never mixed in.
   */
  async *stream(entry: ZipEntry, onBytes?: (compressedBytesRead: number) => void): AsyncGenerator<Uint8Array> {
    if (entry.compressedSize === 0) return;
    const source = createReadStream(this.path, { start: entry.offset, end: entry.offset + entry.compressedSize - 1, highWaterMark: CHUNK });
    let read = 0;
    source.on('data', (chunk) => {
      read += chunk.length;
      onBytes?.(read);
    });
    if (entry.method === 0) {
      yield* source as AsyncIterable<Buffer>;
      return;
    }
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    pipeline(source, inflate, () => {});
    try {
      for await (const chunk of inflate as AsyncIterable<Buffer>) yield chunk;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (typeof code === 'string' && code.startsWith('Z_')) throw new ZipFormatError(`${entry.name}: ${(err as Error).message}`);
      throw err;
    } finally {
      source.destroy();
      inflate.destroy();
    }
    if (read < entry.compressedSize) throw new ZipFormatError(`${entry.name}: the file ends early`);
  }
}
