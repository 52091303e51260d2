/**
 * Every word of the map in Dutch and English. Both tables are in the bundle, so the page can
 * switch language in place. Metric names and their one-line explanations come from the metric
 * registry (src/analyse/registry.ts), the single source the report and the CSV also use.
 */

import { METRICS, type MetricId } from '../analyse/registry.js';
import type { CoverageWarning, EDGE_CHANGE_IDS, NODE_CHANGE_IDS, RELATION_KIND_IDS } from '../export/html/payload-types.js';
import type { CategoryColourMode, EdgeColourMode, SizeMode } from './state.js';

export type Lang = 'nl' | 'en';

export interface Strings {
  locale: string;
  title: string;
  subtitle: string;
  languageLabel: string;
  loading: string;
  // header
  organisations: string;
  relations: string;
  communities: string;
  modularity: string;
  summaryLabel: string;
  parametersLabel: string;
  params: (p: { network: string; seed: number; minGroupSize: number; allPairs: string; version: string; mapMax: string }) => string;
  networkKinds: Record<string, string>;
  exact: string;
  sampled: (k: number | null) => string;
  example: string;
  coverageTitle: string;
  warning: (w: CoverageWarning, pct: (x: number) => string) => string;
  truncated: (shown: string, total: string, leftNodes: string, leftEdges: string, folder: string | null) => string;
  noWebgl: string;
  renderFailed: string;
  emptyGraph: string;
  oneNode: string;
  // controls
  controlsLabel: string;
  search: string;
  searchPlaceholder: string;
  searchHint: string;
  noMatches: string;
  colourBy: string;
  sizeBy: string;
  colourModes: Record<CategoryColourMode, string>;
  colourGroups: { groups: string; numbers: string; other: string };
  numericNames: Record<'kis' | 'respondents' | 'rating', string>;
  engagementMode: string;
  changeMode: string;
  edgeColourBy: string;
  edgeModes: Record<EdgeColourMode, string>;
  suppressedShort: string;
  noValue: string;
  gradientHint: (n: string) => string;
  engagementBand: (from: number, to: number | null) => string;
  notShortlisted: string;
  nodeChange: Record<(typeof NODE_CHANGE_IDS)[number], string>;
  edgeChange: Record<(typeof EDGE_CHANGE_IDS)[number], string>;
  relationKinds: Record<(typeof RELATION_KIND_IDS)[number], string>;
  severalKinds: string;
  noKind: string;
  relationKind: string;
  relationsLegend: string;
  alsoKnownAs: string;
  moreNeighbours: (n: number) => string;
  ego: string;
  egoNone: string;
  egoSteps: (k: number) => string;
  egoOf: (label: string) => string;
  egoShow: string;
  egoClear: string;
  exportSvg: string;
  exportFilters: (list: string) => string;
  exportNoFilters: string;
  exportMade: (date: string) => string;
  exportFigures: (orgs: string, rels: string) => string;
  downloadCsv: string;
  engagementTitle: string;
  engagementRank: (rank: number, of: number) => string;
  engagementScore: string;
  engagementReasons: string;
  changeTitle: (old: string) => string;
  changeStatus: string;
  goneTitle: (old: string) => string;
  goneOrganisations: (n: number) => string;
  goneRelations: (n: number) => string;
  noneGone: string;
  andMore: (n: number) => string;
  controlsOpen: string;
  controlsClose: string;
  sizeModes: Record<SizeMode, string>;
  legend: string;
  legendSize: (metric: string) => string;
  community: (c: number) => string;
  otherCommunities: (k: number) => string;
  singletons: (k: number) => string;
  otherRegions: (k: number) => string;
  unknown: string;
  filters: string;
  all: string;
  none: string;
  type: string;
  region: string;
  theme: string;
  allThemes: string;
  sourceOfEvidence: string;
  sources: Record<'interview' | 'survey' | 'register', string>;
  minWeight: string;
  twoSources: string;
  twoSourcesHint: string;
  productsLayer: string;
  resetFilters: string;
  visibleCount: (orgs: string, total: string, rels: string) => string;
  // map toolbar
  mapLabel: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  labels: string;
  exportPng: string;
  viewMap: string;
  viewTable: string;
  // table
  tableCaption: (n: string) => string;
  tableHint: string;
  noRows: string;
  sortAsc: string;
  sortDesc: string;
  // panel
  panelLabel: string;
  panelEmpty: string;
  close: string;
  hiddenByFilters: string;
  kind: string;
  themes: string;
  role: string;
  roles: Record<string, string>;
  types: Record<string, string>;
  metricsTitle: string;
  relationsTitle: (n: number) => string;
  noRelations: string;
  weight: string;
  showAll: (n: number) => string;
  kisSurveyTitle: string;
  kisContacts: string;
  respondents: string;
  ratingMean: string;
  ratingCount: string;
  suppressed: (m: number) => string;
  noRatings: string;
  notKnown: string;
  productsUsed: string;
  product: string;
  usedBy: (n: number) => string;
  communitySize: (n: number, formatted: string) => string;
  seenIn: string;
}

