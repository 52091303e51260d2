/**
 * Hand-made charts and a hand-made report model for the chart and report.html tests: every
 * chart kind, a suppressed rating group, hostile labels (markup, ampersands, quotes) and
 * numbers whose drawing can be checked by hand.
 */

import type { BarChart, HeatmapChart, NetworkChart, QuadrantChart, RatingChart } from '../../../../src/export/charts/types.js';
import type { ReportModel } from '../../../../src/export/report/model.js';

export const HOSTILE = `<script>alert("x")</script> & 'quoted' "double"`;

export const groupedBars: BarChart = {
  kind: 'bars',
  id: 'coverage-type',
  title: 'Bereik per type',
  desc: 'Per type het aantal organisaties in het register, geïnterviewd en in de enquête.',
  layout: 'grouped',
  categories: ['overheid', 'kennisinstelling', HOSTILE],
  series: [
    { name: 'in register', values: [40, 10, 20] },
    { name: 'geïnterviewd', values: [20, 5, 0] },
  ],
  valueLabel: 'organisaties',
};

export const stackedBars: BarChart = {
  ...groupedBars,
  id: 'coverage-province',
  title: 'Bereik per provincie',
  layout: 'stacked',
  categories: ['Utrecht', 'Fryslân'],
  series: [
    { name: 'alleen register', values: [30, 12] },
    { name: 'ook geïnterviewd', values: [10, 6] },
    { name: 'ook enquête', values: [20, 2] },
  ],
};

export const heatmap: HeatmapChart = {
  kind: 'heatmap',
  id: 'mixing-type',
  title: 'Relaties tussen typen',
  desc: 'Het aantal relaties tussen organisaties van elk paar typen.',
  rows: ['overheid', 'kennisinstelling', 'maatschappelijke organisatie'],
  columns: ['overheid', 'kennisinstelling', 'maatschappelijke organisatie'],
  values: [
    [120, 14, 33],
    [14, 2, 7],
    [33, 7, 0],
  ],
  rowLabel: 'type',
  columnLabel: 'type',
};

export const quadrant: QuadrantChart = {
  kind: 'quadrant',
  id: 'influence-involvement',
  title: 'Invloed en betrokkenheid',
  desc: 'Elke organisatie als punt: invloed (PageRank-percentiel) tegen betrokkenheid bij KIS.',
  xLabel: 'invloed (percentiel)',
  yLabel: 'betrokkenheid',
  xSplit: 0.5,
  ySplit: 0.5,
  quadrants: ['Informeren', 'Nauw betrekken', 'Monitoren', 'Tevreden houden'],
  points: [
    { x: 0.1, y: 0.2, highlight: false },
    { x: 0.6, y: 0.9, highlight: false },
    { x: 0.3, y: 0.7, highlight: false },
    { x: 0.95, y: 0.1, highlight: true, label: 'Gemeente Utrecht' },
    { x: 0.93, y: 0.12, highlight: true, label: 'Provincie Fryslân' },
    { x: 0.8, y: 0.3, highlight: true, label: HOSTILE },
  ],
};

export const rating: RatingChart = {
  kind: 'rating',
  id: 'rating-type',
  title: 'Rapportcijfer per type',
  desc: 'Het gemiddelde rapportcijfer per type, met het aantal cijfers (n).',
  min: 1,
  max: 10,
  groups: [
    { name: 'overheid', n: 12, mean: 7.5, suppressed: false },
    { name: 'kennisinstelling', n: 4, mean: 5, suppressed: false },
    { name: 'professional', n: 2, mean: null, suppressed: true },
  ],
  suppressedLabel: 'onderdrukt',
};

export const network: NetworkChart = {
  kind: 'network',
  id: 'network',
  title: 'Het netwerk in één oogopslag',
  desc: 'Organisaties als punten, gekleurd per gemeenschap; klik om de interactieve kaart te openen.',
  nodes: [
    { x: 0, y: 0, community: 0, size: 10, label: 'Gemeente Utrecht' },
    { x: 10, y: 5, community: 0, size: 4 },
    { x: -8, y: 6, community: 1, size: 6, label: HOSTILE },
    { x: 4, y: -9, community: 1, size: 3 },
    { x: 12, y: -4, community: 2, size: 2 },
  ],
  edges: [
    [0, 1],
    [0, 2],
    [2, 3],
    [1, 4],
  ],
  communities: [
    { community: 0, name: 'Utrecht · wijkaanpak' },
    { community: 1, name: 'Fryslân · taal' },
  ],
  href: 'map.html',
};

export const ALL_CHARTS = [groupedBars, stackedBars, heatmap, quadrant, rating, network];

/** A small report with every block kind and every chart kind. */
export function sampleModel(lang: 'nl' | 'en' = 'nl'): ReportModel {
  return {
    lang,
    title: lang === 'nl' ? 'Netwerkanalyse KIS-stakeholders' : 'KIS stakeholder network analysis',
    intro: [{ kind: 'paragraph', text: ['Gemaakt met ', { code: 'kis-network' }, '. ', { strong: '314' }, ' organisaties.'] }],
    facts: [
      { label: 'Datum van de gegevens', value: '2026-11-30' },
      { label: 'Seed', value: '42' },
      { label: 'Minimale groepsgrootte', value: '3' },
    ],
    sections: [
      {
        id: 'overview',
        title: 'Het netwerk in het kort',
        blocks: [
          { kind: 'list', items: [[{ strong: '314' }, ' organisaties'], [HOSTILE]] },
          { kind: 'chart', chart: network },
          {
            kind: 'note',
            text: ['Let op: ', { link: 'de kaart', href: 'map.html' }, ' en ', { link: 'extern', href: 'https://example.org/x' }],
          },
        ],
      },
      {
        id: 'coverage',
        title: 'Bereik',
        blocks: [
          { kind: 'chart', chart: groupedBars },
          { kind: 'chart', chart: stackedBars },
          {
            kind: 'table',
            caption: 'Bereik per type',
            header: ['Type', 'Organisaties'],
            rows: [
              ['overheid', '40'],
              [HOSTILE, '20'],
            ],
            align: ['left', 'right'],
          },
        ],
      },
      {
        id: 'mixing',
        title: 'Menging',
        blocks: [
          { kind: 'chart', chart: heatmap },
          { kind: 'subsection', id: 'grid', title: 'Wie te betrekken', blocks: [{ kind: 'chart', chart: quadrant }] },
        ],
      },
      { id: 'survey', title: 'Enquête', blocks: [{ kind: 'chart', chart: rating }] },
    ],
  };
}
