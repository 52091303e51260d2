import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  buildPayload,
  contentSecurityPolicy,
  coverageWarnings,
  escapeHtml,
  jsonForScriptElement,
  renderMapHtml,
  selectMapNodes,
} from '../../../src/export/html/index.js';
import { viewerBundle } from '../../../src/export/html/bundle.js';
import { emptyResult, generateGraph, HOSTILE_LABELS, hostileResult, oneNodeResult, resultOf, smallResult } from '../../browser/fixtures.js';

const OPTS = { lang: 'nl' as const, mapMaxNodes: 5000, minGroupSize: 3 };

function island(html: string): string {
  const m = html.match(/<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/);
  if (!m) throw new Error('no data island');
  return m[1]!;
}

describe('jsonForScriptElement', () => {
  it('escapes <, >, &, U+2028 and U+2029 and round-trips through JSON.parse', () => {
    const value = {
      a: '</script><script>alert(1)</script>',
      b: '<!-- x -->',
      c: 'a & b > c',
      d: 'line\u2028sep\u2029para',
      e: ['<img src=x onerror=alert(1)>'],
    };
    const text = jsonForScriptElement(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u2028');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('keeps every hostile label intact', () => {
    for (const label of HOSTILE_LABELS) expect(JSON.parse(jsonForScriptElement(label))).toBe(label);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('buildPayload', () => {
  it('carries every organisation and relation in compact column arrays', () => {
    const r = smallResult();
    const p = buildPayload(r, OPTS);
    expect(p.nodes.id.length).toBe(r.graph.order);
    expect(p.edges.source.length).toBe(r.graph.size);
    expect(p.nodes.metrics.pagerank.length).toBe(r.graph.order);
    for (let j = 0; j < p.edges.source.length; j++) {
      const s = p.nodes.id[p.edges.source[j]!]!;
      const t = p.nodes.id[p.edges.target[j]!]!;
      expect(r.graph.hasEdge(s, t)).toBe(true);
    }
    expect(p.meta.truncated).toBeNull();
    expect(p.meta.figures.nodes).toBe(r.graph.order);
  });

  it('suppresses survey means under the minimum group size and says so', () => {
    const r = smallResult();
    const g = r.graph;
    const node =
      g.nodes().find((n) => g.getNodeAttribute(n, 'rating_mean') !== null && g.getNodeAttribute(n, 'ratings') === 3) ??
      g.nodes().find((n) => g.getNodeAttribute(n, 'rating_mean') !== null)!;
    const ratings = g.getNodeAttribute(node, 'ratings');
    const i = g.nodes().indexOf(node);
    const shown = buildPayload(r, { ...OPTS, minGroupSize: ratings });
    expect(shown.nodes.rating[i]).toBe(g.getNodeAttribute(node, 'rating_mean'));
    expect(shown.nodes.ratingSuppressed[i]).toBe(0);
    const hidden = buildPayload(r, { ...OPTS, minGroupSize: ratings + 1 });
    expect(hidden.nodes.rating[i]).toBeNull();
    expect(hidden.nodes.ratings[i]).toBeNull();
    expect(hidden.nodes.ratingSuppressed[i]).toBe(1);
    // Never below 2, whatever is asked.
    expect(buildPayload(r, { ...OPTS, minGroupSize: 0 }).meta.params.minGroupSize).toBe(2);
  });

  it('keeps only the most central organisations above mapMaxNodes, and reports what was left out', () => {
    const r = smallResult();
    const g = r.graph;
    const keep = selectMapNodes(g, 10);
    expect(keep.length).toBe(10);
    const prs = g
      .nodes()
      .map((n) => g.getNodeAttribute(n, 'pagerank'))
      .sort((a, b) => b - a);
    for (const n of keep) expect(g.getNodeAttribute(n, 'pagerank')).toBeGreaterThanOrEqual(prs[9]!);
    const p = buildPayload(r, { ...OPTS, mapMaxNodes: 10, outputFolderHint: 'kis-network-out' });
    expect(p.nodes.id).toEqual(keep);
    expect(p.meta.truncated).toEqual({
      shownNodes: 10,
      totalNodes: g.order,
      shownEdges: p.edges.source.length,
      totalEdges: g.size,
      folder: 'kis-network-out',
    });
    expect(p.edges.source.length).toBe(g.filterEdges((_e, _a, s, t) => keep.includes(s) && keep.includes(t)).length);
    for (let k = 0; k < p.productUsage.length; k += 3) expect(p.productUsage[k]!).toBeLessThan(10);
    // Community sizes are those of the whole network, so colours match the exports.
    expect(p.communities.size.reduce((a, b) => a + b, 0)).toBe(g.order);
  });

  it('warns about thin coverage', () => {
    const r = smallResult();
    expect(coverageWarnings(r).map((w) => w.code)).not.toContain('no-relations');
    const lonely = resultOf(generateGraph({ nodes: 20, edges: 3, seed: 2, isolates: 0.5 }));
    const codes = coverageWarnings(lonely).map((w) => w.code);
    expect(codes).toContain('isolates');
    expect(codes).toContain('few-relations');
    const none = resultOf(generateGraph({ nodes: 5, edges: 0, seed: 2, isolates: 1 }), { accounting: [] });
    expect(coverageWarnings(none).map((w) => w.code)).toEqual(['no-relations']);
    const sampled = resultOf(generateGraph({ nodes: 30, edges: 60, seed: 2 }));
    sampled.methods = { ...sampled.methods, all_pairs: 'sampled', samples: 512 };
    expect(coverageWarnings(sampled)).toContainEqual({ code: 'sampled', samples: 512 });
    const noRegister = resultOf(generateGraph({ nodes: 30, edges: 60, seed: 2 }), {
      accounting: [
        {
          path: 'i.csv',
          role: 'interviews',
          rows_read: 10,
          rows_used: 5,
          rows_rejected: 5,
          rejected_by_type: {},
          cells_blanked: 0,
          blanked_by_type: {},
        },
      ],
    });
    const nr = coverageWarnings(noRegister).map((w) => w.code);
    expect(nr).toContain('no-register');
    expect(nr).toContain('rejected-rows');
  });

  it('handles an empty and a one-node graph', () => {
    const e = buildPayload(emptyResult(), OPTS);
    expect(e.nodes.id).toEqual([]);
    expect(e.edges.source).toEqual([]);
    const o = buildPayload(oneNodeResult(), OPTS);
    expect(o.nodes.label).toEqual(['Stichting Alleen']);
    expect(o.meta.warnings.map((w) => w.code)).toEqual(['no-relations']);
  });
});

describe('renderMapHtml', () => {
  it('is byte-identical for the same input', () => {
    const a = renderMapHtml(smallResult(), OPTS);
    const b = renderMapHtml(smallResult(), OPTS);
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('inlines the bundle under a CSP that allows only its hash and forbids network access', () => {
    const html = renderMapHtml(smallResult(), OPTS);
    const bundle = viewerBundle();
    const hash = `'sha256-${createHash('sha256').update(bundle.code).digest('base64')}'`;
    expect(html.includes(`script-src ${hash}`)).toBe(true);
    expect(html.includes(`<script>${bundle.code}</script>`)).toBe(true);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|http:|https:/);
    // The inline stylesheet is allowed by its hash.
    const css = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(contentSecurityPolicy(hash, css)).toBe(csp);
  });

  it('contains exactly two script elements and no external resource', () => {
    const html = renderMapHtml(hostileResult(), OPTS);
    expect(html.match(/<script/gi)!.length).toBe(2);
    expect(html.match(/<\/script/gi)!.length).toBe(2);
    // The one comment is the licence notices of the bundled packages (licences.test.ts).
    const notices = html.match(/\n<!--\n[\s\S]*?\n-->\n/)![0];
    // The bundle writes the SVG export, whose gradients are `fill="url(#g0)"` references inside
    // the file it makes: the page's markup is what is left without the data and the bundle.
    const bundle = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const markup = html.replace(island(html), '').replace(notices, '\n').replace(bundle, '');
    expect(/\bsrc=|\bhref=|@import|\burl\(/i.test(markup)).toBe(false);
    expect(markup.includes('<!--')).toBe(false);
    // The bundle names no address but the SVG namespace, and its url() only points inside the SVG.
    expect([...new Set(bundle.match(/https?:\/\/[\w./-]+/g) ?? [])]).toEqual(['http://www.w3.org/2000/svg']);
    expect(bundle.match(/\burl\([^)]*/g)?.every((u) => u.startsWith('url(#'))).toBe(true);
  });

  it('puts hostile labels in the page only inside the escaped data island', () => {
    const r = hostileResult();
    const html = renderMapHtml(r, OPTS);
    const data = island(html);
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    for (const label of HOSTILE_LABELS.filter((l) => /[<>&]/.test(l))) expect(html.includes(label), label).toBe(false);
    const payload = JSON.parse(data) as ReturnType<typeof buildPayload>;
    expect(payload.nodes.label.slice(0, HOSTILE_LABELS.length)).toEqual(HOSTILE_LABELS);
    expect(payload.dict.regions).toContain('<img src=y onerror=alert(5)>');
    expect(payload.dict.products).toContain('<img src=z onerror=alert(7)>');
  });

  it('writes the page in the requested language', () => {
    expect(/<html lang="nl">[\s\S]*<title>KIS-stakeholderkaart<\/title>/.test(renderMapHtml(smallResult(), OPTS))).toBe(true);
    expect(/<html lang="en">[\s\S]*<title>KIS stakeholder map<\/title>/.test(renderMapHtml(smallResult(), { ...OPTS, lang: 'en' }))).toBe(
      true,
    );
  });

  it('renders empty and one-node results', () => {
    expect(renderMapHtml(emptyResult(), OPTS).includes('"id":[]')).toBe(true);
    expect(renderMapHtml(oneNodeResult(), OPTS).includes('Stichting Alleen')).toBe(true);
  });
});

describe('viewer bundle', () => {
  it('contains nothing that could end or confuse an inline script', () => {
    const code = viewerBundle().code.toLowerCase();
    for (const bad of ['</script', '<script', '<!--']) expect(code).not.toContain(bad);
  });
});
