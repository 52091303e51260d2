/**
 * AnalysisResult fixtures for the map and layout tests: a small realistic graph (~60
 * organisations, metrics filled in), a hostile-label graph, an empty and a one-node graph, and a
 * generated planted-partition graph of any size (10,000 / 50,000 for the speed script).
 * Everything is seeded (mulberry32), so fixtures are identical on every run.
 */

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import eigenvector from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { AnalysisResult, CommunitySummary, GraphFigures } from '../../src/result.js';
import type { OrgAttributes, OrgGraph, RelationAttributes, Role } from '../../src/graph/types.js';
import { blankMetrics } from '../../src/graph/types.js';
import { edgeKey } from '../helpers/edge-key.js';
import type { StakeholderType } from '../../src/config/stakeholder-types.js';
import { layoutGraph } from '../../src/layout/index.js';
import { applyAppearance } from '../../src/appearance/index.js';
import { createRng } from '../../src/analyse/rng.js';
import { exactMethods, defaultParameters, noInsights } from '../helpers/result-defaults.js';
import { emptyPrivacyCounts } from '../../src/quality/privacy-counts.js';

export const TYPES: StakeholderType[] = [
  'government',
  'sector_organisation',
  'civil_society',
  'professional',
  'knowledge_institute',
  'other',
];
export const REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];
export const THEMES = ['inburgering', 'arbeidsmarkt', 'onderwijs', 'discriminatie', 'taal', 'gezondheid', 'wonen', 'participatie'];
export const PRODUCTS = [
  'Factsheet inburgering',
  'Handreiking taalcoaching',
  'Webinar arbeidsmarkt',
  'Kennisdossier discriminatie',
  'Monitor participatie',
  'Training interculturele communicatie',
  'Publicatie statushouders',
  'Toolkit wonen',
];
const PREFIX: Record<StakeholderType, string[]> = {
  government: ['Gemeente', 'Provincie', 'GGD', 'Waterschap'],
  sector_organisation: ['Vereniging', 'Branchevereniging', 'Koepel'],
  civil_society: ['Stichting', 'Vluchtelingenwerk', 'Buurtnetwerk'],
  professional: ['Adviesbureau', 'Praktijk', 'Coöperatie'],
  knowledge_institute: ['Hogeschool', 'Universiteit', 'Kenniscentrum'],
  other: ['Platform', 'Netwerk', 'Fonds'],
};
const PLACES = [
  'Amstelveen',
  'Zuidhoven',
  'Noordwaard',
  'Oosterlo',
  'Westmaas',
  'Bergdal',
  'Rivierstad',
  'Heuvelrug',
  'Lindeburg',
  'Meerzicht',
  'Polderwijk',
  'Duinrand',
  'Kanaaldorp',
  'Veenhuizen',
  'Eikenlaan',
  'Zandvoort-Oost',
  'Grasmeer',
  'Molenbeek',
  'Waterland',
  'Hoogeveld',
];

interface GenOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Planted community size. */
  communitySize?: number;
  /** Share of edges inside a planted community. */
  inside?: number;
  /** Share of organisations without any relation. */
  isolates?: number;
  /** Compute exact betweenness/closeness (slow above a few thousand nodes). */
  exactPaths?: boolean;
  /** Labels to use for the first organisations. */
  labels?: string[];
  layout?: boolean;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

