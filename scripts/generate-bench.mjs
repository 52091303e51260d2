#!/usr/bin/env node
/**
 * Generates benchmark inputs in the bundled example's formats (contacts.csv, interviews.csv,
 * survey.csv): a planted-partition network (communities of ~100 organisations, ~80% of the
 * relations inside them) with heavy-tailed (Pareto) degrees, in the spirit of the
 * degree-corrected stochastic block model (Karrer & Newman 2011).
 *
 *   node scripts/generate-bench.mjs [small|medium|large] [outDir] [--seed N]
 *
 *   small      300 organisations,        3,000 distinct relations,      4,500 mentions
 *   medium  10,000 organisations,    ~50,000 distinct relations,    ~75,000 mentions
 *   large  100,000 organisations, ~1,000,000 distinct relations, ~1,500,000 mentions
 *
 * How: first draw the set of distinct relations (the "pool"), then let every pool relation be
 * mentioned once plus extra repeat mentions, and deal the mentions out over interview rows (one
 * relation each) and survey rows (a respondent of one organisation naming several partners).
 * So the distinct-pair count is exact by construction. Typed arrays keep the pool small and
 * rows are streamed to disk through a 1 MB buffer. Seeded: the same arguments give the same
 * bytes. Diagnostics (rows, bytes, time) go to stderr.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CumulativeSampler, Rng } from './lib/prng.mjs';
import { CsvFileWriter } from './lib/csv.mjs';
import { ORG_WORDS, THEME_WORDS, emailFor, orgKey, personName, phoneNumber } from './lib/names.mjs';
import { MUNICIPALITIES, PROVINCES, SUBREGIONS } from './lib/places.mjs';

export const SIZES = {
  small: { organisations: 300, relations: 3_000, mentions: 4_500, interviewRows: 495, partnersPerRow: [4, 8] },
  medium: { organisations: 10_000, relations: 50_000, mentions: 75_000, interviewRows: 8_500, partnersPerRow: [4, 8] },
  large: { organisations: 100_000, relations: 1_000_000, mentions: 1_500_000, interviewRows: 165_000, partnersPerRow: [4, 8] },
};
const DEFAULT_SEED = 7;
const INSIDE_SHARE = 0.8;
const COMMUNITY_SIZE = [60, 140];

const TYPES = ['government', 'sector_organisation', 'civil_society', 'professional', 'knowledge_institute'];
const TYPE_SHARE = [0.22, 0.15, 0.36, 0.15, 0.12];
const TEMPLATES = {
  government: ['Wijkteam {word} {place}', 'Werkplein {place}', 'Sociaal Team {place}', 'Jeugdteam {place}'],
  sector_organisation: [
    'Woningcorporatie {word} {place}',
    'Regionaal Platform {theme} {place}',
    'Taalaanbieders {place}',
    'Welzijn {word} {place}',
    'Werkbedrijf {place}',
  ],
  civil_society: [
    'Stichting {word} {place}',
    'Vereniging {word} {place}',
    'Buurthuis {word} {place}',
    'Migrantenvereniging {word} {place}',
    'Vrouwencentrum {word} {place}',
    'Bewonersorganisatie {word} {place}',
  ],
  professional: [
    'Adviesbureau {word} {place}',
    'Trainingsbureau {word} {place}',
    'Praktijk {theme} {place}',
    'Coöperatie {word} {place}',
    'Tolkencollectief {place}',
  ],
  knowledge_institute: [
    'Lectoraat {theme}, Hogeschool {place}',
    'Kenniscentrum {theme} {place}',
    'Onderzoeksbureau {word} {place}',
    'Academische Werkplaats {theme} {place}',
  ],
};
const DISTRICTS = ['', '', '', '-Noord', '-Zuid', '-Oost', '-West', ' Centrum'];
const THEMES = Object.keys(THEME_WORDS);
const PRODUCTS = [
  'Factsheet Discriminatie',
  'Handreiking Inburgering',
  'Webinar Wijkaanpak',
  'Kennisdossier Statushouders',
  'Monitor Integratie',
  'Podcast Samenleven',
  'Training Interculturele Communicatie',
  'Toolkit Participatie',
];
const RELATIONS = ['collaboration', 'knowledge_exchange', 'advice', 'funding', 'other'];
const RELATION_WEIGHTS = [0.42, 0.3, 0.14, 0.07, 0.07];

/** Places (municipalities and informal regions) with their province. */
function placeList() {
  const places = [];
  for (const p of PROVINCES) {
    for (const m of MUNICIPALITIES[p]) places.push([m, p]);
    for (const s of SUBREGIONS[p]) places.push([s, p]);
  }
  return places;
}

