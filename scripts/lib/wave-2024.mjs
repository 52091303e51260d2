/**
 * The second bundled example wave (data/2024/): the same fictional organisations three years
 * later, derived from the 2021 tables by a fixed list of documented changes drawn from its own
 * seeded stream (so the 2021 files do not change):
 *   - organisations that left (their register entry, respondents, interview rows and partner
 *     mentions removed), organisations that joined (new register entries with interview
 *     relations and respondents), one organisation renamed (`Vereniging Wonen, Werken & Leren`
 *     → `Ver. Wonen, Werken & Leren`, with a new register id: a near-duplicate across the waves);
 *   - relations added, removed, strengthened (an extra interview row) and weakened (one mention
 *     fewer) between organisations that stayed;
 *   - the ratings of respondents from knowledge institutes one point higher (at most 10).
 * `expectedChanges` works out, the way kis-network keys names (docs/contract.md §3, aliases
 * applied), which organisations and relations a comparison of the two waves must report.
 */
import { orgKey } from './names.mjs';
import { Rng } from './prng.mjs';

export const WAVE_SEED = 20240918;

const RENAMED = ['Vereniging Wonen, Werken & Leren', 'Ver. Wonen, Werken & Leren'];

/** Organisations that joined by 2024: name, type, region, themes, kis_contacts, partners (2021 names). */
const JOINED = [
  [
    'Stichting Nieuwe Buren Zwolle',
    'civil_society',
    'Overijssel',
    'statushouders|huisvesting',
    4,
    ['Gemeente Zwolle', 'GGD IJsselland', 'Gemeente Kampen'],
  ],
  [
    'Taalpunt Leeuwarden',
    'civil_society',
    'Fryslân',
    'taal|inburgering',
    2,
    ['Gemeente Leeuwarden', 'Provincie Fryslân', 'Gemeente Heerenveen'],
  ],
  [
    'Expertisecentrum Arbeidsmigratie Venlo',
    'knowledge_institute',
    'Limburg',
    'arbeidsmigratie|huisvesting',
    6,
    ['Gemeente Venlo', 'Gemeente Venray', 'GGD Limburg-Noord'],
  ],
  [
    'Buurtnetwerk Rotterdam-Zuid',
    'civil_society',
    'Zuid-Holland',
    'wijkaanpak|participatie',
    0,
    ['Gemeente Rotterdam', 'GGD Rotterdam-Rijnmond', 'Gemeente Schiedam'],
  ],
  [
    'Platform Inburgering Flevoland',
    'sector_organisation',
    'Flevoland',
    'inburgering|statushouders',
    3,
    ['Gemeente Almere', 'Gemeente Lelystad', 'Provincie Flevoland'],
  ],
];

const PAIR = '\u0000';
const pairKey = (a, b) => (a < b ? `${a}${PAIR}${b}` : `${b}${PAIR}${a}`);

/** Names kis-network resolves specially (aliases, spelling variants, the near-duplicate) are left alone. */
function protectedName(o) {
  return /Utrecht|'s-|Súdwest|Amsterdam/.test(o.name) || o.name === RENAMED[0];
}

/**
 * The 2024 tables from the 2021 ones: { contacts, interviews, survey } as rows, and the list of
 * planted changes (by name) for the README.
 */
