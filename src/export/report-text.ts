/**
 * The wording of report.md in Dutch and English: every sentence of the report lives here, as
 * plain text, as runs (report/inline.ts: `**…**` strong, backticks code) or as a function of
 * already-formatted values, so the report model (report/build-model.ts) holds only structure.
 * Values passed in are plain text (never escaped: each renderer escapes) or formatted numbers.
 */

import type { ReportMetric } from '../analyse/registry.js';
import type { Lang } from '../config/options.js';
import type { PersonalDataKind } from '../resolve/personal-data.js';
import { rich } from './report/inline.js';
import type { Inline } from './report/model.js';

/** A sentence: plain text, or runs with strong and code parts (report/inline.ts). */
export type Sentence = string | Inline[];

/** Ends a sentence with a full stop, unless the list already ends with one or with `…`. */
const endSentence = (text: string): string => (/[.…]$/.test(text) ? text : `${text}.`);

export interface ReportText {
  title: string;
  madeBy: (version: string, date: string | undefined) => Inline[];
  noPersonalData: Sentence;
  /** Labels of the run's facts on a first page (report.html). */
  facts: { tool: string; date: string; network: string; seed: string; minGroupSize: string; data: string; exampleData: string };
  example: Sentence;
  // What was analysed
  analysed: string;
  inputsIntro: (n: number, files: string) => Inline[];
  noInputs: Sentence;
  inputsHeader: [string, string, string, string, string];
  roles: Record<string, string>;
  networkRelations: Sentence;
  networkCoUsage: Sentence;
  // Network at a glance
  glance: string;
  emptyNetwork: Sentence;
  size: (nodes: number, edges: number, n: string, e: string) => Inline[];
  density: (d: string) => Inline[];
  components: (count: number, largest: number, n: string, l: string) => Inline[];
  isolatesLine: (n: number, s: string) => Inline[];
  clustering: (avg: string, transitivity: string) => Inline[];
  /** Type assortativity (summary.json.insights) over `n` relations between organisations of known type; `r` null when undefined. */
  mixingType: (r: string | null, n: number, s: string) => Inline[];
  /** Said when the assortativity rests on few relations. */
  mixingFew: Sentence;
  // Communities
  communities: string;
  communitiesIntro: (count: number, n: string, modularity: string) => Inline[];
  communitiesHeader: [string, string, string, string, string];
  communityMembers: Sentence;
  communityThemes: Sentence;
  communitiesCapped: (shown: string, more: string) => Inline[];
  singletons: (n: number, s: string) => Inline[];
  noCommunities: Sentence;
  // Key stakeholders
  keyStakeholders: string;
  /** One ranking per report metric of the registry; `none` when no organisation qualifies. */
  rankings: Record<ReportMetric, { title: string; intro: Sentence; none?: Sentence }>;
  /** Added to the intro when the all-pairs metrics were sampled. */
  /** After the intro of a ranking by an all-pairs metric that was sampled. */
  sampledNote: Sentence;
  rankHeader: (metric: string) => [string, string, string, string, string];
  brokers: string;
  brokersIntro: (n: number, s: string) => Inline[];
  noBrokers: Sentence;
  isolates: string;
  isolatesIntro: (n: number, s: string) => Inline[];
  noIsolates: Sentence;
  andMore: (n: string, where: Sentence) => Inline[];
  // Whom to involve (engagement.csv)
  engagement: string;
  /** The score's formula in one sentence, with the number of rows shown. */
  engagementIntro: (shown: string) => Inline[];
  noEngagement: Sentence;
  engagementHeader: [string, string, string, string, string];
  // Gaps
  gaps: string;
  missingTypes: (list: string) => Inline[];
  allTypes: Sentence;
  noType: (n: number, s: string) => Inline[];
  missingProvinces: (list: string) => Inline[];
  allProvinces: Sentence;
  noRegion: (n: number, s: string) => Inline[];
  // Survey
  survey: string;
  noSurvey: Sentence;
  surveyIntro: (respondents: string, organisations: string, min: string) => Inline[];
  overallRating: (mean: string, min: string) => Inline[];
  noPublishedRating: (min: string) => Inline[];
  surveyHeader: [string, string, string];
  suppressed: string;
  noRating: string;
  products: string;
  productsHeader: [string, string, string];
  /** The groups (type, region, community) with organisations of which none uses any product. */
  unreachedTypes: (list: string) => Inline[];
  unreachedRegions: (list: string) => Inline[];
  unreachedCommunities: (list: string) => Inline[];
  allReached: Sentence;
  noRegionGroup: string;
  // Accounting
  accounting: string;
  accountingIntro: Sentence;
  accountingHeader: [string, string, string, string, string];
  rejectedTotal: (n: string) => Inline[];
  warningsLine: (list: Inline[]) => Inline[];
  noRows: Sentence;
  // Near-duplicates
  duplicates: string;
  duplicatesIntro: Sentence;
  duplicatesHeader: [string, string, string];
  noDuplicates: Sentence;
  // Method
  method: string;
  methodNetwork: (kind: string) => Inline[];
  methodMetrics: Sentence;
  methodCommunities: (resolution: string, restarts: string, seed: string, restartCount: number) => Inline[];
  methodExact: Sentence;
  methodSampled: (samples: string, why: Sentence) => Inline[];
  /** Measured stability of a sampled estimate: split-half and full-sample rank correlation. */
  sampleCheck: (half: string, full: string) => Inline[];
  sampledAuto: (limit: string) => Inline[];
  sampledRequested: string;
  methodPagerank: (alpha: string) => Inline[];
  eigenvectorLabel: string;
  /** An iterative metric that did not reach its tolerance. */
  notConverged: (metric: string, iterations: string) => Inline[];
  // Privacy (docs/contract.md §6)
  privacy: string;
  privacyGroups: (min: string) => Inline[];
  /** The anti-differencing rule of groups.csv (docs/contract.md §6), in one sentence. */
  privacySubtraction: Sentence;
  privacyColumns: Sentence;
  /** Personal data left out of name cells; `list` names the kinds with their counts. */
  privacyLeftOut: (list: Inline[]) => Inline[];
  privacyNoneFound: Sentence;
  /** How a count of each kind is written: [one, more]. */
  privacyKinds: Record<PersonalDataKind, [string, string]>;
  privacyPersonNames: (n: number, s: string, where: Sentence) => Inline[];
  privacyNoPersonNames: Sentence;
  networkKinds: Record<string, string>;
  types: Record<string, string>;
}

