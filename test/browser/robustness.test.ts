/**
 * map.html when things are unusual: hostile labels (shown literally, nothing executed), an
 * empty graph, a one-node graph, and a network larger than --map-max-nodes (banner saying what
 * was left out and where it is). Without WebGL: no-webgl.test.ts (it needs its own Chromium).
 */

import { describe, expect, it, vi } from 'vitest';
import { emptyResult, generateGraph, HOSTILE_LABELS, hostileResult, oneNodeResult, resultOf } from './fixtures.js';
import { expectClean, inkShare, nodePosition, open, screenshot, useBrowser, writeHtml, writeMap } from './harness.js';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

useBrowser();

describe('hostile labels', () => {
  it('are shown literally as text everywhere and execute nothing', async () => {
    const result = hostileResult();
    const s = await open(writeMap('hostile.html', result));
    try {
      const p = s.page;
      // The labels reach the page only as text.
      const injected = await p.evaluate(() => ({
        imgs: document.querySelectorAll('img').length,
        svgs: document.querySelectorAll('svg').length,
        bolds: document.querySelectorAll('b').length,
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        flagged: (window as unknown as { xss?: unknown }).xss ?? null,
      }));
      expect(injected).toEqual({ imgs: 0, svgs: 0, bolds: 0, scripts: 2, handlers: 0, flagged: null });
      // Side panel of the first hostile organisation: title is the literal label.
      await p.evaluate(() => window.__kisMap.app!.select(0, true));
      await expect.poll(() => p.locator('#panel-title').textContent()).toBe(HOSTILE_LABELS[0]);
      expect(await p.locator('#panel').textContent()).toContain('<img src=y onerror=alert(5)>');
      await p.evaluate(() => window.__kisMap.app!.select(1, false));
      await expect.poll(() => p.locator('#panel-title').textContent()).toBe(HOSTILE_LABELS[1]);
      expect(await p.locator('#panel').textContent()).toContain('<script>alert(6)</script>');
      // Search suggestions show the label as text.
      await p.locator('input[type=search]').fill('</script');
      await expect.poll(() => p.getByRole('option').first().textContent()).toBe(HOSTILE_LABELS[1]);
      await p.locator('input[type=search]').fill('');
      // Table rows show them as text.
      await p.getByRole('tab', { name: 'Tabel' }).click();
      const names = await p.locator('#org-table tbody th').allTextContents();
      for (const label of HOSTILE_LABELS) expect(names).toContain(label);
      // Regions in the filter list, products in the product layer's panel.
      await p.locator('details[data-group="regions"] summary').click();
      expect(await p.locator('details[data-group="regions"]').textContent()).toContain('<img src=y onerror=alert(5)>');
      await screenshot(p, 'hostile-table');
      await p.getByRole('tab', { name: 'Kaart' }).click();
      await p.locator('[data-control="products"]').check();
      await p.evaluate(() => window.__kisMap.app!.store.update({ selected: -1, selectedProduct: 0 }, 'selection'));
      await expect.poll(() => p.locator('#panel-title').textContent()).toBe('<img src=z onerror=alert(7)>');
      await p.evaluate(() => window.__kisMap.app!.select(1, true));
      await p.evaluate(() => new Promise((r) => setTimeout(r, 600)));
      await screenshot(p, 'hostile-map');
      const after = await p.evaluate(() => document.querySelectorAll('img,svg,b').length);
      expect(after).toBe(0);
      expectClean(s);
    } finally {
      await s.close();
    }
  });
});

