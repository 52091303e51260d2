/**
 * `kis-network compare data data/2024` (the built CLI; npm test builds first), then its map.html
 * in Chromium: the change colour mode colours the new organisations and the new, stronger and
 * weaker relations as the generator planted them, and what is gone is listed in the side panel
 * and under the table.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateWave2024 } from '../../scripts/generate-example.mjs';
import { open, type Session, screenshot, useBrowser } from './harness.js';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

useBrowser();

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist/cli/run.js')) && existsSync(join(root, 'dist/viewer.iife.js'));
const dir = mkdtempSync(join(tmpdir(), 'kis-compare-map-'));
let s: Session;

beforeAll(async () => {
  if (!built) throw new Error('dist/ is not built: run `npm run build` (npm test does it) before this test');
  execFileSync(
    process.execPath,
    [join(root, 'bin/kis-network.js'), 'compare', 'data', 'data/2024', '--out', join(dir, 'out'), '--lang', 'en', '-q'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  s = await open(join(dir, 'out', 'map.html'));
});

afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const legend = async () => {
  const labels = await s.page.locator('ul.legend-items:not(.edges) .legend-label').allTextContents();
  const counts = await s.page.locator('ul.legend-items:not(.edges) .count').allTextContents();
  return Object.fromEntries(labels.map((l, i) => [l, Number(counts[i]!.replace(/,/g, ''))]));
};

const nodeColour = (id: string) => s.page.evaluate((key) => window.__kisMap.app!.map!.renderer.getNodeDisplayData(key)?.color ?? null, id);

describe('compare map.html', () => {
  it('colours organisations by change: the planted new ones blue, with counts in the legend', async () => {
    const { expected } = generateWave2024();
    await s.page.locator('[data-control="colour"]').selectOption('change');
    await expect.poll(() => s.page.locator('ul.legend-items:not(.edges)').getAttribute('data-mode')).toBe('change');
    const counts = await legend();
    expect(counts.new).toBe(expected.organisations.new.length);
    expect((counts['stayed the same'] ?? 0) + (counts['more strongly connected'] ?? 0) + (counts['less strongly connected'] ?? 0)).toBe(
      309,
    );
    for (const id of expected.organisations.new) expect((await nodeColour(id))?.toLowerCase()).toBe('#0072b2');
    await screenshot(s.page, 'compare-change');
    expect(s.consoleErrors).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.requests).toEqual([]);
  });

  it('colours relations by change, as many new, stronger and weaker as planted', async () => {
    const { expected } = generateWave2024();
    await s.page.locator('[data-control="edge-colour"]').selectOption('change');
    await expect.poll(async () => (await s.page.locator('.legend').textContent()) ?? '').toContain('stronger');
    const items = await s.page.locator('.legend li').allTextContents();
    const count = (label: string) => {
      const item = items.find((t) => t.startsWith(label));
      return item === undefined ? undefined : Number(item.slice(label.length).replace(/,/g, ''));
    };
    expect(count('stronger')).toBe(expected.relations.stronger.length);
    expect(count('weaker')).toBe(expected.relations.weaker.length);
  });

  it('lists what is gone in the side panel and under the table', async () => {
    const { expected, planted } = generateWave2024();
    const panel = s.page.locator('.panel [data-field="gone"], [data-field="gone"]').first();
    await expect.poll(() => panel.textContent()).toContain('Gone since data');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(`${expected.organisations.gone.length} organisations`);
    expect(text).toContain(`${expected.relations.gone.length} relations`);
    for (const name of [...planted.left, planted.renamed[0]]) expect(text).toContain(name);
    await s.page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => s.page.locator('#org-table').isVisible()).toBe(true);
    const underTable = s.page.locator('[data-field="gone"]:visible');
    await expect.poll(() => underTable.count()).toBeGreaterThan(0);
    expect(await underTable.first().textContent()).toContain(planted.left[0]!);
    await screenshot(s.page, 'compare-gone-table');
    expect(s.pageErrors).toEqual([]);
  });
});
