/**
 * The report model: sentences as runs (the `rich` tag never parses interpolated values), plain
 * text in the model (no Markdown syntax: the renderer escapes), and the Markdown renderer's
 * layout of each block kind.
 */

import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/export/report/build-model.js';
import { joinInline, plainText, rich } from '../../../../src/export/report/inline.js';
import type { Block, ReportModel } from '../../../../src/export/report/model.js';
import { renderMd } from '../../../../src/export/report/render-md.js';
import { OPTIONS_EN, fixtureResult } from '../fixture.js';

function everyText(blocks: readonly Block[], out: string[] = []): string[] {
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'note') out.push(plainText(b.text));
    else if (b.kind === 'list') for (const item of b.items) out.push(plainText(item));
    else if (b.kind === 'table') out.push(...b.header, ...b.rows.flat());
    else if (b.kind === 'subsection') {
      out.push(b.title);
      everyText(b.blocks, out);
    }
  }
  return out;
}

describe('rich', () => {
  it('turns ** and backticks in the literal parts into strong and code runs', () => {
    expect(rich`a **${'3'}** b \`x.csv\` c`).toEqual(['a ', { strong: '3' }, ' b ', { code: 'x.csv' }, ' c']);
    expect(rich`**Warning:** ${'PageRank'} failed`).toEqual([{ strong: 'Warning:' }, ' PageRank failed']);
  });

  it('never parses an interpolated value', () => {
    expect(rich`see ${'**not bold** `nor code`'}`).toEqual(['see **not bold** `nor code`']);
  });

  it('takes runs as values and joins lists', () => {
    const list = joinInline(
      [
        [{ code: 'a' }, ': 1'],
        [{ code: 'b' }, ': 2'],
      ],
      ', ',
    );
    expect(list).toEqual([{ code: 'a' }, ': 1, ', { code: 'b' }, ': 2']);
    expect(rich`Warnings: ${list}.`).toEqual(['Warnings: ', { code: 'a' }, ': 1, ', { code: 'b' }, ': 2.']);
  });
});

describe('the report model', () => {
  it('holds labels as plain text, escaped only by the Markdown renderer', () => {
    const model = buildReportModel(fixtureResult(), OPTIONS_EN);
    const texts = model.sections.flatMap((s) => everyText(s.blocks));
    expect(texts).toContain('Café De Hoek | Zeeland');
    expect(texts.some((t) => t.includes('\\'))).toBe(false);
    expect(renderMd(model)).toContain('Café De Hoek \\| Zeeland');
  });

  it('lists the run parameters as facts', () => {
    const model = buildReportModel(fixtureResult(), { ...OPTIONS_EN, sourceDateEpoch: 1_700_000_000 });
    expect(model.facts).toContainEqual({ label: 'Date', value: '2023-11-14' });
    expect(model.facts).toContainEqual({ label: 'Smallest published group (respondents)', value: '3' });
  });

  it('renders each block kind, and skips charts', () => {
    const model: ReportModel = {
      lang: 'en',
      title: 'T*',
      intro: [{ kind: 'note', text: ['careful'] }],
      facts: [],
      sections: [
        {
          id: 's',
          title: 'S',
          blocks: [
            { kind: 'paragraph', text: ['1. not a list ', { strong: 'x' }] },
            { kind: 'list', items: [['a'], ['- b']], ordered: true },
            {
              kind: 'chart',
              chart: { kind: 'bars', id: 'c', title: 'C', desc: 'd', layout: 'stacked', categories: [], series: [], valueLabel: 'v' },
            },
            {
              kind: 'table',
              caption: 'cap',
              header: ['#', 'n'],
              rows: [['a|b', '-0.5']],
              align: ['left', 'right'],
            },
            { kind: 'subsection', id: 'sub', title: 'Sub', blocks: [{ kind: 'paragraph', text: [{ link: 'map', href: 'map.html' }] }] },
          ],
        },
      ],
    };
    expect(renderMd(model)).toBe(
      '# T\\*\n\n> careful\n\n## S\n\n1\\. not a list **x**\n\n1. a\n2. \\- b\n\n| # | n |\n| --- | ---: |\n| a\\|b | -0.5 |\n\n### Sub\n\n[map](map.html)\n',
    );
  });
});