/** A planted-partition stakeholder graph with every metric attribute filled in. */
export function generateGraph(o: GenOptions): OrgGraph {
  const rng = createRng(o.seed ?? 7);
  const csize = o.communitySize ?? 100;
  const inside = o.inside ?? 0.8;
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  const ids: string[] = [];
  const nIso = Math.round(o.nodes * (o.isolates ?? 0.04));
  for (let i = 0; i < o.nodes; i++) {
    const type = pick(rng, TYPES);
    const label = o.labels?.[i] ?? `${pick(rng, PREFIX[type])} ${pick(rng, PLACES)}${i >= 40 ? ` ${i + 1}` : ''}`;
    const id = `org-${String(i).padStart(5, '0')}`;
    ids.push(id);
    const themes = THEMES.filter(() => rng() < 0.25).sort();
    const respondents = rng() < 0.5 ? Math.floor(rng() * 6) : 0;
    const ratings = respondents > 0 ? Math.max(0, respondents - (rng() < 0.3 ? 1 : 0)) : 0;
    const products = respondents > 0 ? PRODUCTS.filter(() => rng() < 0.3).sort() : [];
    g.addNode(id, {
      label,
      type: rng() < 0.05 ? '' : type,
      region: rng() < 0.05 ? '' : pick(rng, REGIONS),
      themes,
      kis_contacts: rng() < 0.2 ? null : Math.floor(rng() * rng() * 40),
      respondents,
      ratings,
      rating_sum: 0, // the map does not use it
      rating_mean: ratings >= 3 ? Math.round((5 + rng() * 4.5) * 100) / 100 : null,
      products,
      sources: ['register', ...(respondents > 0 ? ['survey'] : [])] as OrgAttributes['sources'],
      extra: {},
      ...blankMetrics(),
    });
  }
  const connected = o.nodes - nIso;
  const nComm = Math.max(1, Math.round(connected / csize));
  let made = 0;
  let guard = 0;
  while (made < o.edges && guard++ < o.edges * 20 && connected > 1) {
    const a = Math.floor(rng() * connected);
    let b: number;
    if (rng() < inside) {
      const c = a % nComm;
      const members = Math.ceil((connected - c) / nComm);
      b = c + nComm * Math.floor(rng() * members);
      if (b >= connected) continue;
    } else b = Math.floor(rng() * connected);
    if (a === b) continue;
    const [s, t] = ids[a]! < ids[b]! ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!];
    const key = edgeKey(s, t);
    if (g.hasEdge(key)) continue;
    const fromInterview = rng() < 0.6;
    const fromSurvey = !fromInterview || rng() < 0.3;
    const sources: RelationAttributes['sources'] = [];
    if (fromInterview) sources.push('interview');
    if (fromSurvey) sources.push('survey');
    const interviews = fromInterview ? 1 + Math.floor(rng() * rng() * 3) : 0;
    const respondents = fromSurvey ? 1 + Math.floor(rng() * rng() * 3) : 0;
    g.addEdgeWithKey(key, s, t, {
      weight: interviews * (1 + Math.floor(rng() * 5)) + respondents,
      mentions: interviews + respondents,
      sources,
      interviews,
      respondents,
      relations: fromInterview ? [pick(rng, ['collaboration', 'knowledge_exchange', 'advice', 'funding', 'other'])] : [],
      themes: fromInterview && rng() < 0.5 ? [pick(rng, THEMES)] : [],
    });
    for (const n of [s, t]) {
      const src = g.getNodeAttribute(n, 'sources');
      const add = sources.filter((x) => !src.includes(x));
      if (add.length) g.setNodeAttribute(n, 'sources', [...src, ...add].sort() as OrgAttributes['sources']);
    }
    made++;
  }
  fillMetrics(g, rng, o.exactPaths ?? o.nodes <= 2000);
  if (o.layout !== false) {
    layoutGraph(g, { seed: o.seed ?? 7 });
    applyAppearance(g);
  }
  return g;
}

