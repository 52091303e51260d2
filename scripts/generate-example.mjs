#!/usr/bin/env node
/**
 * Generates the bundled example data in `data/` (or the folder given as the first argument):
 * a fictional KIS stakeholder register, ~40 coded interviews, a survey of exactly 1,841
 * respondents, an aliases file and the README that describes them.
 *
 * Everything comes from one seeded mulberry32 stream (SEED below), so the output is
 * byte-identical on every run and platform; test/unit/data/example.test.ts checks that the
 * committed files equal a fresh run. Usage: node scripts/generate-example.mjs [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { csvDocument } from './lib/csv.mjs';
import { ORG_WORDS, THEME_WORDS, emailFor, orgKey, personName, phoneNumber } from './lib/names.mjs';
import { GGD_REGIONS, MUNICIPALITIES, PROVINCES, SUBREGIONS } from './lib/places.mjs';
import { deriveWave2024, expectedChanges, WAVE_SEED } from './lib/wave-2024.mjs';

export const SEED = 20240917;
export const SURVEY_ROWS = 1841;
const INTERVIEWS = 40;

// ---------------------------------------------------------------------------------------
// The planted structure: ten thematic/regional communities.
// ---------------------------------------------------------------------------------------

const COMMUNITIES = [
  {
    key: 'inburgering-noord',
    themes: ['inburgering', 'taal'],
    provinces: ['Groningen', 'Fryslân', 'Drenthe'],
    municipalities: [
      'Groningen',
      'Leeuwarden',
      'Súdwest-Fryslân',
      'Assen',
      'Emmen',
      'Smallingerland',
      'Het Hogeland',
      'Heerenveen',
      'Oldambt',
      'Tytsjerksteradiel',
      'Hoogeveen',
    ],
    public: ['Provincie Groningen', 'Provincie Fryslân', 'Provincie Drenthe', 'GGD Fryslân', 'GGD Groningen'],
    fixed: [['knowledge_institute', 'Kenniscentrum Taal & Meedoen Noord']],
    mix: { sector_organisation: 4, civil_society: 8, professional: 3, knowledge_institute: 2 },
  },
  {
    key: 'discriminatie',
    themes: ['discriminatie', 'polarisatie'],
    provinces: ['Utrecht', 'Noord-Holland'],
    municipalities: ['Utrecht', 'Haarlem', 'Zeist', 'Hilversum', 'Nieuwegein', 'Amstelveen', 'Bergen (NH)', 'Houten', 'Alkmaar'],
    public: ['Provincie Utrecht', 'GGD regio Utrecht', 'GGD Kennemerland'],
    fixed: [
      ['civil_society', 'Meldpunt Discriminatie Regio Utrecht'],
      ['civil_society', 'Stichting Wij, Samen Haarlem'],
    ],
    mix: { sector_organisation: 3, civil_society: 8, professional: 4, knowledge_institute: 3 },
  },
  {
    key: 'arbeidsmarkt-oost',
    themes: ['arbeidsmarkt', 'statushouders'],
    provinces: ['Overijssel', 'Gelderland'],
    municipalities: ['Enschede', 'Zwolle', 'Deventer', 'Hengelo', 'Almelo', 'Apeldoorn', 'Doetinchem', 'Zutphen', 'Hardenberg', 'Kampen'],
    public: ['Provincie Overijssel', 'GGD Twente', 'GGD IJsselland', 'GGD Noord- en Oost-Gelderland'],
    fixed: [['professional', 'Adviesbureau Brugwerk']],
    mix: { sector_organisation: 5, civil_society: 6, professional: 4, knowledge_institute: 2 },
  },
  {
    key: 'onderwijs-zuid',
    themes: ['onderwijs', 'taal'],
    provinces: ['Noord-Brabant', 'Limburg'],
    municipalities: [
      "'s-Hertogenbosch",
      'Eindhoven',
      'Tilburg',
      'Helmond',
      'Nuenen, Gerwen en Nederwetten',
      'Maastricht',
      'Heerlen',
      'Sittard-Geleen',
      'Oss',
    ],
    public: ['Provincie Limburg', 'GGD Hart voor Brabant', 'GGD Brabant-Zuidoost', 'GGD Zuid-Limburg'],
    fixed: [['sector_organisation', 'Samenwerkingsverband Passend Onderwijs De Kempen']],
    mix: { sector_organisation: 4, civil_society: 6, professional: 4, knowledge_institute: 4 },
  },
  {
    key: 'wijkaanpak',
    themes: ['wijkaanpak', 'participatie'],
    provinces: ['Zuid-Holland'],
    municipalities: [
      "'s-Gravenhage",
      'Rotterdam',
      'Leiden',
      'Dordrecht',
      'Zoetermeer',
      'Delft',
      'Schiedam',
      'Vlaardingen',
      'Gouda',
      'Capelle aan den IJssel',
    ],
    public: ['Provincie Zuid-Holland', 'GGD Haaglanden', 'GGD Rotterdam-Rijnmond'],
    fixed: [
      ['civil_society', "Buurthuis 't Kruispunt"],
      ['civil_society', 'Bewonersvereniging "De Schilderswijk"'],
    ],
    mix: { sector_organisation: 4, civil_society: 9, professional: 4, knowledge_institute: 2 },
  },
  {
    key: 'statushouders',
    themes: ['statushouders', 'huisvesting'],
    provinces: ['Flevoland', 'Utrecht', 'Gelderland'],
    municipalities: ['Almere', 'Lelystad', 'Amersfoort', 'Arnhem', 'Nijmegen', 'Ede', 'Veenendaal', 'Dronten', 'Tiel', 'Culemborg'],
    public: ['Provincie Flevoland', 'Provincie Gelderland', 'GGD Flevoland', 'GGD Gelderland-Zuid'],
    fixed: [['civil_society', 'Vereniging Wonen, Werken & Leren']],
    mix: { sector_organisation: 5, civil_society: 7, professional: 3, knowledge_institute: 2 },
  },
  {
    key: 'gezondheid',
    themes: ['gezondheid', 'participatie'],
    provinces: ['Zeeland', 'Noord-Brabant'],
    municipalities: ['Middelburg', 'Vlissingen', 'Goes', 'Breda', 'Roosendaal', 'Bergen op Zoom', 'Schouwen-Duiveland', 'Hulst'],
    public: ['Provincie Zeeland', 'GGD Zeeland', 'GGD West-Brabant'],
    fixed: [['sector_organisation', 'Zorggroep Curaçao-Nederland']],
    mix: { sector_organisation: 4, civil_society: 7, professional: 5, knowledge_institute: 2 },
  },
  {
    key: 'samenleven',
    themes: ['samenleven', 'polarisatie'],
    provinces: ['Noord-Holland', 'Flevoland'],
    municipalities: ['Amsterdam', 'Zaanstad', 'Purmerend', 'Hoorn', 'Den Helder', 'Haarlemmermeer', 'Zeewolde', 'Urk'],
    public: ['Provincie Noord-Holland', 'GGD Amsterdam'],
    fixed: [['civil_society', 'Stichting "Samen Sterk"']],
    mix: { sector_organisation: 3, civil_society: 9, professional: 4, knowledge_institute: 3 },
  },
  {
    key: 'arbeidsmigratie',
    themes: ['arbeidsmigratie', 'huisvesting'],
    provinces: ['Limburg', 'Zeeland', 'Noord-Brabant'],
    municipalities: ['Venlo', 'Venray', 'Roermond', 'Weert', 'Terneuzen', 'Reimerswaal', 'Waalwijk', 'Sluis', 'Noordoostpolder'],
    public: ['Provincie Noord-Brabant', 'GGD Limburg-Noord'],
    fixed: [['civil_society', 'Stowarzyszenie Polonia Limburg']],
    mix: { sector_organisation: 5, civil_society: 6, professional: 4, knowledge_institute: 2 },
  },
  {
    key: 'kennisnetwerk',
    themes: ['inburgering', 'discriminatie', 'arbeidsmarkt'],
    provinces: ['Utrecht', 'Zuid-Holland', 'Gelderland'],
    municipalities: ['Wageningen', 'Woerden', 'Alphen aan den Rijn'],
    public: [],
    fixed: [
      ['sector_organisation', 'Landelijk Netwerk Inburgering en Integratie'],
      ['knowledge_institute', 'Lectoraat Diversiteit, Hogeschool Midden-Nederland'],
      ['knowledge_institute', 'Instituut voor Integratievraagstukken'],
      ['knowledge_institute', 'Kennisatelier Samenleven & Diversiteit'],
    ],
    mix: { sector_organisation: 3, civil_society: 3, professional: 4, knowledge_institute: 7 },
  },
];

/** Organisations that link communities (high betweenness by design): name → bridged communities. */
const BROKERS = {
  'Gemeente Utrecht': ['statushouders', 'kennisnetwerk', 'samenleven'],
  'Stichting "Samen Sterk"': ['discriminatie', 'wijkaanpak'],
  'Landelijk Netwerk Inburgering en Integratie': ['inburgering-noord', 'arbeidsmarkt-oost', 'statushouders', 'arbeidsmigratie'],
  'Lectoraat Diversiteit, Hogeschool Midden-Nederland': ['onderwijs-zuid', 'discriminatie', 'wijkaanpak'],
  'Zorggroep Curaçao-Nederland': ['wijkaanpak', 'samenleven'],
  'Adviesbureau Brugwerk': ['arbeidsmigratie', 'onderwijs-zuid'],
};

