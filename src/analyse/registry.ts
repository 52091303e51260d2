/**
 * The declarative list of node metrics: one entry per `nodes.csv` column of
 * docs/contract.md §4/§5, in column order. CSV writers, GEXF/GraphML attributes, the map's size/colour
 * menus, its side panel and the report all derive from this one list; the explanations are
 * written for programme staff, not for network scientists.
 */

import type { OrgAttributes } from '../graph/types.js';

export type MetricId =
  | 'community'
  | 'degree'
  | 'strength'
  | 'betweenness'
  | 'closeness'
  | 'harmonic'
  | 'eigenvector'
  | 'pagerank'
  | 'core'
  | 'constraint'
  | 'clustering'
  | 'role';

export interface MetricSpec {
  /** Node attribute and CSV column name. */
  id: MetricId & keyof OrgAttributes;
  label: { nl: string; en: string };
  /** One plain-language line: what a high (or low) value means. */
  explain: { nl: string; en: string };
  /** True when the edge `weight` (evidence strength) is used. */
  weighted: boolean;
  kind: 'number' | 'integer' | 'category';
}

export const METRICS: readonly MetricSpec[] = [
  {
    id: 'community',
    kind: 'category',
    weighted: true,
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
    label: { nl: 'Rol', en: 'Role' },
    explain: {
      nl: 'Kern (spil van de eigen groep), makelaar (verbindt groepen), periferie (aan de rand) of geïsoleerd (geen relaties).',
      en: 'Core (hub of its own group), broker (links groups), peripheral (at the edge) or isolate (no ties).',
    },
  },
];
