/**
 * A CSV file → its records, streamed: checks that the file is a readable, non-empty text file,
 * detects encoding and delimiter (unless given), hashes the bytes, decodes chunk by chunk and
 * hands each record on with its physical line. Memory stays at one chunk plus the sniff sample.
 * Only failures to read the file become an InputError; whatever the record handler throws
 * passes through unchanged.
 */

import { createHash } from 'node:crypto';
import { createReadStream, promises as fsp, type Stats, statSync } from 'node:fs';
import type { Delimiter, Encoding, InputFile } from '../config/options.js';
import type { InputRole } from '../config/roles.js';
import { InputError } from '../errors.js';
import { t } from '../lang.js';
import { CsvParser, type RecordHandler } from './csv-parser.js';
import { createDecoder, detectEncoding, isValidUtf8Prefix } from './decode.js';
import { sepLineDelimiter } from './sep-line.js';
import { sniffDelimiter, type SniffResult } from './sniff.js';
import { readSheet } from './xlsx.js';

const CHUNK = 1 << 20;
const SNIFF_CHARS = 64 * 1024;

export interface TableInfo {
  /** Null for a sheet of an Excel workbook (cells are typed, not text). */
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sniff: SniffResult;
  sha256: string;
  bytes: number;
}

/** Size of a file in bytes, 0 when it cannot be read (reading it later says why). */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Throws an InputError unless `file.path` is a non-empty regular file. */
export async function checkReadable(file: InputFile): Promise<number> {
  let stat: Stats;
  try {
    stat = await fsp.stat(file.path);
  } catch {
    throw new InputError(t(`${file.display}: bestand niet gevonden`, `${file.display}: file not found`), {
      file: file.display,
      hint: t('Controleer het pad en de spelling van de bestandsnaam', 'Check the path and the spelling of the file name'),
    });
  }
  if (stat.isDirectory()) {
    throw new InputError(t(`${file.display}: is een map, geen CSV-bestand`, `${file.display}: is a folder, not a CSV file`), {
      file: file.display,
      hint: t(
        `Geef de map op als PATH, of noem een bestand erin met --${file.role}`,
        `Pass the folder as a PATH argument, or name a file inside it with --${file.role}`,
      ),
    });
  }
  if (stat.size === 0) {
    throw new InputError(t(`${file.display}: het bestand is leeg`, `${file.display}: the file is empty`), {
      file: file.display,
      hint: t('Exporteer de gegevens opnieuw, met een kopregel', 'Export the data again, with a header row'),
    });
  }
  return stat.size;
}

/** Looks like a binary file (NUL bytes or many control characters) rather than text? */
function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

/** An error from reading the bytes of a file (ENOENT, EACCES, EISDIR, EIO, …), as the user sees it. */
function readError(file: InputFile, err: unknown): InputError {
  const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new InputError(t(`${file.display}: kan niet gelezen worden (${reason})`, `${file.display}: cannot be read (${reason})`), {
    file: file.display,
    hint: t('Controleer of het bestand bestaat en of u het mag lezen', 'Check that the file exists and that you may read it'),
  });
}

export async function readTable(
  file: InputFile,
  options: { encoding?: Encoding; delimiter?: Delimiter; role: InputRole },
  onRecord: RecordHandler,
  onSniff?: (sniff: SniffResult) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<TableInfo> {
  const size = await checkReadable(file);
  if (file.sheet !== undefined) return readWorkbookSheet(file, file.sheet, size, onRecord, onSniff, onBytes);
  const hash = createHash('sha256');
  let decoder: ReturnType<typeof createDecoder> | undefined;
  let encoding: Encoding = options.encoding ?? 'utf-8';
  let parser: CsvParser | undefined;
  let sniff: SniffResult = { delimiter: options.delimiter ?? ',', ambiguous: false };
  let pending = '';
  let bytesRead = 0;
  // While the encoding is detected (not given) and only ASCII was seen, a later chunk can still
  // show the file to be Windows-1252: ASCII decodes the same in both, so switching is lossless.
  let undecided = options.encoding === undefined;

  const startParser = (complete: boolean) => {
    // Excel's `sep=;` first line names the delimiter (a --delimiter still wins) and is dropped
    // as a record, so the header is line 2 and line numbers stay physical.
    const hinted = sepLineDelimiter(pending);
    if (!options.delimiter) sniff = hinted ? { delimiter: hinted, ambiguous: false } : sniffDelimiter(pending, options.role, complete);
    onSniff?.(sniff);
    let skip = hinted !== undefined;
    const handler: RecordHandler = (fields, line) => {
      if (skip) skip = false;
      else onRecord(fields, line);
    };
    parser = new CsvParser(sniff.delimiter, handler, file.display);
    parser.push(pending);
    pending = '';
  };

  // Only reading the bytes is wrapped into the user-facing "cannot be read": an exception from
  // the handlers (a rule, the builder) is a bug and must reach the CLI as one.
  const stream = createReadStream(file.path, { highWaterMark: CHUNK });
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (err) {
        throw readError(file, err);
      }
      if (next.done) break;
      const chunk = next.value;
      hash.update(chunk);
      bytesRead += chunk.length;
      onBytes?.(bytesRead);
      if (!decoder) {
        if (looksBinary(chunk)) {
          throw new InputError(
            t(
              `${file.display}: dit is geen CSV-tekstbestand (binaire gegevens of UTF-16)`,
              `${file.display}: this is not a text CSV file (binary data or UTF-16)`,
            ),
            {
              file: file.display,
              hint: t(
                'Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)" en probeer het opnieuw',
                'Save it from Excel as "CSV UTF-8 (comma delimited)" and run again',
              ),
            },
          );
        }
        encoding = options.encoding ?? detectEncoding(chunk);
        decoder = createDecoder(encoding);
      }
      if (undecided && encoding === 'utf-8') {
        const ascii = chunk.every((b) => b < 0x80);
        if (!ascii) {
          undecided = false;
          if (!isValidUtf8Prefix(chunk)) {
            encoding = 'windows-1252';
            decoder = createDecoder(encoding);
          }
        }
      } else undecided = false;
      const text = decoder.write(chunk);
      if (parser) parser.push(text);
      else {
        pending += text;
        if (pending.length >= SNIFF_CHARS) startParser(false);
      }
    }
  } finally {
    stream.destroy();
  }
  const tail = decoder ? decoder.end() : '';
  if (parser) parser.push(tail);
  else {
    pending += tail;
    startParser(true);
  }
  parser!.end();
  return { encoding, delimiter: sniff.delimiter, sniff, sha256: hash.digest('hex'), bytes: size };
}

/**
 * One sheet of an Excel workbook (xlsx.ts) → the same records, with spreadsheet row numbers.
 * The hash is that of the whole workbook file.
 */
async function readWorkbookSheet(
  file: InputFile,
  sheet: string,
  size: number,
  onRecord: RecordHandler,
  onSniff?: (sniff: SniffResult) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<TableInfo> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  } catch (err) {
    throw readError(file, err);
  }
  const sniff: SniffResult = { delimiter: ',', ambiguous: false };
  onSniff?.(sniff);
  await readSheet(file.path, file.display, sheet, onRecord, onBytes);
  return { encoding: null, delimiter: null, sniff, sha256: hash.digest('hex'), bytes: size };
}
