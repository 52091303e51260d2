/**
 * The Markdown renderer of the report model (model.ts): report.md. Plain text is escaped here
 * (markdown.ts), strong runs become `**…**`, code runs backtick spans; chart blocks are skipped
 * (each section that has a chart has its figures in text or a table too). Blocks are separated
 * by one blank line; a section starts with a level-2 heading, a subsection with a level-3 one.
 */

import { type Align, mdCode, mdInline, mdLineStart, mdList, mdTable } from '../markdown.js';
import type { Block, Inline, ReportModel } from './model.js';

function run(inline: Inline): string {
  if (typeof inline === 'string') return mdInline(inline);
  if ('strong' in inline) return `**${mdInline(inline.strong)}**`;
  if ('code' in inline) return mdCode(inline.code);
  return `[${mdInline(inline.link)}](${inline.href.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** Runs as one line of Markdown; `start` escapes what would open a block at the start of a line. */
export function renderInline(runs: readonly Inline[], start = true): string {
  const text = runs.map(run).join('');
  return start && typeof runs[0] === 'string' ? mdLineStart(text) : text;
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'paragraph':
      return `${renderInline(b.text)}\n`;
    case 'note':
      return `> ${renderInline(b.text)}\n`;
    case 'list':
      return b.ordered
        ? `${b.items.map((item, i) => `${i + 1}. ${renderInline(item)}`).join('\n')}\n`
        : mdList(b.items.map((item) => renderInline(item)));
    case 'table': {
      const rows = b.rows.map((row, r) =>
        row.map((cell, c) => {
          const rich = b.richRows?.[r]?.[c];
          return rich ? renderInline(rich) : renderInline([cell]);
        }),
      );
      return mdTable(
        b.header.map((h) => mdInline(h)),
        rows,
        b.align as Align[] | undefined,
      );
    }
    case 'chart':
      return null;
    case 'subsection':
      return `### ${renderInline([b.title])}\n\n${blocks(b.blocks)}`;
  }
}

function blocks(list: readonly Block[]): string {
  return list
    .map(block)
    .filter((s): s is string => s !== null)
    .join('\n');
}

export function renderMd(model: ReportModel): string {
  const parts = [
    `# ${renderInline([model.title])}\n\n${blocks(model.intro)}`,
    ...model.sections.map((s) => `## ${renderInline([s.title])}\n\n${blocks(s.blocks)}`),
  ];
  return parts.join('\n');
}
