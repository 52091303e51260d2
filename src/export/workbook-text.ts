/**
 * The words of kis-network.xlsx in Dutch and English: sheet names (at most 31 characters,
 * none of `[]:*?/\`) and the read-me sheet's sentences. Column headers are not translated: they
 * are the CSV column names, so a sheet and its CSV file read alike.
 */

import type { Lang } from '../config/options.js';

/** The data sheets, in workbook order, each with the file whose rows it holds. */
export const SHEET_KEYS = ['nodes', 'edges', 'groups', 'mixing', 'communities', 'products', 'engagement', 'accounting'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface WorkbookText {
  title: string;
  readMe: string;
  sheets: Record<SheetKey, { name: string; about: string }>;
  what: [string, string];
  made: (version: string) => [string, string];
  dataDate: (iso: string) => [string, string];
  parameters: string;
  privacy: [string, string];
  privacyGroups: (min: number) => [string, string];
  sheetList: string;
  continued: (of: string, from: number, to: number) => string;
  noFormulas: [string, string];
}

const NL: WorkbookText = {
  title: 'kis-network: stakeholdernetwerk',
  readMe: 'leesmij',
  sheets: {
    nodes: { name: 'organisaties', about: 'één rij per organisatie met haar maten en rol (nodes.csv)' },
    edges: { name: 'relaties', about: 'één rij per relatie tussen twee organisaties (edges.csv)' },
    groups: { name: 'groepen', about: 'bereik en dekking per soort, regio en gemeenschap (groups.csv)' },
    mixing: { name: 'menging', about: 'relaties binnen en tussen soorten en regio’s (mixing.csv)' },
    communities: { name: 'gemeenschappen', about: 'één rij per gemeenschap (communities.csv)' },
    products: { name: 'producten', about: 'welke organisaties de kennisproducten gebruiken (products.csv)' },
    engagement: { name: 'betrokkenheid', about: 'wie te betrekken: belangrijk in het netwerk, weinig contact met KIS (engagement.csv)' },
    accounting: {
      name: 'verantwoording',
      about: 'per invoerbestand de gelezen, gebruikte en afgewezen rijen, met de reden (summary.json, accounting)',
    },
  },
  what: [
    'Wat is dit',
    'De tabellen van een kis-network-analyse, één per blad. Elk blad heeft dezelfde kolommen en waarden als het CSV-bestand dat erbij staat. Getallen zijn getallen (Excel toont ze met uw decimaalteken), een lege cel is leeg of onderdrukt, en elk blad heeft een filter op de kopregel.',
  ],
  made: (v) => ['Gemaakt met', `kis-network ${v}`],
  dataDate: (iso) => ['Datum van de gegevens', iso],
  parameters: 'Instellingen van de run',
  privacy: [
    'Privacy',
    'Alles gaat over organisaties, niet over personen: namen van contactpersonen, e-mailadressen, telefoonnummers, respondentnummers en vrije tekst zijn niet ingelezen en staan nergens in deze werkmap.',
  ],
  privacyGroups: (m) => [
    'Kleine groepen',
    `Een gemiddeld rapportcijfer staat er alleen als het op minstens ${m} cijfers berust (--min-group-size); anders is de cel leeg (onderdrukt). Een groepsgemiddelde dat samen met de andere een onderdrukt gemiddelde zou verraden, is ook weggelaten.`,
  ],
  sheetList: 'Bladen',
  continued: (of, from, to) => `vervolg van ${of}: rijen ${from} tot en met ${to}`,
  noFormulas: ['Tekst', 'Tekst is altijd tekst: geen enkele cel is een formule, ook niet als de tekst met = begint.'],
};

const EN: WorkbookText = {
  title: 'kis-network: stakeholder network',
  readMe: 'read me',
  sheets: {
    nodes: { name: 'organisations', about: 'one row per organisation with its measures and role (nodes.csv)' },
    edges: { name: 'relations', about: 'one row per relation between two organisations (edges.csv)' },
    groups: { name: 'groups', about: 'coverage and reach per type, region and community (groups.csv)' },
    mixing: { name: 'mixing', about: 'relations within and between types and regions (mixing.csv)' },
    communities: { name: 'communities', about: 'one row per community (communities.csv)' },
    products: { name: 'products', about: 'which organisations use the knowledge products (products.csv)' },
    engagement: { name: 'engagement', about: 'whom to involve: important in the network, little contact with KIS (engagement.csv)' },
    accounting: {
      name: 'accounting',
      about: 'per input file the rows read, used and rejected, with the reason (summary.json, accounting)',
    },
  },
  what: [
    'What this is',
    'The tables of a kis-network analysis, one per sheet. Each sheet has the same columns and values as the CSV file named with it. Numbers are numbers (Excel shows them with your decimal separator), an empty cell is empty or suppressed, and every sheet has a filter on its header row.',
  ],
  made: (v) => ['Made with', `kis-network ${v}`],
  dataDate: (iso) => ['Date of the data', iso],
  parameters: 'Settings of the run',
  privacy: [
    'Privacy',
    'Everything is about organisations, not people: contact names, e-mail addresses, phone numbers, respondent ids and free text were not read and appear nowhere in this workbook.',
  ],
  privacyGroups: (m) => [
    'Small groups',
    `An average rating is shown only when it rests on at least ${m} ratings (--min-group-size); otherwise the cell is empty (suppressed). A group average that, together with the others, would give a suppressed one away is left out too.`,
  ],
  sheetList: 'Sheets',
  continued: (of, from, to) => `continues ${of}: rows ${from} to ${to}`,
  noFormulas: ['Text', 'Text is always text: no cell is a formula, not even when its text starts with =.'],
};

export function workbookText(lang: Lang): WorkbookText {
  return lang === 'en' ? EN : NL;
}
