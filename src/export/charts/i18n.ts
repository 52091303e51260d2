/** The few fixed words the chart renderers draw themselves, in Dutch (default) and English. */

import type { Lang } from '../../config/options.js';

export interface ChartWords {
  noData: string;
  category: string;
  total: string;
  /** "n = 12" */
  n: (count: string) => string;
  noRatings: string;
  group: string;
  mean: string;
  quadrant: string;
  organisations: string;
  highlighted: string;
  community: string;
  name: string;
  inDrawing: string;
  label: string;
  openMap: string;
  labelsOmitted: (count: string) => string;
  otherCommunities: string;
}

export const CHART_WORDS: Readonly<Record<Lang, ChartWords>> = {
  nl: {
    noData: 'Geen gegevens',
    category: 'Categorie',
    total: 'Totaal',
    n: (count) => `n = ${count}`,
    noRatings: 'geen cijfers',
    group: 'Groep',
    mean: 'Gemiddelde',
    quadrant: 'Kwadrant',
    organisations: 'Organisaties',
    highlighted: 'Gemarkeerde organisaties',
    community: 'Gemeenschap',
    name: 'Naam',
    inDrawing: 'Organisaties in de tekening',
    label: 'Organisatie',
    openMap: 'Open de interactieve kaart',
    labelsOmitted: (count) => `${count} namen weggelaten om overlap te voorkomen (zie de tabel)`,
    otherCommunities: 'overige gemeenschappen',
  },
  en: {
    noData: 'No data',
    category: 'Category',
    total: 'Total',
    n: (count) => `n = ${count}`,
    noRatings: 'no ratings',
    group: 'Group',
    mean: 'Mean',
    quadrant: 'Quadrant',
    organisations: 'Organisations',
    highlighted: 'Highlighted organisations',
    community: 'Community',
    name: 'Name',
    inDrawing: 'Organisations in the drawing',
    label: 'Organisation',
    openMap: 'Open the interactive map',
    labelsOmitted: (count) => `${count} names left out to avoid overlap (see the table)`,
    otherCommunities: 'other communities',
  },
};
