/**
 * The map's second round in real Chromium: the layout at 1400×900, 800×900 and 390×844 (map in
 * the first screen, details in view on selection, no horizontal scroll, the controls drawer);
 * search by typo, alias and prefix; the view in the URL fragment (reload, back, `#select=ID`);
 * whole-map PNG and SVG export with title and legend; colour by a numeric attribute, by the
 * engagement shortlist and by change (a compare map made with a hand-written change block);
 * relation kinds as colours and filter; the ego filter; the table's widths and CSV download;
 * labels inside the canvas and not overlapping. Expected values come from the fixture graph.
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { engagementRows } from '../../src/export/engagement.js';
import { renderMapHtml } from '../../src/export/html/index.js';
import { EDGE_CHANGE_IDS, NODE_CHANGE_IDS, RELATION_KIND_IDS, type PayloadChange } from '../../src/export/html/payload-types.js';
import { generateGraph, resultOf } from './fixtures.js';
import { expectClean, inkOfPng, nodePosition, open, screenshot, type Session, useBrowser, writeHtml, writeMap } from './harness.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
useBrowser();

const labels: string[] = [];
labels[0] = 'Gemeente Utrecht';
labels[1] = 'Vluchtelingenwerk Midden-Nederland';
labels[3] = "Gemeente 's-Gravenhage";
labels[4] = 'Stichting Den Haag Centraal';
const graph = generateGraph({ nodes: 60, edges: 130, seed: 11, communitySize: 14, inside: 0.85, isolates: 0.07, labels });
graph.setNodeAttribute('org-00003', 'names', ['Gem. Den Haag', 'Gemeente Den Haag']);
const result = resultOf(graph);
const ids = graph.nodes();
const path = writeMap('views.html', result);

/** A compare map: node i is NODE_CHANGE_IDS[i % 4], relation j is EDGE_CHANGE_IDS[j % 4]. */
const change: PayloadChange = {
  node: ids.map((_id, i) => i % 4),
  edge: graph.edges().map((_e, j) => j % 4),
  gone: {
    organisations: [
      { id: 'old-1', label: 'Stichting Vertrokken', type: 'civil_society', region: 'Utrecht' },
      { id: 'old-2', label: 'Platform Opgeheven', type: 'other', region: '' },
    ],
    relations: [{ source: 'old-1', target: 'org-00000', sourceLabel: 'Stichting Vertrokken', targetLabel: 'Gemeente Utrecht', weight: 2 }],
  },
  waves: { old: 'meting-2024', new: 'meting-2025' },
};
const changePath = writeHtml('views-change.html', renderMapHtml(result, { lang: 'nl', mapMaxNodes: 5000, minGroupSize: 3 }, change));

function hub(): { id: string; index: number; label: string } {
  let best = ids[0]!;
  for (const n of ids) if (graph.getNodeAttribute(n, 'pagerank') > graph.getNodeAttribute(best, 'pagerank')) best = n;
  return { id: best, index: ids.indexOf(best), label: graph.getNodeAttribute(best, 'label') };
}

const state = (s: Session) =>
  s.page.evaluate(() => {
    const app = window.__kisMap.app!;
    const st = app.store.state;
    const vis = (app as unknown as { vis: { nodeCount: number; edgeCount: number } }).vis;
    return {
      selected: st.selected,
      colour: st.colour,
      edgeColour: st.edgeColour,
      view: st.view,
      nodes: vis.nodeCount,
      edges: vis.edgeCount,
    };
  });
const noHorizontalScroll = (s: Session) => s.page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
const legend = (s: Session, sel = 'ul.legend-items:not(.edges) li') =>
  s.page
    .locator(sel)
    .evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector('.legend-label')?.textContent ?? '',
        Number((li.querySelector('.count')?.textContent ?? '').replace(/\D/g, '')),
      ]),
    );
async function goto(s: Session, file: string, hash: string): Promise<void> {
  await s.page.goto(`${pathToFileURL(file).href}${hash}`);
  await s.page.waitForFunction(() => window.__kisMap?.ready === true);
}

