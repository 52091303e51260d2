/**
 * report.md: both languages, suppressed survey figures named as such, escaping of labels,
 * capped lists, sampled metrics said plainly, and no personal data or folder paths.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { mdText } from '../../../src/export/markdown.js';
import { exportReportMd } from '../../../src/export/report-md.js';
import { formatNumber } from '../../../src/export/report-format.js';
import { provinceOf } from '../../../src/resolve/provinces.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import { OPTIONS, OPTIONS_EN, emptyResult, fixtureResult, oneNodeResult, org } from './fixture.js';

/** Cells of a Markdown table row, splitting on unescaped pipes. */
const cells = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1);

describe('report.md', () => {
  it('warns when an iterative metric did not converge, and only then', () => {
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).not.toContain('did not reach the requested accuracy');
    // A fresh result: outputs derived from a result are computed once per result (per-result.ts).
    const r = fixtureResult();
    r.methods.eigenvector = { ...r.methods.eigenvector, converged: false, iterations: 20000 };
    const md = exportReportMd(r, OPTIONS_EN);
    expect(md).toContain('**Warning:** Eigenvector centrality did not reach the requested accuracy after 20,000 steps');
    expect(md).not.toContain('**Warning:** PageRank');
  });

  it('is Dutch by default and English on request', () => {
    expect(exportReportMd(fixtureResult(), OPTIONS)).toMatch(/^# Netwerkanalyse KIS-stakeholders\n/);
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).toMatch(/^# KIS stakeholder network analysis\n/);
  });

  it('names suppressed survey figures and never prints them', () => {
    const nl = exportReportMd(fixtureResult(), OPTIONS);
    expect(nl).toMatch(/\| Stichting "Één, twee" \| 2 \| onderdrukt \|/);
    expect(nl).toMatch(/\| Gemeente Utrecht \| 4 \| 7,3 \|/);
    const en = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(en).toMatch(/\| Verwey-Jonker Instituut \| 1 \| suppressed \|/);
    // A mean in the graph behind too few ratings is still not shown.
    const result = fixtureResult();
    result.graph.setNodeAttribute('stichting een, twee', 'rating_mean', 9.5);
    const leaky = exportReportMd(result, OPTIONS_EN);
    expect(leaky).not.toContain('9.5');
    expect(leaky).toMatch(/\| Stichting "Één, twee" \| 2 \| suppressed \|/);
  });

  it('escapes labels: no raw HTML, no broken tables', () => {
    const text = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(text).not.toContain('<script>');
    expect(text).toContain("\\<script\\>alert('x')\\</script\\> & Co");
    expect(text).toContain('Café De Hoek \\| Zeeland');
    let header = 0;
    for (const line of text.split('\n')) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(line).length;
      else expect(cells(line)).toHaveLength(header);
    }
  });

  it('writes file names only, never folders', () => {
    const text = exportReportMd(fixtureResult(), OPTIONS);
    expect(text).toContain('| interviews.csv |');
    expect(text).toContain('| enquête.csv |');
    expect(text).not.toMatch(/home|anna|Users|C:/);
  });

  it('lists rejection reasons and warnings', () => {
    const text = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(text).toContain('| enquête.csv | 10 | 8 | 2 | `constraint-error`: 1, `duplicate-id`: 1 |');
    expect(text).toContain('In total **4** rows were rejected.');
    expect(text).toContain('Warnings (these rows were used): `unknown-column`: 2, `isolated-organisation`: 1.');
    expect(text).toContain('| Gem. Utrecht | Gemeente Utrecht | 0.86 |');
  });

  it('states in its privacy section what was recognised as personal data and left out, by kind and count', () => {
    const en = exportReportMd(fixtureResult(), OPTIONS_EN);
    const section = en.slice(en.indexOf('## Privacy'), en.indexOf('## Method'));
    expect(section).toContain('Survey averages are shown only for groups of at least 3 respondents.');
    expect(section).toContain('recognised and left out: **2** e-mail addresses, **1** phone number, **1** IBAN.');
    expect(section).toContain("**1** name looks like a person's name");
    expect(en).not.toMatch(/contains no personal data|No output file contains personal data/);
    const nl = exportReportMd(fixtureResult(), OPTIONS);
    expect(nl).toContain('herkend en weggelaten: **2** e-mailadressen, **1** telefoonnummer, **1** IBAN.');
    expect(nl).not.toMatch(/bevat geen persoonsgegevens/);
    const none = exportReportMd(emptyResult(), OPTIONS_EN);
    expect(none).toContain('No e-mail addresses, phone numbers, citizen service numbers or IBANs were found');
    expect(none).toContain("No name looks like a person's name.");
  });

  it('says plainly when the all-pairs metrics were sampled', () => {
    const result = fixtureResult();
    result.methods = { ...result.methods, all_pairs: 'sampled', samples: 512, reason: 'auto', exact_limit: 20000 };
    expect(exportReportMd(result, OPTIONS_EN)).toContain(
      '**Betweenness, closeness and harmonic centrality were estimated** from a sample of 512 organisations (automatically, because the network has more than 20,000 organisations).',
    );
    expect(exportReportMd(result, OPTIONS)).toContain('zijn geschat** uit een steekproef van 512 organisaties');
    expect(exportReportMd(result, OPTIONS_EN)).toContain(
      'they connect parts of the network. These values are estimated from a sample (see Method).',
    );
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).not.toContain('estimated from a sample');
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).toContain('were computed exactly over all pairs');
  });

  it('gives the measured split-half reliability of a sampled estimate', () => {
    const result = fixtureResult();
    result.methods = {
      ...result.methods,
      all_pairs: 'sampled',
      samples: 512,
      reason: 'auto',
      exact_limit: 20000,
      sample_check: { betweenness_split_half_spearman: 0.9123, betweenness_estimated_spearman: 0.9541 },
    };
    expect(exportReportMd(result, OPTIONS_EN)).toContain(
      'rank correlation (Spearman) of 0.912 on betweenness; for the whole sample that is an estimated 0.954',
    );
    expect(exportReportMd(result, OPTIONS)).toContain('rangcorrelatie (Spearman) van 0,912');
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).not.toContain('split');
  });

  it('caps long lists with "and N more"', () => {
    const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    for (let i = 0; i < 27; i++) g.addNode(`org${String(i).padStart(2, '0')}`, org(`Org ${String(i).padStart(2, '0')}`));
    const result = { ...emptyResult(), graph: g, figures: { ...emptyResult().figures, nodes: 27, isolates: 27, components: 27 } };
    const text = exportReportMd(result, OPTIONS_EN);
    expect(text).toContain('**27** organisations have no relation');
    expect(text).toContain('- Org 19 (unknown)');
    expect(text).not.toContain('- Org 20 (unknown)');
    expect(text).toContain('… and 7 more (see nodes.csv, role = isolate).');
    expect(exportReportMd(result, OPTIONS)).toContain('… en nog 7 (zie nodes.csv, role = isolate).');
  });

  it('names stakeholder types and provinces with no organisation', () => {
    const text = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(text).toContain('Stakeholder types with no organisation: sector organisation.');
    expect(text).toContain(
      'Provinces with no organisation: Groningen, Fryslân, Drenthe, Overijssel, Flevoland, Gelderland, Noord-Brabant, Limburg.',
    );
  });

  it('lists the groups no knowledge product reaches, one per line, or says every group is reached', () => {
    // Fixture users: Gemeente Utrecht, Verwey-Jonker, <script>, Stichting; not reached: the
    // professional =SUM(1) (no region, community 1, reached by others) and Café De Hoek (no type,
    // Zeeland, community 2 alone).
    const en = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(en).toContain('Types in which no organisation uses a product:\n\n- professional\n- unknown\n');
    expect(en).toContain('Regions in which no organisation uses a product:\n\n- Zeeland\n- no region\n');
    expect(en).toContain('Communities in which no organisation uses a product:\n\n- 2 · Café De Hoek \\| Zeeland\n');
    expect(en).not.toContain('Every group uses at least one product.');
    const all = fixtureResult();
    all.productUsage = all.graph.nodes().map((organisation) => ({ organisation, product: 'P', respondents: 0 }));
    expect(exportReportMd(all, OPTIONS)).toContain('Elke groep gebruikt minstens één product.');
    expect(exportReportMd(all, OPTIONS)).not.toContain('Soorten waarvan geen organisatie');
  });

  it('keeps a community name with commas or … whole in its list item', () => {
    const result = fixtureResult();
    const community = result.communities.find((c) => c.community === 2)!;
    community.name = 'Onderzoeksgroep, Gelijke Behandeling Ame…';
    const en = exportReportMd(result, OPTIONS_EN);
    expect(en).toContain('\n- 2 · Onderzoeksgroep, Gelijke Behandeling Ame…\n');
    expect(en).not.toContain('Ame….');
  });

  it('lists top stakeholders by betweenness and PageRank with type and region', () => {
    const text = exportReportMd(fixtureResult(), OPTIONS_EN);
    expect(text).toContain('| 1 | Gemeente Utrecht | government | Utrecht | 0.300 |');
    expect(text).toContain("| 2 | \\<script\\>alert('x')\\</script\\> & Co | knowledge institute | Zuid-Holland | 0.2057 |");
  });

  it('lists a broker with a data-quality flag apart, to be checked, not among the bridges', () => {
    // The fixture's only broker, Gemeente Utrecht, is flagged as a possible duplicate.
    const text = exportReportMd(fixtureResult(), OPTIONS_EN);
    const bridges = text.slice(text.indexOf('## Bridges between groups'), text.indexOf('### Relations between stakeholder types'));
    expect(bridges).toContain('**1** broker looks more like an artefact of the data than a real bridge.');
    expect(bridges).toContain('- Gemeente Utrecht (possibly a duplicate name)\n');
    expect(bridges).not.toContain('| Gemeente Utrecht |');
    const clean = fixtureResult();
    clean.graph.setNodeAttribute('gemeente utrecht', 'data_quality_flag', []);
    const table = exportReportMd(clean, OPTIONS_EN);
    expect(table).toContain('**1** organisation has the broker role');
    expect(table).toContain('| Gemeente Utrecht | government | Utrecht | knowledge institute, professional | 12 |');
  });

  it('reads sensibly for an empty and a one-node network', () => {
    expect(exportReportMd(emptyResult(), OPTIONS_EN)).toContain('The network is empty');
    const one = exportReportMd(oneNodeResult(), OPTIONS_EN);
    expect(one).toContain('**1** organisation and **0** links between them.');
    expect(one).toContain('- Kennisplatform "Één" (knowledge institute, Utrecht)');
  });

  it('adds a date only from SOURCE_DATE_EPOCH', () => {
    expect(exportReportMd(fixtureResult(), OPTIONS_EN)).toContain('Made with kis-network 0.1.0. ');
    expect(exportReportMd(fixtureResult(), { ...OPTIONS_EN, sourceDateEpoch: 1700000000 })).toContain(
      'Made with kis-network 0.1.0 on 2023-11-14.',
    );
  });
});

