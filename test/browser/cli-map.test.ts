/**
 * The real thing: `kis-network analyse` on the bundled example (needs `npm run build` first,
 * which `npm test` does; without dist/ the test fails and says so), then its map.html in Chromium. Two runs give the same bytes.
 */

import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open, screenshot, useBrowser } from './harness.js';

vi.setConfig({ testTimeout: 180_000 });

useBrowser();

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'dist/cli/run.js')) && existsSync(join(root, 'dist/viewer.iife.js'));

function analyse(): { dir: string; html: string; summary: { graph: { nodes: number; edges: number } } } {
  const dir = mkdtempSync(join(tmpdir(), 'kis-cli-map-'));
  execFileSync(process.execPath, [join(root, 'bin/kis-network.js'), 'analyse', '--out', join(dir, 'out'), '--quiet'], {
    cwd: dir,
    stdio: 'pipe',
  });
  return {
    dir,
    html: join(dir, 'out', 'map.html'),
    summary: JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')),
  };
}

describe('kis-network analyse → map.html', () => {
  it('opens the map of the bundled example, offline and without errors, the same bytes every run', async () => {
    if (!built) throw new Error('dist/ is not built: run `npm run build` (npm test does it) before this test');
    const a = analyse();
    const b = analyse();
    try {
      const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
      expect(hash(a.html)).toBe(hash(b.html));
      const s = await open(a.html);
      try {
        const figures = await s.page.locator('.summary dd').allTextContents();
        expect(figures[0]).toBe(a.summary.graph.nodes.toLocaleString('nl-NL'));
        expect(figures[1]).toBe(a.summary.graph.edges.toLocaleString('nl-NL'));
        expect(await s.page.locator('[data-banner="example"]').count()).toBe(1);
        await s.page.locator('input[type=search]').fill('gemeente');
        await s.page.locator('input[type=search]').press('Enter');
        await expect.poll(() => s.page.locator('#panel-title').textContent()).toMatch(/Gemeente/);
        await s.page.waitForTimeout(600);
        await screenshot(s.page, 'cli-example');
        expect(s.consoleErrors).toEqual([]);
        expect(s.pageErrors).toEqual([]);
        expect(s.requests).toEqual([]);
      } finally {
        await s.close();
      }
    } finally {
      rmSync(a.dir, { recursive: true, force: true });
      rmSync(b.dir, { recursive: true, force: true });
    }
  });
});
