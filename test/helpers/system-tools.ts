/**
 * The system tools some tests need beyond Node (Debian packages on CI): Chromium for the
 * browser tests, Python's NetworkX for the export read-back test, openpyxl for the workbooks
 * of the xlsx tests and poppler-utils (pdfinfo, pdftotext) to read back report.html printed to PDF. When one is missing the
 * test fails with one line saying what to install, instead of an obscure error from deep inside
 * Playwright or Python. Nothing is skipped: a missing tool is a failure.
 */

import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** The Chromium the browser tests drive: $KIS_CHROMIUM, else Debian's /usr/bin/chromium. */
export const CHROMIUM = process.env.KIS_CHROMIUM || '/usr/bin/chromium';
/** The Python that reads the exports back with NetworkX. */
export const PYTHON = '/usr/bin/python3';

/** An error whose whole report is its one-line message (no stack to scroll past). */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingToolError';
    this.stack = `${this.name}: ${message}`;
  }
}

/** Throws a one-line MissingToolError unless `path` is an executable file. */
function requireExecutable(path: string, message: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new MissingToolError(message);
  }
}

/** The Chromium executable, or a one-line failure saying how to install it. */
export function requireChromium(): string {
  requireExecutable(CHROMIUM, `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set KIS_CHROMIUM)`);
  return CHROMIUM;
}

let networkxChecked = false;

/** The Python executable with NetworkX importable, or a one-line failure saying how to install it. */
export function requireNetworkx(): string {
  if (networkxChecked) return PYTHON;
  const message = "NetworkX not found: install it with 'apt-get install -y python3-networkx'";
  requireExecutable(PYTHON, `${message} (${PYTHON} is missing too: 'apt-get install -y python3')`);
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'pipe' });
  } catch {
    throw new MissingToolError(`${message} (${PYTHON} -c 'import networkx' failed)`);
  }
  networkxChecked = true;
  return PYTHON;
}

let openpyxlChecked = false;

/** The Python executable with openpyxl importable (it writes the real-tool workbooks of the xlsx tests), or a one-line failure. */
export function requireOpenpyxl(): string {
  if (openpyxlChecked) return PYTHON;
  const message = "openpyxl not found: install it with 'apt-get install -y python3-openpyxl'";
  requireExecutable(PYTHON, `${message} (${PYTHON} is missing too: 'apt-get install -y python3')`);
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
  } catch {
    throw new MissingToolError(`${message} (${PYTHON} -c 'import openpyxl' failed)`);
  }
  openpyxlChecked = true;
  return PYTHON;
}

/** A poppler-utils program (`pdfinfo`, `pdftotext`, `pdftoppm`), or a one-line failure saying how to install it. */
export function requirePoppler(tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm'): string {
  const path = `/usr/bin/${tool}`;
  requireExecutable(path, `${tool} not found at ${path}: install it with 'apt-get install -y poppler-utils'`);
  return path;
}