describe('report helpers', () => {
  it('escapes Markdown', () => {
    expect(mdText('a|b *c* _d_ [e](f) <g> `h` ~i~ $j$ \\k')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\$j\\$ \\\\k');
    expect(mdText('A & B &amp; C')).toBe('A & B \\&amp; C');
    expect(mdText('two\nlines\tand tab')).toBe('two lines and tab');
    // Block markup at the start of a list item stays text.
    expect(mdText('# Hashtag')).toBe('\\# Hashtag');
    expect(mdText('- dash')).toBe('\\- dash');
    expect(mdText('+plus')).toBe('\\+plus');
    expect(mdText('=SUM(1)')).toBe('\\=SUM(1)');
    expect(mdText('1. Eerste')).toBe('1\\. Eerste');
    expect(mdText('2024) jaar')).toBe('2024\\) jaar');
    expect(mdText('   indented')).toBe('indented');
    expect(mdText('Verwey-Jonker 2.0')).toBe('Verwey-Jonker 2.0');
  });

  it('formats numbers per language, whatever the host locale', () => {
    expect(formatNumber(1234567.891, 'nl', 2)).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(-0.0001, 'en', 3)).toBe('0.000');
    expect(formatNumber(-2.5, 'nl', 1)).toBe('-2,5');
    expect(formatNumber(null, 'nl')).toBe('–');
  });

  it('recognises province spellings', () => {
    expect(provinceOf('noord holland')).toBe('Noord-Holland');
    expect(provinceOf('Provincie Utrecht')).toBe('Utrecht');
    expect(provinceOf('Friesland')).toBe('Fryslân');
    expect(provinceOf('FRYSLAN')).toBe('Fryslân');
    expect(provinceOf('Brabant')).toBe('Noord-Brabant');
    expect(provinceOf('Amsterdam')).toBeUndefined();
  });
});
