/**
 * Opening map.html files in real headless Chromium (playwright-core + Debian's chromium,
 * launched with launchPersistentContext, since Playwright refuses --user-data-dir in launch()).
 * One Chromium per test file: `useBrowser()` launches a persistent context with a fresh
 * user-data-dir in beforeAll and closes it in afterAll; every `open()` gets its own page (closed
 * after the test at the latest) with its own record of console errors, page errors, dialogs and
 * non-file requests. Screenshots are saved to test/artifacts/. A missing Chromium fails the file
 * with one line (test/helpers/system-tools.ts).
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { AnalysisResult } from '../../src/result.js';
import { renderMapHtml } from '../../src/export/html/index.js';
import { ARTIFACTS, launch } from './chromium.js';

export { ARTIFACTS, BASE_ARGS, CHROMIUM, launch } from './chromium.js';

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
  /** Closes this session's page (the browser stays for the file's other tests). */
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Wait for window.__kisMap.ready (default true). */
  waitReady?: boolean;
}

const tmpRoot = mkdtempSync(join(tmpdir(), 'kis-map-'));

/** Writes `html` to a temporary file and returns its path. */
export function writeHtml(name: string, html: string): string {
  const path = join(tmpRoot, name);
  writeFileSync(path, html);
  return path;
}

export function writeMap(name: string, result: AnalysisResult, options: Partial<Parameters<typeof renderMapHtml>[1]> = {}): string {
  return writeHtml(name, renderMapHtml(result, { lang: 'nl', mapMaxNodes: 5000, minGroupSize: 3, ...options }));
}

/** The test file's browser (set by useBrowser) and the sessions open in it. */
let shared: BrowserContext | null = null;
const live = new Set<Session>();
/** Sessions opened by the running test (null outside tests, e.g. in beforeAll). */
let openedInTest: Session[] | null = null;

function pageOf(request: Request): Page | null {
  try {
    return request.frame().page();
  } catch {
    return null; // a service worker's request: no page
  }
}

/**
 * One Chromium for the calling test file: launched in beforeAll (with `extraArgs`), closed in
 * afterAll; pages a test opened and left open are closed after it. Call it at the top level of
 * the file, before any hook that calls open().
 */
export function useBrowser(extraArgs: string[] = []): void {
  beforeAll(async () => {
    const context = await launch(extraArgs);
    context.on('request', (r) => {
      if (r.url().startsWith('file:')) return;
      const page = pageOf(r);
      const owners = [...live].filter((s) => s.page === page);
      // A request from no session's page (a popup, a worker) counts against every open session.
      for (const s of owners.length ? owners : live) s.requests.push(r.url());
    });
    shared = context;
  });
  beforeEach(() => {
    openedInTest = [];
  });
  afterEach(async () => {
    const opened = openedInTest ?? [];
    openedInTest = null;
    for (const s of opened) await s.close();
  });
  afterAll(async () => {
    const context = shared;
    shared = null;
    live.clear();
    await context?.close();
  });
}

/** Opens a file in a new page of the file's browser and records everything that might go wrong. */
export async function open(path: string, o: OpenOptions = {}): Promise<Session> {
  const context = shared;
  if (!context) throw new Error('open() needs useBrowser() at the top of the test file');
  const page = await context.newPage();
  await page.setViewportSize({ width: o.width ?? 1400, height: o.height ?? 900 });
  const s: Session = {
    context,
    page,
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    requests: [],
    close: async () => {
      live.delete(s);
      if (!page.isClosed()) await page.close();
    },
  };
  live.add(s);
  openedInTest?.push(s);
  page.on('console', (m) => {
    if (m.type() === 'error') s.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => s.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    s.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  if (o.waitReady !== false) await page.waitForFunction(() => window.__kisMap?.ready === true, null, { timeout: 30000 });
  return s;
}

/** No console error, page error, dialog or network request happened in the session. */
export function expectClean(s: Session): void {
  expect(s.consoleErrors, 'console errors').toEqual([]);
  expect(s.pageErrors, 'page errors').toEqual([]);
  expect(s.dialogs, 'dialogs').toEqual([]);
  expect(s.requests, 'network requests').toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Viewport position of a node on the map (framed graph → viewport). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((key) => window.__kisMap.app?.position(key) ?? null, id);
  if (!pos) throw new Error(`node ${id} is not on the map`);
  const box = await page.locator('#sigma-container').boundingBox();
  return { x: box!.x + pos.x, y: box!.y + pos.y };
}

/** Share of pixels of a PNG darker than `threshold` in any channel, decoded in the page. */
export async function inkOfPng(page: Page, png: Buffer, threshold: number): Promise<number> {
  return page.evaluate(
    async ({ b64, threshold }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k]! < threshold || d[k + 1]! < threshold || d[k + 2]! < threshold) ink++;
      return ink / (d.length / 4);
    },
    { b64: png.toString('base64'), threshold },
  );
}

/** Share of non-white pixels of the map's screenshot (to tell a drawn map from a blank one). */
export async function inkShare(page: Page): Promise<number> {
  return inkOfPng(page, await page.locator('#sigma-container').screenshot(), 235);
}