/** Organisations that appear in the survey but not in the register: name → [community, type, region, respondents]. */
const UNREGISTERED = {
  'Bibliotheek Oosterschelde': ['gezondheid', 'civil_society', 'Zeeland', 3],
  'Taalhuis Almere-Haven': ['statushouders', 'civil_society', 'Flevoland', 2],
  'Wijkteam Kanaleneiland': ['discriminatie', 'government', 'Utrecht', 2],
  'Stichting Buurtmoeders Feijenoord': ['wijkaanpak', 'civil_society', 'Zuid-Holland', 1],
};

/** Aliases the interviews and survey use (docs/contract.md §3: mapped through data/aliases.csv). */
const ALIASES = [
  ['Gem. Den Haag', "Gemeente 's-Gravenhage"],
  ['Gemeente Den Haag', "Gemeente 's-Gravenhage"],
  ['Gemeente Den Bosch', "Gemeente 's-Hertogenbosch"],
];

/** The KIS knowledge products and the themes each one serves. */
const PRODUCTS = [
  ['Factsheet Discriminatie', ['discriminatie', 'polarisatie']],
  ['Handreiking Inburgering', ['inburgering', 'taal', 'statushouders']],
  ['Webinar Wijkaanpak', ['wijkaanpak', 'participatie']],
  ['Kennisdossier Statushouders', ['statushouders', 'huisvesting', 'arbeidsmarkt']],
  ['Monitor Integratie', ['inburgering', 'arbeidsmarkt', 'arbeidsmigratie', 'onderwijs']],
  ['Podcast Samenleven', ['samenleven', 'polarisatie']],
  ['Training Interculturele Communicatie', ['gezondheid', 'onderwijs', 'arbeidsmigratie']],
  ['Toolkit Participatie', ['participatie', 'wijkaanpak', 'arbeidsmarkt']],
];