/** Organisation names (unique by docs/contract.md §3 key), types, regions, community and weight. */
function makeOrganisations(rng, n) {
  const places = placeList();
  const names = new Array(n);
  const type = new Uint8Array(n);
  const region = new Array(n);
  const keys = new Set();
  // The municipalities themselves come first: "Gemeente X" exists once.
  let i = 0;
  for (const p of PROVINCES) {
    for (const m of MUNICIPALITIES[p]) {
      if (i >= n) break;
      names[i] = `Gemeente ${m}`;
      type[i] = 0;
      region[i] = p;
      keys.add(orgKey(names[i]));
      i++;
    }
  }
  for (; i < n; i++) {
    const t = rng.weightedIndex(TYPE_SHARE);
    let name;
    let province;
    for (let attempt = 0; ; attempt++) {
      const [place, prov] = rng.pick(places);
      const where = place + rng.pick(DISTRICTS);
      name = rng
        .pick(TEMPLATES[TYPES[t]])
        .replace('{word}', rng.pick(ORG_WORDS))
        .replace('{theme}', THEME_WORDS[rng.pick(THEMES)])
        .replace('{place}', where);
      if (attempt >= 20) name += ` ${attempt - 18}`;
      province = prov;
      const key = orgKey(name);
      if (!keys.has(key)) {
        keys.add(key);
        break;
      }
    }
    names[i] = name;
    type[i] = t;
    region[i] = province;
  }
  return { names, type, region };
}

/**
 * Communities as contiguous "slots" over a random permutation of the organisations, a
 * Pareto weight per organisation, and the pool of distinct relations (u < v).
 */
function makePool(rng, n, target) {
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  rng.shuffle(perm);
  const commStart = [0];
  while (commStart[commStart.length - 1] < n) {
    commStart.push(Math.min(n, commStart[commStart.length - 1] + rng.int(COMMUNITY_SIZE[0], COMMUNITY_SIZE[1])));
  }
  const communities = commStart.length - 1;
  const community = new Int32Array(n);
  for (let c = 0; c < communities; c++) for (let s = commStart[c]; s < commStart[c + 1]; s++) community[perm[s]] = c;

  const slotWeight = new Float64Array(n);
  for (let s = 0; s < n; s++) slotWeight[s] = rng.pareto(2.2, 40);
  const slots = new CumulativeSampler(slotWeight);
  const commWeight = new Float64Array(communities);
  for (let c = 0; c < communities; c++) {
    commWeight[c] = (slots.cum[commStart[c + 1] - 1] - (commStart[c] > 0 ? slots.cum[commStart[c] - 1] : 0)) ** 2;
  }
  const comms = new CumulativeSampler(commWeight);
  const drawIn = (c) => {
    const lo = commStart[c] > 0 ? slots.cum[commStart[c] - 1] : 0;
    const x = lo + rng.float() * (slots.cum[commStart[c + 1] - 1] - lo);
    let a = commStart[c];
    let b = commStart[c + 1] - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (slots.cum[mid] > x) b = mid;
      else a = mid + 1;
    }
    return a;
  };

  const eu = new Int32Array(target);
  const ev = new Int32Array(target);
  const seen = new Set();
  let m = 0;
  let insideDrawn = 0;
  while (m < target) {
    let a;
    let b;
    // Choose by what has been accepted so far: rejected duplicates (common inside small
    // communities) would otherwise pull the inside share below INSIDE_SHARE.
    const inside = insideDrawn < INSIDE_SHARE * (m + 1);
    if (inside) {
      const c = comms.draw(rng.float());
      a = drawIn(c);
      b = drawIn(c);
    } else {
      a = slots.draw(rng.float());
      b = slots.draw(rng.float());
    }
    if (a === b) continue;
    let u = perm[a];
    let v = perm[b];
    if (u > v) [u, v] = [v, u];
    const k = u * n + v;
    if (seen.has(k)) continue;
    seen.add(k);
    if (inside) insideDrawn++;
    eu[m] = u;
    ev[m] = v;
    m++;
  }
  const weight = new Float64Array(n);
  for (let s = 0; s < n; s++) weight[perm[s]] = slotWeight[s];
  return { eu, ev, community, communities, weight };
}

