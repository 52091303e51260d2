/**
 * The HTML renderer of the report model, on a hand-made model: one page with the language,
 * title, facts, headings and captions; every text escaped; no script, no external reference of
 * any kind (a link to another site is written as text); every chart inline with its data table.
 */

import { describe, expect, it } from 'vitest';
import { isRelativeHref, renderHtml } from '../../../../src/export/report/render-html.js';
import { HOSTILE, sampleModel } from '../charts/fixtures.js';

describe('renderHtml', () => {
  const html = renderHtml(sampleModel('nl'));

  it('is one page in the model language with the title, the facts and a heading per section', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Netwerkanalyse KIS-stakeholders</title>');
    expect(html).toContain('<dt>Datum van de gegevens</dt><dd>2026-11-30</dd>');
    for (const [id, title] of [
      ['overview', 'Het netwerk in het kort'],
      ['coverage', 'Bereik'],
      ['mixing', 'Menging'],
      ['survey', 'Enquête'],
    ]) {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${title}</h2>`);
    }
    expect(html).toContain('<h3 id="grid-h">Wie te betrekken</h3>');
    expect(renderHtml(sampleModel('en'))).toContain('<html lang="en">');
  });

  it('has no script and no external reference; a link elsewhere is text only', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#|map\.html")/);
    expect(html).not.toContain('example.org');
    expect(html).toContain('<a href="map.html">de kaart</a> en extern');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(isRelativeHref('map.html')).toBe(true);
    expect(isRelativeHref('#coverage')).toBe(true);
    for (const bad of ['https://x.org', '//x.org/a', 'javascript:alert(1)', '../secret.html', 'data:text/html,x', ''])
      expect(isRelativeHref(bad)).toBe(false);
  });

  it('escapes every text of the model', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;double&quot;');
  });

  it('gives every table a caption and every chart its SVG and its data table', () => {
    const tables = html.match(/<table>/g)?.length ?? 0;
    const captions = html.match(/<table>\n<caption>/g)?.length ?? 0;
    expect(captions).toBe(tables);
    const figures = html.match(/<figure class="chart"/g)?.length ?? 0;
    expect(figures).toBe(6);
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html.match(/<details class="chart-data">/g)).toHaveLength(6);
    // The suppressed rating in the table under the chart.
    expect(html).toContain('<tr><td>professional</td><td class="num">2</td><td class="num">onderdrukt</td></tr>');
  });

  it('is deterministic', () => {
    expect(renderHtml(sampleModel('nl'))).toBe(html);
  });
});
