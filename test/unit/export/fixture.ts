/**
 * Hand-built AnalysisResult fixtures for the exporter tests: a six-organisation network with
 * accents, quotes, commas, a `=SUM(1)` label, a `<script>` label, a suppressed rating_mean, an
 * isolate and two communities (plus the isolate's own); an empty result; a one-node result.
 * Metric values are plausible, not computed: the exporters only write them.
 */

import { UndirectedGraph } from 'graphology';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from '../../../src/graph/types.js';
import { edgeKey } from '../../helpers/edge-key.js';
import type { AnalysisResult, GraphFigures } from '../../../src/result.js';
import type { ExportOptions } from '../../../src/export/types.js';
import { exactMethods, defaultParameters, noInsights } from '../../helpers/result-defaults.js';
import { computeSatisfaction } from '../../../src/analyse/satisfaction.js';
import { emptyPrivacyCounts } from '../../../src/quality/privacy-counts.js';

export const OPTIONS: ExportOptions = { lang: 'nl', minGroupSize: 3 };
export const OPTIONS_EN: ExportOptions = { lang: 'en', minGroupSize: 3 };

export function org(label: string, over: Partial<OrgAttributes> = {}): OrgAttributes {
  return {
    label,
    type: '',
    region: '',
    themes: [],
    kis_contacts: null,
    respondents: 0,
    rating_mean: null,
    ratings: 0,
    rating_sum: 0,
    products: [],
    sources: ['register'],
    ...blankMetrics(),
    extra: {},
    ...over,
  };
}

export function relation(over: Partial<RelationAttributes> = {}): RelationAttributes {
  return { weight: 1, mentions: 1, sources: ['interview'], interviews: 1, respondents: 0, relations: [], themes: [], ...over };
}

export const IDS = {
  gemeente: 'gemeente utrecht',
  stichting: 'stichting een, twee',
  sum: '=sum(1)',
  script: '<script>alert(1)</script>',
  verwey: 'verwey-jonker instituut',
  cafe: 'cafe de hoek',
} as const;

