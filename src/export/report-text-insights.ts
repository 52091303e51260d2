/**
 * The wording of the report's insight sections in Dutch and English (part of `reportText`, in
 * report-text.ts): what to do first, coverage and reach, bridges between groups, satisfaction by
 * position, knowledge products, the isolates, and the titles and descriptions of the charts.
 * Every sentence lives here once; values passed in are plain text or formatted numbers.
 */

import type { SatisfactionDimension } from '../result.js';
import { rich } from './report/inline.js';
import type { Inline } from './report/model.js';

export interface InsightText {
  // What to do first
  findings: string;
  findingsIntro: string;
  noFindings: string;
  findingLeastReached: (kind: 'type' | 'region', group: string, n: string, share: string, overall: string) => Inline[];
  findingShortlist: (label: string, reasons: string) => Inline[];
  findingBrokersNoContact: (n: number, s: string, first: string) => Inline[];
  findingLowSatisfaction: (dimension: string, low: string, lowMean: string, lowN: string, high: string, highMean: string) => Inline[];
  findingUnreached: (groups: string) => Inline[];
  findingIsolatesSurveyed: (n: number, s: string) => Inline[];
  // Coverage and reach
  coverage: string;
  coverageIntro: Inline[];
  coverageByType: string;
  coverageByRegion: string;
  coverageHeader: (first: string) => string[];
  coverageReached: string;
  /** Series of the coverage charts: in register, interviewed, surveyed, KIS-contacted. */
  coverageSeries: [string, string, string, string];
  coverageChartTitle: (by: string) => string;
  coverageChartDesc: string;
  organisationsWord: string;
  typeWord: string;
  regionWord: string;
  // Bridges between groups
  bridges: string;
  bridgesIntro: (n: number, s: string) => Inline[];
  bridgesHeader: [string, string, string, string, string];
  bridgesFlagged: (n: number, s: string) => Inline[];
  flagWords: Record<string, string>;
  noContactsCell: string;
  // Satisfaction by position
  satisfaction: string;
  satisfactionIntro: (min: string) => Inline[];
  noRatings: string;
  dimensionTitles: Record<SatisfactionDimension, string>;
  /** "per type", "per region", … inside a sentence. */
  dimensionWords: Record<SatisfactionDimension, string>;
  satisfactionTooFew: (dimension: string, published: number, min: string) => Inline[];
  satisfactionSpread: (
    dimension: string,
    high: string,
    highMean: string,
    highN: string,
    low: string,
    lowMean: string,
    lowN: string,
  ) => Inline[];
  satisfactionClose: string;
  satisfactionSmall: (few: string) => string;
  satisfactionAssociation: string;
  satisfactionHeader: [string, string, string, string];
  satisfactionOmitted: string;
  roleNames: Record<string, string>;
  coreName: (band: string) => string;
  rankCorrelationNone: (n: number, s: string) => Inline[];
  rankCorrelation: (rho: string, n: string, strength: 0 | 1 | 2 | 3, positive: boolean, small: boolean) => Inline[];
  ratingChartTitle: (by: string) => string;
  ratingChartDesc: string;
  // Knowledge products
  productsSection: string;
  productsIntro: Inline[];
  noProducts: string;
  productReachTitle: string;
  productReachDesc: string;
  productWord: string;
  unreachedIntro: Record<'type' | 'region' | 'community', string>;
  // Isolates
  isolatesTruth: (n: number, s: string) => Inline[];
  isolatesSurveyed: (n: number, s: string) => Inline[];
  isolatesUnasked: (n: number, s: string) => Inline[];
  isolatesOther: (n: number, s: string) => Inline[];
  // Other charts
  mixingTitle: string;
  mixingDesc: string;
  quadrantTitle: string;
  quadrantDesc: (shown: string, total: string, capped: boolean) => string;
  quadrantX: string;
  quadrantY: string;
  quadrants: [string, string, string, string];
  communitySizesTitle: string;
  communitySizesDesc: string;
  networkTitle: string;
  networkDesc: (shown: string, total: string, capped: boolean) => string;
}