describe('edge cases', () => {
  it('an empty graph shows a sensible page', async () => {
    const s = await open(writeMap('empty.html', emptyResult()));
    try {
      const p = s.page;
      expect(await p.locator('.map-message').textContent()).toContain('geen organisaties');
      expect(await p.locator('.summary dd').allTextContents()).toEqual(['0', '0', '0', '0']);
      await p.getByRole('tab', { name: 'Tabel' }).click();
      expect(await p.locator('#org-table tbody').textContent()).toContain('Geen organisaties zichtbaar');
      await p.locator('input[type=search]').fill('x');
      await expect.poll(() => p.locator('.suggestions').textContent()).toContain('Geen organisatie gevonden');
      await p.getByRole('tab', { name: 'Kaart' }).click();
      await screenshot(p, 'empty');
      expectClean(s);
    } finally {
      await s.close();
    }
  });

  it('a one-node graph is drawn and clickable', async () => {
    const s = await open(writeMap('one.html', oneNodeResult()));
    try {
      const p = s.page;
      expect(await p.locator('.map-message').textContent()).toContain('maar één organisatie');
      expect(await inkShare(p)).toBeGreaterThan(0.0005);
      const pos = await nodePosition(p, 'org-00000');
      await p.mouse.move(pos.x, pos.y, { steps: 3 });
      await p.mouse.click(pos.x, pos.y);
      await expect.poll(() => p.locator('#panel-title').textContent()).toBe('Stichting Alleen');
      expect(await p.locator('[data-banner="coverage"]').textContent()).toContain('geen relaties');
      await screenshot(p, 'one-node');
      expectClean(s);
    } finally {
      await s.close();
    }
  });

  it('a register without any relation shows every organisation and says the data are thin', async () => {
    const result = resultOf(generateGraph({ nodes: 40, edges: 0, seed: 4, isolates: 1 }));
    const s = await open(writeMap('register-only.html', result));
    try {
      const p = s.page;
      expect(await inkShare(p)).toBeGreaterThan(0.002);
      expect(await p.locator('[data-banner="coverage"] [data-code="no-relations"]').count()).toBe(1);
      expect(await p.locator('.visible-count').textContent()).toContain('40 van 40 organisaties en 0 relaties');
      await p.evaluate(() => window.__kisMap.app!.select(3, true));
      await expect.poll(() => p.locator('#panel').textContent()).toContain('Geen bekende relaties');
      await p.keyboard.press('Escape');
      await expect.poll(() => p.locator('#panel-title').count()).toBe(0);
      await screenshot(p, 'register-only');
      expectClean(s);
    } finally {
      await s.close();
    }
  });

  it('above --map-max-nodes, shows the most central part and says what was left out and where', async () => {
    const result = resultOf(generateGraph({ nodes: 400, edges: 1200, seed: 8, communitySize: 40 }));
    const s = await open(writeMap('capped.html', result, { mapMaxNodes: 150, outputFolderHint: 'kis-network-out' }));
    try {
      const p = s.page;
      const banner = (await p.locator('[data-banner="truncated"]').textContent())!;
      expect(banner).toContain('150 belangrijkste van 400 organisaties');
      expect(banner).toContain('250 organisaties');
      expect(banner).toContain('nodes.csv');
      expect(banner).toContain('kis-network-out');
      expect(await p.locator('.summary dd').first().textContent()).toBe('400');
      expect(await p.locator('.visible-count').textContent()).toContain('150 van 150 organisaties');
      await screenshot(p, 'capped');
      expectClean(s);
    } finally {
      await s.close();
    }
  });
});

describe('the harness', () => {
  it('records console errors, page errors, dialogs and requests per page, in one shared browser', async () => {
    const noisy = writeHtml(
      'noisy.html',
      `<!DOCTYPE html><title>noisy</title><script>console.error('boom'); alert('hi'); fetch('http://kis.invalid/x').catch(() => {}); setTimeout(() => { throw new Error('late'); });</script>`,
    );
    const quiet = writeHtml('quiet.html', '<!DOCTYPE html><title>quiet</title><p>quiet</p>');
    const a = await open(noisy, { waitReady: false });
    const b = await open(quiet, { waitReady: false });
    expect(a.context).toBe(b.context);
    await expect.poll(() => a.pageErrors.length).toBe(1);
    await expect.poll(() => a.requests).toEqual(['http://kis.invalid/x']);
    expect(a.consoleErrors[0]).toBe('boom'); // then the failed fetch's own console error
    expect(a.dialogs).toEqual(['hi']);
    expect(a.pageErrors[0]).toContain('late');
    expectClean(b);
    await a.close();
    expect(a.page.isClosed()).toBe(true);
    // b is left open on purpose: the harness closes it after the test.
  });
});
