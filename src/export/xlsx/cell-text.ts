/**
 * Cell references and cell text of SpreadsheetML (ECMA-376 Part 1, §18.3.1.4 `c`, §22.9.2.19
 * ST_Xstring): column letters (A … XFD), and a string made safe for an inline string `<t>`:
 * characters XML 1.0 forbids are dropped (export/xml.ts), `& < >` escaped, a carriage return kept
 * as `&#13;` (an XML parser turns a raw one into a line feed), and a literal `_xHHHH_` protected
 * as `_x005F_xHHHH_`, because Excel reads `_xHHHH_` in a string as the character U+HHHH.
 */

import { xmlText } from '../xml.js';

/** The column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CR = /\r/g;
const X_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text for `<t>` (element content). */
export function cellText(text: string): string {
  let s = xmlText(text);
  if (s.indexOf('\r') >= 0) s = s.replace(CR, '&#13;');
  if (s.indexOf('_x') >= 0) s = s.replace(X_ESCAPE, '_x005F_$1');
  return s;
}

/** Does the text need `xml:space="preserve"` (leading or trailing white space)? */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$/.test(text);
}
