/**
 * The declarative list of node metrics: one entry per `nodes.csv` column of
 * docs/contract.md §4/§5, in column order. Everything that lists metrics derives from this one
 * list: the node columns of nodes.csv, graph.json, GEXF and GraphML (export/attributes.ts), the
 * map's per-organisation numbers (NUMERIC_METRICS), its size and colour menus, table and side
 * panel, and the report's rankings. Adding a metric is one entry here, its kernel in analyse/,
 * its OrgAttributes field and a test. The explanations are written for programme staff, not
 * for network scientists.
 */

import type { OrgAttributes } from '../graph/types.js';

export interface MetricSpec {
  /** Node attribute and CSV column name. */
  id: keyof OrgAttributes;
  label: { nl: string; en: string };
  /** One plain-language line: what a high (or low) value means. */
  explain: { nl: string; en: string };
  /** True when the edge `weight` (evidence strength) is used. */
  weighted: boolean;
  /** Numbers (`number`, `integer`) travel to the map as NUMERIC_METRICS; categories do not. */
  kind: 'number' | 'integer' | 'category';
  /** The column type in nodes.csv, graph.json, GEXF and GraphML. */
  column: 'int' | 'double' | 'string';
  /** True for the all-pairs metrics, estimated from a sample on large networks. */
  allPairs?: true;
  /** Position in the map's "size by" menu (0 = first), if offered there. */
  sizeMenu?: number;
  /** Position in the map's "colour by" menu (0 = first), if offered there. */
  colourMenu?: number;
  /** Position among the numeric metric columns of the map's table, if shown there. */
  mapTable?: number;
  /** Ranked in the report's key-stakeholder section: with these decimals, only values above 0 if `positive`. */
  report?: { decimals: number; positive: boolean };
}