/** Compressed adjacency (CSR) of (owner, other) pairs: per owner, the others, sorted. */
function groupBy(owner, other, count, n) {
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) offset[owner[i] + 1]++;
  for (let i = 0; i < n; i++) offset[i + 1] += offset[i];
  const fill = offset.slice(0, n);
  const items = new Int32Array(count);
  for (let i = 0; i < count; i++) items[fill[owner[i]]++] = other[i];
  for (let o = 0; o < n; o++) items.subarray(offset[o], offset[o + 1]).sort();
  return { offset, items };
}

/**
 * The planted network behind `generateBench(size, …, seed)` without writing any file: the
 * organisation names, each one's planted community and the distinct relations (eu[i], ev[i]).
 * For measuring how well community detection recovers the planted partition.
 */
export function plantedNetwork(size, seed = DEFAULT_SEED) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size "${size}" (use small, medium or large)`);
  const rng = new Rng(seed);
  const orgs = makeOrganisations(rng, spec.organisations);
  const pool = makePool(rng, spec.organisations, spec.relations);
  return { names: orgs.names, community: pool.community, communities: pool.communities, eu: pool.eu, ev: pool.ev };
}

export function generateBench(size, outDir, seed = DEFAULT_SEED) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size "${size}" (use small, medium or large)`);
  const t0 = performance.now();
  const rng = new Rng(seed);
  const n = spec.organisations;
  const orgs = makeOrganisations(rng, n);
  const pool = makePool(rng, n, spec.relations);
  const commThemes = [];
  for (let c = 0; c < pool.communities; c++) commThemes.push(rng.sample(THEMES, 2));

  // Mentions: every pool relation once, then repeats, each dealt to an interview row or to a
  // survey respondent of one of its two organisations.
  const interviewShare = spec.interviewRows / spec.mentions;
  const iu = [];
  const iv = [];
  const sOwner = new Int32Array(spec.mentions);
  const sOther = new Int32Array(spec.mentions);
  let sCount = 0;
  for (let k = 0; k < spec.mentions; k++) {
    const e = k < spec.relations ? k : Math.floor(rng.float() * spec.relations);
    let u = pool.eu[e];
    let v = pool.ev[e];
    if (rng.float() < 0.5) [u, v] = [v, u];
    if (rng.float() < interviewShare) {
      iu.push(u);
      iv.push(v);
    } else {
      sOwner[sCount] = u;
      sOther[sCount] = v;
      sCount++;
    }
  }

  // Survey rows: per organisation, its partner mentions dealt round-robin into rows of about
  // 3–7 partners, so a repeated partner lands in different rows; a repeat that cannot becomes
  // an interview row. Plus a few respondents who name no partner.
  const survey = groupBy(sOwner, sOther, sCount, n);
  const rowOrg = [];
  const rowStart = [];
  const rowLen = [];
  const rowPartners = new Int32Array(sCount);
  let filled = 0;
  for (let o = 0; o < n; o++) {
    const a = survey.offset[o];
    const len = survey.offset[o + 1] - a;
    if (len === 0) continue;
    const chunks = Math.max(1, Math.round(len / rng.int(spec.partnersPerRow[0], spec.partnersPerRow[1])));
    for (let c = 0; c < chunks; c++) {
      const start = filled;
      let last = -1;
      for (let j = c; j < len; j += chunks) {
        const p = survey.items[a + j];
        if (p === last) {
          iu.push(o);
          iv.push(p);
          continue;
        }
        rowPartners[filled++] = p;
        last = p;
      }
      rowOrg.push(o);
      rowStart.push(start);
      rowLen.push(filled - start);
    }
  }
  const silent = Math.round(rowOrg.length * 0.03);
  const orgSampler = new CumulativeSampler(pool.weight);
  for (let k = 0; k < silent; k++) {
    rowOrg.push(orgSampler.draw(rng.float()));
    rowStart.push(0);
    rowLen.push(0);
  }
  const rowOrder = new Int32Array(rowOrg.length);
  for (let i = 0; i < rowOrder.length; i++) rowOrder[i] = i;
  rng.shuffle(rowOrder);

  const orgThemes = new Array(n);
  for (let o = 0; o < n; o++) {
    const th = commThemes[pool.community[o]];
    orgThemes[o] = rng.float() < 0.5 ? th : [rng.pick(th)];
  }
  const nameOf = (o) => orgs.names[o];
  const variant = (o) => {
    const r = rng.float();
    if (r < 0.003) return orgs.names[o].toLowerCase();
    if (r < 0.004) return orgs.names[o].toUpperCase();
    return orgs.names[o];
  };

  mkdirSync(outDir, { recursive: true });
  const results = [];

  // contacts.csv
  const contacts = new CsvFileWriter(join(outDir, 'contacts.csv'), [
    'id',
    'organisation',
    'type',
    'region',
    'themes',
    'kis_contacts',
    'contact_person',
    'email',
    'phone',
  ]);
  const width = String(n).length;
  for (let o = 0; o < n; o++) {
    const person = rng.float() < 0.9 ? personName(rng) : undefined;
    const kis = rng.float() < 0.25 ? 0 : Math.round(rng.pareto(1.9, 200));
    contacts.write([
      `O${String(o + 1).padStart(width, '0')}`,
      nameOf(o),
      TYPES[orgs.type[o]],
      orgs.region[o],
      orgThemes[o].join('|'),
      kis,
      person?.full ?? '',
      person ? emailFor(person, nameOf(o)) : '',
      person ? phoneNumber(rng) : '',
    ]);
  }
  results.push(contacts.close());

  // interviews.csv: grouped by the organisation that tells, cut into interviews of 5–15 rows.
  const interviews = new CsvFileWriter(join(outDir, 'interviews.csv'), [
    'interview_id',
    'source',
    'target',
    'relation',
    'strength',
    'theme',
  ]);
  const told = groupBy(Int32Array.from(iu), Int32Array.from(iv), iu.length, n);
  const tellers = new Int32Array(n);
  for (let o = 0; o < n; o++) tellers[o] = o;
  rng.shuffle(tellers);
  let interviewNo = 1;
  let left = rng.int(5, 15);
  const iWidth = String(Math.ceil(iu.length / 5)).length;
  for (const o of tellers) {
    for (let j = told.offset[o]; j < told.offset[o + 1]; j++) {
      const p = told.items[j];
      // A relation told twice by the same organisation goes into a new interview, so no
      // interview names a pair twice (that would be a duplicate row).
      const repeat = j > told.offset[o] && told.items[j - 1] === p;
      if (left === 0 || repeat) {
        interviewNo++;
        left = rng.int(5, 15);
      }
      left--;
      const strength = 1 + rng.weightedIndex([0.1, 0.25, 0.3, 0.22, 0.13]);
      interviews.write([
        `I${String(interviewNo).padStart(iWidth, '0')}`,
        nameOf(o),
        variant(p),
        RELATIONS[rng.weightedIndex(RELATION_WEIGHTS)],
        strength,
        rng.pick(commThemes[pool.community[o]]),
      ]);
    }
  }
  results.push(interviews.close());

  // survey.csv
  const surveyOut = new CsvFileWriter(join(outDir, 'survey.csv'), [
    'respondent_id',
    'organisation',
    'type',
    'region',
    'rating',
    'products_used',
    'partners',
    'themes',
    'name',
    'email',
  ]);
  const rWidth = String(rowOrder.length).length;
  for (let i = 0; i < rowOrder.length; i++) {
    const r = rowOrder[i];
    const o = rowOrg[r];
    const partners = [];
    for (let j = rowStart[r]; j < rowStart[r] + rowLen[r]; j++) partners.push(variant(rowPartners[j]));
    const products = [];
    for (const p of PRODUCTS) if (rng.float() < 0.2) products.push(p);
    const rating = rng.float() < 0.06 ? '' : Math.max(1, Math.min(10, Math.round(7 + (rng.float() + rng.float() + rng.float() - 1.5) * 3)));
    const person = rng.float() < 0.85 ? personName(rng) : undefined;
    surveyOut.write([
      `R${String(i + 1).padStart(rWidth, '0')}`,
      nameOf(o),
      TYPES[orgs.type[o]],
      orgs.region[o],
      rating,
      products.join('|'),
      partners.join('|'),
      orgThemes[o].join('|'),
      person?.full ?? '',
      person ? emailFor(person, nameOf(o)) : '',
    ]);
  }
  results.push(surveyOut.close());

  let inside = 0;
  for (let e = 0; e < spec.relations; e++) if (pool.community[pool.eu[e]] === pool.community[pool.ev[e]]) inside++;

  return {
    size,
    seed,
    organisations: n,
    communities: pool.communities,
    insideShare: inside / spec.relations,
    distinctRelations: spec.relations,
    mentions: spec.mentions,
    interviewRows: iu.length,
    surveyRows: rowOrder.length,
    files: results,
    ms: performance.now() - t0,
  };
}