describe('map.html, second round (Chromium)', () => {
  for (const [width, height] of [
    [1400, 900],
    [800, 900],
    [390, 844],
  ] as const) {
    it(`at ${width}×${height}: the map fills the first screen, a selection shows its details, nothing scrolls sideways`, async () => {
      const s = await open(path, { width, height });
      const map = (await s.page.locator('#sigma-container').boundingBox())!;
      expect(map.y).toBeLessThan(height * 0.25);
      expect(map.y + map.height).toBeLessThanOrEqual(height + 1);
      expect(map.height).toBeGreaterThan(height * 0.6);
      expect(map.width).toBeGreaterThan(width * (width > 1000 ? 0.5 : 0.95));
      expect(await noHorizontalScroll(s)).toBe(true);
      await screenshot(s.page, `views-${width}`);

      const h = hub();
      const pos = await nodePosition(s.page, h.id);
      await s.page.mouse.click(pos.x, pos.y);
      await expect.poll(async () => (await state(s)).selected).toBe(h.index);
      const title = s.page.locator('#panel-title');
      await expect.poll(() => title.textContent()).toBe(h.label);
      await expect.poll(() => title.isVisible()).toBe(true);
      const box = (await title.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await noHorizontalScroll(s)).toBe(true);
      await s.page.waitForTimeout(700);
      // The organisation and all its neighbours are framed in the part of the map left free by the details.
      const panel = (await s.page.locator('#panel').boundingBox())!;
      const bottom = width < 1000 ? panel.y : map.y + map.height;
      const right = width < 1000 ? map.x + map.width : Math.min(map.x + map.width, panel.x);
      for (const id of [h.id, ...graph.neighbors(h.id)]) {
        const p = await nodePosition(s.page, id);
        expect(p.x, id).toBeGreaterThanOrEqual(map.x);
        expect(p.x, id).toBeLessThanOrEqual(right);
        expect(p.y, id).toBeGreaterThanOrEqual(map.y);
        expect(p.y, id).toBeLessThanOrEqual(bottom);
      }
      await screenshot(s.page, `views-${width}-selected`);
      // Closing the details gives the map back.
      await s.page.locator('#panel .close').click();
      await expect.poll(async () => (await state(s)).selected).toBe(-1);

      if (width < 1000) {
        // The controls are a drawer: hidden until asked for, then inside the screen.
        const search = s.page.locator('input[type=search]');
        expect(await search.isVisible()).toBe(false);
        await s.page.locator('.drawer-toggle').click();
        await expect.poll(() => search.isVisible()).toBe(true);
        // It slides in (0.2 s): wait until it is in place.
        await expect.poll(async () => (await s.page.locator('#controls').boundingBox())!.x).toBeGreaterThanOrEqual(0);
        const drawer = (await s.page.locator('#controls').boundingBox())!;
        expect(drawer.x + drawer.width).toBeLessThanOrEqual(width);
        expect(await noHorizontalScroll(s)).toBe(true);
        await screenshot(s.page, `views-${width}-drawer`);
        await s.page.locator('.drawer-close').click();
        await expect.poll(() => search.isVisible()).toBe(false);
      }
      expectClean(s);
    });
  }

  it('touch at 390×844: a tap selects, a pinch zooms', async () => {
    const s = await open(path, { width: 390, height: 844 });
    const cdp = await s.page.context().newCDPSession(s.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    const h = hub();
    const pos = await nodePosition(s.page, h.id);
    await touch('touchStart', [pos]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await state(s)).selected).toBe(h.index);
    await s.page.locator('#panel .close').click();
    await s.page.locator('[data-action="fit"]').click();
    await s.page.waitForTimeout(500);
    const ratio = () => s.page.evaluate(() => window.__kisMap.app!.map!.renderer.getCamera().ratio);
    const r0 = await ratio();
    const box = (await s.page.locator('#sigma-container').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await touch('touchStart', [
      { x: cx - 20, y: cy },
      { x: cx + 20, y: cy },
    ]);
    for (let k = 1; k <= 6; k++)
      await touch('touchMove', [
        { x: cx - 20 - 15 * k, y: cy },
        { x: cx + 20 + 15 * k, y: cy },
      ]);
    await touch('touchEnd', []);
    await expect.poll(ratio).toBeLessThan(r0 * 0.6);
    expectClean(s);
  });

  it('search finds a typo, an alias and a prefix, best match first', async () => {
    const s = await open(path);
    const box = s.page.locator('input[type=search]');
    const first = () => s.page.getByRole('option').first().textContent();
    await box.fill('gemente utrect');
    await expect.poll(first).toBe('Gemeente Utrecht');
    await box.fill('den haag');
    // The alias "Gem. Den Haag" is mostly the query; "Stichting Den Haag Centraal" less so.
    await expect.poll(first).toBe("Gemeente 's-Gravenhage (ook: Gem. Den Haag)");
    expect(await s.page.getByRole('option').nth(1).textContent()).toBe('Stichting Den Haag Centraal');
    // A prefix: the start of the name as it is being typed.
    await box.fill('vluchtelingenwerk mid');
    await expect.poll(first).toBe('Vluchtelingenwerk Midden-Nederland');
    await box.fill('DEN haag');
    await expect.poll(first).toContain("Gemeente 's-Gravenhage");
    await box.press('Enter');
    await expect.poll(() => s.page.locator('#panel-title').textContent()).toBe("Gemeente 's-Gravenhage");
    expectClean(s);
  });

  it('keeps the view in the URL fragment: reload reopens it, back steps through views, #select=ID selects', async () => {
    const s = await open(path);
    const h = hub();
    await s.page.selectOption('[data-control="colour"]', 'num:rating');
    await s.page.locator('[data-filter="types"][data-value="0"]').uncheck();
    await expect.poll(() => s.page.evaluate(() => location.hash)).toContain('hide-type=');
    await s.page.evaluate((i) => window.__kisMap.app!.select(i, false), h.index);
    await s.page.locator('[data-action="ego"]').click();
    await expect.poll(() => s.page.evaluate(() => location.hash)).toContain(`ego=${h.id}`);
    await s.page.waitForTimeout(700); // a separate history step
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    await expect.poll(() => s.page.evaluate(() => location.hash)).toContain('view=table');
    const before = await state(s);
    const hash = await s.page.evaluate(() => location.hash);
    expect(hash).toContain('colour=num%3Arating');
    expect(hash).toContain(`select=${h.id}`);

    await s.page.reload();
    await s.page.waitForFunction(() => window.__kisMap?.ready === true);
    expect(await state(s)).toEqual(before);
    expect(await s.page.locator('[data-control="colour"]').inputValue()).toBe('num:rating');
    expect(await s.page.locator('[data-filter="types"][data-value="0"]').isChecked()).toBe(false);

    // Back: the step before the table.
    await s.page.goBack();
    await expect.poll(async () => (await state(s)).view).toBe('map');
    expect((await state(s)).selected).toBe(h.index);
    await s.page.goForward();
    await expect.poll(async () => (await state(s)).view).toBe('table');

    const other = ids[5]!;
    await goto(s, path, `#select=${encodeURIComponent(other)}`);
    expect((await state(s)).selected).toBe(5);
    await expect.poll(() => s.page.locator('#panel-title').textContent()).toBe(graph.getNodeAttribute(other, 'label'));
    const d = await s.page.evaluate((k) => window.__kisMap.app!.map!.renderer.getNodeDisplayData(k)?.highlighted, other);
    expect(d).toBe(true);
    expectClean(s);
  });

  it('exports the whole map as SVG and PNG with title, legend, filters and date', async () => {
    const s = await open(path);
    await s.page.locator('[data-filter="types"][data-value="0"]').uncheck();
    await expect.poll(async () => (await state(s)).nodes).toBeLessThan(graph.order);
    const visible = (await state(s)).nodes;
    const [svgDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="svg"]').click()]);
    expect(svgDl.suggestedFilename()).toBe('kis-stakeholderkaart.svg');
    const svg = readFileSync(await svgDl.path(), 'utf8');
    const parsed = await s.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: doc.documentElement.getAttribute('width'),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        organisations: doc.querySelectorAll('g.organisations circle').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBe('1400');
    expect(parsed.texts).toContain('KIS-stakeholderkaart');
    expect(parsed.texts.some((t) => t.startsWith('Legenda'))).toBe(true);
    // Every community on the map is in the legend, with its name.
    const name = result.communities[0]!.name;
    expect(parsed.texts.some((t) => t.includes(name))).toBe(true);
    expect(parsed.texts.some((t) => t.startsWith('Filters: Type ≠ overheid'))).toBe(true);
    expect(parsed.texts.some((t) => t.startsWith('Gemaakt op'))).toBe(true);
    // The whole map, not the canvas: one circle per visible organisation.
    expect(parsed.organisations).toBe(visible);

    const [pngDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="png"]').click()]);
    const png = readFileSync(await pngDl.path());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2800, 2000]);
    expect(await inkOfPng(s.page, png, 200)).toBeGreaterThan(0.005);
    // The same scene as the SVG: its texts are painted (title at the top left, legend on the right).
    const texts = await s.page.evaluate(() => window.__kisMap.app!.lastScene!.texts.map((t) => [t.text, t.x, t.y] as const));
    const title = texts.find((t) => t[0] === 'KIS-stakeholderkaart')!;
    expect(title[1]).toBeLessThan(100);
    expect(title[2]).toBeLessThan(60);
    expect(texts.find((t) => t[0].startsWith('Legenda'))![1]).toBeGreaterThan(1000);
    expectClean(s);
  });

  it('colours by a numeric attribute with a gradient legend, suppressed and missing values apart', async () => {
    const s = await open(path);
    await s.page.selectOption('[data-control="colour"]', 'num:rating');
    const published = ids.map((n) => graph.getNodeAttribute(n, 'rating_mean')).filter((v): v is number => v !== null);
    const suppressed = ids.filter((n) => graph.getNodeAttribute(n, 'rating_mean') === null && graph.getNodeAttribute(n, 'ratings') > 0);
    const ticks = s.page.locator('.gradient-ticks span');
    await expect.poll(() => ticks.count()).toBe(3);
    const fmt = (v: number) => String(v).replace('.', ',');
    expect(await ticks.first().textContent()).toBe(fmt(Math.min(...published)));
    expect(await ticks.last().textContent()).toBe(fmt(Math.max(...published)));
    expect(await legend(s)).toEqual([
      ...(suppressed.length ? [['onderdrukt', suppressed.length]] : []),
      ['geen waarde', graph.order - published.length - suppressed.length],
    ]);
    const colourOf = (id: string) => s.page.evaluate((k) => window.__kisMap.app!.map!.renderer.getNodeDisplayData(k)?.color, id);
    if (suppressed.length) expect(await colourOf(suppressed[0]!)).toBe('#7a7a7a');
    // Highest value darkest: the organisation with the top rating gets the scale's last colour.
    const best = ids.find((n) => graph.getNodeAttribute(n, 'rating_mean') === Math.max(...published))!;
    expect(await colourOf(best)).toBe('#482173');
    await screenshot(s.page, 'views-numeric');
    expectClean(s);
  });

  it('colours by the engagement shortlist and shows rank and reasons in the panel', async () => {
    const s = await open(path);
    await s.page.selectOption('[data-control="colour"]', 'engagement');
    const rows = engagementRows(result, 'nl');
    const band = (from: number, to: number) => rows.filter((r) => r.rank >= from && r.rank <= to).length;
    expect(await legend(s)).toEqual([
      ['wie betrekken: plaats 1–10', band(1, 10)],
      ['wie betrekken: plaats 11–25', band(11, 25)],
      ['wie betrekken: plaats 26 en verder', band(26, 1e9)],
      ['niet op de lijst', graph.order - rows.length],
    ]);
    const first = rows[0]!;
    expect(await s.page.evaluate((k) => window.__kisMap.app!.map!.renderer.getNodeDisplayData(k)?.color, first.id)).toBe('#B35806');
    await s.page.evaluate((i) => window.__kisMap.app!.select(i, false), ids.indexOf(first.id));
    const panel = s.page.locator('#panel [data-field="engagement"]');
    await expect.poll(() => panel.locator('.eng-rank').textContent()).toBe(`Plaats 1 van ${rows.length} op de lijst`);
    expect(await panel.locator('.eng-reasons').textContent()).toBe(first.reasons);
    // Effective size and the brokerage counts are in the panel too.
    for (const m of ['effective_size', 'brokerage_liaison']) expect(await s.page.locator(`#panel tr[data-metric="${m}"]`).count()).toBe(1);
    await screenshot(s.page, 'views-engagement');
    await s.page.locator('[data-lang="en"]').click();
    await expect.poll(() => panel.locator('.eng-reasons').textContent()).toBe(engagementRows(result, 'en')[0]!.reasons);
    expectClean(s);
  });

  it('colours relations by kind and filters them by kind', async () => {
    const s = await open(path);
    await s.page.selectOption('[data-control="edge-colour"]', 'kind');
    const kinds = graph.edges().map((e) => graph.getEdgeAttribute(e, 'relations'));
    const only = (k: string) => kinds.filter((r) => r.length === 1 && r[0] === k).length;
    const edgeLegend = await legend(s, 'ul.legend-items.edges li');
    expect(edgeLegend).toContainEqual(['samenwerking', only('collaboration')]);
    expect(edgeLegend).toContainEqual(['soort niet vastgelegd', kinds.filter((r) => r.length === 0).length]);
    await s.page.locator('details[data-group="kinds"] summary').click();
    await s.page.locator(`[data-filter="kinds"][data-value="${RELATION_KIND_IDS.indexOf('funding')}"]`).uncheck();
    await expect.poll(async () => (await state(s)).edges).toBe(graph.size - only('funding'));
    await screenshot(s.page, 'views-relation-kinds');
    expectClean(s);
  });

  it('the ego filter shows an organisation with its neighbours at one or two steps', async () => {
    const s = await open(path);
    const h = hub();
    await s.page.evaluate((i) => window.__kisMap.app!.select(i, false), h.index);
    await s.page.locator('[data-action="ego"]').click();
    const one = new Set([h.id, ...graph.neighbors(h.id)]);
    await expect.poll(async () => (await state(s)).nodes).toBe(one.size);
    const two = new Set(one);
    for (const n of one) for (const m of graph.neighbors(n)) two.add(m);
    await s.page.selectOption('[data-filter="ego-steps"]', '2');
    await expect.poll(async () => (await state(s)).nodes).toBe(two.size);
    await s.page.locator('[data-action="ego-clear"]').click();
    await expect.poll(async () => (await state(s)).nodes).toBe(graph.order);
    expectClean(s);
  });

  it('a compare map colours by change, and lists what is gone in the panel and the table', async () => {
    const s = await open(changePath);
    await s.page.selectOption('[data-control="colour"]', 'change');
    await s.page.selectOption('[data-control="edge-colour"]', 'change');
    const per = (n: number, k: number) => Array.from({ length: n }, (_x, i) => i % 4).filter((v) => v === k).length;
    const words = { new: 'nieuw', stayed: 'gelijk gebleven', stronger: 'sterker verbonden', weaker: 'zwakker verbonden' };
    expect(await legend(s)).toEqual(NODE_CHANGE_IDS.map((id, k) => [words[id], per(graph.order, k)]));
    const edgeWords = { new: 'nieuw', stronger: 'sterker', weaker: 'zwakker', same: 'gelijk' };
    expect(await legend(s, 'ul.legend-items.edges li')).toEqual(EDGE_CHANGE_IDS.map((id, k) => [edgeWords[id], per(graph.size, k)]));
    const gone = s.page.locator('#panel [data-field="gone"]');
    await expect.poll(() => gone.locator('h3').textContent()).toBe('Verdwenen sinds meting-2024');
    expect(await gone.locator('li').allTextContents()).toEqual([
      'Stichting Vertrokken',
      'Platform Opgeheven',
      'Stichting Vertrokken – Gemeente Utrecht',
    ]);
    await screenshot(s.page, 'views-change');
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    await expect.poll(() => s.page.locator('.table-view [data-field="gone"] li').count()).toBe(3);
    await s.page.evaluate(() => window.__kisMap.app!.select(1, false));
    await expect.poll(() => s.page.locator('#panel [data-field="change"]').textContent()).toBe('gelijk gebleven');
    expectClean(s);
  });

  it('the table: columns fit their headers, no details column while nothing is selected, CSV of the visible rows', async () => {
    const s = await open(path);
    await s.page.locator('[data-filter="types"][data-value="0"]').uncheck();
    await expect.poll(async () => (await state(s)).nodes).toBeLessThan(graph.order);
    const visible = (await state(s)).nodes;
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    await expect.poll(() => s.page.locator('#org-table').isVisible()).toBe(true);
    expect(await s.page.locator('#panel').isVisible()).toBe(false);
    // No header word is cut: every header button shows its whole text.
    const cut = await s.page
      .locator('#org-table thead button')
      .evaluateAll((bs) => bs.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
    expect(cut).toEqual([]);
    // The organisation column is wide enough for most names (the longest is under its 340 px cap).
    const cells = await s.page
      .locator('#org-table tbody th')
      .evaluateAll((ths) => ths.filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent));
    expect(cells).toEqual([]);
    const [dl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-action="csv"]').click()]);
    expect(dl.suggestedFilename()).toBe('kis-organisaties.csv');
    const csv = readFileSync(await dl.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines).toHaveLength(visible + 1);
    expect(lines[0]!.startsWith('Organisaties,Type,Regio,')).toBe(true);
    // Rows follow the table's order (by name) and hold no hidden type.
    expect(csv).not.toContain(',overheid,');
    await screenshot(s.page, 'views-table');
    // Selecting a row opens the details over the table.
    await s.page.locator('#org-table tbody tr[data-index] th').first().click();
    await expect.poll(() => s.page.locator('#panel').isVisible()).toBe(true);
    expectClean(s);
  });

  it('labels stay inside the canvas and do not overlap', async () => {
    const s = await open(path, { width: 800, height: 900 });
    await s.page.waitForTimeout(300);
    const { boxes, W, H } = await s.page.evaluate(() => {
      const m = window.__kisMap.app!.map!;
      const d = m.renderer.getDimensions();
      return { boxes: [...m.labels.drawn.values()], W: d.width, H: d.height };
    });
    expect(boxes.length).toBeGreaterThan(5);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(W);
      expect(b.y + b.h).toBeLessThanOrEqual(H);
    }
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        expect(p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h, `labels ${a} and ${b} overlap`).toBe(false);
      }
    expectClean(s);
  });
});
