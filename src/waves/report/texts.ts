/**
 * The words of the compare report in Dutch (default) and English: one object per language with
 * the same keys, so a text missing in one language is a type error.
 */

import type { Lang } from '../../config/options.js';
import type { CommunityKind } from '../community-matching.js';
import type { RelationStatus } from '../relation-changes.js';

export interface CompareText {
  title: (old: string, now: string) => string;
  madeBy: (version: string, date: string | undefined) => string;
  organisationLevel: string;
  warnings: string;
  aliasJoined: (n: number) => string;
  glance: string;
  glanceCaption: string;
  coverageChartTitle: string;
  coverageChartDesc: (old: string, now: string) => string;
  factOld: string;
  factNew: string;
  factNetwork: string;
  factSeed: string;
  factMinGroup: string;
  figure: string;
  change: string;
  figures: { nodes: string; edges: string; communities: string; modularity: string; density: string; components: string; isolates: string };
  orgCounts: (n: string, g: string, s: string) => string;
  relCounts: (n: Record<RelationStatus, string>) => string;
  arrivals: string;
  newOrgs: (n: string) => string;
  goneOrgs: (n: string) => string;
  noNew: string;
  noGone: string;
  more: (n: string) => string;
  organisation: string;
  rank: string;
  rankOld: string;
  rankNew: string;
  movers: string;
  moversIntro: string;
  rose: string;
  fell: string;
  noMovers: string;
  communities: string;
  communitiesIntro: (threshold: string) => string;
  kindCounts: (c: Record<CommunityKind, string>) => string;
  kinds: Record<CommunityKind, string>;
  communityOld: string;
  communityNew: string;
  jaccard: string;
  kind: string;
  coverage: string;
  coverageIntro: string;
  noCoverage: string;
  dimension: string;
  group: string;
  dimensions: Record<string, string>;
  orgsOldNew: string;
  inNetworkOldNew: string;
  surveyedOldNew: string;
  kisOldNew: string;
  rating: string;
  ratingIntro: (m: string) => string;
  ratingOld: string;
  ratingNew: string;
  nOld: string;
  nNew: string;
  suppressed: string;
  noRatings: string;
  renamed: string;
  renamedIntro: string;
  noRenamed: string;
  renamedItem: (a: string, b: string) => string;
  method: string;
  methodItems: (threshold: string, m: string) => string[];
  unknown: string;
}

