/**
 * Fake people and fake organisation names for the data generators. Person names mix common
 * Dutch, Frisian, Moroccan-, Turkish-, Surinamese-, Syrian- and Eritrean-Dutch names, with
 * the accents, apostrophes and tussenvoegsels real exports contain. Every e-mail address ends
 * in `.example` (RFC 2606: never deliverable) and every phone number is made up.
 */

export const FIRST_NAMES = [
  'Jan',
  'Sanne',
  'Daan',
  'Anouk',
  'Pieter',
  'Femke',
  'Mohammed',
  'Fatima',
  'Youssef',
  'Nadia',
  'Emre',
  'Özlem',
  'Çağla',
  'Mehmet',
  'Priya',
  'Rajesh',
  'Dewi',
  'Kofi',
  'Ama',
  'Zoë',
  'Chloë',
  'Noël',
  'Sjoerd',
  'Baukje',
  'Wytske',
  'Hylke',
  'Geertje',
  'Thijs',
  'Lotte',
  'Bram',
  'Eline',
  'Mila',
  'Sem',
  'Iris',
  'Ruben',
  'Yasmina',
  'Khadija',
  'Hamza',
  'Amira',
  'Omar',
  'Rahel',
  'Tesfay',
  'Senait',
  'Aziz',
  'Lina',
  'Rania',
  'Tomasz',
  'Agnieszka',
  'Kateřina',
  'José',
  'Inês',
  'Maarten',
  'Marieke',
  'Joost',
  'Hanneke',
  'Kees',
  'Ingrid',
  'René',
  'Hélène',
  'André',
];

export const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Dijkstra',
  'Hoekstra',
  'de Jong',
  'Postma',
  'van der Meer',
  "'t Hart",
  "van 't Hof",
  'El Amrani',
  'Bouzid',
  'Benali',
  'El Idrissi',
  'Yılmaz',
  'Öztürk',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Ramdin',
  'Sewnath',
  'Kromodimedjo',
  'Haidari',
  'Al-Hassan',
  'Tesfamariam',
  'Ghebremedhin',
  'Kowalski',
  'Nowak',
  'Dvořák',
  'Gonçalves',
  'Müller',
  'Brouwer',
  'van Leeuwen',
  'Koster',
  'Wijnberg',
  'Ben Saïd',
  'Mahabier',
];

/** Lower-case ASCII slug: accents stripped, runs of anything else become one separator. */
export function slug(s, sep = '-') {
  const words = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.join(sep);
}

/** A fake person: { first, last, full }. */
export function personName(rng) {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { first, last, full: `${first} ${last}` };
}

/** `voornaam.achternaam@<domain>.example` for a person at an organisation. */
export function emailFor(person, orgName) {
  return `${slug(person.first, '.')}.${slug(person.last, '')}@${emailDomain(orgName)}`;
}

/** The `.example` mail domain of an organisation name. */
export function emailDomain(orgName) {
  let domain = '';
  for (const part of slug(orgName).split('-')) {
    if (domain !== '' && domain.length + part.length + 1 > 40) break;
    domain = domain === '' ? part : `${domain}-${part}`;
  }
  return `${domain}.example`;
}

/** A made-up Dutch-looking phone number (06 mobile or an area code). */
export function phoneNumber(rng) {
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
    return s;
  };
  if (rng.chance(0.5)) return `06-${digits(8)}`;
  const area = rng.pick(['010', '020', '030', '040', '043', '050', '053', '058', '070', '073', '076', '0118']);
  return `${area}-${digits(10 - area.length)}`;
}

/** Word stock for fictional organisation names. */
export const ORG_WORDS = [
  'De Brug',
  'Het Anker',
  'De Horizon',
  'Kompas',
  'Al Amal',
  'Noorderlicht',
  'De Verbinding',
  'Zonnebloem',
  "'t Kruispunt",
  'De Sleutel',
  'Kleurrijk',
  'Meander',
  'De Vuurtoren',
  'Nieuwe Buren',
  'Ubuntu',
  'Baraka',
  'Iedereen Telt',
  'Vrouwen Vooruit',
  'Thuis',
  'Buurtkracht',
  'Het Ontmoetingshuis',
  'Vluchtheuvel',
  'Sterk Netwerk',
  'De Wereldtuin',
  'Eigen Kracht',
  'Mozaïek',
  'Samenspel',
  'Oranjebloesem',
  'Lichtpunt',
  'De Overkant',
  'Hart & Ziel',
  'Wij, Samen',
  '"Open Deur"',
  'Oase',
  'Zuidenwind',
  'De Groene Draad',
  'Salam',
];

export const THEME_WORDS = {
  inburgering: 'Inburgering',
  taal: 'Taal',
  discriminatie: 'Gelijke Behandeling',
  polarisatie: 'Polarisatie',
  arbeidsmarkt: 'Werk',
  arbeidsmigratie: 'Arbeidsmigratie',
  onderwijs: 'Onderwijs',
  wijkaanpak: 'Wijkaanpak',
  participatie: 'Participatie',
  statushouders: 'Statushouders',
  huisvesting: 'Huisvesting',
  gezondheid: 'Gezondheid',
  samenleven: 'Samenleven',
};

/** Name templates per stakeholder type for generated (benchmark) organisations. */
export const ORG_TEMPLATES = {
  government: ['Gemeente {place}', 'Wijkteam {word} {place}', 'Werkplein {place}', 'Sociaal Team {place}'],
  sector_organisation: [
    'Woningcorporatie {word} {place}',
    'Regionaal Platform {theme} {place}',
    'Taalaanbieders {place}',
    'Werkgeversvereniging {word} {place}',
    'Welzijn {place}',
  ],
  civil_society: [
    'Stichting {word} {place}',
    'Vereniging {word} {place}',
    'Buurthuis {word} {place}',
    'Migrantenvereniging {word} {place}',
    'Vrouwencentrum {word} {place}',
  ],
  professional: ['Adviesbureau {word} {place}', 'Trainingsbureau {word} {place}', 'Praktijk {theme} {place}', 'Coöperatie {word} {place}'],
  knowledge_institute: [
    'Lectoraat {theme}, Hogeschool {place}',
    'Kenniscentrum {theme} {place}',
    'Onderzoeksbureau {word} {place}',
    'Leerstoel {theme} {place}',
  ],
};

/**
 * Organisation key as docs/contract.md §3 defines it (NFKC, trimmed, inner whitespace collapsed,
 * case-folded, accents removed). The generators use it to keep names distinct and to count
 * distinct relations the way kis-network will.
 */
export function orgKey(name) {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}
