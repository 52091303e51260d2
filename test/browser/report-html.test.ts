/**
 * report.html in real Chromium: a hand-made report model with every chart kind and hostile
 * labels, and the report of the bundled example made by the CLI, in Dutch and English. Zero
 * network requests and zero console errors, with JavaScript on and off; no script element; every
 * chart an <svg> with a <title> and <desc> and its data as a table; printed to PDF (A4), every
 * chart on one page (markers at the start and end of each figure must land on the same PDF page,
 * read back with poppler's pdftotext), page numbers and the run's facts on page 1. Screenshots
 * of screen and print to test/artifacts/report-*.png.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderHtml } from '../../src/export/report/render-html.js';
import { sampleModel } from '../unit/export/charts/fixtures.js';
import { ARTIFACTS, launch } from './chromium.js';
import { pdfInfo, pdfPages, pdfToPng } from './pdf.js';

vi.setConfig({ testTimeout: 180_000 });

const tmp = mkdtempSync(join(tmpdir(), 'kis-report-html-'));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** One browser for the file (scripts on) and one with JavaScript disabled. */
let browser: BrowserContext;
let noScript: BrowserContext;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launch();
  noScript = await launch([], { javaScriptEnabled: false });
  for (const context of [browser, noScript]) {
    // Every request that is not the page's own file is counted and refused.
    await context.route(
      (url) => url.protocol !== 'file:',
      (route) => {
        requests.push(route.request().url());
        return route.abort();
      },
    );
    context.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await noScript?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function openReport(context: BrowserContext, path: string): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  return { page, errors };
}

/** What must hold for any report page, scripts on or off. */
async function expectReadableOffline(page: Page, lang: 'nl' | 'en'): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await page.locator('script').count()).toBe(0);
  expect((await page.title()).length).toBeGreaterThan(0);
  // Only relative links: the map beside the report, or an anchor in it.
  const refs = await page.$$eval('[href], [src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
  for (const ref of refs) expect(ref).toMatch(/^(#[\w-]+|[\w.-]+\.html)$/);
  // Every chart: an <svg role=img> named by its <title> and described by its <desc>, with its data as a table.
  const charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((f) => {
      const svg = f.querySelector('svg');
      const title = svg?.querySelector(':scope > title');
      const desc = svg?.querySelector(':scope > desc');
      return {
        role: svg?.getAttribute('role'),
        title: title?.textContent ?? '',
        desc: desc?.textContent ?? '',
        named: !!title && svg?.getAttribute('aria-labelledby') === title.id,
        described: !!desc && svg?.getAttribute('aria-describedby') === desc.id,
        tables: f.querySelectorAll('details table caption').length,
        width: svg?.getBoundingClientRect().width ?? 0,
      };
    }),
  );
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) {
    expect(c.role).toBe('img');
    expect(c.title.length).toBeGreaterThan(0);
    expect(c.desc.length).toBeGreaterThan(0);
    expect(c.named && c.described).toBe(true);
    expect(c.tables).toBeGreaterThan(0);
    expect(c.width).toBeGreaterThan(300);
  }
  // Ids are unique (aria-labelledby and the contents links depend on it), and every in-page link has its target.
  const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
  expect(ids.length).toBe(new Set(ids).size);
  for (const ref of refs.filter((r) => r.startsWith('#'))) expect(ids).toContain(ref.slice(1));
  // Every table has a caption; every section a heading.
  expect(await page.locator('table:not(:has(caption))').count()).toBe(0);
  expect(await page.locator('main > section:not(:has(> h2))').count()).toBe(0);
}

/** Screenshots: the first screenful, each chart alone, and the page in print emulation at the width of A4's text. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: join(ARTIFACTS, `report-${name}-screen.png`) });
  const figures = page.locator('figure.chart');
  const count = await figures.count();
  for (let i = 0; i < count; i++) await figures.nth(i).screenshot({ path: join(ARTIFACTS, `report-${name}-chart-${i}.png`) });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 960 });
  await page.screenshot({ path: join(ARTIFACTS, `report-${name}-print.png`), fullPage: true });
  await page.setViewportSize({ width: 1100, height: 900 });
  // Back to no emulation: page.pdf() prints with the emulated media type, which must be print.
  await page.emulateMedia({ media: null });
}

/**
 * Prints the page to an A4 PDF and checks it: A4 pages, page numbers, the facts on page 1, and
 * no chart split by a page break (a marker at the start and one at the end of every figure land
 * on the same page). Returns the number of pages.
 */
