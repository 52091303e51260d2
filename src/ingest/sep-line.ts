/**
 * Excel's delimiter hint (docs/contract.md §2): a first line `sep=;` (or `sep=,`, `sep=` + tab),
 * possibly after a byte-order mark, names the delimiter and is not the header. The line stays
 * line 1 of the file, so the header is then line 2 and every message keeps physical lines.
 * A literal `sep=\t` is read as tab too. Excel may pad the line with further delimiters when it
 * saves the file again (`sep=;;;`).
 */

import type { Delimiter } from '../config/options.js';

const SEP_LINE = /^\ufeff?sep=([,;\t]|\\t) *(?:\1 *)*(?:\r\n|\n|\r|$)/i;

/** The delimiter a `sep=` first line names, or undefined when the text does not start with one. */
export function sepLineDelimiter(text: string): Delimiter | undefined {
  const m = SEP_LINE.exec(text);
  if (!m) return undefined;
  return m[1] === '\\t' ? '\t' : (m[1] as Delimiter);
}