export const METRICS = [
  {
    id: 'community',
    kind: 'category',
    weighted: true,
    column: 'int',
    colourMenu: 0,
    label: { nl: 'Gemeenschap', en: 'Community' },
    explain: {
      nl: 'Groep organisaties die onderling meer en sterkere banden hebben dan met de rest (Louvain); 0 is de grootste groep.',
      en: 'Group of organisations with more and stronger ties among themselves than with the rest (Louvain); 0 is the largest group.',
    },
  },
  {
    id: 'degree',
    kind: 'integer',
    weighted: false,
    column: 'int',
    sizeMenu: 1,
    mapTable: 0,
    label: { nl: 'Aantal relaties', en: 'Degree' },
    explain: {
      nl: 'Met hoeveel andere organisaties deze organisatie een relatie heeft.',
      en: 'How many other organisations this organisation has a tie with.',
    },
  },
  {
    id: 'strength',
    kind: 'number',
    weighted: true,
    column: 'double',
    sizeMenu: 2,
    mapTable: 1,
    label: { nl: 'Sterkte', en: 'Strength' },
    explain: {
      nl: 'Som van de sterkte van al haar relaties: veel en sterk genoemde banden geven een hoge waarde.',
      en: 'Sum of the strength of all its ties: many, often-mentioned ties give a high value.',
    },
  },
  {
    id: 'betweenness',
    kind: 'number',
    weighted: false,
    column: 'double',
    allPairs: true,
    sizeMenu: 3,
    mapTable: 2,
    report: { decimals: 3, positive: true },
    label: { nl: 'Tussenpositie', en: 'Betweenness' },
    explain: {
      nl: 'Hoe vaak de organisatie op de kortste route tussen twee andere ligt: hoog = verbindt delen van het netwerk.',
      en: 'How often the organisation lies on the shortest route between two others: high = connects parts of the network.',
    },
  },
  {
    id: 'closeness',
    kind: 'number',
    weighted: false,
    column: 'double',
    allPairs: true,
    mapTable: 5,
    label: { nl: 'Nabijheid', en: 'Closeness' },
    explain: {
      nl: 'Hoe dichtbij (in aantal stappen) de organisatie gemiddeld bij alle andere staat; hoog = snel iedereen bereiken.',
      en: 'How close (in steps) the organisation is on average to all others; high = reaches everyone quickly.',
    },
  },
  {
    id: 'harmonic',
    kind: 'number',
    weighted: false,
    column: 'double',
    allPairs: true,
    label: { nl: 'Bereik', en: 'Harmonic centrality' },
    explain: {
      nl: 'Bereik in het netwerk: directe partners tellen 1, partners van partners ½, enzovoort.',
      en: 'Reach in the network: direct partners count 1, partners of partners ½, and so on.',
    },
  },
  {
    id: 'eigenvector',
    kind: 'number',
    weighted: false,
    column: 'double',
    sizeMenu: 4,
    mapTable: 4,
    label: { nl: 'Invloed (eigenvector)', en: 'Eigenvector centrality' },
    explain: {
      nl: 'Hoog als de organisatie banden heeft met organisaties die zelf veel banden hebben.',
      en: 'High when the organisation is tied to organisations that are well connected themselves.',
    },
  },
  {
    id: 'pagerank',
    kind: 'number',
    weighted: true,
    column: 'double',
    sizeMenu: 0,
    mapTable: 3,
    report: { decimals: 4, positive: false },
    label: { nl: 'PageRank', en: 'PageRank' },
    explain: {
      nl: 'Belang volgens sterke banden met belangrijke partners (zoals Google webpagina’s rangschikt); alle waarden samen zijn 1.',
      en: 'Importance through strong ties with important partners (the way Google ranks web pages); all values add up to 1.',
    },
  },
  {
    id: 'core',
    kind: 'integer',
    weighted: false,
    column: 'int',
    label: { nl: 'Kerngetal', en: 'Core number' },
    explain: {
      nl: 'Hoe diep de organisatie in het dichtste deel van het netwerk zit: hoog = deel van een groep waarin iedereen veel partners heeft.',
      en: 'How deep the organisation sits in the densest part of the network: high = part of a group in which everyone has many partners.',
    },
  },
  {
    id: 'constraint',
    kind: 'number',
    weighted: false,
    column: 'double',
    label: { nl: 'Ingeslotenheid', en: 'Constraint' },
    explain: {
      nl: 'Laag = de partners kennen elkaar niet, de organisatie overbrugt gaten; hoog = alle partners zitten in één kring (leeg bij geen relaties).',
      en: 'Low = its partners do not know each other, it bridges gaps; high = all partners are in one circle (empty when it has no ties).',
    },
  },
  {
    id: 'clustering',
    kind: 'number',
    weighted: false,
    column: 'double',
    label: { nl: 'Clustering', en: 'Clustering' },
    explain: {
      nl: 'Aandeel van de partners dat ook onderling een relatie heeft (0 tot 1).',
      en: 'Share of its partners that also have a tie with each other (0 to 1).',
    },
  },
  {
    id: 'role',
    kind: 'category',
    weighted: false,
    column: 'string',
    colourMenu: 3,
    label: { nl: 'Rol', en: 'Role' },
    explain: {
      nl: 'Kern (spil van de eigen groep), makelaar (verbindt groepen), periferie (aan de rand) of geïsoleerd (geen relaties).',
      en: 'Core (hub of its own group), broker (links groups), peripheral (at the edge) or isolate (no ties).',
    },
  },
  {
    id: 'effective_size',
    kind: 'number',
    weighted: false,
    column: 'double',
    label: { nl: 'Effectieve omvang', en: 'Effective size' },
    explain: {
      nl: 'Aantal partners min hun onderlinge overlap: hoog = veel partners die elkaar niet kennen (leeg bij geen relaties).',
      en: 'Number of partners less their overlap: high = many partners who do not know each other (empty when it has no ties).',
    },
  },
  {
    id: 'brokerage_coordinator',
    kind: 'integer',
    weighted: false,
    column: 'int',
    label: { nl: 'Makelaar binnen eigen soort', en: 'Brokerage: coordinator' },
    explain: {
      nl: 'Paren partners die elkaar niet kennen en van hetzelfde soort zijn als de organisatie zelf (leeg bij onbekend soort).',
      en: 'Pairs of partners who do not know each other, both of the organisation’s own type (empty when its type is unknown).',
    },
  },
  {
    id: 'brokerage_itinerant',
    kind: 'integer',
    weighted: false,
    column: 'int',
    label: { nl: 'Makelaar voor een ander soort', en: 'Brokerage: itinerant' },
    explain: {
      nl: 'Paren partners die elkaar niet kennen, onderling van hetzelfde soort maar een ander dan de organisatie (leeg bij onbekend soort).',
      en: 'Pairs of partners who do not know each other, of one type but not the organisation’s own (empty when its type is unknown).',
    },
  },
  {
    id: 'brokerage_gatekeeper',
    kind: 'integer',
    weighted: false,
    column: 'int',
    label: { nl: 'Poortwachter', en: 'Brokerage: gatekeeper' },
    explain: {
      nl: 'Paren partners die elkaar niet kennen, één van het eigen soort en één van een ander: de organisatie is de toegang tot haar soort (leeg bij onbekend soort).',
      en: 'Pairs of partners who do not know each other, one of its own type and one of another: it is the way in to its type (empty when its type is unknown).',
    },
  },
  {
    id: 'brokerage_liaison',
    kind: 'integer',
    weighted: false,
    column: 'int',
    label: { nl: 'Verbinder tussen soorten', en: 'Brokerage: liaison' },
    explain: {
      nl: 'Paren partners die elkaar niet kennen, alle drie van een verschillend soort (leeg bij onbekend soort).',
      en: 'Pairs of partners who do not know each other, all three of a different type (empty when its type is unknown).',
    },
  },
] as const satisfies readonly MetricSpec[];

/** One entry of METRICS, with its literal id and kind. */
export type Metric = (typeof METRICS)[number];
export type MetricId = Metric['id'];
/** The metrics that are numbers (not categories). */
export type NumericMetric = Extract<Metric, { kind: 'number' | 'integer' }>['id'];
/** The metrics the report ranks organisations by. */
export type ReportMetric = Extract<Metric, { report: object }>['id'];
/** The metrics in the map's size menu, colour menu and table. */
export type SizeMetric = Extract<Metric, { sizeMenu: number }>['id'];
export type ColourMetric = Extract<Metric, { colourMenu: number }>['id'];
export type TableMetric = Extract<Metric, { mapTable: number }>['id'];

/** True for a metric that is a number, not a category. */
export const isNumericMetric = (m: Metric): m is Extract<Metric, { kind: 'number' | 'integer' }> => m.kind !== 'category';

/** The ids of the metrics that have `field` set, ordered by its value (menu positions). */
export function metricsBy(field: 'sizeMenu' | 'colourMenu' | 'mapTable'): Array<{ id: MetricId; at: number }> {
  const out: Array<{ id: MetricId; at: number }> = [];
  for (const m of METRICS as readonly MetricSpec[]) if (m[field] !== undefined) out.push({ id: m.id as MetricId, at: m[field] });
  return out.sort((a, b) => a.at - b.at);
}
