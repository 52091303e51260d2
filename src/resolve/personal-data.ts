/**
 * Personal data typed where an organisation name belongs (docs/contract.md §6): an e-mail
 * address, a phone number (Dutch and international forms), a Dutch citizen service number
 * (BSN: nine digits passing the 11-test) or an IBAN (ISO 13616: the mod-97 check). Such a cell
 * must never become an organisation, and the value must never be echoed, so the detectors
 * return only the kind of data found.
 *
 * `personLikeName` flags what reads like a person's name (a title such as `dhr.`/`mevr.`, or
 * initials or a common first name followed by a surname prefix such as `Jan de Vries`); that is
 * a warning only, since `Huis van de Wijk` is an organisation. `maskName` shows such a name
 * without repeating it in full (`J… d… V…`).
 */

export type PersonalDataKind = 'email' | 'phone' | 'bsn' | 'iban';

/** The kinds in the order they are reported. */
export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['email', 'phone', 'bsn', 'iban'];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** A run that may be a phone number: an optional + or (, then digits with separators. */
const PHONE_RUN = /(?<![\p{L}\d])(?:\+|\(\+?)?\d[\d\s().\-/]{7,}\d(?![\p{L}\d])/gu;
const BSN_RUN = /(?<![\d.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d.])/g;
const IBAN_RUN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi;

/** The first kind of personal data in `value`, or null. */
export function personalDataKind(value: string): PersonalDataKind | null {
  if (value.includes('@') && EMAIL.test(value)) return 'email';
  if (!/\d/.test(value)) return null;
  if (hasIban(value)) return 'iban';
  if (hasPhone(value)) return 'phone';
  if (hasBsn(value)) return 'bsn';
  return null;
}

function hasPhone(value: string): boolean {
  for (const match of value.matchAll(PHONE_RUN)) {
    const run = match[0];
    const digits = run.replace(/\D/g, '');
    const international = /^\(?\+/.test(run) || digits.startsWith('00');
    if (international) {
      // +31 6 1234 5678, 0031 30 123 4567, +44 20 7946 0958, +31 (0)6 12345678
      const national = digits.startsWith('00') ? digits.slice(2) : digits;
      if (national.length >= 9 && national.length <= 15) return true;
    } else if (digits.length === 10 && digits.startsWith('0') && digits[1] !== '0') {
      // 06-12345678, 030 123 4567, (020) 123 45 67
      return true;
    }
  }
  return false;
}

/** The 11-test of the Dutch citizen service number: Σ d_i·(9−i) for i < 8, minus d_8, ≡ 0 mod 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function hasBsn(value: string): boolean {
  for (const match of value.matchAll(BSN_RUN)) {
    if (passesElevenTest(match[0].replace(/\D/g, ''))) return true;
  }
  return false;
}

/** ISO 13616 check: move the first four characters to the end, letters to 10–35, mod 97 = 1. */
export function isIban(candidate: string): boolean {
  const s = candidate.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const d of part) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

function hasIban(value: string): boolean {
  for (const match of value.matchAll(IBAN_RUN)) if (isIban(match[0])) return true;
  return false;
}

const TITLES = /^(dhr|mevr|mw|mr|mej|drs|dr|ir|ing|prof|de heer|mevrouw|meneer)\.?\s/i;
const SURNAME_PREFIX = "(?:van der|van den|van de|van 't|van|de|den|der|ter|ten|te|in 't|in de|op de|op ten|'t)";
const INITIALS_NAME = new RegExp(`^(?:\\p{Lu}\\.\\s?){1,4}\\s?(?:${SURNAME_PREFIX}\\s)?\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?$`, 'u');
const FIRST_PREFIX_NAME = new RegExp(`^(\\p{Lu}\\p{Ll}+) ${SURNAME_PREFIX} \\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+)?(?: \\(.*\\))?$`, 'u');

/** Common Dutch first names: a first name plus a surname prefix reads as a person. */
const FIRST_NAMES = new Set(
  (
    'aad adriaan anna anne annemarie anouk arie bas bert bram carla chantal corrie daan dirk emma erik esther eva fatima femke ' +
    'frank frans freek gerard gert hans harm hendrik henk hugo ilse ineke ingrid jaap jacob jan janneke jasper jeroen joost jos ' +
    'josé karel karin kees klaas koen lars laura lisa lotte lucas marco marieke marijke mark martijn martin mieke mohamed ' +
    'monique niels noah paul peter petra piet pieter rik rob robert roos ruud sander sanne sara saskia sem sophie stefan ' +
    'tom truus vincent wendy willem wim yvonne'
  ).split(' '),
);

/** True when `value` reads like a person's name rather than an organisation's. */
export function personLikeName(value: string): boolean {
  const v = value.trim();
  if (TITLES.test(v)) return true;
  if (INITIALS_NAME.test(v)) return true;
  const m = FIRST_PREFIX_NAME.exec(v);
  return m !== null && FIRST_NAMES.has(m[1]!.toLowerCase());
}

/** A name shown without repeating it: the first letter of each word, then `…`. */
export function maskName(value: string): string {
  return value
    .trim()
    .split(/\s+/)
    .map((word) => `${[...word][0] ?? ''}…`)
    .join(' ');
}
