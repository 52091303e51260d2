/**
 * Markdown building blocks for report.md: escaping of user-supplied text (organisation names,
 * themes, file names) so it renders as plain text, never as markup or HTML, and tables.
 */

/** Characters that could start markup anywhere in a line (CommonMark + GitHub extensions). */
const SIGNIFICANT = /[\\`*_[\]<>|~$]/g;
/** `&` only matters where it would start an entity such as `&amp;` or `&#60;`. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
const CONTROL = /[\u0000-\u001F\u007F]+/g;
/**
 * At the start of a line (a list item, a table cell) these would open a heading, a nested list
 * or a thematic break; a sign before a digit (`-0,12`) or a number with a decimal point
 * (`1.200`) would not, and is left as it is.
 */
const BLOCK_START = /^([#+\-=])(?!\d)|^(\d+)([.)])(?=\s|$)/;

/**
 * The text as literal Markdown (inline): markup characters backslash-escaped, line breaks as
 * spaces, and a leading `#`, `-`, `+`, `=` or `1.` escaped so that it stays text at the start of
 * a list item.
 */
export function mdText(text: string): string {
  return mdLineStart(mdInline(text.replace(CONTROL, ' ').trimStart()));
}

/**
 * The text as literal Markdown inside a line: markup characters backslash-escaped, line breaks
 * as spaces; what it would mean at the start of a line is left to `mdLineStart`.
 */
export function mdInline(text: string): string {
  return text.replace(CONTROL, ' ').replace(SIGNIFICANT, '\\$&').replace(ENTITY, '\\&');
}

/** Escapes a leading `#`, `-`, `+`, `=` or `1.` so that a line (a list item, a cell) stays text. */
export function mdLineStart(text: string): string {
  return text.replace(BLOCK_START, (_m, mark?: string, digits?: string, dot?: string) => (mark ? `\\${mark}` : `${digits}\\${dot}`));
}

/** Inline code for a fixed identifier (issue types, column names: no backticks inside). */
export function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export type Align = 'left' | 'right';

/** A pipe table; cells must already be escaped (mdText). */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return `${[line(header), line(rule), ...rows.map(line)].join('\n')}\n`;
}

/** A bullet list; items must already be escaped. */
export function mdList(items: readonly string[]): string {
  return `${items.map((item) => `- ${item}`).join('\n')}\n`;
}
