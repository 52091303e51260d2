/**
 * Launching Debian's Chromium through playwright-core: a persistent context with a fresh
 * user-data-dir (Playwright refuses --user-data-dir in launch()), removed again on close. No
 * vitest here, so the speed measurement (measure-map.ts, run outside vitest) can use it too.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, requireChromium } from '../helpers/system-tools.js';

export { CHROMIUM };
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

/** Launches Chromium with a fresh user-data-dir; fails in one line when Chromium is missing. `javaScriptEnabled: false` opens every page with scripts off. */
export async function launch(extraArgs: string[] = [], options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const executablePath = requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'kis-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: [...BASE_ARGS, ...extraArgs],
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
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