export function deriveWave2024(base) {
  const rng = new Rng(WAVE_SEED);
  const { orgs, interviews, survey, aliases } = base;
  const alias = new Map(aliases.map(([a, o]) => [orgKey(a), orgKey(o)]));
  const key = (n) => alias.get(orgKey(n)) ?? orgKey(n);

  // 2021's relation mentions per pair, by key.
  const mentions = new Map();
  const mention = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) mentions.set(pairKey(ka, kb), (mentions.get(pairKey(ka, kb)) ?? 0) + 1);
  };
  for (const r of interviews) mention(r[1], r[2]);
  for (const r of survey) if (r[6]) for (const p of r[6].split('|')) mention(r[1], p);

  const joinedPartners = new Set(JOINED.flatMap((j) => j[5]));
  const ordinary = orgs.filter(
    (o) => !o.broker && !o.isolate && !protectedName(o) && !/^Gemeente /.test(o.name) && !joinedPartners.has(o.name),
  );
  const left = rng.sample(ordinary, 4).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const leftKeys = new Set(left.map((o) => orgKey(o.name)));
  const stay = orgs.filter((o) => !leftKeys.has(orgKey(o.name)) && !protectedName(o) && !o.isolate);
  const stayKeys = new Set(stay.map((o) => orgKey(o.name)));
  const byKey = new Map(orgs.map((o) => [orgKey(o.name), o]));
  const used = new Set();
  const pick = (want) => {
    for (let tries = 0; tries < 10000; tries++) {
      const a = rng.pick(stay);
      const b = rng.pick(stay);
      if (a === b) continue;
      const k = pairKey(orgKey(a.name), orgKey(b.name));
      if (used.has(`${orgKey(a.name)}`) || used.has(`${orgKey(b.name)}`)) continue;
      if (!want(mentions.get(k) ?? 0)) continue;
      used.add(orgKey(a.name));
      used.add(orgKey(b.name));
      return [a.name, b.name].sort((x, y) => x.localeCompare(y, 'en'));
    }
    throw new Error('no pair found');
  };
  // Every organisation takes part in at most one planted relation change, so the changes stay
  // independent of each other.
  const added = Array.from({ length: 6 }, () => pick((m) => m === 0));
  const removed = Array.from({ length: 5 }, () => pick((m) => m >= 1));
  const stronger = Array.from({ length: 5 }, () => pick((m) => m >= 1));
  const weaker = Array.from({ length: 5 }, () => pick((m) => m >= 2));

  const rename = (name) => (orgKey(name) === orgKey(RENAMED[0]) ? RENAMED[1] : name);
  const gone = (name) => leftKeys.has(key(name));
  const removedPairs = new Set(removed.map(([a, b]) => pairKey(key(a), key(b))));
  const weakenLeft = new Set(weaker.map(([a, b]) => pairKey(key(a), key(b))));

  // Weaken: drop one survey partner mention of the pair if there is one, else one interview row.
  const weakenedBySurvey = new Set();
  for (const r of survey) {
    if (!r[6]) continue;
    for (const p of r[6].split('|')) {
      const k = pairKey(key(r[1]), key(p));
      if (weakenLeft.has(k) && !weakenedBySurvey.has(k)) weakenedBySurvey.add(`${k}`);
    }
  }
  const weakenDone = new Set();

  const interviews24 = [];
  for (const r of interviews) {
    if (gone(r[1]) || gone(r[2])) continue;
    const k = pairKey(key(r[1]), key(r[2]));
    if (removedPairs.has(k)) continue;
    if (weakenLeft.has(k) && !weakenedBySurvey.has(k) && !weakenDone.has(k)) {
      weakenDone.add(k);
      continue;
    }
    interviews24.push([r[0], rename(r[1]), rename(r[2]), r[3], r[4], r[5]]);
  }
  // I41: the joined organisations' relations; I42: relations added and strengthened.
  for (const [name, , , themes, , partners] of JOINED)
    for (const [i, p] of partners.entries())
      interviews24.push(['I41', name, p, 'collaboration', String(2 + (i % 3)), themes.split('|')[0]]);
  for (const [a, b] of added) interviews24.push(['I42', a, b, 'knowledge_exchange', '3', byKey.get(orgKey(a)).themes[0]]);
  for (const [a, b] of stronger) interviews24.push(['I42', a, b, 'collaboration', '2', byKey.get(orgKey(a)).themes[0]]);

  const survey24 = [];
  for (const r of survey) {
    if (gone(r[1])) continue;
    const partners = [];
    for (const p of r[6] ? r[6].split('|') : []) {
      if (gone(p)) continue;
      const k = pairKey(key(r[1]), key(p));
      if (removedPairs.has(k)) continue;
      if (weakenedBySurvey.has(k) && !weakenDone.has(k)) {
        weakenDone.add(k);
        continue;
      }
      partners.push(rename(p));
    }
    let rating = r[4];
    const org = byKey.get(key(r[1]));
    if (rating !== '' && org?.type === 'knowledge_institute') rating = String(Math.min(10, Number(rating) + 1));
    survey24.push([r[0], rename(r[1]), r[2], r[3], rating, r[5], partners.join('|'), r[7], r[8], r[9]]);
  }
  let next = survey.length + 1;
  for (const [name, type, region, themes, , partners] of JOINED)
    for (let i = 0; i < 2; i++)
      survey24.push([
        `R${String(next++).padStart(4, '0')}`,
        name,
        type,
        region,
        String(7 + i),
        'Monitor Integratie',
        partners[i],
        themes,
        '',
        '',
      ]);

  let nextId = orgs.length + 1;
  const newId = () => `O${String(nextId++).padStart(3, '0')}`;
  const contacts24 = [];
  const ordered = [...orgs].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const o of ordered) {
    if (leftKeys.has(orgKey(o.name))) continue;
    if (o.name === RENAMED[0]) continue;
    contacts24.push(o.row);
  }
  const renamedOrg = byKey.get(orgKey(RENAMED[0]));
  const renamedRow = [newId(), RENAMED[1], ...renamedOrg.row.slice(2)];
  contacts24.push(renamedRow);
  for (const [name, type, region, themes, kis] of JOINED) contacts24.push([newId(), name, type, region, themes, kis, '', '', '']);

  return {
    contacts: contacts24,
    interviews: interviews24,
    survey: survey24,
    planted: { left: left.map((o) => o.name), joined: JOINED.map((j) => j[0]), renamed: RENAMED, added, removed, stronger, weaker },
    stayKeys,
  };
}

