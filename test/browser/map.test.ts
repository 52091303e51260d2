/**
 * map.html in real headless Chromium: rendering, search, hover, click → side panel, colour and
 * size modes, every filter, products layer, table view (sorting, keyboard), PNG export,
 * language switch, zoom/fit/labels; no network requests and no console errors throughout.
 */

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { smallResult } from './fixtures.js';
import { inkOfPng, inkShare, nodePosition, open, screenshot, useBrowser, writeMap, type Session } from './harness.js';
import type { AnalysisResult } from '../../src/result.js';
import { NUMERIC_METRICS } from '../../src/export/html/payload-types.js';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

// One Chromium for the file; the tests below share one page, opened in beforeAll (they walk
// through the map step by step), and the language test opens a second page of its own.
useBrowser();

let s: Session;
let result: AnalysisResult;
let path: string;

const state = () =>
  s.page.evaluate(() => {
    const app = window.__kisMap.app!;
    const st = app.store.state;
    const vis = (app as unknown as { vis: { nodeCount: number; edgeCount: number } }).vis;
    return {
      hovered: st.hovered,
      selected: st.selected,
      lang: st.lang,
      view: st.view,
      colour: st.colour,
      size: st.size,
      nodes: vis.nodeCount,
      edges: vis.edgeCount,
    };
  });
const display = (id: string) =>
  s.page.evaluate((key) => {
    const r = window.__kisMap.app!.map!.renderer;
    return r.getNodeDisplayData(key) ?? null;
  }, id);
/** Opens the map afresh, without the view the previous steps left in the URL fragment. */
async function reload(): Promise<void> {
  await s.page.goto(pathToFileURL(path).href);
  await s.page.waitForFunction(() => window.__kisMap?.ready === true);
}
/** Labels the label layer drew in its last frame (organisation indices). */
const labelled = () => s.page.evaluate(() => [...window.__kisMap.app!.map!.labels.drawn.keys()]);
/** Waits until sigma has drawn the latest change. */
const frames = () => s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The best-connected organisation: big, easy to hit with the mouse. */
function hub(): { id: string; index: number; label: string } {
  const g = result.graph;
  let best = '';
  g.forEachNode((n, a) => {
    if (!best || a.pagerank > g.getNodeAttribute(best, 'pagerank')) best = n;
  });
  return { id: best, index: g.nodes().indexOf(best), label: g.getNodeAttribute(best, 'label') };
}

beforeAll(async () => {
  result = smallResult();
  path = writeMap('small.html', result);
  s = await open(path);
});

afterAll(async () => {
  if (!s) return; // the page never opened: beforeAll has already failed and said why
  expect(s.consoleErrors, 'console errors').toEqual([]);
  expect(s.pageErrors, 'page errors').toEqual([]);
  expect(s.dialogs, 'dialogs').toEqual([]);
  expect(s.requests, 'network requests').toEqual([]);
  await s.close();
});