function fixtureGraph(): OrgGraph {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  // Inserted out of id order on purpose: the exporters must sort.
  g.addNode(
    IDS.verwey,
    org('Verwey-Jonker Instituut', {
      type: 'knowledge_institute',
      region: 'Utrecht',
      themes: ['jeugd', 'onderzoek'],
      kis_contacts: 0,
      sources: ['interview', 'register', 'survey'],
      respondents: 1,
      ratings: 1,
      rating_sum: 6,
      rating_mean: null,
      products: ['Handreiking, 2e druk'],
      community: 1,
      degree: 2,
      strength: 3.5,
      betweenness: 0.1,
      closeness: 0.5,
      harmonic: 2.8333333333333335,
      eigenvector: 0.4472135954999579,
      pagerank: 0.16098901098901097,
      core: 2,
      constraint: 0.6805555555555556,
      clustering: 0,
      role: 'core',
      x: 40.25,
      y: -7,
      size: 6,
      color: '#ff7f0e',
      extra: { sector: 'onderzoek', website: 'https://example.nl/a?b=1&c=2' },
    }),
  );
  g.addNode(
    IDS.gemeente,
    org('Gemeente Utrecht', {
      type: 'government',
      region: 'Utrecht',
      themes: ['jeugd', 'wonen'],
      kis_contacts: 12,
      sources: ['interview', 'register', 'survey'],
      respondents: 4,
      ratings: 4,
      rating_sum: 29,
      rating_mean: 7.25,
      products: ['Handreiking, 2e druk', 'Kennisdossier "Jeugd"'],
      community: 0,
      degree: 3,
      strength: 6.5,
      betweenness: 0.1 + 0.2,
      closeness: 0.6,
      harmonic: 3.5,
      eigenvector: 0.5773502691896258,
      pagerank: 1 / 3,
      core: 2,
      constraint: 0.5,
      clustering: 1 / 3,
      role: 'broker',
      effective_size: 2.3333333333333335,
      brokerage_coordinator: 0,
      brokerage_itinerant: 0,
      brokerage_gatekeeper: 1,
      brokerage_liaison: 1,
      brokers_between: ['knowledge_institute', 'professional'],
      data_quality_flag: ['possible-duplicate'],
      x: -12.5,
      y: 3,
      size: 10,
      color: '#1f77b4',
      extra: { sector: '-zorg' },
    }),
  );
  g.addNode(
    IDS.cafe,
    org('Café De Hoek | Zeeland', {
      type: '',
      region: 'Zeeland',
      community: 2,
      role: 'isolate',
      constraint: null,
      x: 100,
      y: 100,
      size: 2,
      color: '#cccccc',
    }),
  );
  g.addNode(
    IDS.sum,
    org('=SUM(1)', {
      type: 'professional',
      region: '',
      sources: ['interview'],
      community: 1,
      degree: 2,
      strength: 5,
      betweenness: 0.2,
      closeness: 0.5,
      harmonic: 3,
      eigenvector: 0.4,
      pagerank: 0.2,
      core: 2,
      constraint: 0.75,
      clustering: 0,
      role: 'peripheral',
      x: 0,
      y: 0,
      size: 4,
      color: '#ff7f0e',
    }),
  );
  g.addNode(
    IDS.stichting,
    org('Stichting "Één, twee"', {
      type: 'civil_society',
      region: 'Noord-Holland',
      themes: ['inclusie', 'jeugd'],
      kis_contacts: 3,
      sources: ['register', 'survey'],
      respondents: 2,
      ratings: 2,
      rating_sum: 13,
      rating_mean: null,
      products: ['@risk-tool'],
      community: 0,
      degree: 1,
      strength: 3,
      betweenness: 0,
      closeness: 0.4,
      harmonic: 2.3333333333333335,
      eigenvector: 0.25,
      pagerank: 0.1,
      core: 1,
      constraint: 1,
      clustering: 0,
      role: 'peripheral',
      x: -30,
      y: 12.125,
      size: 3,
      color: '#1f77b4',
    }),
  );
  g.addNode(
    IDS.script,
    org("<script>alert('x')</script> & Co", {
      type: 'knowledge_institute',
      region: 'Zuid-Holland',
      themes: ['onderwijs'],
      kis_contacts: 1,
      sources: ['interview', 'survey'],
      respondents: 3,
      ratings: 3,
      rating_sum: 24,
      rating_mean: 8,
      products: ['Handreiking, 2e druk'],
      community: 1,
      degree: 2,
      strength: 5,
      betweenness: 0,
      closeness: 0.4166666666666667,
      harmonic: 2.5,
      eigenvector: 0.35,
      pagerank: 0.2056776556776557,
      core: 2,
      constraint: 0.72,
      clustering: 0,
      role: 'core',
      x: 22,
      y: -40.5,
      size: 5,
      color: '#ff7f0e',
    }),
  );
  const add = (a: string, b: string, r: RelationAttributes): void => {
    g.addUndirectedEdgeWithKey(edgeKey(a, b), a, b, r);
  };
  add(IDS.verwey, IDS.script, relation({ weight: 1, sources: ['survey'], interviews: 0, respondents: 1 }));
  add(
    IDS.gemeente,
    IDS.stichting,
    relation({
      weight: 3,
      mentions: 2,
      sources: ['interview', 'survey'],
      interviews: 1,
      respondents: 1,
      relations: ['collaboration'],
      themes: ['jeugd'],
    }),
  );
  add(
    IDS.verwey,
    IDS.gemeente,
    relation({
      weight: 2.5,
      mentions: 2,
      interviews: 2,
      relations: ['knowledge_exchange', 'other'],
      themes: ['jeugd, onderwijs'],
    }),
  );
  add(IDS.gemeente, IDS.sum, relation({ weight: 1, relations: ['advice'] }));
  add(
    IDS.script,
    IDS.sum,
    relation({
      weight: 4,
      mentions: 3,
      sources: ['interview', 'survey'],
      interviews: 2,
      respondents: 1,
      relations: ['funding'],
    }),
  );
  return g;
}

function base(graph: OrgGraph, figures: GraphFigures): AnalysisResult {
  return {
    graph,
    figures,
    communities: [],
    products: [],
    productUsage: [],
    accounting: [],
    inputs: [],
    issues: [],
    nearDuplicates: [],
    privacy: emptyPrivacyCounts(),
    methods: exactMethods(figures.modularity),
    insights: noInsights(),
    parameters: defaultParameters(),
    version: '0.1.0',
  };
}