function main() {
  const args = process.argv.slice(2);
  let seed = DEFAULT_SEED;
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seed') seed = Number(args[++i]);
    else if (args[i].startsWith('--seed=')) seed = Number(args[i].slice(7));
    else positional.push(args[i]);
  }
  const size = positional[0] ?? 'medium';
  if (!SIZES[size] || !Number.isInteger(seed)) {
    process.stderr.write('usage: node scripts/generate-bench.mjs [small|medium|large] [outDir] [--seed N]\n');
    process.exitCode = 2;
    return;
  }
  const here = fileURLToPath(new URL('.', import.meta.url));
  const outDir = resolve(positional[1] ?? join(here, '..', 'bench-data', size));
  const r = generateBench(size, outDir, seed);
  const fmt = (x) => x.toLocaleString('en-US');
  let rows = 0;
  let bytes = 0;
  for (const f of r.files) {
    process.stderr.write(`wrote ${f.path}: ${fmt(f.rows)} rows, ${fmt(f.bytes)} bytes\n`);
    rows += f.rows;
    bytes += f.bytes;
  }
  process.stderr.write(
    `${size} (seed ${seed}): ${fmt(r.organisations)} organisations in ${fmt(r.communities)} planted communities, ` +
      `${fmt(r.distinctRelations)} distinct relations (${(100 * r.insideShare).toFixed(1)}% inside a community) named ${fmt(r.mentions)} times; ` +
      `${fmt(rows)} data rows, ${fmt(bytes)} bytes in ${(r.ms / 1000).toFixed(1)} s\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