function fillMetrics(g: OrgGraph, rng: () => number, exact: boolean): void {
  const n = g.order;
  g.forEachNode((node) => {
    let s = 0;
    g.forEachEdge(node, (_e, a) => {
      s += a.weight;
    });
    g.mergeNodeAttributes(node, { degree: g.degree(node), strength: s });
  });
  if (n === 0) return;
  const pr = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight', alpha: 0.85 }) : {};
  let ev: Record<string, number> = {};
  try {
    if (g.size > 0) ev = eigenvector(g, { getEdgeWeight: null, maxIterations: 1000 });
  } catch {
    ev = {};
  }
  const bt = exact && n > 2 ? betweenness(g, { getEdgeWeight: null, normalized: true }) : {};
  const cl = exact ? closeness(g, { wassermanFaust: true }) : {};
  g.forEachNode((node, a) => {
    const d = a.degree;
    g.mergeNodeAttributes(node, {
      pagerank: pr[node] ?? 1 / n,
      eigenvector: ev[node] ?? d / Math.max(1, 2 * g.size),
      betweenness: bt[node] ?? (d > 0 ? (d * rng()) / (n * 10) : 0),
      closeness: cl[node] ?? (d > 0 ? 0.2 + rng() * 0.2 : 0),
      harmonic: d > 0 ? d * 2 + rng() * n * 0.1 : 0,
      core: Math.min(d, 1 + Math.floor(d / 2)),
      constraint: d > 0 ? Math.min(1, 1 / d + rng() * 0.1) : null,
      clustering: d > 1 ? Math.round(rng() * 1000) / 1000 : 0,
    });
  });
  if (g.size > 0) louvain.assign(g, { getEdgeWeight: 'weight', rng: createRng(42), nodeCommunityAttribute: 'community' });
  else g.forEachNode((node, _a) => g.setNodeAttribute(node, 'community', 0));
  // Renumber communities 0.. by size (desc), ties by the smallest member id.
  const members = new Map<number, string[]>();
  g.forEachNode((node, a) => {
    const l = members.get(a.community) ?? [];
    l.push(node);
    members.set(a.community, l);
  });
  const order = [...members.entries()].sort((x, y) => y[1].length - x[1].length || (x[1][0]! < y[1][0]! ? -1 : 1));
  order.forEach(([, list], i) => {
    for (const node of list) g.setNodeAttribute(node, 'community', i);
  });
  const bsorted = g.mapNodes((_n, a) => a.betweenness).sort((x, y) => y - x);
  const bcut = bsorted[Math.floor(bsorted.length * 0.1)] ?? Infinity;
  g.forEachNode((node, a) => {
    const role: Role =
      a.degree === 0 ? 'isolate' : a.betweenness > bcut && a.betweenness > 0 ? 'broker' : a.degree >= 6 ? 'core' : 'peripheral';
    g.setNodeAttribute(node, 'role', role);
  });
}

function figuresOf(g: OrgGraph): GraphFigures {
  const comms = new Set(g.mapNodes((_n, a) => a.community));
  let iso = 0;
  let tw = 0;
  g.forEachNode((n) => {
    if (g.degree(n) === 0) iso++;
  });
  g.forEachEdge((_e, a) => {
    tw += a.weight;
  });
  return {
    nodes: g.order,
    edges: g.size,
    density: g.order > 1 ? (2 * g.size) / (g.order * (g.order - 1)) : 0,
    components: iso + (g.size > 0 ? 1 : 0),
    largest_component: g.order - iso,
    isolates: iso,
    communities: comms.size,
    modularity: g.size > 0 ? 0.6123 : 0,
    average_clustering: 0.31,
    transitivity: 0.27,
    total_weight: tw,
  };
}

function communitiesOf(g: OrgGraph): CommunitySummary[] {
  const by = new Map<number, string[]>();
  g.forEachNode((n, a) => {
    const l = by.get(a.community) ?? [];
    l.push(n);
    by.set(a.community, l);
  });
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([c, list]) => ({
      community: c,
      size: list.length,
      name: `${g.getNodeAttribute(list[0]!, 'label')} +${list.length - 1}`,
      types: {},
      regions: {},
      top_members: list.slice(0, 3).map((n) => g.getNodeAttribute(n, 'label')),
      themes: [],
      internal_edges: 0,
      external_edges: 0,
      internal_weight: 0,
      kis_contacts: 0,
    }));
}