const SHA = (c: string): string => c.repeat(64);

export function fixtureResult(): AnalysisResult {
  const result = base(fixtureGraph(), {
    nodes: 6,
    edges: 5,
    density: 1 / 3,
    components: 2,
    largest_component: 5,
    isolates: 1,
    communities: 3,
    modularity: 0.12396694214876033,
    average_clustering: 0.05555555555555555,
    transitivity: 0.2,
    total_weight: 11.5,
  });
  // Plausible, not computed; two published means are too few for a rank correlation.
  result.insights = {
    assortativity: { type: -0.25, region: 0.1111111111111111, degree: -0.6666666666666666 },
    rating_centrality: { spearman: null, n: 2 },
    // Group ratings by position, from the fixture's organisations (what the pipeline does).
    satisfaction: computeSatisfaction(result.graph, OPTIONS),
  };
  result.communities = [
    {
      community: 1,
      size: 3,
      name: "<script>alert('x')</script> & Co +2",
      types: { professional: 1, knowledge_institute: 2 },
      regions: { 'Zuid-Holland': 1, Utrecht: 1, unknown: 1 },
      top_members: ["<script>alert('x')</script> & Co", '=SUM(1)', 'Verwey-Jonker Instituut'],
      themes: ['jeugd', 'onderwijs', 'onderzoek'],
      internal_edges: 2,
      external_edges: 2,
      internal_weight: 5,
      kis_contacts: 1,
    },
    {
      community: 0,
      size: 2,
      name: 'Gemeente Utrecht +1',
      types: { government: 1, civil_society: 1 },
      regions: { Utrecht: 1, 'Noord-Holland': 1 },
      top_members: ['Gemeente Utrecht', 'Stichting "Één, twee"'],
      themes: ['jeugd', 'inclusie', 'wonen'],
      internal_edges: 1,
      external_edges: 2,
      internal_weight: 3,
      kis_contacts: 15,
    },
    {
      community: 2,
      size: 1,
      name: 'Café De Hoek | Zeeland',
      types: { unknown: 1 },
      regions: { Zeeland: 1 },
      top_members: ['Café De Hoek | Zeeland'],
      themes: [],
      internal_edges: 0,
      external_edges: 0,
      internal_weight: 0,
      kis_contacts: 0,
    },
  ];
  // Personal data recognised in name cells and left out (the report's privacy section).
  result.privacy = { personal_data_left_out: { email: 2, phone: 1, bsn: 0, iban: 1 }, possible_person_names: 1 };
  result.products = [
    {
      product: 'Kennisdossier "Jeugd"',
      organisations: 1,
      respondents: 4,
      by_type: { government: 1 },
      by_region: { Utrecht: 1 },
      by_community: { '0': 1 },
    },
    {
      product: 'Handreiking, 2e druk',
      organisations: 3,
      respondents: 8,
      by_type: { government: 1, knowledge_institute: 2 },
      by_region: { 'Zuid-Holland': 1, Utrecht: 2 },
      by_community: { '1': 2, '0': 1 },
    },
    {
      product: '@risk-tool',
      organisations: 1,
      respondents: 2,
      by_type: { civil_society: 1 },
      by_region: { 'Noord-Holland': 1 },
      by_community: { '0': 1 },
    },
  ];
  result.productUsage = [
    { organisation: IDS.script, product: 'Handreiking, 2e druk', respondents: 3 },
    { organisation: IDS.gemeente, product: 'Handreiking, 2e druk', respondents: 4 },
    { organisation: IDS.gemeente, product: 'Kennisdossier "Jeugd"', respondents: 4 },
    { organisation: IDS.stichting, product: '@risk-tool', respondents: 2 },
    { organisation: IDS.verwey, product: 'Handreiking, 2e druk', respondents: 1 },
  ];
  result.accounting = [
    {
      path: 'contacts.csv',
      role: 'contacts',
      rows_read: 7,
      rows_used: 6,
      rows_rejected: 1,
      rejected_by_type: { 'missing-value': 1 },
      cells_blanked: 0,
      blanked_by_type: {},
    },
    {
      path: '/home/anna/data/interviews.csv',
      role: 'interviews',
      rows_read: 6,
      rows_used: 5,
      rows_rejected: 1,
      rejected_by_type: { 'constraint-error': 1 },
      cells_blanked: 1,
      blanked_by_type: { 'type-error': 1 },
    },
    {
      path: 'C:\\Users\\anna\\enquête.csv',
      role: 'survey',
      rows_read: 10,
      rows_used: 8,
      rows_rejected: 2,
      rejected_by_type: { 'duplicate-id': 1, 'constraint-error': 1 },
      cells_blanked: 3,
      blanked_by_type: { 'type-error': 1, 'constraint-error': 2 },
    },
  ];
  result.inputs = [
    { path: 'contacts.csv', role: 'contacts', sha256: SHA('a'), bytes: 512, encoding: 'utf-8', delimiter: ',' },
    { path: '/home/anna/data/interviews.csv', role: 'interviews', sha256: SHA('b'), bytes: 300, encoding: 'windows-1252', delimiter: ';' },
    { path: 'C:\\Users\\anna\\enquête.csv', role: 'survey', sha256: SHA('c'), bytes: 900, encoding: 'utf-8', delimiter: '\t' },
  ];
  result.issues = [
    { type: 'missing-value', severity: 'error', file: 'contacts.csv', line: 5, column: 'organisation', message: 'empty organisation' },
    { type: 'constraint-error', severity: 'error', file: 'interviews.csv', line: 4, column: 'strength', message: 'strength -1' },
    { type: 'duplicate-id', severity: 'error', file: 'enquête.csv', line: 9, column: 'respondent_id', message: 'seen before' },
    { type: 'constraint-error', severity: 'error', file: 'enquête.csv', line: 3, column: 'rating', message: 'rating 11' },
    { type: 'unknown-column', severity: 'warning', file: 'contacts.csv', line: 1, column: 'notes', message: 'unknown column' },
    { type: 'unknown-column', severity: 'warning', file: 'enquête.csv', line: 1, column: 'opmerking', message: 'unknown column' },
    { type: 'isolated-organisation', severity: 'warning', file: 'contacts.csv', line: 7, message: 'no relations' },
  ];
  result.nearDuplicates = [
    { a: 'gem. utrecht', b: IDS.gemeente, a_label: 'Gem. Utrecht', b_label: 'Gemeente Utrecht', similarity: 0.8571428571428571 },
  ];
  return result;
}

