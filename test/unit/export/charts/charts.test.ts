/**
 * The SVG charts of report.html: well-formed XML with a title and a description referenced by
 * aria-labelledby/-describedby, a viewBox and no fixed size, bar lengths proportional to the
 * values (expected lengths worked out by hand from the axis), a suppressed rating drawn as
 * suppressed and never as 0, numbers in the report's language, hostile labels escaped, the same
 * bytes on every call.
 */

import { describe, expect, it } from 'vitest';
import { chartTables, renderChartSvg } from '../../../../src/export/charts/index.js';
import { niceAxis } from '../../../../src/export/charts/axis.js';
import { placeLabels } from '../../../../src/export/charts/labels.js';
import { ALL_CHARTS, groupedBars, heatmap, HOSTILE, network, quadrant, rating, stackedBars } from './fixtures.js';
import { allText, findAll, parseXml, type XmlElement } from './xml.js';

const svg = (chart: (typeof ALL_CHARTS)[number], lang: 'nl' | 'en' = 'nl'): XmlElement => parseXml(renderChartSvg(chart, { lang }));
const num = (el: XmlElement, name: string): number => Number(el.attrs[name]);
const group = (root: XmlElement, cls: string): XmlElement => {
  const g = findAll(root, 'g').find((e) => e.attrs.class === cls);
  if (!g) throw new Error(`no <g class="${cls}">`);
  return g;
};

describe('every chart kind', () => {
  for (const chart of ALL_CHARTS) {
    it(`${chart.id}: well-formed, titled, described, scalable, deterministic`, () => {
      const text = renderChartSvg(chart, { lang: 'nl' });
      const root = parseXml(text);
      expect(root.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attrs.role).toBe('img');
      expect(root.attrs.viewBox).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
      expect(root.attrs.width).toBeUndefined();
      expect(root.attrs.height).toBeUndefined();
      const title = root.children[0]!;
      const desc = root.children[1]!;
      expect(title.name).toBe('title');
      expect(title.text).toBe(chart.title);
      expect(desc.name).toBe('desc');
      expect(desc.text).toBe(chart.desc);
      expect(root.attrs['aria-labelledby']).toBe(title.attrs.id);
      expect(root.attrs['aria-describedby']).toBe(desc.attrs.id);
      expect(text).not.toMatch(/<script|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
      // Coordinates carry at most one decimal.
      expect(text).not.toMatch(/ (?:x|y|x1|y1|x2|y2|width|height)="-?\d+\.\d{2,}"/);
      expect(text).not.toMatch(/ d="[^"]*\d\.\d{2}/);
      expect(renderChartSvg(chart, { lang: 'nl' })).toBe(text);
    });
  }

  it('escapes hostile labels and keeps them readable', () => {
    for (const chart of [groupedBars, quadrant, network]) {
      const text = renderChartSvg(chart, { lang: 'nl' });
      expect(text).not.toContain('<script>');
      expect(text).toContain('&lt;script&gt;');
      expect(text).toContain('&amp;');
      expect(text).toContain('&quot;double&quot;');
      // The full label is in the drawing (as text or the tooltip of a shortened label).
      expect(allText(parseXml(text))).toContain(HOSTILE);
    }
  });

  it('draws "no data" instead of failing on an empty chart of any kind', () => {
    const empties = [
      { ...groupedBars, categories: [], series: [] },
      { ...heatmap, rows: [], values: [] },
      { ...quadrant, points: [] },
      { ...rating, groups: [] },
      { ...network, nodes: [], edges: [] },
    ];
    for (const chart of empties) {
      expect(allText(svg(chart, 'en'))).toContain('No data');
      expect(allText(svg(chart, 'nl'))).toContain('Geen gegevens');
    }
  });

  it('survives degenerate data: one point, equal positions, non-finite values, edges to missing nodes', () => {
    const one = { ...network, nodes: [{ x: 5, y: 5, community: 0, size: 1 }], edges: [[0, 3] as [number, number]] };
    expect(findAll(svg(one), 'path').filter((p) => p.attrs.class === 'edges')).toHaveLength(0);
    const same = { ...network, nodes: network.nodes.map((n) => ({ ...n, x: 1, y: 1 })) };
    expect(renderChartSvg(same, { lang: 'nl' })).not.toMatch(/NaN|Infinity/);
    const odd = {
      ...quadrant,
      points: [
        { x: Number.NaN, y: 2, highlight: false },
        { x: -1, y: 0.5, highlight: true, label: 'x' },
      ],
    };
    expect(renderChartSvg(odd, { lang: 'nl' })).not.toMatch(/NaN|Infinity/);
    const ragged = { ...heatmap, values: [[1], [], [2, 3, 4, 5]] };
    expect(renderChartSvg(ragged, { lang: 'nl' })).not.toMatch(/NaN|undefined/);
  });
});