/**
 * What comparing the two waves must find, worked out from the tables the way kis-network keys
 * names: organisation ids (register id, else key) that are new and gone, and the relations
 * (id pairs, smaller id first by code unit) that are new, gone, stronger and weaker.
 */
export function expectedChanges(wave2021, wave2024, aliases) {
  const alias = new Map(aliases.map(([a, o]) => [orgKey(a), orgKey(o)]));
  const key = (n) => alias.get(orgKey(n)) ?? orgKey(n);
  const tally = (w) => {
    const ids = new Map(w.contacts.map((r) => [key(r[1]), r[0]]));
    const id = (n) => ids.get(key(n)) ?? key(n);
    const nodes = new Set(w.contacts.map((r) => r[0]));
    const weight = new Map();
    const add = (a, b, x) => {
      nodes.add(id(a));
      nodes.add(id(b));
      if (id(a) === id(b)) return;
      const [s, t] = id(a) < id(b) ? [id(a), id(b)] : [id(b), id(a)];
      weight.set(`${s},${t}`, (weight.get(`${s},${t}`) ?? 0) + x);
    };
    for (const r of w.interviews) add(r[1], r[2], r[4] === '' ? 1 : Number(r[4]));
    for (const r of w.survey) {
      nodes.add(id(r[1]));
      if (r[6]) for (const p of r[6].split('|')) add(r[1], p, 1);
    }
    return { nodes, weight };
  };
  const a = tally(wave2021);
  const b = tally(wave2024);
  const sorted = (xs) => [...xs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const rel = { new: [], gone: [], stronger: [], weaker: [] };
  for (const [p, w] of b.weight) {
    const before = a.weight.get(p);
    if (before === undefined) rel.new.push(p);
    else if (w > before) rel.stronger.push(p);
    else if (w < before) rel.weaker.push(p);
  }
  for (const p of a.weight.keys()) if (!b.weight.has(p)) rel.gone.push(p);
  return {
    organisations: {
      new: sorted([...b.nodes].filter((n) => !a.nodes.has(n))),
      gone: sorted([...a.nodes].filter((n) => !b.nodes.has(n))),
    },
    relations: { new: sorted(rel.new), gone: sorted(rel.gone), stronger: sorted(rel.stronger), weaker: sorted(rel.weaker) },
  };
}