describe('map.html (small graph, Chromium)', () => {
  it('renders a non-blank map with the header summary', async () => {
    expect(await s.page.locator('#sigma-container canvas').count()).toBeGreaterThanOrEqual(6);
    expect(await inkShare(s.page)).toBeGreaterThan(0.01);
    const figures = await s.page.locator('.summary dd').allTextContents();
    expect(figures[0]).toBe(String(result.graph.order));
    expect(figures[1]).toBe(String(result.graph.size));
    await expect(s.page.locator('.params').textContent()).resolves.toContain('startgetal 42');
    await screenshot(s.page, 'small-initial');
  });

  it('has a Content-Security-Policy that forbids network access, and no request was made', async () => {
    const csp = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(s.requests).toEqual([]);
  });

  it('search: suggestions, then Enter centres, highlights and opens the side panel', async () => {
    const h = hub();
    const box = s.page.locator('input[type=search]');
    await box.fill(h.label.slice(0, Math.min(8, h.label.length)).toLowerCase());
    const options = s.page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const texts = await options.allTextContents();
    expect(texts.some((t) => t === h.label)).toBe(true);
    // Choose our hub with the arrow keys.
    const k = texts.indexOf(h.label);
    for (let i = 0; i < k; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => s.page.locator('#panel-title').textContent()).toBe(h.label);
    await expect.poll(async () => (await state()).selected).toBe(h.index);
    await s.page.waitForTimeout(700);
    // The camera frames the organisation with all its neighbours: every one of them is in view.
    const frame = (await s.page.locator('#sigma-container').boundingBox())!;
    for (const id of [h.id, ...result.graph.neighbors(h.id)]) {
      const p = await nodePosition(s.page, id);
      expect(p.x, id).toBeGreaterThanOrEqual(frame.x);
      expect(p.x, id).toBeLessThanOrEqual(frame.x + frame.width);
      expect(p.y, id).toBeGreaterThanOrEqual(frame.y);
      expect(p.y, id).toBeLessThanOrEqual(frame.y + frame.height);
    }
    const d = await display(h.id);
    expect(d?.highlighted).toBe(true);
    // It is labelled, and so are neighbours.
    await expect.poll(labelled).toContain(h.index);
    expect((await labelled()).length).toBeGreaterThan(3);
    await frames();
    await screenshot(s.page, 'small-search');
  });

  it('hover labels an organisation and its neighbours and veils the rest, on the label layer only', async () => {
    await reload();
    const h = hub();
    const g = result.graph;
    const veil = () =>
      s.page.evaluate(() => {
        // The label layer's pixel in a corner: the white veil covers the whole layer while hovering.
        const c = window.__kisMap.app!.map!.renderer.getCanvases().kisLabels!;
        return c.getContext('2d')!.getImageData(2, c.height - 3, 1, 1).data[3]!;
      });
    expect(await veil()).toBe(0);
    const pos = await nodePosition(s.page, h.id);
    await s.page.mouse.move(pos.x - 30, pos.y - 30);
    await s.page.mouse.move(pos.x, pos.y, { steps: 4 });
    await expect.poll(async () => (await state()).hovered).toBe(h.index);
    await expect.poll(veil).toBeGreaterThan(100);
    const shown = await labelled();
    expect(shown).toContain(h.index);
    // Only the hovered organisation and its neighbours are labelled; neighbours that do not get a
    // label (no free spot, or more than the cap) are counted in "+N more".
    const nbs = new Set(g.neighbors(h.id).map((n) => g.nodes().indexOf(n)));
    for (const i of shown) if (i !== h.index) expect(nbs.has(i)).toBe(true);
    const more = await s.page.evaluate(() => window.__kisMap.app!.map!.labels.moreLabel);
    const unlabelled = nbs.size - (shown.length - 1);
    expect(more).toBe(unlabelled > 0 ? `+${unlabelled} meer` : '');
    // The WebGL layers are not redrawn: nothing is dimmed by the reducers.
    const stranger = g.nodes().find((n) => n !== h.id && !g.areNeighbors(n, h.id))!;
    expect((await display(stranger))?.color).not.toBe('#E4E4E4');
    await frames();
    await screenshot(s.page, 'small-hover');
    await s.page.mouse.move(5, 5);
    await expect.poll(async () => (await state()).hovered).toBe(-1);
    await expect.poll(veil).toBe(0);
  });

  it('click opens the side panel with type, region, themes, community, role, metrics, relations and survey figures', async () => {
    const h = hub();
    const pos = await nodePosition(s.page, h.id);
    await s.page.mouse.move(pos.x, pos.y, { steps: 3 });
    await s.page.mouse.click(pos.x, pos.y);
    await expect.poll(() => s.page.locator('#panel-title').textContent()).toBe(h.label);
    const panel = s.page.locator('#panel');
    const text = (await panel.textContent())!;
    const a = result.graph.getNodeAttributes(h.id);
    for (const word of [
      'Type',
      'Regio',
      'Thema',
      'Gemeenschap',
      'Rol',
      'PageRank',
      'Tussenpositie',
      'Relaties',
      'Contactmomenten met KIS',
      'Respondenten',
    ])
      expect(text).toContain(word);
    if (a.region) expect(text).toContain(a.region);
    // The community by number and name (communities.csv `name`).
    expect(text).toContain(`${a.community} · ${result.communities.find((c) => c.community === a.community)!.name}`);
    // Every numeric metric of the registry has a row with a plain-language explanation.
    const explains = await panel.locator('table.metrics td.explain').allTextContents();
    expect(explains.length).toBe(NUMERIC_METRICS.length);
    for (const e of explains) expect(e.length).toBeGreaterThan(20);
    // Relations: one button per neighbour, with weight and sources; clicking one moves the panel.
    const rel = panel.locator('ul.relations li');
    expect(await rel.count()).toBe(Math.min(40, result.graph.degree(h.id)));
    await expect.poll(() => rel.first().textContent()).toContain('sterkte');
    expect(await rel.first().textContent()).toMatch(/interview|enquête/);
    const first = rel.first().locator('button');
    const target = await first.textContent();
    await screenshot(s.page, 'small-panel');
    await first.click();
    await expect.poll(() => s.page.locator('#panel-title').textContent()).toBe(target!);
  });

  it('shows a suppressed rating as "suppressed" and a published one as a number', async () => {
    const g = result.graph;
    const sup = g.nodes().find((n) => g.getNodeAttribute(n, 'rating_mean') === null && g.getNodeAttribute(n, 'ratings') > 0)!;
    const pub = g.nodes().find((n) => g.getNodeAttribute(n, 'rating_mean') !== null)!;
    expect(sup && pub).toBeTruthy();
    await s.page.evaluate((i) => window.__kisMap.app!.select(i, false), g.nodes().indexOf(sup));
    await expect.poll(() => s.page.locator('#panel [data-field="rating"]').textContent()).toBe('onderdrukt: minder dan 3 cijfers');
    await s.page.evaluate((i) => window.__kisMap.app!.select(i, false), g.nodes().indexOf(pub));
    const shown = await s.page.locator('#panel [data-field="rating"]').textContent();
    expect(shown).toBe(String(g.getNodeAttribute(pub, 'rating_mean')).replace('.', ','));
  });

  it('colours by community, type, region and role, with a legend that follows and counts', async () => {
    await reload();
    const id = hub().id;
    const seen = new Map<string, string>();
    for (const mode of ['type', 'region', 'role', 'community'] as const) {
      await s.page.selectOption('select[data-control="colour"]', mode);
      await expect.poll(async () => (await state()).colour).toBe(mode);
      await expect.poll(() => s.page.locator('ul.legend-items').getAttribute('data-mode')).toBe(mode);
      const counts = (await s.page.locator('ul.legend-items .count').allTextContents()).map(Number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(result.graph.order);
      seen.set(mode, (await s.page.locator('ul.legend-items .legend-label').allTextContents()).join('|'));
      const color = (await display(id))?.color;
      expect(color).toMatch(/^#[0-9A-F]{6}$/i);
      await screenshot(s.page, `small-colour-${mode}`);
    }
    expect(seen.get('type')).toContain('overheid');
    expect(seen.get('role')).toMatch(/kern|makelaar|periferie/);
    expect(seen.get('community')).toContain(`0 · ${result.communities[0]!.name}`);
    expect(new Set(seen.values()).size).toBe(4);
  });

  it('sizes by degree, strength, betweenness, PageRank, eigenvector and KIS contacts', async () => {
    const g = result.graph;
    const ids = g.nodes();
    for (const mode of ['degree', 'strength', 'betweenness', 'eigenvector', 'kis', 'pagerank'] as const) {
      await s.page.selectOption('select[data-control="size"]', mode);
      await expect.poll(async () => (await state()).size).toBe(mode);
      const sizes = await s.page.evaluate(
        (keys) => keys.map((k) => window.__kisMap.app!.map!.renderer.getNodeDisplayData(k)?.size ?? 0),
        ids,
      );
      const attr = mode === 'kis' ? 'kis_contacts' : mode;
      const values = ids.map((n) => (g.getNodeAttribute(n, attr) as number | null) ?? 0);
      const top = values.indexOf(Math.max(...values));
      const bottom = values.indexOf(Math.min(...values));
      expect(sizes[top]!).toBeGreaterThan(sizes[bottom]!);
      expect(Math.max(...sizes)).toBe(sizes[top]);
      await expect
        .poll(() => s.page.locator('.size-legend').textContent())
        .toContain((await s.page.locator('select[data-control="size"] option:checked').textContent())!);
    }
  });

  it('every filter changes what is visible', async () => {
    const g = result.graph;
    const base = await state();
    expect(base.nodes).toBe(g.order);
    expect(base.edges).toBe(g.size);
    const check = async (label: string, act: () => Promise<void>, expectChange: (st: Awaited<ReturnType<typeof state>>) => boolean) => {
      await act();
      await expect.poll(async () => expectChange(await state()), { message: label }).toBe(true);
      await reload();
    };
    // Type: untick the first type.
    await check(
      'type',
      async () => {
        await s.page.locator('[data-filter="types"]').first().uncheck();
      },
      (st) => st.nodes < g.order,
    );
    // Region (collapsed group: open it first).
    await check(
      'region',
      async () => {
        await s.page.locator('details[data-group="regions"] summary').click();
        await s.page.locator('[data-filter="regions"]').first().uncheck();
      },
      (st) => st.nodes < g.order,
    );
    // Community: "none" then re-tick community 0 only.
    await check(
      'community',
      async () => {
        await s.page.locator('details[data-group="communities"] summary').click();
        await s.page.locator('details[data-group="communities"] .allnone button').nth(1).click();
        await s.page.locator('[data-filter="communities"][data-value="0"]').check();
      },
      (st) => st.nodes === g.filterNodes((_n, a) => a.community === 0).length,
    );
    // Theme.
    await check(
      'theme',
      async () => {
        await s.page.selectOption('[data-filter="theme"]', { index: 1 });
      },
      (st) => st.nodes < g.order && st.nodes > 0,
    );
    // Source of evidence: interviews off.
    const surveyOnly = g.filterEdges((_e, a) => a.sources.includes('survey')).length;
    await check(
      'source',
      async () => {
        await s.page.locator('[data-filter="source"][data-value="interview"]').uncheck();
      },
      (st) => st.edges === surveyOnly,
    );
    // Minimum weight.
    const heavy = g.filterEdges((_e, a) => a.weight >= 3).length;
    await check(
      'min weight',
      async () => {
        await s.page.locator('[data-filter="min-weight"]').evaluate((el: HTMLInputElement) => {
          el.value = '3';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
      },
      (st) => st.edges === heavy,
    );
    // At least two sources (independent informants).
    const two = g.filterEdges((_e, a) => a.interviews + a.respondents >= 2).length;
    await check(
      'two sources',
      async () => {
        await s.page.locator('[data-filter="two-sources"]').check();
      },
      (st) => st.edges === two,
    );
  });

  it('a filtered-out organisation is hidden on the map and in the table', async () => {
    await s.page.locator('[data-filter="types"]').first().uncheck();
    await expect.poll(async () => (await state()).nodes).toBeLessThan(result.graph.order);
    const typeId = result.graph.getNodeAttribute(
      result.graph.nodes().find((n) => result.graph.getNodeAttribute(n, 'type') === 'government')!,
      'type',
    );
    const hidden = result.graph.nodes().find((n) => result.graph.getNodeAttribute(n, 'type') === typeId)!;
    expect((await display(hidden))?.hidden).toBe(true);
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    const rows = await s.page
      .locator('#org-table tbody tr[data-index]')
      .evaluateAll((trs) => trs.map((t) => Number(t.getAttribute('data-index'))));
    expect(rows).not.toContain(result.graph.nodes().indexOf(hidden));
    await screenshot(s.page, 'small-filtered-table');
    await reload();
  });

  it('shows and hides the products layer', async () => {
    const before = await s.page.evaluate(
      () => window.__kisMap.app!.map!.renderer.getNodeDisplayData(window.__kisMap.app!.productKey(0))?.hidden,
    );
    expect(before).toBe(true);
    await s.page.locator('[data-control="products"]').check();
    await expect
      .poll(() => s.page.evaluate(() => window.__kisMap.app!.map!.renderer.getNodeDisplayData(window.__kisMap.app!.productKey(0))?.hidden))
      .toBe(false);
    await expect.poll(() => s.page.locator('ul.legend-items').textContent()).toContain('Kennisproduct');
    await frames();
    await screenshot(s.page, 'small-products');
    await s.page.locator('[data-control="products"]').uncheck();
    await expect
      .poll(() => s.page.evaluate(() => window.__kisMap.app!.map!.renderer.getNodeDisplayData(window.__kisMap.app!.productKey(0))?.hidden))
      .toBe(true);
  });

  it('zoom in, zoom out, fit and the label toggle work', async () => {
    const ratio = () => s.page.evaluate(() => window.__kisMap.app!.map!.renderer.getCamera().ratio);
    const r0 = await ratio();
    await s.page.locator('[data-action="zoom-in"]').click();
    await expect.poll(ratio).toBeLessThan(r0);
    await s.page.locator('[data-action="zoom-out"]').click();
    await s.page.locator('[data-action="zoom-out"]').click();
    await expect.poll(ratio).toBeGreaterThan(r0);
    await s.page.locator('[data-action="fit"]').click();
    await expect.poll(ratio).toBeCloseTo(1, 5);
    const index = hub().index;
    await expect.poll(labelled).toContain(index);
    await s.page.locator('[data-action="labels"]').click();
    await expect.poll(() => s.page.locator('[data-action="labels"]').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(labelled).toEqual([]);
    await s.page.locator('[data-action="labels"]').click();
    await expect.poll(labelled).toContain(index);
  });

  it('exports the whole map as a PNG file at twice its size', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="png"]').click()]);
    expect(download.suggestedFilename()).toBe('kis-stakeholderkaart.png');
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    // IHDR: width and height, big-endian, at bytes 16 and 20 — the 1400 × 1000 picture at 2×.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2800, 2000]);
    // The PNG is not blank: decode it in the page and count ink.
    const ink = await inkOfPng(s.page, bytes, 200);
    expect(ink).toBeGreaterThan(0.005);
  });

  it('table view: sortable by any column, keyboard-navigable, opens details', async () => {
    await reload();
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    const table = s.page.locator('#org-table');
    await expect.poll(() => table.isVisible()).toBe(true);
    // Every visible organisation is a row (rendered on demand: only those in view are in the DOM).
    expect(await table.getAttribute('aria-rowcount')).toBe(String(result.graph.order + 1));
    await expect.poll(() => table.locator('caption').textContent()).toContain(`${result.graph.order} zichtbare organisaties`);
    expect(await table.locator('tbody tr[data-index]').count()).toBeGreaterThan(10);
    // Sorted by name by default.
    const names = await table.locator('tbody tr[data-index] th').allTextContents();
    const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    // Every column header sorts.
    const headers = table.locator('thead th button');
    const n = await headers.count();
    expect(n).toBeGreaterThanOrEqual(12);
    for (let c = 0; c < n; c++) {
      const col = await headers.nth(c).getAttribute('data-col');
      await headers.nth(c).click();
      await expect.poll(() => table.locator('thead th').nth(c).getAttribute('aria-sort')).toMatch(/ascending|descending/);
      expect(await table.locator('thead th[aria-sort="none"]').count(), `only ${col} is sorted`).toBe(n - 1);
    }
    // Degree, descending on first click.
    await table.locator('thead button[data-col="degree"]').click();
    await expect.poll(() => table.locator('thead button[data-col="degree"]').locator('..').getAttribute('aria-sort')).toBe('descending');
    const degCol = await table.locator('thead th').evaluateAll((ths) => ths.findIndex((t) => t.querySelector('[data-col="degree"]')));
    const degrees = (await table.locator(`tbody tr[data-index] > :nth-child(${degCol + 1})`).allTextContents()).map(Number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    await table.locator('thead button[data-col="degree"]').click();
    await expect.poll(() => table.locator('thead button[data-col="degree"]').locator('..').getAttribute('aria-sort')).toBe('ascending');
    // Keyboard: focus the grid, move down twice, Enter opens that organisation.
    await table.focus();
    await s.page.keyboard.press('Home');
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('ArrowDown');
    const active = await s.page.evaluate(() =>
      (window.__kisMap.app as unknown as { table: { activeIndex(): number } }).table.activeIndex(),
    );
    await expect.poll(() => table.locator('tr.active').getAttribute('data-index')).toBe(String(active));
    expect(await table.getAttribute('aria-activedescendant')).toBe('org-row-2');
    await s.page.keyboard.press('Enter');
    await expect
      .poll(() => s.page.locator('#panel-title').textContent())
      .toBe(result.graph.getNodeAttribute(result.graph.nodes()[active]!, 'label'));
    await s.page.keyboard.press('End');
    await expect.poll(() => table.locator('tr.active').getAttribute('aria-rowindex')).toBe(String(result.graph.order + 1));
    await screenshot(s.page, 'small-table');
  });

  it('switches language in the page (nl ↔ en)', async () => {
    await reload();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('KIS-stakeholderkaart');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await s.page.locator('[data-lang="en"]').click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('KIS stakeholder map');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => s.page.getByRole('tab', { name: 'Table' }).isVisible()).toBe(true);
    await expect.poll(() => s.page.locator('label', { hasText: 'Colour by' }).isVisible()).toBe(true);
    await expect.poll(() => s.page.locator('ul.legend-items').textContent()).toContain(`0 · ${result.communities[0]!.name}`);
    await expect.poll(() => s.page.locator('.summary').textContent()).toContain('Organisations');
    await s.page.evaluate(() => window.__kisMap.app!.select(0, false));
    await expect.poll(() => s.page.locator('#panel').textContent()).toContain('Position in the network');
    await screenshot(s.page, 'small-english');
    await s.page.locator('[data-lang="nl"]').click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('KIS-stakeholderkaart');
    await expect.poll(() => s.page.locator('#panel').textContent()).toContain('Positie in het netwerk');
  });

  it('is generated in the language of --lang', async () => {
    const en = writeMap('small-en.html', result, { lang: 'en' });
    const t = await open(en);
    try {
      await expect.poll(() => t.page.locator('h1').textContent()).toBe('KIS stakeholder map');
      expect(await t.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(t.consoleErrors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