describe('bars', () => {
  it('grouped: lengths proportional to the values on an axis 0–40', () => {
    const root = svg(groupedBars);
    const rects = findAll(group(root, 'bars'), 'rect');
    // Order: category by category, series within it: 40, 20 | 10, 5 | 20, 0.
    const w = rects.map((r) => num(r, 'width'));
    expect(w).toHaveLength(6);
    const full = w[0]!; // 40 is the end of the axis (ticks 0, 10, 20, 30, 40)
    const expected = [1, 0.5, 0.25, 0.125, 0.5, 0];
    expected.forEach((share, i) => expect(w[i]!).toBeCloseTo(full * share, 0));
    const ticks = findAll(group(root, 'axis'), 'text').map((t) => t.text);
    expect(ticks.slice(0, 5)).toEqual(['0', '10', '20', '30', '40']);
    // Every bar starts on the axis line.
    expect(new Set(rects.map((r) => r.attrs.x)).size).toBe(1);
  });

  it('stacked: segments add up, totals at the end, axis 0–60', () => {
    const root = svg(stackedBars);
    const segs = findAll(group(root, 'bars'), 'rect');
    const w = segs.map((r) => num(r, 'width'));
    // Utrecht 30 + 10 + 20 = 60 (the whole axis), Fryslân 12 + 6 + 2 = 20.
    const unit = (w[0]! + w[1]! + w[2]!) / 60;
    [30, 10, 20, 12, 6, 2].forEach((v, i) => expect(w[i]!).toBeCloseTo(v * unit, 0));
    // Segments follow each other.
    expect(num(segs[1]!, 'x')).toBeCloseTo(num(segs[0]!, 'x') + w[0]!, 0);
    const labels = findAll(group(root, 'bars'), 'text').map((t) => t.text);
    expect(labels).toContain('60');
    expect(labels).toContain('20');
  });

  it('writes numbers for the language (decimal comma in Dutch)', () => {
    const chart = { ...groupedBars, series: [{ name: 'x', values: [1234.5, 2, 0.5] }] };
    expect(allText(svg(chart, 'nl'))).toContain('1.234,5');
    expect(allText(svg(chart, 'en'))).toContain('1,234.5');
  });
});