const TEMPLATES = {
  sector_organisation: [
    'Regionaal Platform {Theme} {sub}',
    'Woningcorporatie {word} {place}',
    'Werkgeversservicepunt {sub}',
    'Taalaanbieders {sub}',
    'Welzijnsorganisatie {word}',
    'Werkbedrijf {sub}',
    'Vluchtelingenondersteuning {sub}',
    'Bibliotheeknetwerk {sub}',
    'Zorgcoöperatie {word}',
  ],
  civil_society: [
    'Stichting {word}',
    'Stichting {word} {place}',
    'Vereniging {word}',
    'Buurthuis {word}',
    'Migrantenvereniging {word}',
    'Vrouwencentrum {word}',
    'Eritrese Gemeenschap {place}',
    'Syrisch-Nederlandse Vereniging {place}',
    'Turks Cultureel Centrum {place}',
    'Marokkaanse Ouders {place}',
    'Jongerenplatform {place}',
    'Bewonersorganisatie {word}',
    'Moskee Al-Fath {place}',
    'Surinaamse Vereniging {word}',
  ],
  professional: [
    'Adviesbureau {word}',
    'Trainingsbureau {word}',
    'Taalcoaches {sub}',
    'Jongerenwerk {place}',
    'Praktijk Interculturele Zorg {place}',
    'Tolkencollectief {sub}',
    'Coöperatie {word}',
    'Netwerk Zelfstandig Trainers {sub}',
  ],
  knowledge_institute: [
    'Lectoraat {Theme}, Hogeschool {sub}',
    'Kenniscentrum {Theme} {sub}',
    'Onderzoeksbureau {word}',
    'Academische Werkplaats {Theme} {sub}',
    'Onderzoeksgroep {Theme} {sub}',
  ],
};

const TYPE_POPULARITY = { government: 1.6, sector_organisation: 1.0, civil_society: 0.8, professional: 0.7, knowledge_institute: 1.2 };
const TYPE_RESPONDENTS = { government: 2, sector_organisation: 1.4, civil_society: 1, professional: 0.7, knowledge_institute: 1.1 };
const DUTCH_TYPE = {
  government: 'gemeente',
  sector_organisation: 'sectororganisatie',
  civil_society: 'maatschappelijke organisatie',
  professional: 'professional',
  knowledge_institute: 'kennisinstelling',
};
const RELATIONS = ['collaboration', 'knowledge_exchange', 'advice', 'funding', 'other'];
const RELATION_WEIGHTS = [0.42, 0.3, 0.14, 0.07, 0.07];

// ---------------------------------------------------------------------------------------

/** Builds every table in memory (the example is small); returns { files, stats }. */
export function generateExample(seed = SEED) {
  const rng = new Rng(seed);
  const orgs = buildOrganisations(rng);
  const byName = new Map(orgs.map((o) => [o.name, o]));
  const commByKey = new Map(COMMUNITIES.map((c) => [c.key, c]));
  for (const o of orgs) o.comm = commByKey.get(o.community);

  const members = new Map(COMMUNITIES.map((c) => [c.key, []]));
  for (const o of orgs) if (!o.isolate) members.get(o.community).push(o);
  const brokersFor = new Map(COMMUNITIES.map((c) => [c.key, []]));
  for (const [name, bridged] of Object.entries(BROKERS)) {
    for (const ck of bridged) brokersFor.get(ck).push(byName.get(name));
  }

  /** A partner for `o`: mostly from its own community, sometimes across, via a broker. */
  const pickPartner = (o, commKey, exclude) => {
    for (let attempt = 0; attempt < 30; attempt++) {
      let p;
      const crossP = o?.broker ? 0.45 : 0.1;
      if (!rng.chance(crossP)) {
        p = rng.weighted(members.get(commKey), (m) => m.pop);
      } else if (o?.broker && rng.chance(0.85)) {
        p = rng.weighted(members.get(rng.pick(o.broker)), (m) => m.pop);
      } else if (brokersFor.get(commKey).length > 0 && rng.chance(0.7)) {
        p = rng.pick(brokersFor.get(commKey));
      } else {
        p = rng.weighted(
          orgs.filter((m) => !m.isolate),
          (m) => m.pop,
        );
      }
      if (!exclude.has(p.name)) return p;
    }
    return undefined;
  };

  const interviews = buildInterviews(rng, members, pickPartner);
  const survey = buildSurvey(rng, orgs, pickPartner);

  const contactsRows = orgs.map((o) => [
    o.id,
    o.name,
    o.type,
    o.region,
    o.themes.join('|'),
    o.kisContacts,
    o.contact?.full ?? '',
    o.contact ? emailFor(o.contact, o.name) : '',
    o.contact ? o.phone : '',
  ]);

  const files = {
    'contacts.csv': csvDocument(
      ['id', 'organisation', 'type', 'region', 'themes', 'kis_contacts', 'contact_person', 'email', 'phone'],
      contactsRows,
    ),
    'interviews.csv': csvDocument(['interview_id', 'source', 'target', 'relation', 'strength', 'theme'], interviews),
    'survey.csv': csvDocument(
      ['respondent_id', 'organisation', 'type', 'region', 'rating', 'products_used', 'partners', 'themes', 'name', 'email'],
      survey,
    ),
    'aliases.csv': csvDocument(['alias', 'organisation'], ALIASES),
  };
  const stats = computeStats(orgs, interviews, survey);
  files['README.md'] = readme(stats, seed);
  orgs.forEach((o, i) => {
    o.row = contactsRows[i];
  });
  return { files, stats, tables: { orgs, interviews, survey, contacts: contactsRows, aliases: ALIASES } };
}

