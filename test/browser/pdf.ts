/**
 * Reading back a PDF printed by Chromium with poppler-utils (Debian package `poppler-utils`):
 * the page count and size (`pdfinfo`) and the text of each page (`pdftotext -layout`), so a test
 * can see on which page a piece of text landed.
 */

import { execFileSync } from 'node:child_process';
import { requirePoppler } from '../helpers/system-tools.js';

export interface PdfInfo {
  pages: number;
  /** Page size in points, from the first page. */
  width: number;
  height: number;
}

export function pdfInfo(path: string): PdfInfo {
  const out = execFileSync(requirePoppler('pdfinfo'), [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of each page, in order (index 0 is page 1). */
export function pdfPages(path: string, pages: number): string[] {
  const tool = requirePoppler('pdftotext');
  return Array.from({ length: pages }, (_, i) =>
    execFileSync(tool, ['-f', String(i + 1), '-l', String(i + 1), '-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/** The first `pages` pages as PNG images `<prefix>-<n>.png` (to look at). */
export function pdfToPng(path: string, prefix: string, pages: number): void {
  execFileSync(requirePoppler('pdftoppm'), ['-r', '60', '-png', '-f', '1', '-l', String(pages), path, prefix]);
}
