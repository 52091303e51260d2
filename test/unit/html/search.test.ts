/**
 * The map's search ranking (src/viewer/search.ts) on names written here: aliases and other
 * spellings, accents, case and punctuation ignored, typos tolerated, best match first. The
 * expected orders follow from the documented tiers (exact, prefix, word start, anywhere, fuzzy).
 */

import { describe, expect, it } from 'vitest';
import { buildSearchIndex, editDistance, search, searchForm } from '../../../src/viewer/search.js';

const LABELS = [
  "Gemeente 's-Gravenhage", // 0, aliases: Gemeente Den Haag, Gem. Den Haag
  'Stichting Den Haag Centraal', // 1
  'GGD Haaglanden', // 2
  'Gemeente Utrecht', // 3
  'Vluchtelingenwerk Midden-Nederland', // 4
  'Utrechtse Vluchtelingen Raad', // 5
  'Coöperatie De Brug', // 6
  'Gemeente Utrechtse Heuvelrug', // 7
];
const AKA: Array<[number, string[]]> = [[0, ['Gem. Den Haag', 'Gemeente Den Haag']]];
const WEIGHT = [0.1, 0.3, 0.2, 0.05, 0.04, 0.03, 0.02, 0.01];
const index = buildSearchIndex(LABELS, AKA, WEIGHT);
const top = (q: string, n = 3) => search(index, q, n).map((h) => LABELS[h.index]);

describe('map search (src/viewer/search.ts)', () => {
  it('reads names without case, accents or punctuation', () => {
    expect(searchForm("Gemeente 's-Gravenhage")).toBe('gemeente s gravenhage');
    expect(searchForm('  Coöperatie   De Brug ')).toBe('cooperatie de brug');
  });

  it('finds an organisation by an alias and ranks the closest fit first ("den haag")', () => {
    // Both have "den haag" at the start of a word; "Gemeente Den Haag" is mostly the query.
    expect(top('den haag', 2)).toEqual(["Gemeente 's-Gravenhage", 'Stichting Den Haag Centraal']);
    const hit = search(index, 'gem. den haag', 1)[0]!;
    expect([LABELS[hit.index], hit.tier, hit.form]).toEqual(["Gemeente 's-Gravenhage", 0, 1]);
  });

  it('finds the apostrophe name typed without it', () => {
    expect(top('s-gravenhage', 1)).toEqual(["Gemeente 's-Gravenhage"]);
    expect(top('gravenhage', 1)).toEqual(["Gemeente 's-Gravenhage"]);
  });

  it('puts prefix matches before word and substring matches', () => {
    // "utrecht": prefix of 5; a word start in 3 and 7, and 3 (16 letters) is more of it than 7 (28).
    expect(top('utrecht', 3)).toEqual(['Utrechtse Vluchtelingen Raad', 'Gemeente Utrecht', 'Gemeente Utrechtse Heuvelrug']);
    // "vluchtelingen": prefix of 4, word start in 5.
    expect(top('vluchtelingen', 2)).toEqual(['Vluchtelingenwerk Midden-Nederland', 'Utrechtse Vluchtelingen Raad']);
    expect(top('cooperatie', 1)).toEqual(['Coöperatie De Brug']);
  });

  it('tolerates typos: one edit in a word of 4–7 letters, two from 8', () => {
    expect(top('gemente utrecht', 1)).toEqual(['Gemeente Utrecht']);
    // One edit each; among equals the shorter name first: "gemeente utrecht" (16 letters), the
    // alias "gemeente den haag" (17), "gemeente utrechtse heuvelrug" (28).
    expect(top('gemente', 3)).toEqual(['Gemeente Utrecht', "Gemeente 's-Gravenhage", 'Gemeente Utrechtse Heuvelrug']);
    expect(top('vluchtelignenwerk', 1)).toEqual(['Vluchtelingenwerk Midden-Nederland']);
    expect(top('xyz')).toEqual([]);
    // Three letters allow no edit: "ggf" does not find "GGD".
    expect(top('ggf')).toEqual([]);
  });

  it('counts transpositions as one edit and stops early past the limit', () => {
    expect(editDistance('gemeente', 'gemeetne', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