const NL: CompareText = {
  title: (o, n) => `Vergelijking van twee metingen: ${o} en ${n}`,
  madeBy: (v, d) => `Gemaakt met kis-network ${v}${d ? ` op ${d}` : ''}.`,
  organisationLevel:
    'Dit rapport beschrijft organisaties en hun relaties, geen personen; gemiddelde rapportcijfers staan er alleen bij waar de groep groot genoeg is.',
  warnings: 'Let op',
  aliasJoined: (n) => `${n} ${n === 1 ? 'organisatie is' : 'organisaties zijn'} via het aliassenbestand aan een nieuwe naam gekoppeld.`,
  glance: 'In het kort',
  glanceCaption: 'Het netwerk in beide metingen',
  coverageChartTitle: 'Organisaties met een relatie per type',
  coverageChartDesc: (o, n) => `Het aantal organisaties met minstens één relatie per stakeholdertype, in ${o} en in ${n}.`,
  factOld: 'Oude meting',
  factNew: 'Nieuwe meting',
  factNetwork: 'Netwerk',
  factSeed: 'Seed',
  factMinGroup: 'Minimale groepsgrootte',
  figure: 'Kengetal',
  change: 'Verschil',
  figures: {
    nodes: 'Organisaties',
    edges: 'Relaties',
    communities: 'Gemeenschappen',
    modularity: 'Modulariteit',
    density: 'Dichtheid',
    components: 'Losse delen',
    isolates: 'Geïsoleerde organisaties',
  },
  orgCounts: (n, g, s) => `Organisaties: ${n} nieuw, ${g} verdwenen, ${s} gebleven.`,
  relCounts: (c) =>
    `Relaties: ${c.new} nieuw, ${c.gone} verdwenen; van de gebleven relaties ${c.stronger} sterker, ${c.weaker} zwakker en ${c.same} even sterk (naar gewicht).`,
  arrivals: 'Nieuwe en verdwenen organisaties',
  newOrgs: (n) => `Nieuw (${n}), de meest centrale eerst:`,
  goneOrgs: (n) => `Verdwenen (${n}), de meest centrale eerst:`,
  noNew: 'Er kwam geen organisatie bij.',
  noGone: 'Er verdween geen organisatie.',
  more: (n) => `en nog ${n}; zie organisations.csv`,
  organisation: 'Organisatie',
  rank: 'Plaats',
  rankOld: 'Plaats oud',
  rankNew: 'Plaats nieuw',
  movers: 'Gestegen en gedaald',
  moversIntro:
    'De plaats is de positie naar PageRank (1 = het meest centraal; gelijke waarden delen de hoogste plaats). Alleen organisaties die in beide metingen voorkomen.',
  rose: 'Het meest gestegen',
  fell: 'Het meest gedaald',
  noMovers: 'Geen organisatie veranderde van plaats.',
  communities: 'Gemeenschappen',
  communitiesIntro: (th) =>
    `Gemeenschappen worden gevolgd door de overlap van hun leden (Jaccard: gedeelde leden gedeeld door alle leden van beide). Twee gemeenschappen horen bij elkaar bij een overlap van minstens ${th}.`,
  kindCounts: (c) => `${c.stable} stabiel, ${c.split} gesplitst, ${c.merged} samengegaan, ${c.new} nieuw en ${c.dissolved} opgeheven.`,
  kinds: { stable: 'stabiel', split: 'gesplitst', merged: 'samengegaan', new: 'nieuw', dissolved: 'opgeheven' },
  communityOld: 'Oud',
  communityNew: 'Nieuw',
  jaccard: 'Overlap',
  kind: 'Soort',
  coverage: 'Bereik per groep',
  coverageIntro:
    'Groepen waarin het aantal organisaties, organisaties met een relatie, organisaties in de enquête of organisaties met KIS-contact veranderde (de grootste verandering in organisaties met een relatie eerst).',
  noCoverage: 'In geen enkele groep veranderde het bereik.',
  dimension: 'Indeling',
  group: 'Groep',
  dimensions: { type: 'type', region: 'regio' },
  orgsOldNew: 'Organisaties',
  inNetworkOldNew: 'Met relatie',
  surveyedOldNew: 'In enquête',
  kisOldNew: 'KIS-contact',
  rating: 'Rapportcijfer per groep',
  ratingIntro: (m) =>
    `Een gemiddeld rapportcijfer staat er alleen bij als het in die meting op minstens ${m} cijfers berust en geen onderdrukt gemiddelde verraadt; het verschil staat er alleen bij als beide gemiddelden gepubliceerd zijn.`,
  ratingOld: 'Gemiddelde oud',
  ratingNew: 'Gemiddelde nieuw',
  nOld: 'Cijfers oud',
  nNew: 'Cijfers nieuw',
  suppressed: 'onderdrukt',
  noRatings: 'Geen van beide metingen heeft rapportcijfers.',
  renamed: 'Mogelijk hernoemd',
  renamedIntro:
    'Deze verdwenen en nieuwe namen lijken op elkaar; misschien is het dezelfde organisatie onder een nieuwe naam. Ze zijn niet samengevoegd: zet ze in een aliassenbestand en geef dat met --aliases om ze als één organisatie te vergelijken.',
  noRenamed: 'Geen verdwenen naam lijkt op een nieuwe.',
  renamedItem: (a, b) => `${a} → ${b}`,
  method: 'Methode',
  methodItems: (th, m) => [
    'Organisaties worden gekoppeld op hun id (de sleutel van de naam, of het registernummer), na aliassen.',
    'Een relatie is sterker, zwakker of even sterk naar haar gewicht; een organisatie op de kaart naar haar sterkte (de som van de gewichten).',
    `Gemeenschappen: Jaccard-overlap van de leden, drempel ${th} (Greene, Doyle & Cunningham 2010); samengegaan als een nieuwe gemeenschap bij twee of meer oude hoort, gesplitst als een oude bij twee of meer nieuwe hoort.`,
    `Minimale groepsgrootte voor rapportcijfers in deze vergelijking: ${m}.`,
  ],
  unknown: 'onbekend',
};