/**
 * The second wave (data/2024/): the 2021 tables with the documented changes of
 * lib/wave-2024.mjs; returns its files (written to `2024/` beside the 2021 ones) and the changes a
 * comparison must find.
 */
export function generateWave2024(seed = SEED) {
  const { tables } = generateExample(seed);
  const wave = deriveWave2024(tables);
  const expected = expectedChanges(
    { contacts: tables.contacts, interviews: tables.interviews, survey: tables.survey },
    wave,
    tables.aliases,
  );
  const files = {
    'contacts.csv': csvDocument(
      ['id', 'organisation', 'type', 'region', 'themes', 'kis_contacts', 'contact_person', 'email', 'phone'],
      wave.contacts,
    ),
    'interviews.csv': csvDocument(['interview_id', 'source', 'target', 'relation', 'strength', 'theme'], wave.interviews),
    'survey.csv': csvDocument(
      ['respondent_id', 'organisation', 'type', 'region', 'rating', 'products_used', 'partners', 'themes', 'name', 'email'],
      wave.survey,
    ),
    'aliases.csv': csvDocument(['alias', 'organisation'], tables.aliases),
  };
  files['README.md'] = readme2024(wave, expected);
  return { files, expected, planted: wave.planted };
}

function readme2024(wave, expected) {
  const p = wave.planted;
  const pairs = (list) => list.map(([a, b]) => `  - \`${a}\` – \`${b}\``).join('\n');
  const names = (list) => list.map((n) => `\`${n}\``).join(', ');
  const e = expected;
  return `# Example data, second wave (fictional, "2024")

The organisations of \`data/\` (the 2021 wave) three years later, for \`kis-network compare\`:

\`\`\`sh
npx kis-network compare data data/2024
\`\`\`

Written by \`scripts/generate-example.mjs\` (\`npm run generate-data\`) together with the 2021 wave: the
2021 tables with the changes below, drawn from their own seeded stream (mulberry32, seed ${WAVE_SEED}),
so the 2021 files stay as they are and a fresh run reproduces these byte for byte. Everything is as
invented as the 2021 wave (see \`../README.md\`): no real people, \`.example\` e-mail addresses only.
Same files and columns as the 2021 wave; \`aliases.csv\` is the same.

## Planted changes

- **Left** (register entry, respondents, interview rows and partner mentions removed): ${names(p.left)}.
- **Joined** (new register entries \`O311\`–\`O315\`, each with three relations in interview \`I41\` and
  two respondents): ${names(p.joined)}.
- **Renamed**: \`${p.renamed[0]}\` is \`${p.renamed[1]}\` in 2024, with a new register id (\`O310\`): the
  comparison sees one organisation gone and one new, and reports the pair as possibly renamed (not
  joined; \`--aliases\` with \`${p.renamed[1]},${p.renamed[0]}\` joins them).
- **Relations added** (interview \`I42\`, strength 3) between organisations that stayed:
${pairs(p.added)}
- **Relations removed** (every interview row and partner mention of the pair):
${pairs(p.removed)}
- **Relations strengthened** (one more interview row in \`I42\`, strength 2):
${pairs(p.stronger)}
- **Relations weakened** (one mention fewer: a survey partner mention, else an interview row):
${pairs(p.weaker)}
- **Ratings**: every rating given by a respondent of a knowledge institute is one point higher
  (at most 10).

## What a comparison finds

Counted the way kis-network keys names (docs/contract.md §3, \`aliases.csv\` applied):
${e.organisations.new.length} organisations new and ${e.organisations.gone.length} gone (the joined, the left and the renamed
ones); ${e.relations.new.length} relations new (the added ones and those of the joined and the renamed organisation),
${e.relations.gone.length} gone (the removed ones and those of the organisations that left or were renamed),
${e.relations.stronger.length} stronger and ${e.relations.weaker.length} weaker. \`test/unit/data/wave-2024.test.ts\` checks that \`compare\`
reports exactly these.
`;
}

