/**
 * CSV writing for the data generators: RFC 4180 quoting (a field holding a comma, a double
 * quote, CR or LF, or leading/trailing spaces is wrapped in quotes, inner quotes doubled),
 * LF line ends, UTF-8 without BOM, and a buffered synchronous file writer so that a large
 * benchmark file streams to disk in bounded memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value) {
  const s = value === undefined || value === null ? '' : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, with its line end. */
export function csvRow(fields) {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += csvField(fields[i]);
  }
  return `${line}\n`;
}

/** A whole CSV document from a header and rows of fields. */
export function csvDocument(header, rows) {
  let out = csvRow(header);
  for (const r of rows) out += csvRow(r);
  return out;
}

/**
 * Appends records to a file through a ~1 MB string buffer flushed with writeSync: memory
 * stays flat whatever the file size. Counts rows (header excluded) and bytes.
 */
export class CsvFileWriter {
  constructor(path, header, flushAt = 1 << 20) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.flushAt = flushAt;
    this.buffer = '';
    this.rows = 0;
    this.bytes = 0;
    this.buffer += csvRow(header);
  }

  write(fields) {
    this.buffer += csvRow(fields);
    this.rows++;
    if (this.buffer.length >= this.flushAt) this.flush();
  }

  flush() {
    if (this.buffer.length === 0) return;
    const buf = Buffer.from(this.buffer, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
    this.buffer = '';
  }

  close() {
    this.flush();
    closeSync(this.fd);
    return { path: this.path, rows: this.rows, bytes: this.bytes };
  }
}