const EN: CompareText = {
  title: (o, n) => `Comparison of two waves: ${o} and ${n}`,
  madeBy: (v, d) => `Made with kis-network ${v}${d ? ` on ${d}` : ''}.`,
  organisationLevel:
    'This report describes organisations and their relations, not people; mean ratings are shown only where the group is large enough.',
  warnings: 'Note',
  aliasJoined: (n) => `${n} ${n === 1 ? 'organisation was' : 'organisations were'} joined to a new name through the aliases file.`,
  glance: 'At a glance',
  glanceCaption: 'The network in both waves',
  coverageChartTitle: 'Organisations with a relation by type',
  coverageChartDesc: (o, n) => `The number of organisations with at least one relation per stakeholder type, in ${o} and in ${n}.`,
  factOld: 'Old wave',
  factNew: 'New wave',
  factNetwork: 'Network',
  factSeed: 'Seed',
  factMinGroup: 'Minimum group size',
  figure: 'Figure',
  change: 'Change',
  figures: {
    nodes: 'Organisations',
    edges: 'Relations',
    communities: 'Communities',
    modularity: 'Modularity',
    density: 'Density',
    components: 'Components',
    isolates: 'Isolated organisations',
  },
  orgCounts: (n, g, s) => `Organisations: ${n} new, ${g} gone, ${s} stayed.`,
  relCounts: (c) =>
    `Relations: ${c.new} new, ${c.gone} gone; of those that stayed, ${c.stronger} stronger, ${c.weaker} weaker and ${c.same} the same (by weight).`,
  arrivals: 'New and gone organisations',
  newOrgs: (n) => `New (${n}), most central first:`,
  goneOrgs: (n) => `Gone (${n}), most central first:`,
  noNew: 'No organisation joined.',
  noGone: 'No organisation left.',
  more: (n) => `and ${n} more; see organisations.csv`,
  organisation: 'Organisation',
  rank: 'Rank',
  rankOld: 'Rank old',
  rankNew: 'Rank new',
  movers: 'Rose and fell',
  moversIntro:
    'The rank is the position by PageRank (1 = most central; equal values share the best rank). Only organisations present in both waves.',
  rose: 'Rose most',
  fell: 'Fell most',
  noMovers: 'No organisation changed rank.',
  communities: 'Communities',
  communitiesIntro: (th) =>
    `Communities are followed by the overlap of their members (Jaccard: shared members divided by all members of both). Two communities match at an overlap of at least ${th}.`,
  kindCounts: (c) => `${c.stable} stable, ${c.split} split, ${c.merged} merged, ${c.new} new and ${c.dissolved} dissolved.`,
  kinds: { stable: 'stable', split: 'split', merged: 'merged', new: 'new', dissolved: 'dissolved' },
  communityOld: 'Old',
  communityNew: 'New',
  jaccard: 'Overlap',
  kind: 'Kind',
  coverage: 'Coverage per group',
  coverageIntro:
    'Groups in which the number of organisations, organisations with a relation, organisations in the survey or organisations in contact with KIS changed (largest change in organisations with a relation first).',
  noCoverage: 'Coverage changed in no group.',
  dimension: 'Dimension',
  group: 'Group',
  dimensions: { type: 'type', region: 'region' },
  orgsOldNew: 'Organisations',
  inNetworkOldNew: 'With a relation',
  surveyedOldNew: 'Surveyed',
  kisOldNew: 'KIS contact',
  rating: 'Rating per group',
  ratingIntro: (m) =>
    `A mean rating is shown only when, in that wave, it rests on at least ${m} ratings and gives no suppressed mean away; the change is shown only where both means are published.`,
  ratingOld: 'Mean old',
  ratingNew: 'Mean new',
  nOld: 'Ratings old',
  nNew: 'Ratings new',
  suppressed: 'suppressed',
  noRatings: 'Neither wave has ratings.',
  renamed: 'Possibly renamed',
  renamedIntro:
    'These gone and new names look alike; they may be one organisation under a new name. They were not joined: put them in an aliases file and pass it with --aliases to compare them as one organisation.',
  noRenamed: 'No gone name looks like a new one.',
  renamedItem: (a, b) => `${a} → ${b}`,
  method: 'Method',
  methodItems: (th, m) => [
    'Organisations are joined on their id (the key of the name, or the register id), after aliases.',
    'A relation is stronger, weaker or the same by its weight; an organisation on the map by its strength (the sum of its weights).',
    `Communities: Jaccard overlap of the members, threshold ${th} (Greene, Doyle & Cunningham 2010); merged when a new community matches two or more old ones, split when an old one matches two or more new ones.`,
    `Minimum group size for ratings in this comparison: ${m}.`,
  ],
  unknown: 'unknown',
};

export function compareText(lang: Lang): CompareText {
  return lang === 'nl' ? NL : EN;
}
