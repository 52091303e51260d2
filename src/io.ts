/**
 * The only module that writes files. Output folders are replaced as a whole: everything is
 * written into a temporary folder beside the target, which then takes the target's place, so a
 * failed run never leaves a half-written map (docs/contract.md §1). Large outputs are written piece
 * by piece from the exporters' iterables: text as UTF-8 (utf8.ts), byte chunks (the workbook) as they are.
 */

import { closeSync, existsSync, promises as fsp, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { InputFile } from './config/options.js';
import { UsageError } from './errors.js';
import { t } from './lang.js';
import { Utf8Writer } from './utf8.js';

/** Text (written as UTF-8) or its pieces, or the byte chunks of a binary file. */
export type FileContent = string | Iterable<string> | Iterable<Uint8Array>;

/** Refuse an output folder that holds (or is) an input file, or that is not ours to replace. */
export function checkOutputFolder(outDir: string, inputs: readonly InputFile[]): void {
  const out = path.resolve(outDir);
  for (const f of inputs) {
    const rel = path.relative(out, path.resolve(f.path));
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
      throw new UsageError(
        t(
          `--out ${outDir} bevat het invoerbestand ${f.display}, dat de run zou verwijderen`,
          `--out ${outDir} holds the input file ${f.display}, which the run would delete`,
        ),
        t('Kies met --out een andere uitvoermap', 'Choose another output folder with --out'),
      );
    }
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory())
      throw new UsageError(
        t(`--out ${outDir} is een bestand, geen map`, `--out ${outDir} is a file, not a folder`),
        t('Kies met --out een mapnaam', 'Choose a folder name with --out'),
      );
    const marker = path.join(out, 'summary.json');
    const entries = readdirSafe(out);
    if (entries.length > 0 && !existsSync(marker)) {
      throw new UsageError(
        t(
          `--out ${outDir} is een map met andere bestanden erin, geen eerdere uitvoer van kis-network`,
          `--out ${outDir} is a folder with other files in it, not an earlier kis-network output`,
        ),
        t('Kies met --out een nieuwe of lege map', 'Choose a new or empty folder with --out'),
      );
    }
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Writes all of `bytes` at the file's current end. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Writes one file: text is encoded piece by piece into one reused megabyte (see utf8.ts; the
 * fast way in Node 20), written synchronously each time it is full, so a file of any size costs
 * a megabyte of memory beyond the piece being made.
 */
function writeOne(file: string, content: FileContent): void {
  const fd = openSync(file, 'w', 0o666);
  try {
    const out = new Utf8Writer((bytes) => writeAll(fd, bytes));
    for (const chunk of typeof content === 'string' ? [content] : content) {
      if (typeof chunk === 'string') out.write(chunk);
      else out.writeBytes(chunk);
    }
    out.flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Write `files` (name → content, made in list order; a maker may wait for something first) as
 * the new contents of `outDir`, atomically replacing it.
 */
export async function writeOutputFolder(
  outDir: string,
  files: ReadonlyArray<readonly [string, () => FileContent | Promise<FileContent>]>,
): Promise<void> {
  const out = path.resolve(outDir);
  const parent = path.dirname(out);
  await fsp.mkdir(parent, { recursive: true });
  // mkdir (not mkdtemp, which is always 0700) so the folder's mode follows the umask and
  // colleagues on a file share can read the outputs.
  const tmp = path.join(parent, `.${path.basename(out)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fsp.mkdir(tmp, { mode: 0o777 });
  try {
    for (const [name, make] of files) writeOne(path.join(tmp, name), await make());
    if (existsSync(out)) {
      const old = `${tmp}-old`;
      await fsp.rename(out, old);
      try {
        await fsp.rename(tmp, out);
      } catch (err) {
        await fsp.rename(old, out);
        throw err;
      }
      await fsp.rm(old, { recursive: true, force: true });
    } else {
      await fsp.rename(tmp, out);
    }
  } catch (err) {
    await fsp.rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Refuse a report file (`validate -o`) that is a folder or one of the inputs. */
export function checkReportFile(file: string, cwd: string, inputs: readonly InputFile[]): void {
  const abs = path.resolve(cwd, file);
  if (inputs.some((f) => path.resolve(f.path) === abs)) {
    throw new UsageError(
      t(
        `-o ${file} is een van de invoerbestanden; het rapport zou het overschrijven`,
        `-o ${file} is one of the input files; the report would overwrite it`,
      ),
      t('Schrijf het rapport naar een ander bestand', 'Write the report to another file'),
    );
  }
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    throw new UsageError(
      t(`-o ${file} is een map`, `-o ${file} is a folder`),
      t('Geef een bestandsnaam, bijv. -o validate-rapport.json', 'Give a file name, e.g. -o validate-report.json'),
    );
  }
}

/** Write one text file (reports to a file, e.g. `validate --output`). */
export async function writeTextFile(file: string, content: string): Promise<void> {
  await fsp.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fsp.writeFile(file, content, 'utf8');
}
