/**
 * Measures the map (not a test): layout time, map.html size and render time, and in headless
 * Chromium (Debian's, with the flags in harness.ts) the time to first render and to interactive, plus
 * hover and search response, for a small (~60) and the medium (10,000 / 50,000) graph.
 * Run with `node test/browser/measure-map.mjs [runs] [--large]` (--large adds 20,000 / 100,000);
 * prints a table and writes
 * test/artifacts/measure-map.json.
 *
 * Definitions (all from navigation start, medians over the runs):
 *  - first render: sigma has drawn its first frame (commands issued) — `timings.firstRender`;
 *  - interactive: the page has presented that frame and every control, the table and the
 *    search are wired — `timings.interactive` (first animation frame + task after start-up);
 *  - ready (wall): from `page.goto()` to the ready flag, as the user waits;
 *  - hover: mouse moved onto the most central organisation → highlight drawn (two frames later);
 *  - hover frames: the mouse moves over the 12 most central organisations in turn (each hover
 *    drawn on the label layer only); the time the page spends on each hover update (median and
 *    max) and the 95th percentile of the intervals between animation frames while it does;
 *  - search: typed text → suggestions shown.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateGraph, resultOf, smallResult } from './fixtures.js';
import { ARTIFACTS, launch } from './chromium.js';
import { renderMapHtml } from '../../src/export/html/index.js';
import { layoutGraph } from '../../src/layout/index.js';
import type { AnalysisResult } from '../../src/result.js';

const RUNS = Number(process.argv[2] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  name: string;
  nodes: number;
  edges: number;
  shownNodes: number;
  layoutMs: number | null;
  htmlMs: number | null;
  fileBytes: number;
  payloadBytes: number;
  firstRenderMs: number;
  interactiveMs: number;
  readyWallMs: number;
  hoverMs: number;
  hoverUpdateMs: number;
  hoverUpdateMaxMs: number;
  hoverFrameP95Ms: number;
  searchMs: number;
  tableSortMs: number;
}

async function measure(name: string, result: AnalysisResult, layoutMs: number | null, mapMaxNodes: number): Promise<Row> {
  const t = performance.now();
  const html = renderMapHtml(result, { lang: 'nl', mapMaxNodes, minGroupSize: 3 });
  const htmlMs = performance.now() - t;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `measure-${name}.html`);
  writeFileSync(file, html);
  return measureFile(name, file, { nodes: result.graph.order, edges: result.graph.size, layoutMs, htmlMs });
}

/** Measure a map.html on disk (also one written by `kis-network analyse`). */
async function measureFile(
  name: string,
  file: string,
  meta: { nodes: number; edges: number; layoutMs: number | null; htmlMs: number | null },
): Promise<Row> {
  let t: number;
  const html = readFileSync(file, 'utf8');
  const island = html.match(/id="kis-data">([\s\S]*?)<\/script>/)![1]!;
  const shownNodes = (JSON.parse(island) as { nodes: { id: string[] } }).nodes.id.length;
  const first: number[] = [];
  const inter: number[] = [];
  const wall: number[] = [];
  const hover: number[] = [];
  const hoverUpdate: number[] = [];
  const hoverUpdateMax: number[] = [];
  const hoverFrame: number[] = [];
  const search: number[] = [];
  const sort: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const ctx = await launch();
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.setViewportSize({ width: 1400, height: 900 });
      t = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => window.__kisMap?.ready === true, null, { timeout: 120_000, polling: 10 });
      wall.push(performance.now() - t);
      const tm = await page.evaluate(() => window.__kisMap.timings);
      first.push(tm.firstRender ?? NaN);
      inter.push(tm.interactive ?? NaN);
      // Hover the most central organisation.
      const target = await page.evaluate(() => {
        const app = window.__kisMap.app!;
        const pr = app.model.p.nodes.metrics.pagerank as number[];
        let best = 0;
        pr.forEach((v, i) => {
          if (v > pr[best]!) best = i;
        });
        return { id: app.model.p.nodes.id[best]!, index: best, pos: app.position(app.model.p.nodes.id[best]!) };
      });
      const box = (await page.locator('#sigma-container').boundingBox())!;
      await page.mouse.move(box.x + 5, box.y + 5);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      t = performance.now();
      await page.mouse.move(box.x + target.pos!.x, box.y + target.pos!.y);
      await page.waitForFunction(() => window.__kisMap.app!.store.state.hovered >= 0, null, { timeout: 60_000, polling: 5 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      hover.push(performance.now() - t);
      await page.mouse.move(box.x + 5, box.y + 5);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // Hover frames: the 12 most central organisations in turn, frame intervals recorded meanwhile.
      const targets = await page.evaluate(() => {
        const app = window.__kisMap.app!;
        const pr = app.model.p.nodes.metrics.pagerank as number[];
        const order = pr.map((_v, i) => i).sort((a, b) => (pr[b] ?? 0) - (pr[a] ?? 0));
        const w = window as unknown as { __hover: number[]; __frames: number[]; __stop: boolean };
        w.__hover = [];
        w.__frames = [];
        w.__stop = false;
        const map = app.map!;
        const orig = map.hoverChanged.bind(map);
        map.hoverChanged = () => {
          const t0 = performance.now();
          orig();
          w.__hover.push(performance.now() - t0);
        };
        let last = performance.now();
        const tick = (now: number) => {
          w.__frames.push(now - last);
          last = now;
          if (!w.__stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        return order.slice(0, 12).map((i) => app.position(app.model.p.nodes.id[i]!)!);
      });
      for (const p of targets) {
        await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 3 });
        await page.waitForTimeout(120);
      }
      const hf = await page.evaluate(() => {
        const w = window as unknown as { __hover: number[]; __frames: number[]; __stop: boolean };
        w.__stop = true;
        return { hover: w.__hover, frames: w.__frames.slice(1) };
      });
      const sorted = [...hf.frames].sort((a, b) => a - b);
      hoverUpdate.push(median(hf.hover));
      hoverUpdateMax.push(Math.max(...hf.hover));
      hoverFrame.push(sorted[Math.floor(sorted.length * 0.95)] ?? NaN);
      await page.mouse.move(box.x + 5, box.y + 5);
      // Search.
      const label = await page.evaluate((i) => window.__kisMap.app!.model.p.nodes.label[i]!, target.index);
      t = performance.now();
      await page.locator('input[type=search]').fill(label.slice(0, 6));
      await page.waitForFunction(() => document.querySelectorAll('.suggestions [role=option]').length > 0, null, { polling: 5 });
      search.push(performance.now() - t);
      // Table: show it, then sort all rows by degree.
      await page.getByRole('tab', { name: 'Tabel' }).click();
      await page.waitForSelector('#org-table tbody tr[data-index]');
      t = performance.now();
      await page.locator('thead button[data-col="degree"]').click();
      await page.waitForFunction(
        () => document.querySelector('thead button[data-col="degree"]')?.parentElement?.getAttribute('aria-sort') === 'descending',
        null,
        { polling: 5 },
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      sort.push(performance.now() - t);
    } finally {
      await ctx.close();
    }
  }
  return {
    name,
    nodes: meta.nodes,
    edges: meta.edges,
    shownNodes,
    layoutMs: meta.layoutMs,
    htmlMs: meta.htmlMs,
    fileBytes: Buffer.byteLength(html),
    payloadBytes: Buffer.byteLength(island),
    firstRenderMs: median(first),
    interactiveMs: median(inter),
    readyWallMs: median(wall),
    hoverMs: median(hover),
    hoverUpdateMs: median(hoverUpdate),
    hoverUpdateMaxMs: median(hoverUpdateMax),
    hoverFrameP95Ms: median(hoverFrame),
    searchMs: median(search),
    tableSortMs: median(sort),
  };
}