const NL: InsightText = {
  findings: 'Wat eerst te doen',
  findingsIntro:
    'Wat uit de cijfers volgt, in het kort. Elk punt staat er alleen als de cijfers het dragen; de onderbouwing staat in de secties hieronder.',
  noFindings: 'Uit deze cijfers volgt geen duidelijk eerste punt van aandacht; zie de secties hieronder.',
  findingLeastReached: (k, g, n, x, y) =>
    rich`Minst bereikte ${k === 'type' ? 'soort stakeholder' : 'regio'}: **${g}**. Van de ${n} organisaties had ${x} contact met KIS of vulde de enquête in, tegen ${y} van alle organisaties.`,
  findingShortlist: (l, r) => rich`Begin bij **${l}**, bovenaan de lijst Wie betrekken: ${r}.`,
  findingBrokersNoContact: (n, s, f) =>
    rich`**${s}** ${n === 1 ? 'makelaar heeft' : 'makelaars hebben'} geen contact met KIS, terwijl ${n === 1 ? 'die groepen verbindt' : 'zij groepen verbinden'} die elkaar anders nauwelijks spreken (onder meer ${f}); zie Bruggen tussen groepen.`,
  findingLowSatisfaction: (d, l, lm, ln, h, hm) =>
    rich`Laagste tevredenheid ${d}: **${l}** geeft gemiddeld ${lm} (n = ${ln}), tegen ${hm} bij ${h}. Dat is een samenhang, geen oorzaak: vraag bij deze groep door.`,
  findingUnreached: (g) => rich`Geen enkel kennisproduct bereikt ${g}; zie Kennisproducten.`,
  findingIsolatesSurveyed: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisatie vulde' : 'organisaties vulden'} de enquête in maar ${n === 1 ? 'noemde' : 'noemden'} geen partners: vraag hen naar hun samenwerking voordat u ze als buiten bereik ziet.`,
  coverage: 'Bereik en dekking',
  coverageIntro: rich`Per soort stakeholder en per regio: hoeveel organisaties er zijn, hoeveel een relatie hebben in het netwerk, in het register staan, in een interview genoemd zijn, de enquête invulden en contact hadden met KIS. Bereikt is het deel met KIS-contact of een ingevulde enquête. De hele tabel, ook per gemeenschap, staat in \`groups.csv\`.`,
  coverageByType: 'Per soort stakeholder',
  coverageByRegion: 'Per regio',
  coverageHeader: (f) => [f, 'Organisaties', 'In het netwerk', 'In het register', 'Geïnterviewd', 'Enquête', 'KIS-contact', 'Bereikt'],
  coverageReached: 'bereikt',
  coverageSeries: ['In het register', 'Geïnterviewd', 'Enquête ingevuld', 'KIS-contact'],
  coverageChartTitle: (b) => `Bereik ${b}`,
  coverageChartDesc:
    'Aantal organisaties per groep: in het register, genoemd in een interview, met een ingevulde enquête en met KIS-contact. Een organisatie kan in meer dan één balk tellen.',
  organisationsWord: 'organisaties',
  typeWord: 'Soort',
  regionWord: 'Regio',
  bridges: 'Bruggen tussen groepen',
  bridgesIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} de rol makelaar: ${n === 1 ? 'zij verbindt' : 'zij verbinden'} groepen die anders nauwelijks contact hebben. Per makelaar staat erbij welke soorten stakeholders ${n === 1 ? 'zij verbindt' : 'zij verbinden'}: partners die elkaar zelf niet kennen.`,
  bridgesHeader: ['Organisatie', 'Soort', 'Regio', 'Verbindt', 'KIS-contacten'],
  bridgesFlagged: (n, s) =>
    rich`**${s}** ${n === 1 ? 'makelaar lijkt' : 'makelaars lijken'} eerder een artefact van de data dan een echte verbinder. Controleer ${n === 1 ? 'hem' : 'ze'} (zie Namen om te controleren) voordat u erop bouwt:`,
  flagWords: {
    'no-type-no-register': 'geen bekende soort en niet in het register',
    'possible-duplicate': 'mogelijk dubbele naam',
  },
  noContactsCell: 'geen',
  satisfaction: 'Tevredenheid naar positie',
  satisfactionIntro: (m) =>
    rich`Het gemiddelde rapportcijfer van de respondenten per groep organisaties: naar soort, regio, gemeenschap, rol in het netwerk en k-kern (hoe diep een organisatie in de kern van het netwerk zit). Een groepsgemiddelde staat er alleen als het op minstens ${m} cijfers berust en niet samen met andere gemiddelden een onderdrukt gemiddelde verraadt. Verschillen zijn een samenhang in deze gegevens, geen oorzaak; wie de enquête invult, spreekt niet per se voor de hele groep. Alle groepen staan in \`summary.json\` (\`insights.satisfaction\`).`,
  noRatings: 'Er zijn geen rapportcijfers gegeven; tevredenheid naar positie is niet te bepalen.',
  dimensionTitles: {
    type: 'Naar soort stakeholder',
    region: 'Naar regio',
    community: 'Naar gemeenschap',
    role: 'Naar rol in het netwerk',
    core: 'Naar k-kern',
  },
  dimensionWords: { type: 'per soort', region: 'per regio', community: 'per gemeenschap', role: 'per rol', core: 'per k-kern' },
  satisfactionTooFew: (d, p, m) =>
    rich`${d.charAt(0).toUpperCase()}${d.slice(1)} valt hier niets uit af te lezen: ${p === 0 ? 'geen enkel groepsgemiddelde kan' : 'maar één groepsgemiddelde kan'} worden getoond (minstens ${m} cijfers per groep, en geen gemiddelde dat een ander verraadt).`,
  satisfactionSpread: (d, h, hm, hn, l, lm, ln) =>
    rich`${d.charAt(0).toUpperCase()}${d.slice(1)} is het gemiddelde cijfer het hoogst bij ${h} (${hm}, n = ${hn}) en het laagst bij ${l} (${lm}, n = ${ln}).`,
  satisfactionClose: 'Het verschil is kleiner dan een half punt: nauwelijks een verschil.',
  satisfactionSmall: (f) => `Een van beide berust op minder dan ${f} cijfers; het verschil kan toeval zijn.`,
  satisfactionAssociation: 'Dit is een samenhang, geen oorzaak.',
  satisfactionHeader: ['Groep', 'Organisaties', 'Cijfers (n)', 'Gemiddeld cijfer'],
  satisfactionOmitted: 'Groepen zonder cijfers staan niet in de tabel.',
  roleNames: {
    core: 'kern van een gemeenschap',
    broker: 'makelaar',
    peripheral: 'aan de rand',
    isolate: 'geen relatie genoemd',
  },
  coreName: (b) => (b === '0' ? 'k-kern 0 (geen relatie)' : `k-kern ${b.replace('-', '–')}`),
  rankCorrelationNone: (n, s) =>
    rich`Of organisaties met meer invloed in het netwerk (PageRank) hogere of lagere cijfers geven, is niet te zeggen: maar ${s} ${n === 1 ? 'organisatie heeft' : 'organisaties hebben'} een gepubliceerd gemiddeld cijfer.`,
  rankCorrelation: (r, n, strength, positive, small) =>
    rich`Cijfer en invloed: de rangcorrelatie (Spearman) tussen het gemiddelde cijfer van een organisatie en haar PageRank is **${r}**, over ${n} organisaties met een gepubliceerd gemiddelde: ${
      ['vrijwel geen samenhang', 'een zwakke samenhang', 'een matige samenhang', 'een sterke samenhang'][strength] ?? ''
    }${strength === 0 ? '' : positive ? ' (organisaties met meer invloed geven gemiddeld wat hogere cijfers)' : ' (organisaties met meer invloed geven gemiddeld wat lagere cijfers)'}.${
      small ? ' Met zo weinig organisaties is dit onzeker.' : ''
    } Dit zegt niets over oorzaak en gevolg.`,
  ratingChartTitle: (b) => `Gemiddeld cijfer ${b}`,
  ratingChartDesc:
    'Gemiddeld rapportcijfer (1–10) per groep, met het aantal cijfers (n). Een onderdrukt gemiddelde staat als onderdrukt, niet als 0.',
  productsSection: 'Kennisproducten',
  productsIntro: rich`Welke kennisproducten de respondenten gebruiken, hoeveel organisaties van elke soort ze bereiken, en welke groepen geen enkel product bereikt. Per product en per soort, regio en gemeenschap staat alles in \`products.csv\`.`,
  noProducts: 'Er zijn geen gegevens over het gebruik van kennisproducten.',
  productReachTitle: 'Bereik van kennisproducten per soort stakeholder',
  productReachDesc: 'Aantal organisaties van elke soort dat het product gebruikt (volgens hun respondenten).',
  productWord: 'Product',
  unreachedIntro: {
    type: 'Soorten waarvan geen organisatie een product gebruikt:',
    region: "Regio's waarvan geen organisatie een product gebruikt:",
    community: 'Gemeenschappen waarvan geen organisatie een product gebruikt:',
  },
  isolatesTruth: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisatie staat' : 'organisaties staan'} in de data zonder één genoemde relatie met een andere organisatie. Dat betekent niet dat ${n === 1 ? 'zij buiten bereik is' : 'zij buiten bereik zijn'}: er is alleen geen relatie genoemd.`,
  isolatesSurveyed: (n, s) =>
    rich`**${s}** ${n === 1 ? 'vulde' : 'vulden'} de enquête in maar ${n === 1 ? 'noemde' : 'noemden'} geen partners:`,
  isolatesUnasked: (n, s) =>
    rich`**${s}** ${n === 1 ? 'is' : 'zijn'} nooit geïnterviewd of bevraagd (alleen bekend uit het register); over ${n === 1 ? 'haar' : 'hun'} relaties weten we niets:`,
  isolatesOther: (n, s) =>
    rich`**${s}** ${n === 1 ? 'is' : 'zijn'} in een interview genoemd, maar zonder relatie met een andere organisatie:`,
  mixingTitle: 'Relaties tussen soorten stakeholders',
  mixingDesc:
    'Aantal relaties tussen twee soorten stakeholders; op de diagonaal de relaties binnen één soort. Dezelfde aantallen staan in mixing.csv.',
  quadrantTitle: 'Invloed en betrokkenheid',
  quadrantDesc: (s, t, c) =>
    `Elke stip is een organisatie met minstens één relatie. Invloed: het percentiel op PageRank (rechts van de lijn: het hoogste kwart). Betrokkenheid bij KIS: 0,25 voor 1–2 KIS-contacten of 0,5 voor 3 of meer, plus 0,5 voor een ingevulde enquête (boven de lijn: 0,5 of meer). De organisaties van Wie betrekken zijn gemarkeerd en hebben een naam.${c ? ` Alleen de ${s} invloedrijkste van ${t} organisaties (en de hele lijst Wie betrekken) staan erin.` : ''}`,
  quadrantX: 'Invloed (percentiel op PageRank)',
  quadrantY: 'Betrokkenheid bij KIS',
  quadrants: ['Informeren', 'Nauw samenwerken', 'Volgen', 'Meer betrekken'],
  communitySizesTitle: 'Gemeenschappen en hun grootte',
  communitySizesDesc: 'Aantal organisaties per gemeenschap (gemeenschappen van meer dan één organisatie), met de naam uit communities.csv.',
  networkTitle: 'Het netwerk in één beeld',
  networkDesc: (s, t, c) =>
    `Elke stip is een organisatie, geplaatst zoals op de kaart en gekleurd naar gemeenschap; de 20 met de hoogste PageRank hebben een naam.${c ? ` Alleen de ${s} organisaties met de hoogste PageRank (van ${t}) en de relaties daartussen.` : ''} Klik voor de interactieve kaart (map.html).`,
};