function fill(rng, template, comm) {
  const province = rng.pick(comm.provinces);
  return template
    .replace('{Theme}', THEME_WORDS[rng.pick(comm.themes)])
    .replace('{sub}', rng.pick(SUBREGIONS[province]))
    .replace('{place}', rng.pick(comm.municipalities))
    .replace('{word}', rng.pick(ORG_WORDS));
}

/** The register: ~300 organisations, with community, popularity and isolate flags. */
function buildOrganisations(rng) {
  const orgs = [];
  const keys = new Set();
  const add = (name, type, comm, region) => {
    const key = orgKey(name);
    if (keys.has(key)) return false;
    keys.add(key);
    orgs.push({ name, type, community: comm.key, region, themes: [] });
    return true;
  };
  for (const comm of COMMUNITIES) {
    for (const m of comm.municipalities) add(`Gemeente ${m}`, 'government', comm, municipalityProvince(m));
    for (const p of comm.public) {
      const region = p.startsWith('Provincie ') ? p.slice('Provincie '.length) : ggdProvince(p);
      add(p, 'government', comm, region);
    }
    for (const [type, name] of comm.fixed) add(name, type, comm, rng.pick(comm.provinces));
    for (const [type, n] of Object.entries(comm.mix)) {
      let made = 0;
      for (let tries = 0; made < n && tries < 200; tries++) {
        const name = fill(rng, rng.pick(TEMPLATES[type]), comm);
        if (add(name, type, comm, placeProvince(name, comm) ?? rng.pick(comm.provinces))) made++;
      }
    }
  }
  for (const o of orgs) {
    const comm = COMMUNITIES.find((c) => c.key === o.community);
    o.themes = rng.chance(0.5) ? comm.themes.slice(0, 2) : [rng.pick(comm.themes)];
    if (rng.chance(0.2)) {
      const extra = rng.pick(Object.keys(THEME_WORDS));
      if (!o.themes.includes(extra)) o.themes.push(extra);
    }
    o.broker = BROKERS[o.name];
    o.pop = o.broker ? 8 : rng.pareto(2.3, 12) * TYPE_POPULARITY[o.type] * (isCity(o.name) ? 2 : 1);
    o.respWeight = rng.pareto(2.5, 25) * TYPE_RESPONDENTS[o.type] * (isCity(o.name) ? 3 : 1);
    o.kisContacts = rng.chance(0.2) ? 0 : Math.round(rng.pareto(1.9, 60) * (o.type === 'government' ? 3 : 1.5)) + (o.broker ? 20 : 0);
    o.contact = rng.chance(0.92) ? personName(rng) : undefined;
    o.phone = phoneNumber(rng);
  }
  // Isolates: register entries nobody names (information in itself).
  const candidates = orgs.filter((o) => !o.broker && !isCity(o.name) && !/Utrecht|'s-/.test(o.name));
  for (const o of rng.sample(candidates, 9)) o.isolate = true;
  // Register order is not community order: shuffle, then number.
  rng.shuffle(orgs);
  orgs.forEach((o, i) => {
    o.id = `O${String(i + 1).padStart(3, '0')}`;
  });
  return orgs;
}

function municipalityProvince(m) {
  for (const p of PROVINCES) if (MUNI_INDEX[p].has(m)) return p;
  throw new Error(`no province for ${m}`);
}
function ggdProvince(ggd) {
  for (const p of PROVINCES) if (GGD_INDEX[p].includes(ggd)) return p;
  throw new Error(`no province for ${ggd}`);
}
function placeProvince(name, comm) {
  for (const m of comm.municipalities) if (name.endsWith(` ${m}`)) return municipalityProvince(m);
  for (const p of comm.provinces) for (const s of SUBREGIONS[p]) if (name.endsWith(` ${s}`) || name.includes(` ${s},`)) return p;
  return undefined;
}
function isCity(name) {
  return /^Gemeente (Amsterdam|Rotterdam|'s-Gravenhage|Utrecht|Groningen|Eindhoven|Enschede|Almere|Middelburg|Venlo)$/.test(name);
}

const MUNI_INDEX = Object.fromEntries(PROVINCES.map((p) => [p, new Set(MUNICIPALITIES[p])]));
const GGD_INDEX = GGD_REGIONS;

/** ~40 interviews, each naming 5–15 relations, mostly inside the interviewee's community. */
function buildInterviews(rng, members, pickPartner) {
  const rows = [];
  const order = [];
  for (let i = 0; i < INTERVIEWS; i++) order.push(COMMUNITIES[i % COMMUNITIES.length]);
  rng.shuffle(order);
  const interviewed = new Set();
  for (let i = 0; i < INTERVIEWS; i++) {
    const comm = order[i];
    const id = `I${String(i + 1).padStart(2, '0')}`;
    const pool = members.get(comm.key).filter((m) => !interviewed.has(m.name));
    const interviewee = rng.weighted(pool, (m) => m.pop * m.pop);
    interviewed.add(interviewee.name);
    const n = rng.int(5, 15);
    const seen = new Set();
    for (let tries = 0; seen.size < n && tries < 100; tries++) {
      let a = interviewee;
      if (rng.chance(0.25)) a = rng.weighted(members.get(comm.key), (m) => m.pop);
      const b = pickPartner(a, comm.key, new Set([a.name]));
      if (!b) continue;
      const pair = a.name < b.name ? `${a.name}\u0000${b.name}` : `${b.name}\u0000${a.name}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      let relation = RELATIONS[rng.weightedIndex(RELATION_WEIGHTS)];
      if (relation === 'funding' && a.type !== 'government' && b.type !== 'government') relation = 'collaboration';
      const [src, dst] = relation === 'funding' && b.type === 'government' ? [b, a] : [a, b];
      const strength = rng.chance(0.03) ? '' : String(1 + rng.weightedIndex([0.1, 0.25, 0.3, 0.22, 0.13]));
      const theme = rng.chance(0.8) ? rng.pick(comm.themes) : rng.pick(dst.themes);
      rows.push([id, spellInterview(rng, src.name), spellInterview(rng, dst.name), rng.chance(0.02) ? '' : relation, strength, theme]);
    }
  }
  // Spelling variants the tool must handle: a case variant (same key) and an abbreviation
  // (a near-duplicate, reported but not merged), spread over the rows that name Utrecht.
  const cells = [];
  rows.forEach((r, i) => {
    for (const col of [1, 2]) if (r[col] === 'Gemeente Utrecht') cells.push([i, col]);
  });
  const at = (f) => cells[Math.min(cells.length - 1, Math.floor(f * cells.length))];
  for (const f of [0.1, 0.4, 0.7]) {
    const [i, col] = at(f);
    rows[i][col] = 'gemeente utrecht';
  }
  for (const f of [0.25, 0.85]) {
    const [i, col] = at(f);
    rows[i][col] = 'Gem. Utrecht';
  }
  return rows;
}

function spellInterview(rng, name) {
  if (name === "Gemeente 's-Gravenhage" && rng.chance(0.5)) return 'Gem. Den Haag';
  return name;
}

function spellSurvey(rng, name) {
  if (name === "Gemeente 's-Gravenhage" && rng.chance(0.3)) return 'Gemeente Den Haag';
  if (name === "Gemeente 's-Hertogenbosch" && rng.chance(0.4)) return 'Gemeente Den Bosch';
  if (name === 'Gemeente Súdwest-Fryslân' && rng.chance(0.4)) return 'Gemeente Sudwest-Fryslan';
  if (rng.chance(0.012)) return rng.chance(0.5) ? name.toUpperCase() : name.toLowerCase();
  return name;
}

/** Exactly SURVEY_ROWS respondents, spread heavy-tailed over the organisations. */
function buildSurvey(rng, orgs, pickPartner) {
  const respondents = [];
  for (const [name, [comm, type, region, n]] of Object.entries(UNREGISTERED)) {
    const o = { name, type, region, community: comm, themes: [COMMUNITIES.find((c) => c.key === comm).themes[0]], unregistered: true };
    o.comm = COMMUNITIES.find((c) => c.key === comm);
    for (let i = 0; i < n; i++) respondents.push(o);
  }
  // About 12% of the register is not in the survey at all; the rest draw respondents by weight.
  const surveyed = orgs.filter((o) => !rng.chance(0.12) || isCity(o.name) || o.broker);
  const weights = surveyed.map((o) => o.respWeight);
  while (respondents.length < SURVEY_ROWS) respondents.push(surveyed[rng.weightedIndex(weights)]);
  rng.shuffle(respondents);

  const commMean = new Map(COMMUNITIES.map((c) => [c.key, 6.3 + rng.float() * 1.6]));
  const orgBias = new Map();
  let selfRelationPlaced = false;
  return respondents.map((o, i) => {
    if (!orgBias.has(o.name)) orgBias.set(o.name, (rng.float() - 0.5) * 2);
    const id = `R${String(i + 1).padStart(4, '0')}`;
    let type = o.type;
    if (rng.chance(0.03)) type = '';
    else if (rng.chance(0.025)) type = o.type === 'government' && !o.name.startsWith('Gemeente') ? 'overheid' : DUTCH_TYPE[o.type];
    const region = rng.chance(0.03) ? '' : o.region;
    let rating = '';
    if (!rng.chance(0.06)) {
      const r = commMean.get(o.community) + orgBias.get(o.name) + (rng.float() + rng.float() + rng.float() - 1.5) * 2.2;
      rating = String(Math.max(1, Math.min(10, Math.round(r))));
    }
    const products = [];
    const np = rng.weightedIndex([0.18, 0.32, 0.27, 0.15, 0.08]);
    for (let tries = 0; products.length < np && tries < 20; tries++) {
      const [pname] = rng.weighted(PRODUCTS, ([, th]) => (th.some((t) => o.themes.includes(t)) ? 5 : 1));
      if (!products.includes(pname)) products.push(pname);
    }
    const partners = [];
    if (!o.isolate) {
      const k = rng.weightedIndex([0.14, 0.24, 0.26, 0.2, 0.16]);
      const exclude = new Set([o.name]);
      for (let j = 0; j < k; j++) {
        const p = pickPartner(o.unregistered ? undefined : o, o.community, exclude);
        if (!p) continue;
        exclude.add(p.name);
        partners.push(spellSurvey(rng, p.name));
      }
      // One respondent names their own organisation: a self-relation the tool drops and reports.
      if (!selfRelationPlaced && partners.length > 0 && o.name === 'Gemeente Amsterdam') {
        partners.push(o.name);
        selfRelationPlaced = true;
      }
    }
    const themes = rng.chance(0.15) ? '' : rng.sample(o.themes, rng.int(1, o.themes.length)).join('|');
    const person = rng.chance(0.86) ? personName(rng) : undefined;
    const email = person && rng.chance(0.9) ? emailFor(person, o.name) : '';
    return [id, spellSurvey(rng, o.name), type, region, rating, products.join('|'), partners.join('|'), themes, person?.full ?? '', email];
  });
}

/** Counts for the README and the final report, keyed the way kis-network keys names. */
function computeStats(orgs, interviews, survey) {
  const alias = new Map(ALIASES.map(([a, o]) => [orgKey(a), orgKey(o)]));
  const key = (n) => alias.get(orgKey(n)) ?? orgKey(n);
  const pairs = new Map();
  let mentions = 0;
  let selfRelations = 0;
  const nodes = new Set(orgs.map((o) => orgKey(o.name)));
  const addPair = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    nodes.add(ka);
    nodes.add(kb);
    if (ka === kb) {
      selfRelations++;
      return;
    }
    mentions++;
    const p = ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}`;
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  };
  for (const r of interviews) addPair(r[1], r[2]);
  const respondentsPerOrg = new Map();
  let partnerMentions = 0;
  for (const r of survey) {
    nodes.add(key(r[1]));
    respondentsPerOrg.set(key(r[1]), (respondentsPerOrg.get(key(r[1])) ?? 0) + 1);
    if (r[6] === '') continue;
    for (const p of r[6].split('|')) {
      partnerMentions++;
      addPair(r[1], p);
    }
  }
  const touched = new Set();
  for (const p of pairs.keys()) for (const k of p.split('\u0000')) touched.add(k);
  const registerKeys = orgs.map((o) => orgKey(o.name));
  const counts = [...respondentsPerOrg.values()];
  return {
    organisationsInRegister: orgs.length,
    nodes: nodes.size,
    isolates: registerKeys.filter((k) => !touched.has(k)).length,
    interviewRows: interviews.length,
    interviews: new Set(interviews.map((r) => r[0])).size,
    surveyRows: survey.length,
    partnerMentions,
    relationMentions: mentions,
    selfRelations,
    distinctRelations: pairs.size,
    organisationsInSurvey: respondentsPerOrg.size,
    smallGroups: counts.filter((c) => c < 3).length,
    emptyRatings: survey.filter((r) => r[4] === '').length,
    communities: COMMUNITIES.length,
    brokers: Object.keys(BROKERS).length,
    unregistered: Object.keys(UNREGISTERED).length,
  };
}

function readme(s, seed) {
  const fmt = (n) => n.toLocaleString('en-US');
  return `# Example data (fictional)

Everything in this folder is **invented**. It is written by \`scripts/generate-example.mjs\`
(\`npm run generate-data\`) from a seeded pseudo-random generator (mulberry32, seed ${seed}), so
a fresh run reproduces these files byte for byte; a unit test checks that. Do not edit the files
by hand: change the script and run it again.

Municipalities, provinces and GGD regions carry their real names, but every relation, rating,
count and theme attached to them is made up. All other organisations are fictional. There are no
real people: contact persons and respondents are random combinations of common first and last
names, every e-mail address ends in \`.example\` (a reserved domain that can never receive mail)
and every phone number is made up. These personal columns are there to test that kis-network
never copies them into any output (docs/contract.md §6).

kis-network runs on this folder when \`analyse\` is given no input.

A second wave of the same organisations three years later, with documented changes (organisations
that joined, left or were renamed; relations added, removed, strengthened and weakened), is in
\`2024/\` (see \`2024/README.md\`): \`npx kis-network compare data data/2024\`.

## The network it describes

- ${fmt(s.organisationsInRegister)} organisations in the register, of the five stakeholder types, across
  the twelve provinces; ${fmt(s.nodes)} organisations in total once the survey's and interviews'
  organisations outside the register are added.
- ${s.communities} planted communities (thematic and regional clusters such as inburgering in the
  north, wijkaanpak in Zuid-Holland, arbeidsmigratie in Limburg/Zeeland, and a national
  knowledge network), with most relations inside a community.
- ${s.brokers} brokers that link communities (e.g. \`Gemeente Utrecht\`, \`Stichting "Samen Sterk"\`,
  \`Landelijk Netwerk Inburgering en Integratie\`).
- ${fmt(s.relationMentions)} relation mentions (${fmt(s.interviewRows)} interview rows and ${fmt(s.partnerMentions)} survey partner
  entries, less ${s.selfRelations} self-relation) that name ${fmt(s.distinctRelations)} distinct pairs of organisations.
- ${s.isolates} register organisations that nobody names (isolates).

## Files

All files are UTF-8 CSV without a BOM, comma-separated, LF line ends, with RFC 4180 quoting:
names such as \`Stichting "Samen Sterk"\`, \`Vereniging Wonen, Werken & Leren\` and
\`Gemeente Nuenen, Gerwen en Nederwetten\` are quoted. List cells use \`|\`.

### \`contacts.csv\`: the stakeholder register (${fmt(s.organisationsInRegister)} rows)

| column | content |
|---|---|
| \`id\` | register id, \`O001\`… |
| \`organisation\` | name; includes apostrophes (\`Gemeente 's-Hertogenbosch\`), accents (\`Gemeente Súdwest-Fryslân\`, \`Zorggroep Curaçao-Nederland\`), quotes and commas |
| \`type\` | \`government\`, \`sector_organisation\`, \`civil_society\`, \`professional\` or \`knowledge_institute\` |
| \`region\` | province, official spelling (\`Fryslân\`) |
| \`themes\` | \`|\` list: inburgering, taal, discriminatie, polarisatie, arbeidsmarkt, arbeidsmigratie, onderwijs, wijkaanpak, participatie, statushouders, huisvesting, gezondheid, samenleven |
| \`kis_contacts\` | number of contact moments with KIS (integer ≥ 0) |
| \`contact_person\`, \`email\`, \`phone\` | personal (fake); some empty |

### \`interviews.csv\`: coded interviews (${fmt(s.interviewRows)} rows, ${s.interviews} interviews \`I01\`–\`I${s.interviews}\`)

One row per relation named in an interview; each interview names 5–15 relations.

| column | content |
|---|---|
| \`interview_id\` | \`I01\`… |
| \`source\`, \`target\` | the two organisations (for \`funding\`, the funder is the source) |
| \`relation\` | \`collaboration\`, \`knowledge_exchange\`, \`advice\`, \`funding\` or \`other\`; a few empty |
| \`strength\` | 1–5; a few empty (counted as 1) |
| \`theme\` | the theme the relation is about |

### \`survey.csv\`: one row per respondent (${fmt(s.surveyRows)} rows)

| column | content |
|---|---|
| \`respondent_id\` | \`R0001\`…\`R${s.surveyRows}\` (personal: never copied to outputs) |
| \`organisation\` | the respondent's organisation (${fmt(s.organisationsInSurvey)} different ones) |
| \`type\`, \`region\` | as in the register; a few empty, a few with Dutch type labels (\`gemeente\`, \`kennisinstelling\`, \`maatschappelijke organisatie\`, …) |
| \`rating\` | rapportcijfer 1–10 for KIS; ${s.emptyRatings} empty |
| \`products_used\` | \`|\` list of KIS knowledge products: Factsheet Discriminatie, Handreiking Inburgering, Webinar Wijkaanpak, Kennisdossier Statushouders, Monitor Integratie, Podcast Samenleven, Training Interculturele Communicatie, Toolkit Participatie |
| \`partners\` | \`|\` list of 0–4 organisations the respondent works with (once also the respondent's own organisation, see below) |
| \`themes\` | \`|\` list |
| \`name\`, \`email\` | personal (fake); some empty |

### \`aliases.csv\`: name variants (\`alias,organisation\`)

Maps \`Gem. Den Haag\` and \`Gemeente Den Haag\` to \`Gemeente 's-Gravenhage\` and
\`Gemeente Den Bosch\` to \`Gemeente 's-Hertogenbosch\`. Pass it with \`--aliases data/aliases.csv\`.

## Deliberate data-quality cases

The example is meant to exercise the tool, so it contains what real exports contain:

- **Case and accent variants** that are the same organisation by key: \`gemeente utrecht\` in
  interviews, \`Gemeente Sudwest-Fryslan\` and a few all-capitals or all-lower-case partner names
  in the survey.
- **A near-duplicate** that must be reported, not merged: \`Gem. Utrecht\` (interviews) next to
  \`Gemeente Utrecht\`.
- **Aliases** (\`Gem. Den Haag\`, \`Gemeente Den Haag\`, \`Gemeente Den Bosch\`) that only resolve
  with \`aliases.csv\`.
- **Organisations outside the register**: ${s.unregistered} organisations with survey respondents (e.g.
  \`Bibliotheek Oosterschelde\`), plus \`Gem. Utrecht\` and the aliases when \`aliases.csv\` is not given.
- **${s.selfRelations} self-relation**: one respondent of \`Gemeente Amsterdam\` names their own organisation.
- **Small groups**: ${s.smallGroups} organisations have only 1 or 2 respondents, so their
  \`rating_mean\` is suppressed under the default minimum group size of 3.
- **Isolates**: ${s.isolates} register organisations with no relation at all.

The counts above treat names the way kis-network does (docs/contract.md §3 key) and apply \`aliases.csv\`.
`;
}

// ---------------------------------------------------------------------------------------

function main() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const outDir = resolve(process.argv[2] ?? join(here, '..', 'data'));
  mkdirSync(outDir, { recursive: true });
  const { files, stats } = generateExample();
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    process.stderr.write(`wrote ${join(outDir, name)} (${Buffer.byteLength(text)} bytes)\n`);
  }
  const wave = generateWave2024();
  mkdirSync(join(outDir, '2024'), { recursive: true });
  for (const [name, text] of Object.entries(wave.files)) {
    writeFileSync(join(outDir, '2024', name), text);
    process.stderr.write(`wrote ${join(outDir, '2024', name)} (${Buffer.byteLength(text)} bytes)\n`);
  }
  process.stderr.write(`${JSON.stringify(stats)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
