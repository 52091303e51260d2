/**
 * The compare report model as Markdown (report.md): headings, paragraphs, lists, pipe tables and
 * notes as block quotes; every text escaped (export/markdown.ts) so a name renders as text.
 */

import { mdCode, mdList, mdTable, mdText } from '../../export/markdown.js';
import type { Block, Inline, ReportModel } from './model.js';

function inline(parts: readonly Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? mdText(p) : 'strong' in p ? `**${mdText(p.strong)}**` : mdCode(p.code))).join('');
}

/** A table cell: a plain number stays as it is (escaping is for text that could become markup). */
function cell(text: string): string {
  return /^[-+]?[\d.,]+$/.test(text) ? text : mdText(text);
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `${inline(b.text)}\n`;
    case 'note':
      return `> ${inline(b.text)}\n`;
    case 'list':
      return mdList(b.items.map(inline));
    case 'table':
      return mdTable(
        b.header.map(mdText),
        b.rows.map((r) => r.map(cell)),
        b.align,
      );
  }
}

export function renderMarkdown(model: ReportModel): string {
  const parts = [`# ${mdText(model.title)}\n`, ...model.intro.map(block)];
  for (const s of model.sections) parts.push(`## ${mdText(s.title)}\n`, ...s.blocks.map(block));
  return parts.join('\n');
}
