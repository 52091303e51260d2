/**
 * Opening map.html files in real headless Chromium (playwright-core + Debian's chromium,
 * launched with launchPersistentContext, since Playwright refuses --user-data-dir in launch()): a fresh user-data-dir per launch, every console error, page error, dialog and
 * non-file request recorded, and screenshots saved to test/artifacts/.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AnalysisResult } from '../../src/result.js';
import { renderMapHtml } from '../../src/export/html/index.js';

export const CHROMIUM = process.env.KIS_CHROMIUM ?? '/usr/bin/chromium';
export const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

export interface Session {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  extraArgs?: string[];
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

export async function launch(extraArgs: string[] = []): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'kis-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...BASE_ARGS, ...extraArgs],
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* a leftover temp folder is harmless */
    }
  };
  return context;
}

/** Opens a file in a fresh browser and records everything that might go wrong. */
export async function open(path: string, o: OpenOptions = {}): Promise<Session> {
  const context = await launch(o.extraArgs);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: o.width ?? 1400, height: o.height ?? 900 });
  const s: Session = {
    context,
    page,
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    requests: [],
    close: () => context.close(),
  };
  page.on('console', (m) => {
    if (m.type() === 'error') s.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => s.pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    s.dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => {
    if (!r.url().startsWith('file:')) s.requests.push(r.url());
  });
  await page.goto(pathToFileURL(path).href);
  if (o.waitReady !== false) await page.waitForFunction(() => window.__kisMap?.ready === true, null, { timeout: 30000 });
  return s;
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
