#!/usr/bin/env node
/**
 * report.html in headless Chromium (playwright-core + Debian's /usr/bin/chromium, or
 * $KIS_CHROMIUM): the file size, the time to open it — from `page.goto()` on its file:// URL to
 * the `load` event and two animation frames later (the first frame with every chart painted) —
 * as the median of `runs` fresh pages in one warm browser (with the page's own Navigation Timing
 * `loadEventEnd` beside it, which leaves out the new tab's overhead), and the time and page count of
 * printing it to an A4 PDF. Called by scripts/bench.mjs on the medium data's report.html.
 *
 *   node scripts/bench-report.mjs REPORT.html [runs=5]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/bench-report.mjs REPORT.html [runs=5]\n');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const executablePath = process.env.KIS_CHROMIUM || '/usr/bin/chromium';
const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-bench-report-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  viewport: { width: 1100, height: 900 },
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const url = pathToFileURL(path.resolve(file)).href;
  const requests = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  const times = [];
  const loads = [];
  let counts = { charts: 0, tables: 0, elements: 0 };
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    times.push(performance.now() - t0);
    loads.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0));
    counts = await page.evaluate(() => ({
      charts: document.querySelectorAll('svg.chart-svg').length,
      tables: document.querySelectorAll('table').length,
      elements: document.getElementsByTagName('*').length,
    }));
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const t0 = performance.now();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const printMs = performance.now() - t0;
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  const mb = statSync(file).size / 1e6;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  process.stdout.write(
    `- report.html: ${mb.toFixed(2)} MB (target < 3 MB ${mb < 3 ? '✔' : '✘'}), ${counts.charts} charts, ${counts.tables} tables, ${counts.elements} elements; ` +
      `opens in ${s(median(times))} (median of ${runs}: ${times.map(s).join(', ')}; target < 2 s ${median(times) < 2000 ? '✔' : '✘'}; load event ${s(median(loads))} after navigation start); ` +
      `A4 PDF: ${pages} pages in ${s(printMs)}; network requests: ${requests.length}\n`,
  );
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
