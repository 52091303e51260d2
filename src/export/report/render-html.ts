/**
 * report.html: the report model (model.ts) laid out as one self-contained HTML page. Headings
 * per section, tables with captions, charts as inline SVG (../charts/) each with its data as a
 * table, the run's facts on the first page, a print stylesheet for A4 (page-css.ts). No script
 * at all and nothing fetched: a Content-Security-Policy forbids every request and allows only
 * the page's own stylesheet (by hash), and links may only be relative (the map beside it, or an
 * anchor in the page). Every text from the model is escaped here: plain strings are plain text.
 */

import { cspHash } from '../html/bundle.js';
import { escapeAttr, escapeHtml } from '../html/escape.js';
import { chartDomId } from '../charts/svg.js';
import { chartTables, type ChartTable } from '../charts/data-table.js';
import { renderChartSvg } from '../charts/render.js';
import type { Chart } from '../charts/types.js';
import type { Lang } from '../../config/options.js';
import type { Block, Inline, ReportModel, ReportSection } from './model.js';
import { REPORT_CSS } from './page-css.js';

const WORDS: Readonly<Record<Lang, { contents: string; facts: string; chartData: string; openMap: string }>> = {
  nl: {
    contents: 'Inhoud',
    facts: 'Over deze analyse',
    chartData: 'De gegevens van deze grafiek als tabel',
    openMap: 'Open de interactieve kaart',
  },
  en: {
    contents: 'Contents',
    facts: 'About this analysis',
    chartData: 'The data of this chart as a table',
    openMap: 'Open the interactive map',
  },
};

/** The page's Content-Security-Policy: no request of any kind, no script, only our stylesheet. */
export function reportPolicy(css: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(css)}`,
    "img-src 'none'",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** An id reduced to `[A-Za-z0-9_-]` (ids come from the model, never from data, but stay safe). */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Only a relative path (a file beside the report) and/or an in-page anchor: no scheme, no host. */
const RELATIVE_HREF = /^(?:[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*)?(?:#[A-Za-z0-9._~-]*)?$/;

export function isRelativeHref(href: string): boolean {
  return href !== '' && RELATIVE_HREF.test(href) && !href.startsWith('..');
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return escapeHtml(run);
      if ('strong' in run) return `<strong>${escapeHtml(run.strong)}</strong>`;
      if ('code' in run) return `<code>${escapeHtml(run.code)}</code>`;
      // A link to anything but a neighbouring file or an anchor is written as its text only.
      return isRelativeHref(run.href) ? `<a href="${escapeAttr(run.href)}">${escapeHtml(run.link)}</a>` : escapeHtml(run.link);
    })
    .join('');
}

interface TableLike {
  caption: string;
  header: string[];
  rows: string[][];
  align?: Array<'left' | 'right'>;
  richRows?: Inline[][][];
}

function table(t: TableLike): string {
  const cls = (i: number): string => (t.align?.[i] === 'right' ? ' class="num"' : '');
  const head = t.header.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = t.rows
    .map((row, r) => {
      const rich = t.richRows?.[r];
      return `<tr>${row.map((cell, i) => `<td${cls(i)}>${rich?.[i] ? inline(rich[i]) : escapeHtml(cell)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>\n<caption>${escapeHtml(t.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function figure(chart: Chart, lang: Lang): string {
  const id = chartDomId(chart);
  const tables = chartTables(chart, { lang }).map((t: ChartTable) => table(t));
  const link =
    chart.kind === 'network' && isRelativeHref(chart.href)
      ? `<p class="chart-link"><a href="${escapeAttr(chart.href)}">${escapeHtml(WORDS[lang].openMap)}</a></p>\n`
      : '';
  return [
    `<figure class="chart" id="${id}" aria-labelledby="${id}-caption">`,
    `<figcaption id="${id}-caption"><span class="chart-title">${escapeHtml(chart.title)}</span> <span class="chart-desc">${escapeHtml(chart.desc)}</span></figcaption>`,
    renderChartSvg(chart, { lang }),
    `${link}<details class="chart-data"><summary>${escapeHtml(WORDS[lang].chartData)}</summary>`,
    ...tables,
    '</details>',
    '</figure>',
  ].join('\n');
}

function blocks(list: readonly Block[], lang: Lang, level: number): string {
  return list.map((b) => block(b, lang, level)).join('\n');
}

function block(b: Block, lang: Lang, level: number): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return table(b);
    case 'note':
      return `<div class="note" role="note"><p>${inline(b.text)}</p></div>`;
    case 'chart':
      return figure(b.chart, lang);
    case 'subsection': {
      const h = Math.min(6, level + 1);
      const id = safeId(b.id);
      return `<section id="${id}" aria-labelledby="${id}-h">\n<h${h} id="${id}-h">${escapeHtml(b.title)}</h${h}>\n${blocks(b.blocks, lang, h)}\n</section>`;
    }
  }
}

function section(s: ReportSection, lang: Lang): string {
  const id = safeId(s.id);
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${escapeHtml(s.title)}</h2>\n${blocks(s.blocks, lang, 2)}\n</section>`;
}

/** The whole page. Deterministic: the same model gives the same bytes. */
export function renderHtml(model: ReportModel): string {
  const { lang } = model;
  const words = WORDS[lang];
  const facts =
    model.facts.length > 0
      ? `<section class="facts" aria-labelledby="facts-h">\n<h2 id="facts-h">${escapeHtml(words.facts)}</h2>\n<dl>\n${model.facts
          .map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`)
          .join('\n')}\n</dl>\n</section>`
      : '';
  const toc =
    model.sections.length > 0
      ? `<nav class="toc" aria-labelledby="toc-h">\n<h2 id="toc-h">${escapeHtml(words.contents)}</h2>\n<ol>\n${model.sections
          .map((s) => `<li><a href="#${safeId(s.id)}">${escapeHtml(s.title)}</a></li>`)
          .join('\n')}\n</ol>\n</nav>`
      : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(reportPolicy(REPORT_CSS))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>${escapeHtml(model.title)}</h1>`,
    blocks(model.intro, lang, 1),
    facts,
    toc,
    '</header>',
    '<main>',
    ...model.sections.map((s) => section(s, lang)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
