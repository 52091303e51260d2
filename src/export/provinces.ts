/**
 * The twelve Dutch provinces, for the report's "regions with no organisation": a region value
 * counts for a province when its name matches case-, accent- and punctuation-insensitively
 * (`Noord-Holland`, `noord holland`, `Provincie Utrecht`, `Friesland`/`Fryslân`, `Brabant`).
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
    .replace(/^\s*(provincie|province of|province)\s+/, '')
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