async function expectCleanPrint(page: Page, name: string, firstFact: string): Promise<number> {
  const figures = await page.evaluate(() => {
    const list = [...document.querySelectorAll('figure.chart')];
    list.forEach((f, i) => {
      for (const where of ['start', 'end'] as const) {
        const mark = document.createElement('span');
        mark.textContent = `KISMARK${where}${i}X`;
        // Through the CSSOM: the page's CSP blocks style attributes (and would log an error).
        Object.assign(mark.style, { display: 'block', fontSize: '2px', lineHeight: '2px', height: '2px', color: '#fff' });
        if (where === 'start') f.prepend(mark);
        else f.append(mark);
      }
    });
    return list.length;
  });
  const headings = (await page.locator('main h2, main h3').allTextContents()).map((h) => h.trim());
  const path = join(tmp, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const info = pdfInfo(path);
  pdfToPng(path, join(ARTIFACTS, `report-${name}-pdf`), Math.min(3, info.pages));
  expect(info.width).toBeCloseTo(595.3, 0);
  expect(info.height).toBeCloseTo(841.9, 0);
  const pages = pdfPages(path, info.pages);
  const pageOf = (text: string): number[] => pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));
  for (let i = 0; i < figures; i++) {
    const start = pageOf(`KISMARKstart${i}X`);
    const end = pageOf(`KISMARKend${i}X`);
    expect(start, `chart ${i} start`).toHaveLength(1);
    expect(end, `chart ${i} end on the page of its start`).toEqual(start);
  }
  // No heading is the last line of a page (what follows it would be on the next page).
  pages.forEach((text, i) => {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^\d+\s*\/\s*\d+$/.test(l));
    expect(headings, `page ${i + 1} ends with a heading`).not.toContain(lines[lines.length - 1]);
  });
  expect(pages[0]).toContain(firstFact);
  expect(pages[0]).toMatch(new RegExp(`\\b1\\s*/\\s*${info.pages}\\b`));
  expect(pages[info.pages - 1]).toMatch(new RegExp(`\\b${info.pages}\\s*/\\s*${info.pages}\\b`));
  return info.pages;
}

describe('report.html from a hand-made model', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: offline, no errors, accessible charts, clean A4 print`, async () => {
      const model = sampleModel(lang);
      const path = join(tmp, `sample-${lang}.html`);
      writeFileSync(path, renderHtml(model));
      const before = requests.length;
      const { page, errors } = await openReport(browser, path);
      await expectReadableOffline(page, lang);
      // The hostile label is shown as text, never run.
      expect(await page.locator('text=<script>alert("x")</script>').count()).toBeGreaterThan(0);
      // The only link out of the page's text goes to the map; the external one is text only.
      expect(await page.locator('a[href="map.html"]').count()).toBeGreaterThan(0);
      await shoot(page, `sample-${lang}`);
      await expectCleanPrint(page, `sample-${lang}`, model.facts[0]!.value);
      expect(errors).toEqual([]);
      expect(requests.slice(before)).toEqual([]);
      await page.close();
      const off = await openReport(noScript, path);
      await expectReadableOffline(off.page, lang);
      expect(off.errors).toEqual([]);
      expect(requests.slice(before)).toEqual([]);
      await off.page.close();
    });
  }
});

describe('report.html of the bundled example, made by the CLI', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: offline with scripts on and off, every chart titled and on one A4 page`, async () => {
      if (!existsSync(join(root, 'dist/cli/run.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does it) first');
      const out = join(tmp, `example-${lang}`);
      execFileSync(process.execPath, [join(root, 'bin/kis-network.js'), 'analyse', '--out', out, '--lang', lang, '--quiet'], {
        cwd: tmp,
        stdio: 'pipe',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1764547200' },
      });
      const path = join(out, 'report.html');
      const html = readFileSync(path, 'utf8');
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
      const before = requests.length;
      const { page, errors } = await openReport(browser, path);
      await expectReadableOffline(page, lang);
      // The overview of the network links to the map beside the report.
      expect(await page.locator('figure.chart svg a[href="map.html"]').count()).toBe(1);
      // The run's facts, the date of the data included, are on the first page.
      expect(await page.locator('.facts dd').allTextContents()).toContain('2025-12-01');
      await shoot(page, `example-${lang}`);
      const pages = await expectCleanPrint(page, `example-${lang}`, '2025-12-01');
      expect(pages).toBeGreaterThan(2);
      expect(errors).toEqual([]);
      await page.close();
      const off = await openReport(noScript, path);
      await expectReadableOffline(off.page, lang);
      expect(off.errors).toEqual([]);
      await off.page.close();
      expect(requests.slice(before)).toEqual([]);
    });
  }
});