const NL: ReportText = {
  title: 'Netwerkanalyse KIS-stakeholders',
  madeBy: (v, d) => rich`Gemaakt met kis-network ${v}${d ? ` op ${d}` : ''}.`,
  noPersonalData:
    'Dit rapport beschrijft organisaties en hun relaties. Wat er met persoonsgegevens in de invoer is gebeurd, staat onder Privacy.',
  facts: {
    tool: 'Gemaakt met',
    date: 'Datum',
    network: 'Netwerk',
    seed: 'Seed',
    minGroupSize: 'Kleinste gepubliceerde groep (respondenten)',
    data: 'Data',
    exampleData: 'meegeleverde voorbeelddata (verzonnen organisaties)',
  },
  example: 'Let op: deze analyse gebruikt de meegeleverde voorbeelddata (verzonnen organisaties).',
  analysed: 'Wat is geanalyseerd',
  inputsIntro: (n, s) => rich`De analyse gebruikt ${s} ${n === 1 ? 'invoerbestand' : 'invoerbestanden'}:`,
  noInputs: 'Er zijn geen invoerbestanden gebruikt.',
  inputsHeader: ['Bestand', 'Soort', 'Rijen gelezen', 'Gebruikt', 'Afgewezen'],
  roles: { contacts: 'stakeholderregister', interviews: 'gecodeerde interviews', survey: 'enquête', aliases: 'aliassen' },
  networkRelations: 'Het netwerk bestaat uit de relaties die in interviews en in de enquête genoemd zijn.',
  networkCoUsage:
    'Het netwerk verbindt twee organisaties wanneer zij dezelfde kennisproducten gebruiken (co-gebruik); het gewicht van een verbinding is het aantal producten dat beide gebruiken.',
  glance: 'Het netwerk in het kort',
  emptyNetwork: 'Het netwerk is leeg: in de invoer zijn geen organisaties gevonden.',
  size: (nn, en, n, e) =>
    rich`**${n}** ${nn === 1 ? 'organisatie' : 'organisaties'} en **${e}** ${en === 1 ? 'verbinding' : 'verbindingen'} daartussen.`,
  density: (d) => rich`Dichtheid: **${d}** (het deel van alle mogelijke paren dat verbonden is).`,
  components: (c, lc, n, l) =>
    rich`**${n}** ${c === 1 ? 'samenhangend geheel (component)' : 'losse delen (componenten)'}; het grootste deel telt **${l}** ${lc === 1 ? 'organisatie' : 'organisaties'}.`,
  isolatesLine: (n, s) => rich`**${s}** ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} geen enkele verbinding (geïsoleerd).`,
  clustering: (a, t) =>
    rich`Gemiddelde clustering: ${a}; transitiviteit: ${t} (hoe vaak partners van een organisatie ook met elkaar verbonden zijn).`,
  mixingType: (r, n, s) =>
    r === null
      ? rich`Menging naar type: niet te bepalen (**${s}** ${n === 1 ? 'relatie' : 'relaties'} tussen organisaties met een bekend type, of maar één type); de aantallen staan in \`mixing.csv\`.`
      : rich`Menging naar type: assortativiteit **${r}** over **${s}** ${n === 1 ? 'relatie' : 'relaties'} tussen organisaties met een bekend type (boven 0: relaties lopen vaker binnen hetzelfde type dan bij toeval te verwachten; onder 0: vaker tussen typen). Dit beschrijft een samenhang in dit netwerk, geen oorzaak; de aantallen per paar staan in \`mixing.csv\`.`,
  mixingFew: 'Met zo weinig relaties is dit hooguit een voorzichtige aanwijzing.',
  communities: 'Gemeenschappen',
  communitiesIntro: (c, n, q) =>
    rich`De Leiden-methode vond **${n}** ${c === 1 ? 'gemeenschap' : 'gemeenschappen'}: groepen organisaties die onderling meer verbindingen hebben dan met de rest. De modulariteit is **${q}** (boven ongeveer 0,3 is er een duidelijke groepsstructuur).`,
  communitiesHeader: ['Gemeenschap', 'Naam', 'Organisaties', 'Samenstelling', 'Verbindingen binnen / naar buiten'],
  communityMembers: 'Meest centrale leden:',
  communityThemes: "Meest genoemde thema's:",
  communitiesCapped: (s, m) => rich`Alleen de ${s} grootste staan hier; nog ${m} in communities.csv.`,
  singletons: (n, s) =>
    rich`${s} ${n === 1 ? 'gemeenschap bestaat' : 'gemeenschappen bestaan'} uit één organisatie (meestal een geïsoleerde organisatie); zie communities.csv.`,
  noCommunities: 'Er zijn geen gemeenschappen met meer dan één organisatie.',
  keyStakeholders: 'Belangrijke stakeholders',
  rankings: {
    betweenness: {
      title: 'Verbinders (betweenness)',
      intro: 'Organisaties die op veel kortste paden tussen andere organisaties liggen: zij verbinden delen van het netwerk.',
      none: 'Geen enkele organisatie ligt tussen andere organisaties in (betweenness is overal 0).',
    },
    pagerank: {
      title: 'Invloed (PageRank)',
      intro: 'Organisaties die verbonden zijn met veel goed verbonden organisaties; sterke relaties tellen zwaarder.',
    },
  },
  sampledNote: 'Deze waarden zijn geschat uit een steekproef (zie Methode).',
  rankHeader: (m) => ['#', 'Organisatie', 'Soort', 'Regio', m],
  brokers: 'Makelaars',
  brokersIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} de rol makelaar: zij verbinden groepen die anders nauwelijks contact hebben.`,
  noBrokers: 'Geen enkele organisatie heeft de rol makelaar.',
  isolates: 'Geïsoleerde organisaties',
  isolatesIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} in de data geen relatie met een andere organisatie. Ook dat is informatie: zij vallen mogelijk buiten het bereik van het netwerk.`,
  noIsolates: 'Alle organisaties hebben minstens één verbinding.',
  andMore: (n, w) => rich`… en nog ${n} (zie ${w}).`,
  engagement: 'Wie betrekken',
  engagementIntro: (n) =>
    rich`Organisaties die ertoe doen in het netwerk maar weinig bij KIS betrokken zijn, de eerste ${n}. Score = belang × (1 − betrokkenheid): belang is het gemiddelde van het percentiel op PageRank en op betweenness (onder de organisaties met een relatie); betrokkenheid telt 0,25 voor 1–2 KIS-contacten of 0,5 voor 3 of meer, plus 0,5 als de organisatie de enquête invulde. Geïsoleerde organisaties en makelaars met een datakwaliteitsvlag (waarschijnlijk een artefact van de data) doen niet mee; rapportcijfers worden niet gebruikt. De hele lijst staat in \`engagement.csv\`.`,
  noEngagement: 'Geen enkele organisatie komt in aanmerking.',
  engagementHeader: ['#', 'Organisatie', 'Type', 'Regio', 'Waarom'],
  gaps: 'Wat ontbreekt',
  missingTypes: (l) => rich`Soorten stakeholders zonder enige organisatie: ${l}.`,
  allTypes: 'Elke soort stakeholder is vertegenwoordigd.',
  noType: (n, s) => rich`${s} ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} geen bekende soort.`,
  missingProvinces: (l) => rich`Provincies zonder enige organisatie: ${l}.`,
  allProvinces: 'Elke provincie heeft minstens één organisatie.',
  noRegion: (n, s) => rich`${s} ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} geen regio.`,
  survey: 'Enquête',
  noSurvey: 'Er zijn geen enquêtegegevens geanalyseerd.',
  surveyIntro: (r, o, m) =>
    rich`**${r}** respondenten van **${o}** organisaties vulden de enquête in. Een gemiddeld rapportcijfer staat er alleen bij als het op minstens ${m} cijfers berust; anders is het onderdrukt om de privacy van respondenten te beschermen.`,
  overallRating: (x, m) => rich`Gemiddeld rapportcijfer (organisaties met minstens ${m} cijfers): **${x}**.`,
  noPublishedRating: (m) => rich`Geen enkele organisatie heeft minstens ${m} cijfers: alle gemiddelden zijn onderdrukt.`,
  surveyHeader: ['Organisatie', 'Respondenten', 'Gemiddeld cijfer'],
  suppressed: 'onderdrukt',
  noRating: 'geen cijfer',
  products: 'Gebruikte kennisproducten',
  productsHeader: ['Product', 'Organisaties', 'Respondenten'],
  unreachedTypes: (l) => rich`Typen waarvan geen organisatie een product gebruikt: ${endSentence(l)}`,
  unreachedRegions: (l) => rich`Regio's waarvan geen organisatie een product gebruikt: ${endSentence(l)}`,
  unreachedCommunities: (l) => rich`Gemeenschappen waarvan geen organisatie een product gebruikt: ${endSentence(l)}`,
  allReached: 'Elke groep gebruikt minstens één product.',
  noRegionGroup: 'geen regio',
  accounting: 'Verantwoording van de data',
  accountingIntro: 'Elke ingelezen rij is geteld: gelezen = gebruikt + afgewezen.',
  accountingHeader: ['Bestand', 'Rijen gelezen', 'Gebruikt', 'Afgewezen', 'Redenen van afwijzing'],
  rejectedTotal: (n) => rich`In totaal zijn **${n}** rijen afgewezen. \`kis-network validate\` toont elke rij met bestand en regelnummer.`,
  warningsLine: (l) => rich`Waarschuwingen (de rijen zijn wel gebruikt): ${l}.`,
  noRows: 'Geen rijen ingelezen.',
  duplicates: 'Namen om te controleren',
  duplicatesIntro:
    'Deze namen lijken op elkaar maar zijn niet samengevoegd. Controleer ze; gaat het om dezelfde organisatie, voeg dan een aliassenbestand toe.',
  duplicatesHeader: ['Naam A', 'Naam B', 'Gelijkenis'],
  noDuplicates: 'Er zijn geen sterk gelijkende namen gevonden.',
  method: 'Methode',
  methodNetwork: (k) => rich`Netwerk: ${k}.`,
  networkKinds: { relations: 'relaties uit interviews en enquête', 'co-usage': 'co-gebruik van kennisproducten' },
  methodMetrics:
    'De maten volgen de conventies van NetworkX, zodat analisten ze kunnen narekenen. Betweenness, closeness en harmonic centrality tellen stappen (zonder gewicht); PageRank, sterkte en de gemeenschappen gebruiken het gewicht van de relaties.',
  methodCommunities: (r, k, s, n) =>
    rich`Gemeenschappen: Leiden-methode (Traag e.a. 2019; gemeenschappen zijn altijd samenhangend), resolutie ${r}, ${n === 1 ? 'één run' : `beste van ${k} runs`}, seed ${s}; dezelfde invoer en seed geven dezelfde indeling. Een hogere \`--resolution\` geeft meer, kleinere gemeenschappen.`,
  methodExact: 'Betweenness, closeness en harmonic centrality zijn exact berekend over alle paren organisaties.',
  methodSampled: (k, w) =>
    rich`**Betweenness, closeness en harmonic centrality zijn geschat** uit een steekproef van ${k} organisaties (${w}). Het zijn benaderingen; de volgorde van de hoogst scorende organisaties is meestal betrouwbaar.`,
  sampledAuto: (l) => rich`automatisch, omdat het netwerk meer dan ${l} organisaties heeft`,
  sampledRequested: 'op verzoek',
  sampleCheck: (h, f) =>
    rich`Gemeten betrouwbaarheid: de twee helften van de steekproef geven een rangcorrelatie (Spearman) van ${h} voor de tussenpositie; voor de hele steekproef is dat naar schatting ${f} (Spearman–Brown). Op het testnetwerk van 10.000 organisaties correleerde de schatting met 512 organisaties 0,97 met de exacte waarden (BENCHMARKS.md). Gebruik \`--betweenness exact\` voor exacte waarden.`,
  methodPagerank: (a) => rich`PageRank met dempingsfactor ${a}.`,
  eigenvectorLabel: 'Eigenvectorcentraliteit',
  notConverged: (m, i) =>
    rich`**Let op:** ${m} is na ${i} stappen niet tot de gevraagde nauwkeurigheid gekomen; de waarden zijn benaderingen (\`summary.json\`, \`methods\`).`,
  privacy: 'Privacy',
  privacyGroups: (m) => rich`Gemiddelden uit de enquête worden alleen getoond voor groepen van minstens ${m} respondenten.`,
  privacySubtraction: rich`In \`groups.csv\` wordt een groepsgemiddelde ook weggelaten als het met de andere gemiddelden een onderdrukt gemiddelde zou verraden.`,
  privacyColumns:
    'Kolommen met persoonsgegevens (contactpersoon, naam, e-mail, telefoon, adres, vrije tekst) en respondentnummers zijn niet ingelezen.',
  privacyLeftOut: (l) =>
    rich`In cellen waar de naam van een organisatie hoort, zijn herkend en weggelaten: ${l}. Deze waarden staan in geen enkel uitvoerbestand; \`kis-network validate\` toont waar ze staan (\`personal-data\`).`,
  privacyNoneFound:
    'In cellen waar de naam van een organisatie hoort, zijn geen e-mailadressen, telefoonnummers, burgerservicenummers of IBAN’s gevonden.',
  privacyKinds: {
    email: ['e-mailadres', 'e-mailadressen'],
    phone: ['telefoonnummer', 'telefoonnummers'],
    bsn: ['burgerservicenummer (BSN)', 'burgerservicenummers (BSN)'],
    iban: ['IBAN', 'IBAN’s'],
  },
  privacyPersonNames: (n, s, w) =>
    rich`**${s}** ${n === 1 ? 'naam lijkt' : 'namen lijken'} op de naam van een persoon; ${n === 1 ? 'die is' : 'die zijn'} wel als organisatie gebruikt. Controleer ${n === 1 ? 'hem' : 'ze'} met ${w} (\`possible-person-name\`).`,
  privacyNoPersonNames: 'Geen enkele naam lijkt op de naam van een persoon.',
  types: {
    government: 'overheid',
    sector_organisation: 'sectororganisatie',
    civil_society: 'maatschappelijke organisatie',
    professional: 'professional',
    knowledge_institute: 'kennisinstelling',
    other: 'overig',
    unknown: 'onbekend',
  },
};