/** Wraps a graph into an AnalysisResult with plausible tables. */
export function resultOf(g: OrgGraph, over: Partial<AnalysisResult> = {}): AnalysisResult {
  const productUsage: AnalysisResult['productUsage'] = [];
  g.forEachNode((n, a) => {
    for (const p of a.products) productUsage.push({ organisation: n, product: p, respondents: Math.max(1, Math.min(a.respondents, 2)) });
  });
  productUsage.sort((a, b) =>
    a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : a.product < b.product ? -1 : a.product > b.product ? 1 : 0,
  );
  return {
    graph: g,
    figures: figuresOf(g),
    communities: communitiesOf(g),
    products: [],
    productUsage,
    accounting: [
      {
        path: 'contacts.csv',
        role: 'contacts',
        rows_read: g.order,
        rows_used: g.order,
        rows_rejected: 0,
        rejected_by_type: {},
        cells_blanked: 0,
        blanked_by_type: {},
      },
      {
        path: 'interviews.csv',
        role: 'interviews',
        rows_read: g.size,
        rows_used: g.size,
        rows_rejected: 0,
        rejected_by_type: {},
        cells_blanked: 0,
        blanked_by_type: {},
      },
      {
        path: 'survey.csv',
        role: 'survey',
        rows_read: 40,
        rows_used: 38,
        rows_rejected: 2,
        rejected_by_type: { 'missing-value': 2 },
        cells_blanked: 0,
        blanked_by_type: {},
      },
    ],
    inputs: [],
    issues: [],
    nearDuplicates: [],
    privacy: emptyPrivacyCounts(),
    methods: exactMethods(),
    insights: noInsights(),
    parameters: defaultParameters(),
    version: '0.1.0',
    ...over,
  };
}

/** ~60 organisations in 4–6 communities, with isolates, suppressed ratings and products. */
export function smallResult(): AnalysisResult {
  const labels: string[] = [];
  labels[0] = 'Gemeente Utrecht';
  labels[1] = 'Vluchtelingenwerk Midden-Nederland';
  labels[2] = 'Hogeschool Rivierstad';
  return resultOf(generateGraph({ nodes: 60, edges: 130, seed: 11, communitySize: 14, inside: 0.85, isolates: 0.07, labels }));
}

export const HOSTILE_LABELS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert("xss1")</script>',
  '<!-- comment & "quotes" \u2028 line \u2029 para',
  'Ampersand & <b>bold</b> > less',
  '<svg onload=alert(3)>',
  "'; alert(4); //",
];

/** A graph whose labels, regions and themes try to inject HTML and script. */
export function hostileResult(): AnalysisResult {
  const g = generateGraph({ nodes: 12, edges: 20, seed: 3, communitySize: 6, isolates: 0, labels: HOSTILE_LABELS, layout: false });
  g.setNodeAttribute('org-00000', 'region', '<img src=y onerror=alert(5)>');
  g.setNodeAttribute('org-00001', 'themes', ['<script>alert(6)</script>', 'taal']);
  layoutGraph(g, { seed: 3 });
  applyAppearance(g);
  return resultOf(g, { productUsage: [{ organisation: 'org-00000', product: '<img src=z onerror=alert(7)>', respondents: 3 }] });
}

export function emptyResult(): AnalysisResult {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  return resultOf(g, { accounting: [] });
}

export function oneNodeResult(): AnalysisResult {
  const g = generateGraph({ nodes: 1, edges: 0, seed: 5, isolates: 1, labels: ['Stichting Alleen'] });
  return resultOf(g);
}

/** The medium benchmark: 10,000 organisations, 50,000 relations. */
export function mediumResult(nodes = 10000, edges = 50000): AnalysisResult {
  return resultOf(generateGraph({ nodes, edges, seed: 42, exactPaths: false }));
}