export function emptyResult(): AnalysisResult {
  return base(new UndirectedGraph<OrgAttributes, RelationAttributes>(), {
    nodes: 0,
    edges: 0,
    density: 0,
    components: 0,
    largest_component: 0,
    isolates: 0,
    communities: 0,
    modularity: 0,
    average_clustering: 0,
    transitivity: 0,
    total_weight: 0,
  });
}

export function oneNodeResult(): AnalysisResult {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  g.addNode(
    'kis',
    org('Kennisplatform "Één"', {
      type: 'knowledge_institute',
      region: 'Utrecht',
      kis_contacts: 1,
      community: 0,
      role: 'isolate',
      size: 1,
    }),
  );
  const result = base(g, {
    nodes: 1,
    edges: 0,
    density: 0,
    components: 1,
    largest_component: 1,
    isolates: 1,
    communities: 1,
    modularity: 0,
    average_clustering: 0,
    transitivity: 0,
    total_weight: 0,
  });
  result.communities = [
    {
      community: 0,
      size: 1,
      name: 'Kennisplatform "Één"',
      types: { knowledge_institute: 1 },
      regions: { Utrecht: 1 },
      top_members: ['Kennisplatform "Één"'],
      themes: [],
      internal_edges: 0,
      external_edges: 0,
      internal_weight: 0,
      kis_contacts: 1,
    },
  ];
  result.accounting = [
    {
      path: 'contacts.csv',
      role: 'contacts',
      rows_read: 1,
      rows_used: 1,
      rows_rejected: 0,
      rejected_by_type: {},
      cells_blanked: 0,
      blanked_by_type: {},
    },
  ];
  result.inputs = [{ path: 'contacts.csv', role: 'contacts', sha256: SHA('d'), bytes: 40, encoding: 'utf-8', delimiter: ',' }];
  return result;
}
