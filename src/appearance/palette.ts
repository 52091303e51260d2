/**
 * Fixed colour-blind-friendly palettes for the map and the GEXF/GraphML exports: the Okabe–Ito
 * palette (Okabe & Ito 2008, without black) followed by colours of Paul Tol's "muted" scheme
 * (Tol 2021), strongest contrast first; everything beyond them is one neutral grey.
 */

/** Category colours in the order they are handed out (largest category first). */
export const CATEGORY_PALETTE: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#882255', // wine
  '#999933', // olive
  '#332288', // indigo
  '#44AA99', // teal
  '#AA4499', // purple
  '#F0E442', // yellow (last: weak on white)
];

/** Colour for "other" / unknown / categories beyond the palette. */
export const OTHER_COLOR = '#B0B0B0';

/** Stakeholder types in a fixed order, each with a fixed colour (same in every map). */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  government: '#0072B2',
  sector_organisation: '#E69F00',
  civil_society: '#009E73',
  professional: '#CC79A7',
  knowledge_institute: '#D55E00',
  other: '#56B4E9',
  '': OTHER_COLOR,
};

/** Structural roles, each with a fixed colour. */
export const ROLE_COLORS: Readonly<Record<string, string>> = {
  core: '#0072B2',
  broker: '#D55E00',
  peripheral: '#56B4E9',
  isolate: OTHER_COLOR,
};

/** Colour of knowledge-product nodes in the products layer. */
export const PRODUCT_COLOR = '#555555';
