/**
 * map.html without WebGL (Chromium with --disable-software-rasterizer and --disable-gpu): a
 * plain-words message, and the table still works. Its own file because the flag is a launch
 * argument and every test file has one Chromium (harness.ts: useBrowser).
 */

import { describe, expect, it, vi } from 'vitest';
import { smallResult } from './fixtures.js';
import { expectClean, open, screenshot, useBrowser, writeMap } from './harness.js';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

useBrowser(['--disable-software-rasterizer']);

describe('without WebGL', () => {
  it('says so in plain words, and the table still works', async () => {
    const result = smallResult();
    const s = await open(writeMap('nowebgl.html', result));
    try {
      const p = s.page;
      expect(await p.evaluate(() => window.__kisMap.app!.map)).toBeNull();
      const banner = await p.locator('[data-banner="notice"]').textContent();
      expect(banner).toContain('WebGL');
      expect(banner).toContain('tabel');
      expect(await p.locator('.map-message').textContent()).toContain('WebGL ontbreekt');
      // The table view is shown and works: rows, sorting, keyboard, panel.
      expect(await p.getByRole('tab', { name: 'Tabel' }).getAttribute('aria-selected')).toBe('true');
      expect(await p.locator('#org-table').getAttribute('aria-rowcount')).toBe(String(result.graph.order + 1));
      await p.locator('thead button[data-col="pagerank"]').click();
      const first = Number(await p.locator('#org-table tbody tr[data-index]').first().getAttribute('data-index'));
      const pr = result.graph.nodes().map((n) => result.graph.getNodeAttribute(n, 'pagerank'));
      expect(pr[first]).toBe(Math.max(...pr));
      await p.locator('#org-table').focus();
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      const second = Number(await p.locator('#org-table tr.active').getAttribute('data-index'));
      await expect
        .poll(() => p.locator('#panel-title').textContent())
        .toBe(result.graph.getNodeAttribute(result.graph.nodes()[second]!, 'label'));
      // Filters still drive the table; search still opens the panel.
      await p.locator('[data-filter="types"]').first().uncheck();
      await expect.poll(() => p.locator('#org-table').getAttribute('aria-rowcount')).not.toBe(String(result.graph.order + 1));
      await p.locator('input[type=search]').fill('Gemeente Utrecht');
      await p.locator('input[type=search]').press('Enter');
      await expect.poll(() => p.locator('#panel-title').textContent()).toBe('Gemeente Utrecht');
      // Map-only buttons are disabled, not broken.
      expect(await p.locator('[data-action="png"]').isDisabled()).toBe(true);
      await screenshot(p, 'no-webgl');
      expectClean(s);
    } finally {
      await s.close();
    }
  });
});
