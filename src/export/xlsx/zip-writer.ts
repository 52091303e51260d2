/**
 * A streaming ZIP writer (PKWARE APPNOTE.TXT 6.3.x) for the workbook container of ECMA-376
 * Part 2 (Open Packaging Conventions). Each part is written as a local file header with general
 * purpose bit 3 (sizes and CRC-32 follow the data in a data descriptor, §4.3.9) and bit 11
 * (UTF-8 names), its DEFLATE data (deflate-chunks.ts) and the descriptor; the central directory
 * and the end record close the file. Nothing but the current block and one directory entry per
 * part is held in memory.
 *
 * ZIP64 (§4.3.14, §4.5.3): a part whose size, compressed size or header offset reaches
 * `zip64Threshold` (0xFFFFFFFF by default; tests force a small one) gets 8-byte sizes in its
 * data descriptor and a ZIP64 extended-information field in its central entry, with
 * 0xFFFFFFFF in the 32-bit fields (as Go's archive/zip and Info-ZIP write streamed entries);
 * when the directory's offset or size reaches it, or there are 0xFFFF parts or more, a ZIP64 end
 * record and its locator precede the end record.
 *
 * Deterministic: every part has the same DOS date and time (§4.4.6), from `SOURCE_DATE_EPOCH`
 * (UTC) or else 1980-01-01 00:00, the earliest DOS time; no extra fields, comments or host
 * attributes; the parts in the order given. So a rerun gives the same bytes.
 */

import { type DeflateTally, deflateChunks } from './deflate-chunks.js';

export interface ZipPart {
  /** Part name without a leading `/` (e.g. `xl/workbook.xml`). */
  name: string;
  /** The part's content; text is written as UTF-8. Called once, when the part is written. */
  content(): Iterable<string | Uint8Array>;
}

export interface ZipOptions {
  /** `SOURCE_DATE_EPOCH` in seconds: the modification time of every part. */
  sourceDateEpoch?: number;
  /** Sizes and offsets at or above this are written as ZIP64 (default 0xFFFFFFFF). */
  zip64Threshold?: number;
  /** zlib compression level, 0–9 (default 6). */
  level?: number;
}

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** Bit 3: data descriptor; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
const VERSION_ZIP64 = 45;

/** DOS date and time (APPNOTE §4.4.6) of `SOURCE_DATE_EPOCH`, clamped to 1980–2107; 1980-01-01 00:00 without one. */
export function dosDateTime(epoch: number | undefined): { date: number; time: number } {
  const d = epoch === undefined || !Number.isFinite(epoch) ? undefined : new Date(Math.trunc(epoch) * 1000);
  if (d === undefined || Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (d.getUTCFullYear() > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

interface Written extends DeflateTally {
  name: Buffer;
  offset: number;
  zip64: boolean;
}

/** The ZIP file of `parts`, as byte chunks in order. */
export function* zipChunks(parts: Iterable<ZipPart>, options: ZipOptions = {}): Generator<Uint8Array> {
  const threshold = options.zip64Threshold ?? MAX32;
  const { date, time } = dosDateTime(options.sourceDateEpoch);
  const written: Written[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    // CRC-32 and sizes (14–25) stay 0: they follow in the data descriptor.
    local.writeUInt16LE(name.length, 26);
    const headerOffset = offset;
    yield local;
    yield name;
    offset += local.length + name.length;
    const tally: DeflateTally = { crc: 0, size: 0, compressedSize: 0 };
    for (const chunk of deflateChunks(part.content(), tally, options.level)) {
      offset += chunk.length;
      yield chunk;
    }
    const zip64 = tally.size >= threshold || tally.compressedSize >= threshold || headerOffset >= threshold;
    const descriptor = Buffer.alloc(zip64 ? 24 : 16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(tally.crc >>> 0, 4);
    if (zip64) {
      descriptor.writeBigUInt64LE(BigInt(tally.compressedSize), 8);
      descriptor.writeBigUInt64LE(BigInt(tally.size), 16);
    } else {
      descriptor.writeUInt32LE(tally.compressedSize, 8);
      descriptor.writeUInt32LE(tally.size, 12);
    }
    offset += descriptor.length;
    yield descriptor;
    written.push({ ...tally, name, offset: headerOffset, zip64 });
  }

  const directoryOffset = offset;
  for (const w of written) {
    const extra = w.zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (w.zip64) {
      // ZIP64 extended information: the fields set to 0xFFFFFFFF below, in this order.
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(w.size), 4);
      extra.writeBigUInt64LE(BigInt(w.compressedSize), 12);
      extra.writeBigUInt64LE(BigInt(w.offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(w.zip64 ? VERSION_ZIP64 : VERSION, 4); // made by: MS-DOS attributes (none)
    central.writeUInt16LE(w.zip64 ? VERSION_ZIP64 : VERSION, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(w.crc >>> 0, 16);
    central.writeUInt32LE(w.zip64 ? MAX32 : w.compressedSize, 20);
    central.writeUInt32LE(w.zip64 ? MAX32 : w.size, 24);
    central.writeUInt16LE(w.name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    // comment length, disk number, internal and external attributes: 0
    central.writeUInt32LE(w.zip64 ? MAX32 : w.offset, 42);
    offset += central.length + w.name.length + extra.length;
    yield central;
    yield w.name;
    if (extra.length > 0) yield extra;
  }
  const directorySize = offset - directoryOffset;
  const count = written.length;
  const zip64End = count >= MAX16 || directoryOffset >= threshold || directorySize >= threshold;
  if (zip64End) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(END64, 0);
    end64.writeBigUInt64LE(44n, 4); // size of the rest of the record
    end64.writeUInt16LE(VERSION_ZIP64, 12);
    end64.writeUInt16LE(VERSION_ZIP64, 14);
    // disk numbers (16, 20): 0
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(directorySize), 40);
    end64.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(END64_LOCATOR, 0);
    locator.writeBigUInt64LE(BigInt(offset), 8);
    locator.writeUInt32LE(1, 16); // total number of disks
    yield end64;
    yield locator;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(zip64End ? MAX16 : count, 8);
  end.writeUInt16LE(zip64End ? MAX16 : count, 10);
  end.writeUInt32LE(zip64End ? MAX32 : directorySize, 12);
  end.writeUInt32LE(zip64End ? MAX32 : directoryOffset, 16);
  yield end;
}