const NL: Strings = {
  locale: 'nl-NL',
  title: 'KIS-stakeholderkaart',
  subtitle: 'Netwerk van organisaties rond het Kennisplatform Inclusief Samenleven',
  languageLabel: 'Taal',
  loading: 'De kaart wordt geladen…',
  organisations: 'Organisaties',
  relations: 'Relaties',
  communities: 'Gemeenschappen',
  modularity: 'Modulariteit',
  summaryLabel: 'Samenvatting van de gegevens',
  parametersLabel: 'Instellingen van deze analyse',
  params: (p) =>
    `Netwerk: ${p.network} · startgetal ${p.seed} · minimale groepsgrootte ${p.minGroupSize} · tussenpositie/nabijheid: ${p.allPairs} · kaart tot ${p.mapMax} organisaties · kis-network ${p.version}`,
  networkKinds: { relations: 'relaties uit interviews en enquête', 'co-usage': 'co-gebruik van kennisproducten' },
  exact: 'exact',
  sampled: (k) => `geschat met een steekproef${k ? ` van ${k} bronnen` : ''}`,
  example: 'Let op: deze kaart gebruikt de meegeleverde voorbeeldgegevens (verzonnen organisaties).',
  coverageTitle: 'Let op, de gegevens zijn dun:',
  warning: (w, pct) => {
    switch (w.code) {
      case 'no-relations':
        return 'Er zijn geen relaties gevonden: de kaart toont alleen losse organisaties.';
      case 'isolates':
        return `${w.count} organisaties (${pct(w.share)}) hebben geen enkele bekende relatie.`;
      case 'single-source':
        return `Alle relaties komen uit één bron (${w.source === 'interview' ? 'interviews' : 'de enquête'}): ze zijn niet met een tweede bron te controleren.`;
      case 'no-register':
        return 'Er is geen stakeholderregister ingelezen: type, regio en KIS-contacten zijn grotendeels onbekend.';
      case 'few-relations':
        return `Organisaties hebben gemiddeld maar ${String(w.mean).replace('.', ',')} relaties.`;
      case 'rejected-rows':
        return `${w.count} invoerrijen (${pct(w.share)}) zijn afgewezen; kis-network validate toont welke.`;
      case 'sampled':
        return `Tussenpositie en nabijheid zijn geschat met een steekproef${w.samples ? ` van ${w.samples} bronnen` : ''}, niet exact berekend.`;
    }
  },
  truncated: (shown, total, leftNodes, leftEdges, folder) =>
    `De kaart toont de ${shown} belangrijkste van ${total} organisaties (hoogste PageRank). ${leftNodes} organisaties en ${leftEdges} relaties zijn weggelaten. Alle gegevens staan in nodes.csv, edges.csv en graph.gexf in ${folder ? `de map ${folder}` : 'dezelfde map als dit bestand'}.`,
  noWebgl:
    'Deze browser kan de kaart niet tekenen: WebGL ontbreekt of staat uit. De tabel hieronder toont alle organisaties en werkt gewoon; zet hardwareversnelling aan of open het bestand in een andere browser om de kaart te zien.',
  renderFailed: 'De kaart kon niet getekend worden. De tabel werkt wel.',
  emptyGraph:
    'Deze gegevens bevatten geen organisaties, dus er is niets te tekenen. Controleer de invoerbestanden met kis-network validate.',
  oneNode: 'Er is maar één organisatie, zonder relaties.',
  controlsLabel: 'Zoeken, weergave en filters',
  search: 'Zoek een organisatie',
  searchPlaceholder: 'Naam van een organisatie…',
  searchHint: 'Typ een deel van de naam en kies met de pijltjestoetsen en Enter.',
  noMatches: 'Geen organisatie gevonden',
  colourBy: 'Kleur volgens',
  sizeBy: 'Grootte volgens',
  colourModes: { community: 'gemeenschap', type: 'type stakeholder', region: 'regio', role: 'rol' },
  sizeModes: {
    degree: 'aantal relaties',
    strength: 'sterkte',
    betweenness: 'tussenpositie',
    pagerank: 'PageRank',
    eigenvector: 'invloed (eigenvector)',
    kis: 'KIS-contacten',
  },
  colourGroups: { groups: 'Groepen', numbers: 'Getallen', other: 'Overig' },
  numericNames: { kis: 'KIS-contacten', respondents: 'respondenten', rating: 'rapportcijfer' },
  engagementMode: 'wie betrekken (lijst)',
  changeMode: 'verandering',
  edgeColourBy: 'Kleur van relaties',
  edgeModes: { plain: 'één kleur', kind: 'soort relatie', change: 'verandering' },
  suppressedShort: 'onderdrukt',
  noValue: 'geen waarde',
  gradientHint: (n) => `Kleur volgt de rangorde van de ${n} organisaties met een waarde: licht = laag, donker = hoog.`,
  engagementBand: (from, to) => (to === null ? `wie betrekken: plaats ${from} en verder` : `wie betrekken: plaats ${from}–${to}`),
  notShortlisted: 'niet op de lijst',
  nodeChange: { new: 'nieuw', stayed: 'gelijk gebleven', stronger: 'sterker verbonden', weaker: 'zwakker verbonden' },
  edgeChange: { new: 'nieuw', stronger: 'sterker', weaker: 'zwakker', same: 'gelijk' },
  relationKinds: {
    collaboration: 'samenwerking',
    knowledge_exchange: 'kennisuitwisseling',
    advice: 'advies',
    funding: 'financiering',
    other: 'overig',
  },
  severalKinds: 'meerdere soorten',
  noKind: 'soort niet vastgelegd',
  relationKind: 'Soort relatie',
  relationsLegend: 'Relaties',
  alsoKnownAs: 'ook:',
  moreNeighbours: (n) => `+${n} meer`,
  ego: 'Buurt van een organisatie',
  egoNone: 'Kies een organisatie op de kaart of in de tabel en gebruik daar “Toon alleen de buurt”.',
  egoSteps: (k) => (k === 1 ? 'directe buren' : 'buren en hun buren'),
  egoOf: (l) => `Alleen ${l} en de buren`,
  egoShow: 'Toon alleen de buurt',
  egoClear: 'Hele netwerk tonen',
  exportSvg: 'Opslaan als SVG',
  exportFilters: (l) => `Filters: ${l}`,
  exportNoFilters: 'Geen filters: alle organisaties',
  exportMade: (d) => `Gemaakt op ${d}`,
  exportFigures: (o, r) => `${o} organisaties, ${r} relaties`,
  downloadCsv: 'Download zichtbare rijen (CSV)',
  engagementTitle: 'Wie betrekken',
  engagementRank: (r, n) => `Plaats ${r} van ${n} op de lijst`,
  engagementScore: 'Score',
  engagementReasons: 'Waarom',
  changeTitle: (o) => `Verandering sinds ${o}`,
  changeStatus: 'Status',
  goneTitle: (o) => `Verdwenen sinds ${o}`,
  goneOrganisations: (n) => `${n} ${n === 1 ? 'organisatie' : 'organisaties'}`,
  goneRelations: (n) => `${n} ${n === 1 ? 'relatie' : 'relaties'}`,
  noneGone: 'Niets verdwenen.',
  andMore: (n) => `… en nog ${n}`,
  controlsOpen: 'Zoeken en filters',
  controlsClose: 'Filters sluiten',
  legend: 'Legenda',
  legendSize: (m) => `Grootte van een bol: ${m} (groter = hoger).`,
  community: (c) => `Gemeenschap ${c}`,
  otherCommunities: (k) => `Overige ${k} gemeenschappen (kleuren herhalen zich)`,
  singletons: (k) => `Organisaties alleen in hun gemeenschap (${k})`,
  otherRegions: (k) => `Overige regio’s (${k})`,
  unknown: 'onbekend',
  filters: 'Filters',
  all: 'alle',
  none: 'geen',
  type: 'Type',
  region: 'Regio',
  theme: 'Thema',
  allThemes: 'alle thema’s',
  sourceOfEvidence: 'Bron van de relatie',
  sources: { interview: 'interview', survey: 'enquête', register: 'register' },
  minWeight: 'Minimale sterkte van een relatie',
  twoSources: 'Alleen relaties met minstens twee bronnen',
  twoSourcesHint: 'genoemd in minstens twee verschillende interviews of door twee respondenten',
  productsLayer: 'Toon kennisproducten',
  resetFilters: 'Filters wissen',
  visibleCount: (o, t, r) => `${o} van ${t} organisaties en ${r} relaties zichtbaar`,
  mapLabel: 'Netwerkkaart',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Alles tonen',
  labels: 'Namen',
  exportPng: 'Opslaan als PNG',
  viewMap: 'Kaart',
  viewTable: 'Tabel',
  tableCaption: (n) => `${n} zichtbare organisaties`,
  tableHint: 'Pijltjes omhoog/omlaag kiezen een rij, Enter opent de details; klik op een kolomkop om te sorteren.',
  noRows: 'Geen organisaties zichtbaar met deze filters.',
  sortAsc: 'oplopend gesorteerd',
  sortDesc: 'aflopend gesorteerd',
  panelLabel: 'Details',
  panelEmpty: 'Klik op een organisatie of zoek er een om de details te zien.',
  close: 'Sluiten',
  hiddenByFilters: 'Deze organisatie valt buiten de huidige filters.',
  kind: 'Type',
  themes: 'Thema’s',
  role: 'Rol',
  roles: { core: 'kern', broker: 'makelaar', peripheral: 'periferie', isolate: 'geïsoleerd' },
  types: {
    government: 'overheid',
    sector_organisation: 'sectororganisatie',
    civil_society: 'maatschappelijke organisatie',
    professional: 'professional',
    knowledge_institute: 'kennisinstelling',
    other: 'overig',
  },
  metricsTitle: 'Positie in het netwerk',
  relationsTitle: (n) => `Relaties (${n})`,
  noRelations: 'Geen bekende relaties.',
  weight: 'sterkte',
  showAll: (n) => `Toon alle ${n}`,
  kisSurveyTitle: 'KIS-contacten en enquête',
  kisContacts: 'Contactmomenten met KIS',
  respondents: 'Respondenten in de enquête',
  ratingMean: 'Gemiddeld rapportcijfer',
  ratingCount: 'Aantal cijfers',
  suppressed: (m) => `onderdrukt: minder dan ${m} cijfers`,
  noRatings: 'geen cijfers',
  notKnown: 'niet bekend',
  productsUsed: 'Gebruikte kennisproducten',
  product: 'Kennisproduct',
  usedBy: (n) => `Gebruikt door ${n} organisaties`,
  communitySize: (n, f) => `${f} ${n === 1 ? 'lid' : 'leden'}`,
  seenIn: 'Gezien in',
};

