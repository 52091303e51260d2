/**
 * The compare report model as one self-contained HTML page (report.html): no script, no network,
 * a small inline style sheet that prints on A4; every text escaped.
 */

import { escapeHtml } from '../../export/html/escape.js';
import type { Block, Inline, ReportModel } from './model.js';

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d6dbe3;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #d6dbe3;padding:.25rem .5rem;vertical-align:top}
th{background:#f1f4f8;text-align:left}td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}
.note{border-left:4px solid #e0a800;background:#fff8e1;padding:.4rem .8rem}code{font-size:.9em;background:#f1f4f8;padding:0 .2rem}
@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}
`.trim();

function inline(parts: readonly Inline[]): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p)
        : 'strong' in p
          ? `<strong>${escapeHtml(p.strong)}</strong>`
          : `<code>${escapeHtml(p.code)}</code>`,
    )
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'note':
      return `<p class="note">${inline(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const cls = (i: number) => (b.align[i] === 'right' ? ' class="r"' : '');
      const head = b.header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`);
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

export function renderHtml(model: ReportModel): string {
  const body = [`<h1>${escapeHtml(model.title)}</h1>`, ...model.intro.map(block)];
  for (const s of model.sections)
    body.push(`<section id="${escapeHtml(s.id)}">`, `<h2>${escapeHtml(s.title)}</h2>`, ...s.blocks.map(block), '</section>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
