/**
 * XML text for the GEXF and GraphML writers: drops characters XML 1.0 forbids (C0 controls
 * other than tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates) and escapes `& < > " '`. In
 * attribute values tab, LF and CR become character references, because parsers would otherwise
 * normalise them to spaces.
 */

const ILLEGAL_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const ILLEGAL = new RegExp(ILLEGAL_SOURCE);
const ILLEGAL_G = new RegExp(ILLEGAL_SOURCE, 'g');
const SPECIAL = /[&<>"'\t\n\r]/;
const SPECIAL_G = /[&<>"'\t\n\r]/g;
const TEXT_SPECIAL = /[&<>"']/;
const TEXT_SPECIAL_G = /[&<>"']/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** The text without characters that XML 1.0 cannot carry. */
export function dropIllegalXmlChars(text: string): string {
  return ILLEGAL.test(text) ? text.replace(ILLEGAL_G, '') : text;
}

/** Escaped for use inside a double-quoted attribute value. */
export function xmlAttr(text: string): string {
  const clean = dropIllegalXmlChars(text);
  return SPECIAL.test(clean) ? clean.replace(SPECIAL_G, (c) => ENTITIES[c] ?? c) : clean;
}

/** Escaped for use as element content (line breaks kept as they are). */
export function xmlText(text: string): string {
  const clean = dropIllegalXmlChars(text);
  return TEXT_SPECIAL.test(clean) ? clean.replace(TEXT_SPECIAL_G, (c) => ENTITIES[c] ?? c) : clean;
}