const EN: Strings = {
  locale: 'en-GB',
  title: 'KIS stakeholder map',
  subtitle: 'Network of organisations around the Knowledge Platform Inclusive Society',
  languageLabel: 'Language',
  loading: 'Loading the map…',
  organisations: 'Organisations',
  relations: 'Relations',
  communities: 'Communities',
  modularity: 'Modularity',
  summaryLabel: 'Dataset summary',
  parametersLabel: 'Parameters of this run',
  params: (p) =>
    `Network: ${p.network} · seed ${p.seed} · minimum group size ${p.minGroupSize} · betweenness/closeness: ${p.allPairs} · map up to ${p.mapMax} organisations · kis-network ${p.version}`,
  networkKinds: { relations: 'relations from interviews and survey', 'co-usage': 'co-usage of knowledge products' },
  exact: 'exact',
  sampled: (k) => `estimated from a sample${k ? ` of ${k} sources` : ''}`,
  example: 'Note: this map uses the bundled example data (fictional organisations).',
  coverageTitle: 'Note, the data are thin:',
  warning: (w, pct) => {
    switch (w.code) {
      case 'no-relations':
        return 'No relations were found: the map shows only separate organisations.';
      case 'isolates':
        return `${w.count} organisations (${pct(w.share)}) have no known relation at all.`;
      case 'single-source':
        return `Every relation comes from one source (${w.source === 'interview' ? 'interviews' : 'the survey'}): none can be checked against a second source.`;
      case 'no-register':
        return 'No stakeholder register was read: type, region and KIS contacts are mostly unknown.';
      case 'few-relations':
        return `Organisations have only ${w.mean} relations on average.`;
      case 'rejected-rows':
        return `${w.count} input rows (${pct(w.share)}) were rejected; kis-network validate shows which.`;
      case 'sampled':
        return `Betweenness and closeness are estimated from a sample${w.samples ? ` of ${w.samples} sources` : ''}, not computed exactly.`;
    }
  },
  truncated: (shown, total, leftNodes, leftEdges, folder) =>
    `The map shows the ${shown} most important of ${total} organisations (highest PageRank). ${leftNodes} organisations and ${leftEdges} relations are left out. All data are in nodes.csv, edges.csv and graph.gexf in ${folder ? `the folder ${folder}` : 'the same folder as this file'}.`,
  noWebgl:
    'This browser cannot draw the map: WebGL is missing or switched off. The table below lists every organisation and works as usual; turn on hardware acceleration or open the file in another browser to see the map.',
  renderFailed: 'The map could not be drawn. The table still works.',
  emptyGraph: 'These data contain no organisations, so there is nothing to draw. Check the input files with kis-network validate.',
  oneNode: 'There is only one organisation, without relations.',
  controlsLabel: 'Search, display and filters',
  search: 'Find an organisation',
  searchPlaceholder: 'Name of an organisation…',
  searchHint: 'Type part of the name, choose with the arrow keys and Enter.',
  noMatches: 'No organisation found',
  colourBy: 'Colour by',
  sizeBy: 'Size by',
  colourModes: { community: 'community', type: 'stakeholder type', region: 'region', role: 'role' },
  sizeModes: {
    degree: 'degree',
    strength: 'strength',
    betweenness: 'betweenness',
    pagerank: 'PageRank',
    eigenvector: 'eigenvector centrality',
    kis: 'KIS contacts',
  },
  colourGroups: { groups: 'Groups', numbers: 'Numbers', other: 'Other' },
  numericNames: { kis: 'KIS contacts', respondents: 'respondents', rating: 'rating' },
  engagementMode: 'whom to involve (shortlist)',
  changeMode: 'change',
  edgeColourBy: 'Colour relations by',
  edgeModes: { plain: 'one colour', kind: 'relation kind', change: 'change' },
  suppressedShort: 'suppressed',
  noValue: 'no value',
  gradientHint: (n) => `Colour follows the rank of the ${n} organisations with a value: light = low, dark = high.`,
  engagementBand: (from, to) => (to === null ? `shortlist: rank ${from} and below` : `shortlist: rank ${from}–${to}`),
  notShortlisted: 'not on the shortlist',
  nodeChange: { new: 'new', stayed: 'stayed the same', stronger: 'more strongly connected', weaker: 'less strongly connected' },
  edgeChange: { new: 'new', stronger: 'stronger', weaker: 'weaker', same: 'same' },
  relationKinds: {
    collaboration: 'collaboration',
    knowledge_exchange: 'knowledge exchange',
    advice: 'advice',
    funding: 'funding',
    other: 'other',
  },
  severalKinds: 'several kinds',
  noKind: 'kind not recorded',
  relationKind: 'Relation kind',
  relationsLegend: 'Relations',
  alsoKnownAs: 'also:',
  moreNeighbours: (n) => `+${n} more`,
  ego: 'Neighbourhood of an organisation',
  egoNone: 'Choose an organisation on the map or in the table and use “Show only its neighbourhood” there.',
  egoSteps: (k) => (k === 1 ? 'direct neighbours' : 'neighbours and theirs'),
  egoOf: (l) => `Only ${l} and its neighbours`,
  egoShow: 'Show only its neighbourhood',
  egoClear: 'Show the whole network',
  exportSvg: 'Save as SVG',
  exportFilters: (l) => `Filters: ${l}`,
  exportNoFilters: 'No filters: every organisation',
  exportMade: (d) => `Made on ${d}`,
  exportFigures: (o, r) => `${o} organisations, ${r} relations`,
  downloadCsv: 'Download visible rows (CSV)',
  engagementTitle: 'Whom to involve',
  engagementRank: (r, n) => `Rank ${r} of ${n} on the shortlist`,
  engagementScore: 'Score',
  engagementReasons: 'Why',
  changeTitle: (o) => `Change since ${o}`,
  changeStatus: 'Status',
  goneTitle: (o) => `Gone since ${o}`,
  goneOrganisations: (n) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`,
  goneRelations: (n) => `${n} ${n === 1 ? 'relation' : 'relations'}`,
  noneGone: 'Nothing has gone.',
  andMore: (n) => `… and ${n} more`,
  controlsOpen: 'Search and filters',
  controlsClose: 'Close filters',
  legend: 'Legend',
  legendSize: (m) => `Size of a circle: ${m} (bigger = higher).`,
  community: (c) => `Community ${c}`,
  otherCommunities: (k) => `Other ${k} communities (colours repeat)`,
  singletons: (k) => `Organisations alone in their community (${k})`,
  otherRegions: (k) => `Other regions (${k})`,
  unknown: 'unknown',
  filters: 'Filters',
  all: 'all',
  none: 'none',
  type: 'Type',
  region: 'Region',
  theme: 'Theme',
  allThemes: 'all themes',
  sourceOfEvidence: 'Source of the relation',
  sources: { interview: 'interview', survey: 'survey', register: 'register' },
  minWeight: 'Minimum relation weight',
  twoSources: 'Only relations with at least two sources',
  twoSourcesHint: 'named in at least two different interviews or by two respondents',
  productsLayer: 'Show knowledge products',
  resetFilters: 'Clear filters',
  visibleCount: (o, t, r) => `${o} of ${t} organisations and ${r} relations visible`,
  mapLabel: 'Network map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  labels: 'Labels',
  exportPng: 'Save as PNG',
  viewMap: 'Map',
  viewTable: 'Table',
  tableCaption: (n) => `${n} visible organisations`,
  tableHint: 'Arrow up/down choose a row, Enter opens its details; click a column header to sort.',
  noRows: 'No organisations visible with these filters.',
  sortAsc: 'sorted ascending',
  sortDesc: 'sorted descending',
  panelLabel: 'Details',
  panelEmpty: 'Click an organisation or search for one to see its details.',
  close: 'Close',
  hiddenByFilters: 'This organisation is outside the current filters.',
  kind: 'Type',
  themes: 'Themes',
  role: 'Role',
  roles: { core: 'core', broker: 'broker', peripheral: 'peripheral', isolate: 'isolate' },
  types: {
    government: 'government',
    sector_organisation: 'sector organisation',
    civil_society: 'civil society',
    professional: 'professional',
    knowledge_institute: 'knowledge institute',
    other: 'other',
  },
  metricsTitle: 'Position in the network',
  relationsTitle: (n) => `Relations (${n})`,
  noRelations: 'No known relations.',
  weight: 'weight',
  showAll: (n) => `Show all ${n}`,
  kisSurveyTitle: 'KIS contacts and survey',
  kisContacts: 'Contact moments with KIS',
  respondents: 'Survey respondents',
  ratingMean: 'Mean rating',
  ratingCount: 'Number of ratings',
  suppressed: (m) => `suppressed: fewer than ${m} ratings`,
  noRatings: 'no ratings',
  notKnown: 'not known',
  productsUsed: 'Knowledge products used',
  product: 'Knowledge product',
  usedBy: (n) => `Used by ${n} organisations`,
  communitySize: (n, f) => `${f} ${n === 1 ? 'member' : 'members'}`,
  seenIn: 'Seen in',
};

export const STRINGS: Record<Lang, Strings> = { nl: NL, en: EN };

/** Metric label and one-line explanation from the registry. */
export function metricText(id: MetricId, lang: Lang): { label: string; explain: string } {
  const spec = METRICS.find((m) => m.id === id);
  return spec ? { label: spec.label[lang], explain: spec.explain[lang] } : { label: id, explain: '' };
}
