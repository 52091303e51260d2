/**
 * The stylesheet of report.html: a readable single column on screen and clean A4 pages in
 * print (CSS Paged Media Level 3: `@page` size and margins, page numbers in the bottom-centre
 * margin box; CSS Fragmentation Level 3: figures, table rows and notes are not split, headings
 * stay with what follows). System fonts only (no web font: no network), text colours with at
 * least 4.5:1 contrast on their background (WCAG 2.2 §1.4.3).
 */

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --tint: #f3f5f7; --link: #0b5cab; --accent: #0072b2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; padding: 1.5rem 1.25rem 3rem; max-width: 52rem; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.25rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p, ul, ol { margin: 0 0 .8rem; }
li { margin: .15rem 0; }
a { color: var(--link); }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .9em; background: var(--tint); padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
.cover { margin-bottom: 1.5rem; }
.facts { margin: 1rem 0; padding: .75rem 1rem; background: var(--tint); border-radius: 4px; font-size: .9rem; }
.facts h2 { font-size: 1rem; margin: 0 0 .4rem; border: 0; padding: 0; }
.facts dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.toc ol { columns: 2; column-gap: 2rem; padding-left: 1.4rem; font-size: .95rem; }
.note { margin: 0 0 1rem; padding: .6rem .9rem; border-left: 4px solid var(--accent); background: #eef5fb; }
.note p:last-child { margin-bottom: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .35rem; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--tint); border-bottom: 2px solid #9a9a9a; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure.chart { margin: 1.25rem 0 1.75rem; }
figure.chart figcaption { margin-bottom: .5rem; }
.chart-title { display: block; font-weight: 600; font-size: 1.05rem; }
.chart-desc { display: block; color: var(--muted); font-size: .9rem; }
.chart-svg { display: block; width: 100%; height: auto; font-family: inherit; }
.chart-link { font-size: .9rem; margin: .35rem 0 0; }
details.chart-data { margin-top: .5rem; font-size: .9rem; }
details.chart-data summary { cursor: pointer; color: var(--link); }
details.chart-data .table-wrap { margin: .5rem 0 0; }
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, "DejaVu Sans", sans-serif; color: #555; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; margin-top: 1.4em; }
  h3 { font-size: 12pt; }
  h1, h2, h3, h4, h5, h6, caption, figcaption { break-after: avoid; break-inside: avoid; }
  figure.chart, .note, tr, li, .facts, p { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .toc, details.chart-data, .chart-link { display: none; }
  .table-wrap { overflow: visible; }
  .chart-svg { max-height: 235mm; }
}
`.trim();
