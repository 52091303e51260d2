/**
 * Region values and the twelve Dutch provinces (docs/contract.md §3). `regionName` is applied
 * where a region enters the graph (graph/builder.ts), so nodes.csv, groups.csv, the map legend
 * and the report all use one name per province: a value naming a province — case-, accent- and
 * punctuation-insensitively, with or without `Provincie`, with `N`/`Z` for `Noord`/`Zuid`
 * (`noord holland`, `N.-Brabant`, `Z-Holland`, `Friesland`/`Fryslân`, `Brabant`) — becomes the
 * province's canonical name; any other value (a city such as `'s-Hertogenbosch`, a region such
 * as `Randstad`) is kept as written, only with its white space tidied.
 */

export const PROVINCES: readonly string[] = [
  'Groningen',
  'Fryslân',
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

function key(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*(provincie|province of|province|prov\.?)\s+/, '')
    .replace(/^\s*n\b\W*/, 'noord')
    .replace(/^\s*z\b\W*/, 'zuid')
    .replace(/[^a-z]/g, '');
}

const LOOKUP = new Map<string, string>();
for (const p of PROVINCES) LOOKUP.set(key(p), p);
LOOKUP.set('friesland', 'Fryslân');
LOOKUP.set('brabant', 'Noord-Brabant');

/** The province a region value names, or undefined. */
export function provinceOf(region: string): string | undefined {
  return LOOKUP.get(key(region));
}

/** The region as it enters the network: a province's canonical name, or the value with its white space tidied. */
export function regionName(region: string): string {
  const tidy = region.normalize('NFC').replace(/\s+/g, ' ').trim();
  return provinceOf(tidy) ?? tidy;
}