describe('rating', () => {
  it('a suppressed group is a hatched bar labelled suppressed, never a bar of 0', () => {
    const root = svg(rating);
    const means = findAll(root, 'rect').filter((r) => r.attrs.class === 'mean');
    const suppressed = findAll(root, 'rect').filter((r) => r.attrs.class === 'suppressed');
    expect(means).toHaveLength(2);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.attrs.fill).toMatch(/^url\(#chart-rating-type-hatch\)$/);
    expect(findAll(root, 'pattern').map((p) => p.attrs.id)).toEqual(['chart-rating-type-hatch']);
    const texts = findAll(group(root, 'bars'), 'text').map((t) => t.text);
    expect(texts).toContain('onderdrukt · n = 2');
    expect(texts.some((t) => /^0([,.]0)?\b/.test(t))).toBe(false);
    // 7.5 and 5 on an axis 0–10: three quarters and half of the axis.
    const axisEnd = findAll(group(root, 'axis'), 'line').map((l) => num(l, 'x1'));
    const span = axisEnd[axisEnd.length - 1]! - axisEnd[0]!;
    expect(num(means[0]!, 'width')).toBeCloseTo(span * 0.75, 0);
    expect(num(means[1]!, 'width')).toBeCloseTo(span * 0.5, 0);
    expect(num(suppressed[0]!, 'width')).toBeCloseTo(span, 0);
    expect(texts).toContain('7,5 · n = 12');
    expect(allText(svg(rating, 'en'))).toContain('7.5 · n = 12');
  });

  it('its data table says suppressed, not 0', () => {
    const [table] = chartTables(rating, { lang: 'nl' });
    expect(table!.rows).toEqual([
      ['overheid', '12', '7,5'],
      ['kennisinstelling', '4', '5,0'],
      ['professional', '2', 'onderdrukt'],
    ]);
  });
});

describe('heatmap', () => {
  it('writes every count in its cell, darker cells for larger counts', () => {
    const root = svg(heatmap);
    const cells = group(root, 'cells');
    const counts = findAll(cells, 'text')
      .filter((t) => !t.attrs['text-anchor'] || t.attrs['text-anchor'] === 'middle')
      .map((t) => t.text);
    expect(counts).toEqual(['120', '14', '33', '14', '2', '7', '33', '7', '0']);
    const fills = findAll(cells, 'rect').map((r) => r.attrs.fill);
    expect(fills[0]).toBe('#08306b'); // the largest count: darkest class
    expect(fills[8]).toBe('#f7fbff'); // 0: lightest
    // Text on the darkest cell is white, on the lightest near-black.
    const cellText = findAll(cells, 'text').filter((t) => t.attrs['text-anchor'] === 'middle');
    expect(cellText[0]!.attrs.fill).toBe('#ffffff');
    expect(cellText[8]!.attrs.fill).toBe('#1a1a1a');
  });
});

describe('quadrant', () => {
  it('names the quadrants, labels the highlighted points without overlap, counts per quadrant', () => {
    const root = svg(quadrant);
    const text = allText(root);
    for (const q of quadrant.quadrants) expect(text).toContain(q);
    const labels = findAll(group(root, 'labels'), 'text');
    expect(labels.length).toBe(3);
    const [table, marked] = chartTables(quadrant, { lang: 'nl' });
    expect(table!.rows).toEqual([
      ['Nauw betrekken', '1'],
      ['Informeren', '1'],
      ['Tevreden houden', '3'],
      ['Monitoren', '1'],
    ]);
    expect(marked!.rows[0]).toEqual(['Gemeente Utrecht', '95%', '10%', 'Tevreden houden']);
  });

  it('label boxes of close points do not overlap', () => {
    const { placed, omitted } = placeLabels(
      [
        { x: 100, y: 100, r: 4, text: 'Gemeente Utrecht' },
        { x: 102, y: 101, r: 4, text: 'Provincie Utrecht' },
        { x: 104, y: 99, r: 4, text: 'Hogeschool Utrecht' },
      ],
      { x0: 0, y0: 0, x1: 400, y1: 300 },
    );
    expect(omitted).toBe(0);
    expect(placed).toHaveLength(3);
    const ys = placed.map((p) => p.y);
    // Same side and line would overlap: no two labels share both anchor and baseline.
    const keys = placed.map((p) => `${p.anchor}/${Math.round(p.y)}`);
    expect(new Set(keys).size).toBe(3);
    expect(ys.every((y) => y > 0 && y < 300)).toBe(true);
  });
});

describe('network', () => {
  it('links to the map, colours communities by legend order, names the labelled organisations', () => {
    const root = svg(network);
    const link = findAll(root, 'a')[0]!;
    expect(link.attrs.href).toBe('map.html');
    const dots = findAll(group(root, 'nodes'), 'path');
    const strokes = new Set(dots.map((p) => p.attrs.stroke));
    expect(strokes).toEqual(new Set(['#0072B2', '#E69F00', '#B0B0B0'])); // communities 0, 1, and 2 (not in the legend)
    const zeroLength = dots.flatMap((p) => p.attrs.d!.match(/h0/g) ?? []);
    expect(zeroLength).toHaveLength(5);
    const edges = findAll(root, 'path').find((p) => p.attrs.class === 'edges')!;
    expect(edges.attrs.d!.match(/M/g)).toHaveLength(4);
    const text = allText(root);
    expect(text).toContain('Gemeente Utrecht');
    expect(text).toContain('Utrecht · wijkaanpak');
  });
});

describe('value axis', () => {
  it('ends on a round number close above the largest value', () => {
    expect(niceAxis(117, 5, true)).toEqual({ max: 120, ticks: [0, 20, 40, 60, 80, 100, 120], decimals: 0 });
    expect(niceAxis(40, 5, true)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40], decimals: 0 });
    expect(niceAxis(0.37)).toEqual({ max: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4], decimals: 1 });
    expect(niceAxis(3, 5, true)).toEqual({ max: 3, ticks: [0, 1, 2, 3], decimals: 0 });
    expect(niceAxis(0, 5, true).max).toBe(1);
  });
});
