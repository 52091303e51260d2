/**
 * The ZIP writer (PKWARE APPNOTE) read back by two readers that are not the writer: Python's
 * `zipfile` (CRC checked on every read) and the project's own reader (src/ingest/zip.ts); the
 * CRC-32 of a known text against its published value; multi-block DEFLATE; ZIP64 forced by a
 * small threshold; fixed DOS times from SOURCE_DATE_EPOCH or 1980-01-01; byte-identical reruns.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dosDateTime, type ZipPart, zipChunks } from '../../../../src/export/xlsx/zip-writer.js';
import { ZipFile } from '../../../../src/ingest/zip.js';
import { PYTHON } from '../../../helpers/system-tools.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-zip-'));
let n = 0;

function writeZip(parts: ZipPart[], options: Parameters<typeof zipChunks>[1] = {}): { file: string; bytes: Buffer } {
  const bytes = Buffer.concat([...zipChunks(parts, options)]);
  const file = path.join(dir, `t${n++}.zip`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

interface PyEntry {
  name: string;
  crc: number;
  size: number;
  date_time: number[];
  sha: string;
}

/** Python's zipfile: names, CRC, sizes, times and a hash of each part's content (testzip first). */
function pythonRead(file: string): PyEntry[] {
  const script = `
import hashlib, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
if bad is not None: raise SystemExit('bad CRC in ' + bad)
print(json.dumps([{'name': i.filename, 'crc': i.CRC, 'size': i.file_size, 'date_time': list(i.date_time),
  'sha': hashlib.sha256(z.read(i.filename)).hexdigest()} for i in z.infolist()]))
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' })) as PyEntry[];
}

async function ownRead(file: string): Promise<Map<string, Buffer>> {
  const zip = new ZipFile(file);
  const out = new Map<string, Buffer>();
  for (const entry of zip.entries.values()) {
    const chunks: Buffer[] = [];
    for await (const c of zip.stream(entry)) chunks.push(Buffer.from(c));
    out.set(entry.name, Buffer.concat(chunks));
    expect(Buffer.from(zip.readSync(entry)).equals(out.get(entry.name)!)).toBe(true);
  }
  return out;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Text that compresses poorly enough to make several 1 MiB blocks (a seeded LCG, no Math.random). */
function noisyText(length: number): string {
  let x = 12345;
  let s = '';
  while (s.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += `${x.toString(36)} é€ `;
  }
  return s.slice(0, length);
}

const FOX = 'The quick brown fox jumps over the lazy dog';

describe('zipChunks', () => {
  const big = noisyText(3_500_000);
  const parts: ZipPart[] = [
    { name: 'fox.txt', content: () => [FOX] },
    { name: 'empty.txt', content: () => [] },
    { name: 'dir/big.txt', content: () => [big.slice(0, 1000), Buffer.from(big.slice(1000, 2_000_000)), big.slice(2_000_000)] },
    { name: 'naïve.xml', content: () => ['<a>ü</a>'] },
  ];

  it('is read back by Python zipfile with the published CRC-32 and every byte', async () => {
    const { file } = writeZip(parts);
    const entries = pythonRead(file);
    expect(entries.map((e) => e.name)).toEqual(['fox.txt', 'empty.txt', 'dir/big.txt', 'naïve.xml']);
    // CRC-32 (ISO 3309) of the pangram: 0x414FA339, the standard check value.
    expect(entries[0]!.crc).toBe(0x414fa339);
    expect(entries[1]!.size).toBe(0);
    expect(entries[2]!.size).toBe(Buffer.byteLength(big));
    expect(entries[2]!.sha).toBe(sha(Buffer.from(big)));
    expect(entries[3]!.sha).toBe(sha(Buffer.from('<a>ü</a>')));
    const own = await ownRead(file);
    expect(own.get('dir/big.txt')!.toString('utf8')).toBe(big);
    expect(own.get('fox.txt')!.toString()).toBe(FOX);
  });

  it('writes ZIP64 records when sizes reach the threshold, readable by both readers', async () => {
    const { file, bytes } = writeZip(parts, { zip64Threshold: 16 });
    // The ZIP64 end record and its locator are there.
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true);
    const entries = pythonRead(file);
    expect(entries.map((e) => e.size)).toEqual([FOX.length, 0, Buffer.byteLength(big), Buffer.byteLength('<a>ü</a>')]);
    expect(entries[2]!.sha).toBe(sha(Buffer.from(big)));
    const own = await ownRead(file);
    expect(own.get('fox.txt')!.toString()).toBe(FOX);
    expect(own.get('dir/big.txt')!.length).toBe(Buffer.byteLength(big));
  });

  it('ZIP64 from offset 0 on: every entry and the end record', async () => {
    const { file } = writeZip(parts.slice(0, 2), { zip64Threshold: 0 });
    expect(pythonRead(file).map((e) => e.crc)).toEqual([0x414fa339, 0]);
    expect([...(await ownRead(file)).keys()]).toEqual(['fox.txt', 'empty.txt']);
  });

  it('dates every part 1980-01-01 00:00 without SOURCE_DATE_EPOCH, and at SOURCE_DATE_EPOCH (UTC) with it', () => {
    expect(pythonRead(writeZip(parts.slice(0, 1)).file)[0]!.date_time).toEqual([1980, 1, 1, 0, 0, 0]);
    // 2024-03-05T06:07:08Z; DOS times have 2-second steps.
    const epoch = Date.UTC(2024, 2, 5, 6, 7, 8) / 1000;
    expect(pythonRead(writeZip(parts.slice(0, 1), { sourceDateEpoch: epoch }).file)[0]!.date_time).toEqual([2024, 3, 5, 6, 7, 8]);
    expect(dosDateTime(0)).toEqual({ date: 33, time: 0 }); // before 1980: the earliest DOS date
  });

  it('gives the same bytes on every run', () => {
    expect(writeZip(parts).bytes.equals(writeZip(parts).bytes)).toBe(true);
    expect(writeZip(parts, { sourceDateEpoch: 1700000000 }).bytes.equals(writeZip(parts, { sourceDateEpoch: 1700000000 }).bytes)).toBe(
      true,
    );
  });
});