const EN: ReportText = {
  title: 'KIS stakeholder network analysis',
  madeBy: (v, d) => rich`Made with kis-network ${v}${d ? ` on ${d}` : ''}.`,
  noPersonalData:
    'This report describes organisations and their relations. What happened to personal data in the input is set out under Privacy.',
  facts: {
    tool: 'Made with',
    date: 'Date',
    network: 'Network',
    seed: 'Seed',
    minGroupSize: 'Smallest published group (respondents)',
    data: 'Data',
    exampleData: 'bundled example data (fictional organisations)',
  },
  example: 'Note: this analysis uses the bundled example data (fictional organisations).',
  analysed: 'What was analysed',
  inputsIntro: (n, s) => rich`The analysis uses ${s} input ${n === 1 ? 'file' : 'files'}:`,
  noInputs: 'No input files were used.',
  inputsHeader: ['File', 'Kind', 'Rows read', 'Used', 'Rejected'],
  roles: { contacts: 'stakeholder register', interviews: 'coded interviews', survey: 'survey', aliases: 'aliases' },
  networkRelations: 'The network consists of the relations named in interviews and in the survey.',
  networkCoUsage:
    'The network links two organisations when they use the same knowledge products (co-usage); the weight of a link is the number of products both use.',
  glance: 'The network at a glance',
  emptyNetwork: 'The network is empty: no organisations were found in the input.',
  size: (nn, en, n, e) =>
    rich`**${n}** ${nn === 1 ? 'organisation' : 'organisations'} and **${e}** ${en === 1 ? 'link' : 'links'} between them.`,
  density: (d) => rich`Density: **${d}** (the share of all possible pairs that are linked).`,
  components: (c, lc, n, l) =>
    rich`**${n}** ${c === 1 ? 'connected whole (component)' : 'separate parts (components)'}; the largest holds **${l}** ${lc === 1 ? 'organisation' : 'organisations'}.`,
  isolatesLine: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation has' : 'organisations have'} no link at all (${n === 1 ? 'an isolate' : 'isolates'}).`,
  clustering: (a, t) =>
    rich`Average clustering: ${a}; transitivity: ${t} (how often an organisation's partners are also linked to each other).`,
  mixingType: (r, n, s) =>
    r === null
      ? rich`Mixing by type: cannot be determined (**${s}** ${n === 1 ? 'relation' : 'relations'} between organisations of known type, or a single type); the counts are in \`mixing.csv\`.`
      : rich`Mixing by type: assortativity **${r}** over **${s}** ${n === 1 ? 'relation' : 'relations'} between organisations of known type (above 0: relations run within one type more often than chance would give; below 0: more often across types). This describes an association in this network, not a cause; the counts per pair are in \`mixing.csv\`.`,
  mixingFew: 'With so few relations this is a tentative indication at most.',
  communities: 'Communities',
  communitiesIntro: (c, n, q) =>
    rich`The Leiden method found **${n}** ${c === 1 ? 'community' : 'communities'}: groups of organisations with more links among themselves than with the rest. Modularity is **${q}** (above about 0.3 there is a clear group structure).`,
  communitiesHeader: ['Community', 'Name', 'Organisations', 'Composition', 'Links inside / outside'],
  communityMembers: 'Most central members:',
  communityThemes: 'Most frequent themes:',
  communitiesCapped: (s, m) => rich`Only the ${s} largest are listed here; ${m} more in communities.csv.`,
  singletons: (n, s) =>
    rich`${s} ${n === 1 ? 'community consists' : 'communities consist'} of a single organisation (usually an isolate); see communities.csv.`,
  noCommunities: 'There are no communities with more than one organisation.',
  keyStakeholders: 'Key stakeholders',
  rankings: {
    betweenness: {
      title: 'Bridges (betweenness)',
      intro: 'Organisations that lie on many shortest paths between other organisations: they connect parts of the network.',
      none: 'No organisation lies between others (betweenness is 0 everywhere).',
    },
    pagerank: {
      title: 'Influence (PageRank)',
      intro: 'Organisations linked to many well-connected organisations; strong relations count for more.',
    },
  },
  sampledNote: 'These values are estimated from a sample (see Method).',
  rankHeader: (m) => ['#', 'Organisation', 'Type', 'Region', m],
  brokers: 'Brokers',
  brokersIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation has' : 'organisations have'} the broker role: they link groups that would otherwise hardly be in touch.`,
  noBrokers: 'No organisation has the broker role.',
  isolates: 'Isolated organisations',
  isolatesIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation has' : 'organisations have'} no relation with any other organisation in the data. That is information too: they may be out of the network's reach.`,
  noIsolates: 'Every organisation has at least one link.',
  andMore: (n, w) => rich`… and ${n} more (see ${w}).`,
  engagement: 'Whom to involve',
  engagementIntro: (n) =>
    rich`Organisations that matter in the network but are weakly involved with KIS, the first ${n}. Score = importance × (1 − involvement): importance is the mean of the PageRank and betweenness percentiles (among the organisations with a relation); involvement counts 0.25 for 1–2 KIS contacts or 0.5 for 3 or more, plus 0.5 when the organisation answered the survey. Isolates and brokers with a data-quality flag (likely data artefacts) are left out; ratings are not used. The whole list is in \`engagement.csv\`.`,
  noEngagement: 'No organisation qualifies.',
  engagementHeader: ['#', 'Organisation', 'Type', 'Region', 'Why'],
  gaps: 'What is missing',
  missingTypes: (l) => rich`Stakeholder types with no organisation: ${l}.`,
  allTypes: 'Every stakeholder type is represented.',
  noType: (n, s) => rich`${s} ${n === 1 ? 'organisation has' : 'organisations have'} no known type.`,
  missingProvinces: (l) => rich`Provinces with no organisation: ${l}.`,
  allProvinces: 'Every province has at least one organisation.',
  noRegion: (n, s) => rich`${s} ${n === 1 ? 'organisation has' : 'organisations have'} no region.`,
  survey: 'Survey',
  noSurvey: 'No survey data were analysed.',
  surveyIntro: (r, o, m) =>
    rich`**${r}** respondents from **${o}** organisations answered the survey. A mean rating is shown only when it rests on at least ${m} ratings; otherwise it is suppressed to protect respondents' privacy.`,
  overallRating: (x, m) => rich`Mean rating (organisations with at least ${m} ratings): **${x}**.`,
  noPublishedRating: (m) => rich`No organisation has at least ${m} ratings: every mean is suppressed.`,
  surveyHeader: ['Organisation', 'Respondents', 'Mean rating'],
  suppressed: 'suppressed',
  noRating: 'no rating',
  products: 'Knowledge products used',
  productsHeader: ['Product', 'Organisations', 'Respondents'],
  unreachedTypes: (l) => rich`Types in which no organisation uses a product: ${endSentence(l)}`,
  unreachedRegions: (l) => rich`Regions in which no organisation uses a product: ${endSentence(l)}`,
  unreachedCommunities: (l) => rich`Communities in which no organisation uses a product: ${endSentence(l)}`,
  allReached: 'Every group uses at least one product.',
  noRegionGroup: 'no region',
  accounting: 'Data accounting',
  accountingIntro: 'Every input row is counted: read = used + rejected.',
  accountingHeader: ['File', 'Rows read', 'Used', 'Rejected', 'Reasons for rejection'],
  rejectedTotal: (n) => rich`In total **${n}** rows were rejected. \`kis-network validate\` shows each one by file and line.`,
  warningsLine: (l) => rich`Warnings (these rows were used): ${l}.`,
  noRows: 'No rows were read.',
  duplicates: 'Names to check',
  duplicatesIntro: 'These names look alike but were not merged. Check them; if they are the same organisation, add an aliases file.',
  duplicatesHeader: ['Name A', 'Name B', 'Similarity'],
  noDuplicates: 'No closely similar names were found.',
  method: 'Method',
  methodNetwork: (k) => rich`Network: ${k}.`,
  networkKinds: { relations: 'relations from interviews and survey', 'co-usage': 'co-usage of knowledge products' },
  methodMetrics:
    "The measures follow NetworkX's conventions, so analysts can cross-check them. Betweenness, closeness and harmonic centrality count steps (unweighted); PageRank, strength and the communities use the relations' weights.",
  methodCommunities: (r, k, s, n) =>
    rich`Communities: the Leiden method (Traag et al. 2019; communities are always connected), resolution ${r}, ${n === 1 ? 'one run' : `best of ${k} runs`}, seed ${s}; the same input and seed give the same grouping. A higher \`--resolution\` gives more, smaller communities.`,
  methodExact: 'Betweenness, closeness and harmonic centrality were computed exactly over all pairs of organisations.',
  methodSampled: (k, w) =>
    rich`**Betweenness, closeness and harmonic centrality were estimated** from a sample of ${k} organisations (${w}). They are approximations; the order of the top-scoring organisations is usually reliable.`,
  sampledAuto: (l) => rich`automatically, because the network has more than ${l} organisations`,
  sampledRequested: 'as requested',
  sampleCheck: (h, f) =>
    rich`Measured reliability: the two halves of the sample agree with a rank correlation (Spearman) of ${h} on betweenness; for the whole sample that is an estimated ${f} (Spearman–Brown). On the 10,000-organisation test network the estimate from 512 organisations correlated 0.97 with the exact values (BENCHMARKS.md). Use \`--betweenness exact\` for exact values.`,
  methodPagerank: (a) => rich`PageRank with damping factor ${a}.`,
  eigenvectorLabel: 'Eigenvector centrality',
  notConverged: (m, i) =>
    rich`**Warning:** ${m} did not reach the requested accuracy after ${i} steps; its values are approximations (\`summary.json\`, \`methods\`).`,
  privacy: 'Privacy',
  privacyGroups: (m) => rich`Survey averages are shown only for groups of at least ${m} respondents.`,
  privacySubtraction: rich`In \`groups.csv\` a group average is also left out when, together with the other averages, it would give a suppressed one away.`,
  privacyColumns: 'Columns with personal data (contact person, name, e-mail, phone, address, free text) and respondent ids were not read.',
  privacyLeftOut: (l) =>
    rich`In cells where an organisation name belongs, these were recognised and left out: ${l}. These values appear in no output file; \`kis-network validate\` shows where they are (\`personal-data\`).`,
  privacyNoneFound:
    'No e-mail addresses, phone numbers, citizen service numbers or IBANs were found in cells where an organisation name belongs.',
  privacyKinds: {
    email: ['e-mail address', 'e-mail addresses'],
    phone: ['phone number', 'phone numbers'],
    bsn: ['citizen service number (BSN)', 'citizen service numbers (BSN)'],
    iban: ['IBAN', 'IBANs'],
  },
  privacyPersonNames: (n, s, w) =>
    rich`**${s}** ${n === 1 ? "name looks like a person's name; it was" : "names look like a person's name; they were"} used as ${n === 1 ? 'an organisation' : 'organisations'}. Check ${n === 1 ? 'it' : 'them'} with ${w} (\`possible-person-name\`).`,
  privacyNoPersonNames: "No name looks like a person's name.",
  types: {
    government: 'government',
    sector_organisation: 'sector organisation',
    civil_society: 'civil society',
    professional: 'professional',
    knowledge_institute: 'knowledge institute',
    other: 'other',
    unknown: 'unknown',
  },
};

export function reportText(lang: Lang): ReportText {
  return lang === 'en' ? EN : NL;
}