const rows: Row[] = [];
const small = smallResult();
let t = performance.now();
layoutGraph(small.graph, { seed: 42 });
const smallLayout = performance.now() - t;
rows.push(await measure('small', small, smallLayout, 5000));

const medium = resultOf(generateGraph({ nodes: 10000, edges: 50000, seed: 42, exactPaths: false, layout: false }));
t = performance.now();
layoutGraph(medium.graph, { seed: 42 });
const mediumLayout = performance.now() - t;
rows.push(await measure('medium-10k', medium, mediumLayout, 10000));
rows.push(await measure('medium-capped-5000', medium, null, 5000));
// The real thing: map.html as `kis-network analyse` writes it, for the example and the medium
// benchmark data (generated by `npm run bench`, when present).
if (process.argv.includes('--cli')) {
  const bin = join(process.cwd(), 'bin/kis-network.js');
  const inputs: Array<[string, string[]]> = [['cli-example', []]];
  if (existsSync(join(process.cwd(), 'bench-data/medium/survey.csv'))) inputs.push(['cli-medium', ['bench-data/medium']]);
  for (const [name, args] of inputs) {
    const out = join(ARTIFACTS, `measure-${name}`);
    execFileSync(process.execPath, [bin, 'analyse', ...args, '--out', out, '--quiet']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { graph: { nodes: number; edges: number } };
    rows.push(
      await measureFile(name, join(out, 'map.html'), {
        nodes: summary.graph.nodes,
        edges: summary.graph.edges,
        layoutMs: null,
        htmlMs: null,
      }),
    );
  }
}
if (process.argv.includes('--large')) {
  const large = resultOf(generateGraph({ nodes: 20000, edges: 100000, seed: 42, exactPaths: false, layout: false }));
  t = performance.now();
  layoutGraph(large.graph, { seed: 42 });
  rows.push(await measure('large-20k', large, performance.now() - t, 20000));
}

const fmt = (v: number | null) => (v === null ? '–' : Math.round(v).toString());
console.log(`map.html measurements (median of ${RUNS} runs, headless Chromium, ${process.env.KIS_CHROMIUM ?? '/usr/bin/chromium'})`);
console.log(
  '| graph | orgs / relations | on map | layout ms | html ms | file KB | payload KB | first render ms | interactive ms | ready (wall) ms | hover ms | hover update ms (median / max) | frame p95 ms while hovering | search ms | table sort ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.nodes} / ${r.edges} | ${r.shownNodes} | ${fmt(r.layoutMs)} | ${fmt(r.htmlMs)} | ${fmt(r.fileBytes / 1024)} | ${fmt(r.payloadBytes / 1024)} | ${fmt(r.firstRenderMs)} | ${fmt(r.interactiveMs)} | ${fmt(r.readyWallMs)} | ${fmt(r.hoverMs)} | ${r.hoverUpdateMs.toFixed(1)} / ${r.hoverUpdateMaxMs.toFixed(1)} | ${fmt(r.hoverFrameP95Ms)} | ${fmt(r.searchMs)} | ${fmt(r.tableSortMs)} |`,
  );
}
writeFileSync(join(ARTIFACTS, 'measure-map.json'), JSON.stringify({ runs: RUNS, rows }, null, 2));