const EN: InsightText = {
  findings: 'What to do first',
  findingsIntro:
    'What follows from the figures, in short. Each point is here only when the figures support it; the sections below give the details.',
  noFindings: 'No clear first point of attention follows from these figures; see the sections below.',
  findingLeastReached: (k, g, n, x, y) =>
    rich`Least reached ${k === 'type' ? 'stakeholder type' : 'region'}: **${g}**. Of its ${n} organisations, ${x} had contact with KIS or answered the survey, against ${y} of all organisations.`,
  findingShortlist: (l, r) => rich`Start with **${l}**, at the top of Whom to involve: ${r}.`,
  findingBrokersNoContact: (n, s, f) =>
    rich`**${s}** ${n === 1 ? 'broker has' : 'brokers have'} no contact with KIS, while ${n === 1 ? 'it links' : 'they link'} groups that would otherwise hardly be in touch (among them ${f}); see Bridges between groups.`,
  findingLowSatisfaction: (d, l, lm, ln, h, hm) =>
    rich`Lowest satisfaction ${d}: **${l}** gives ${lm} on average (n = ${ln}), against ${hm} for ${h}. That is an association, not a cause: ask this group why.`,
  findingUnreached: (g) => rich`No knowledge product reaches ${g}; see Knowledge products.`,
  findingIsolatesSurveyed: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation' : 'organisations'} answered the survey but named no partners: ask them about their collaborations before seeing them as out of reach.`,
  coverage: 'Coverage and reach',
  coverageIntro: rich`Per stakeholder type and per region: how many organisations there are, how many have a relation in the network, are in the register, were named in an interview, answered the survey and had contact with KIS. Reached is the share with a KIS contact or a survey response. The whole table, also per community, is in \`groups.csv\`.`,
  coverageByType: 'Per stakeholder type',
  coverageByRegion: 'Per region',
  coverageHeader: (f) => [f, 'Organisations', 'In the network', 'In the register', 'Interviewed', 'Survey', 'KIS contact', 'Reached'],
  coverageReached: 'reached',
  coverageSeries: ['In the register', 'Interviewed', 'Answered the survey', 'KIS contact'],
  coverageChartTitle: (b) => `Reach ${b.charAt(0).toLowerCase()}${b.slice(1)}`,
  coverageChartDesc:
    'Number of organisations per group: in the register, named in an interview, with a survey response and with a KIS contact. An organisation can count in more than one bar.',
  organisationsWord: 'organisations',
  typeWord: 'Type',
  regionWord: 'Region',
  bridges: 'Bridges between groups',
  bridgesIntro: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation has' : 'organisations have'} the broker role: ${n === 1 ? 'it links' : 'they link'} groups that would otherwise hardly be in touch. For each broker the table says which stakeholder types ${n === 1 ? 'it links' : 'they link'}: partners that do not know each other.`,
  bridgesHeader: ['Organisation', 'Type', 'Region', 'Links', 'KIS contacts'],
  bridgesFlagged: (n, s) =>
    rich`**${s}** ${n === 1 ? 'broker looks' : 'brokers look'} more like an artefact of the data than a real bridge. Check ${n === 1 ? 'it' : 'them'} (see Names to check) before building on ${n === 1 ? 'it' : 'them'}:`,
  flagWords: {
    'no-type-no-register': 'no known type and not in the register',
    'possible-duplicate': 'possibly a duplicate name',
  },
  noContactsCell: 'none',
  satisfaction: 'Satisfaction by position',
  satisfactionIntro: (m) =>
    rich`The mean rating given by respondents, per group of organisations: by type, region, community, role in the network and k-core (how deep in the core of the network an organisation sits). A group mean is shown only when it rests on at least ${m} ratings and cannot, with the other means, give a suppressed one away. Differences are an association in these data, not a cause; those who answer the survey do not necessarily speak for the whole group. Every group is in \`summary.json\` (\`insights.satisfaction\`).`,
  noRatings: 'No ratings were given; satisfaction by position cannot be determined.',
  dimensionTitles: {
    type: 'By stakeholder type',
    region: 'By region',
    community: 'By community',
    role: 'By role in the network',
    core: 'By k-core',
  },
  dimensionWords: { type: 'by type', region: 'by region', community: 'by community', role: 'by role', core: 'by k-core' },
  satisfactionTooFew: (d, p, m) =>
    rich`Nothing can be read ${d} here: ${p === 0 ? 'no group mean' : 'only one group mean'} can be shown (at least ${m} ratings per group, and no mean that gives another away).`,
  satisfactionSpread: (d, h, hm, hn, l, lm, ln) =>
    rich`${d.charAt(0).toUpperCase()}${d.slice(1)}, the mean rating is highest for ${h} (${hm}, n = ${hn}) and lowest for ${l} (${lm}, n = ${ln}).`,
  satisfactionClose: 'The difference is under half a point: hardly a difference.',
  satisfactionSmall: (f) => `One of them rests on fewer than ${f} ratings; the difference may be chance.`,
  satisfactionAssociation: 'This is an association, not a cause.',
  satisfactionHeader: ['Group', 'Organisations', 'Ratings (n)', 'Mean rating'],
  satisfactionOmitted: 'Groups without ratings are not in the table.',
  roleNames: {
    core: 'core of a community',
    broker: 'broker',
    peripheral: 'peripheral',
    isolate: 'no relation named',
  },
  coreName: (b) => (b === '0' ? 'k-core 0 (no relation)' : `k-core ${b.replace('-', '–')}`),
  rankCorrelationNone: (n, s) =>
    rich`Whether organisations with more influence in the network (PageRank) give higher or lower ratings cannot be said: only ${s} ${n === 1 ? 'organisation has' : 'organisations have'} a published mean rating.`,
  rankCorrelation: (r, n, strength, positive, small) =>
    rich`Rating and influence: the rank correlation (Spearman) between an organisation's mean rating and its PageRank is **${r}**, over ${n} organisations with a published mean: ${
      ['hardly any association', 'a weak association', 'a moderate association', 'a strong association'][strength] ?? ''
    }${strength === 0 ? '' : positive ? ' (organisations with more influence give somewhat higher ratings on average)' : ' (organisations with more influence give somewhat lower ratings on average)'}.${
      small ? ' With so few organisations this is uncertain.' : ''
    } It says nothing about cause and effect.`,
  ratingChartTitle: (b) => `Mean rating ${b.charAt(0).toLowerCase()}${b.slice(1)}`,
  ratingChartDesc: 'Mean rating (1–10) per group, with the number of ratings (n). A suppressed mean is shown as suppressed, not as 0.',
  productsSection: 'Knowledge products',
  productsIntro: rich`Which knowledge products the respondents use, how many organisations of each type they reach, and which groups no product reaches. Everything per product and per type, region and community is in \`products.csv\`.`,
  noProducts: 'There are no data on the use of knowledge products.',
  productReachTitle: 'Reach of knowledge products per stakeholder type',
  productReachDesc: 'Number of organisations of each type that use the product (according to their respondents).',
  productWord: 'Product',
  unreachedIntro: {
    type: 'Types in which no organisation uses a product:',
    region: 'Regions in which no organisation uses a product:',
    community: 'Communities in which no organisation uses a product:',
  },
  isolatesTruth: (n, s) =>
    rich`**${s}** ${n === 1 ? 'organisation is' : 'organisations are'} in the data without a single relation named with another organisation. That does not mean ${n === 1 ? 'it is' : 'they are'} out of reach: no relation was named.`,
  isolatesSurveyed: (_n, s) => rich`**${s}** answered the survey but named no partners:`,
  isolatesUnasked: (n, s) =>
    rich`**${s}** ${n === 1 ? 'was' : 'were'} never interviewed or surveyed (known from the register only); nothing is known about ${n === 1 ? 'its' : 'their'} relations:`,
  isolatesOther: (n, s) => rich`**${s}** ${n === 1 ? 'was' : 'were'} named in an interview, but with no relation to another organisation:`,
  mixingTitle: 'Relations between stakeholder types',
  mixingDesc:
    'Number of relations between two stakeholder types; on the diagonal the relations within one type. The same counts are in mixing.csv.',
  quadrantTitle: 'Influence and involvement',
  quadrantDesc: (s, t, c) =>
    `Each dot is an organisation with at least one relation. Influence: the PageRank percentile (right of the line: the top quarter). Involvement with KIS: 0.25 for 1–2 KIS contacts or 0.5 for 3 or more, plus 0.5 for a survey response (above the line: 0.5 or more). The organisations of Whom to involve are marked and named.${c ? ` Only the ${s} most influential of ${t} organisations (and the whole of Whom to involve) are shown.` : ''}`,
  quadrantX: 'Influence (PageRank percentile)',
  quadrantY: 'Involvement with KIS',
  quadrants: ['Keep informed', 'Manage closely', 'Monitor', 'Involve more'],
  communitySizesTitle: 'Communities and their size',
  communitySizesDesc:
    'Number of organisations per community (communities of more than one organisation), with the name from communities.csv.',
  networkTitle: 'The network at a glance',
  networkDesc: (s, t, c) =>
    `Each dot is an organisation, placed as on the map and coloured by community; the 20 with the highest PageRank are named.${c ? ` Only the ${s} organisations with the highest PageRank (of ${t}) and the relations among them.` : ''} Click for the interactive map (map.html).`,
};

export function insightText(lang: 'nl' | 'en'): InsightText {
  return lang === 'en' ? EN : NL;
}
