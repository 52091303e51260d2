/**
 * The columns each input role understands, with their Dutch and English aliases
 * (docs/contract.md §2). Header names are matched after `headerKey()`: case-, accent- and
 * punctuation-insensitive, so `Thema's`, `THEMAS` and `themas` are one column. The roles
 * themselves are listed in roles.ts.
 */

import type { Role } from './roles.js';

export type Column =
  | 'id'
  | 'organisation'
  | 'type'
  | 'region'
  | 'themes'
  | 'kis_contacts'
  | 'interview_id'
  | 'source'
  | 'target'
  | 'relation'
  | 'strength'
  | 'theme'
  | 'respondent_id'
  | 'rating'
  | 'products_used'
  | 'partners'
  | 'alias'
  | 'personal';

export interface RoleSchema {
  required: readonly Column[];
  optional: readonly Column[];
}

export const SCHEMAS: Record<Role, RoleSchema> = {
  contacts: { required: ['organisation'], optional: ['id', 'type', 'region', 'themes', 'kis_contacts'] },
  interviews: { required: ['interview_id', 'source', 'target'], optional: ['relation', 'strength', 'theme'] },
  survey: {
    required: ['respondent_id', 'organisation'],
    optional: ['type', 'region', 'rating', 'products_used', 'partners', 'themes'],
  },
};

/** Aliases per canonical column, written as users write them; normalised with headerKey(). */
const ALIASES: Record<Exclude<Column, 'personal'>, readonly string[]> = {
  id: ['id', 'org_id', 'organisation_id', 'organisatie_id', 'register_id', 'relatienummer'],
  organisation: ['organisation', 'organization', 'organisatie', 'organisatienaam', 'naam_organisatie', 'org', 'instelling'],
  type: ['type', 'soort', 'stakeholder_type', 'type_organisatie', 'soort_organisatie', 'category', 'categorie'],
  region: ['region', 'regio', 'provincie', 'province'],
  themes: ['themes', "thema's", 'themas', 'thema', 'theme', 'topics'],
  kis_contacts: ['kis_contacts', 'kis_contacten', 'contactmomenten', 'contacts_with_kis', 'aantal_contacten', 'contacten_kis'],
  interview_id: ['interview_id', 'interview', 'interviewnummer', 'interview_nr', 'gesprek'],
  source: ['source', 'bron', 'organisation_a', 'van', 'from'],
  target: ['target', 'doel', 'organisation_b', 'naar', 'to'],
  relation: ['relation', 'relatie', 'relation_type', 'relatietype', 'soort_relatie'],
  strength: ['strength', 'sterkte', 'gewicht', 'weight', 'intensiteit'],
  theme: ['theme', 'thema', 'themes', "thema's", 'themas'],
  respondent_id: ['respondent_id', 'respondent', 'respondentnummer', 'respondent_nr', 'response_id', 'responsnummer'],
  rating: ['rating', 'rapportcijfer', 'cijfer', 'score', 'waardering'],
  products_used: ['products_used', 'producten', 'products', 'gebruikte_producten', 'kennisproducten', 'producten_gebruikt'],
  partners: ['partners', 'samenwerkingspartners', 'partnerorganisaties', 'samenwerkingspartner', 'partner_organisations'],
  alias: ['alias', 'variant', 'variant_name', 'alias_name'],
};

/**
 * Key words of survey questions per column, for "did you mean" hints only (never for matching):
 * `Welk rapportcijfer geeft u KIS? (1-10)` holds the rating. Each entry is a sequence of whole
 * words, matched case- and accent-insensitively; a word ending in `*` matches any word that
 * begins with it (`samenwerk*`: samenwerken, samenwerkingspartners). Longer sequences are more
 * specific and win (`type organisatie` over `organisatie`). See quality/column-hints.ts.
 */
const KEYWORDS: Partial<Record<Exclude<Column, 'personal'>, readonly string[]>> = {
  organisation: [
    'organisatie',
    'organisation',
    'organization',
    'instelling',
    'werkgever',
    'employer',
    'werkt u bij',
    'werk je bij',
    'naam van uw organisatie',
    'naam van de organisatie',
    'naam organisatie',
    'name of your organisation',
    'name of your organization',
  ],
  type: [
    'soort',
    'type',
    'categorie',
    'category',
    'soort organisatie',
    'type organisatie',
    'wat voor organisatie',
    'type of organisation',
    'type of organization',
  ],
  region: ['regio', 'provincie', 'region', 'province'],
  themes: ['thema*', 'theme*', 'onderwerp*', 'topic*'],
  theme: ['thema*', 'theme*', 'onderwerp*', 'topic*'],
  kis_contacts: ['contactmoment*', 'contact moment*'],
  interview_id: ['interview*', 'gesprek*'],
  relation: ['relatie*', 'relation*'],
  strength: ['sterkte', 'intensiteit', 'gewicht', 'strength', 'weight'],
  respondent_id: ['respondent*', 'response id', 'respons id', 'responsnummer', 'id'],
  rating: ['rapportcijfer', 'cijfer', 'rating', 'score', 'waardering', 'beoordeling', 'grade'],
  products_used: ['product*', 'kennisproduct*'],
  partners: ['samenwerk*', 'samen', 'werkt u samen', 'werk je samen', 'werken samen', 'samen met', 'partner*', 'collaborat*', 'work with'],
};

/**
 * Person-level columns (docs/contract.md §6): recognised so they are never copied anywhere.
 * Free-text columns count as personal too.
 */
const PERSONAL: readonly string[] = [
  'contact_person',
  'contactpersoon',
  'contact',
  'name',
  'naam',
  'voornaam',
  'achternaam',
  'first_name',
  'last_name',
  'email',
  'e-mail',
  'e_mail',
  'emailadres',
  'e-mailadres',
  'mail',
  'phone',
  'telefoon',
  'telefoonnummer',
  'tel',
  'mobiel',
  'mobile',
  'notes',
  'note',
  'notities',
  'comment',
  'comments',
  'opmerking',
  'opmerkingen',
  'toelichting',
  'remarks',
  'free_text',
  'vrije_tekst',
  'open_antwoord',
  'feedback',
  'quote',
  'citaat',
  'address',
  'adres',
];

/** Case-, accent- and punctuation-insensitive form of a header name. */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Which canonical column a header means for a role, `personal`, or undefined (unknown). */
export function matchColumn(role: Role, header: string): Column | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  for (const col of columnsOf(role)) {
    if (col === 'personal') continue;
    if (ALIASES[col].some((a) => headerKey(a) === key)) return col;
  }
  if (PERSONAL.some((p) => headerKey(p) === key)) return 'personal';
  return undefined;
}

/** The canonical columns of a role: required, then optional. */
export function columnsOf(role: Role): Column[] {
  return [...SCHEMAS[role].required, ...SCHEMAS[role].optional];
}

/** The spellings of one column. */
export function aliasesOf(column: Column): readonly string[] {
  return column === 'personal' ? PERSONAL : ALIASES[column];
}

/** The question key words of one column (see KEYWORDS). */
export function keywordsOf(column: Column): readonly string[] {
  return column === 'personal' ? [] : (KEYWORDS[column] ?? []);
}

/** Every spelling a role accepts, for "did you mean" hints. */
export function knownHeaders(role: Role): string[] {
  const out: string[] = [];
  for (const col of columnsOf(role)) {
    if (col !== 'personal') out.push(...ALIASES[col]);
  }
  return out;
}
