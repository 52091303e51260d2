/**
 * Reads one CSV table that `analyse` wrote (docs/contract.md §5: UTF-8 with a BOM, `,`, RFC 4180
 * quoting, a `'` before a text that would start a formula) as a stream of records: the file is
 * pushed through the project's streaming parser chunk by chunk, so a million-row edges.csv is
 * never one string. The source is either a file in an output folder or the chunks an exporter
 * made in memory (an input PATH analysed on the spot): both go through the same reading.
 */

import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { t } from '../lang.js';
import { CsvParser } from '../ingest/csv-parser.js';

/** Text in chunks, with the name used in messages. */
export interface TextSource {
  /** The file as messages name it (`2021/nodes.csv`). */
  display: string;
  chunks(): AsyncIterable<string> | Iterable<string>;
}

/** A file of an output folder, read in 1 MiB chunks (multi-byte characters decoded safely). */
export function fileSource(path: string, display: string): TextSource {
  return {
    display,
    chunks: () => createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
  };
}

/** Text made in memory (a string or an exporter's chunks). */
export function memorySource(display: string, output: string | Iterable<string>): TextSource {
  return { display, chunks: () => (typeof output === 'string' ? [output] : output) };
}

const FORMULA_GUARD = /^'[=+\-@\t\r]/;

/** A text cell as it was before the formula guard of export/csv.ts prefixed it. */
export function unguard(cell: string): string {
  return cell.charCodeAt(0) === 39 && FORMULA_GUARD.test(cell) ? cell.slice(1) : cell;
}

/** A number cell: empty → null; anything else that is not a number is an error in the file. */
export function numberCell(cell: string, where: () => string): number | null {
  if (cell === '') return null;
  const x = Number(cell);
  if (!Number.isFinite(x))
    throw new InputError(t(`${where()}: "${cell}" is geen getal`, `${where()}: "${cell}" is not a number`), {
      hint: t(
        'Deze map lijkt niet (meer) de uitvoer van kis-network analyse; draai analyse opnieuw',
        'This folder does not look like (unchanged) kis-network analyse output; run analyse again',
      ),
    });
  return x;
}

/**
 * Streams the records of `source` to `onRow` with the positions of `columns` in the header
 * (the header must hold each of them: `index[k]` is the field of `columns[k]`), and the
 * physical line of each record.
 */
export async function readTable(
  source: TextSource,
  columns: readonly string[],
  onRow: (fields: string[], line: number, index: readonly number[], header: readonly string[]) => void,
): Promise<{ header: string[]; index: number[] }> {
  let header: string[] | undefined;
  let index: number[] = [];
  const parser = new CsvParser(
    ',',
    (fields, line) => {
      if (header === undefined) {
        header = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
        index = columns.map((c) => header!.indexOf(c));
        const missing = columns.find((_c, i) => index[i]! < 0);
        if (missing !== undefined)
          throw new InputError(
            t(`${source.display}:1: de kolom ${missing} ontbreekt`, `${source.display}:1: the column ${missing} is missing`),
            {
              file: source.display,
              line: 1,
              hint: t(
                'Vergelijk twee mappen die kis-network analyse schreef, of geef de invoerbestanden op',
                'Compare two folders written by kis-network analyse, or pass the input files',
              ),
            },
          );
        return;
      }
      if (fields.length === 1 && fields[0] === '') return; // a blank line
      onRow(fields, line, index, header);
    },
    source.display,
  );
  for await (const chunk of source.chunks()) parser.push(chunk);
  parser.end();
  if (header === undefined)
    throw new InputError(t(`${source.display}: het bestand is leeg`, `${source.display}: the file is empty`), {
      file: source.display,
      hint: t('Draai kis-network analyse opnieuw voor deze map', 'Run kis-network analyse again for this folder'),
    });
  return { header, index };
}
