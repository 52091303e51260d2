import { describe, expect, it } from 'vitest';
import { orgKey } from '../../../src/resolve/org-key.js';
import { acronymsOf, findNearDuplicates, fingerprint } from '../../../src/resolve/near-duplicates.js';
import { OrgRegistry } from '../../../src/resolve/registry.js';

describe('organisation key (docs/contract.md §3)', () => {
  it('folds case, accents, width and whitespace', () => {
    expect(orgKey('  Gemeente   Súdwest-Fryslân ')).toBe('gemeente sudwest-fryslan');
    expect(orgKey("Gemeente 's-Hertogenbosch")).toBe(orgKey("GEMEENTE 'S-HERTOGENBOSCH"));
    expect(orgKey('Ｇｅｍｅｅｎｔｅ Ede')).toBe('gemeente ede'); // NFKC: full-width letters
    expect(orgKey('Straße')).toBe('strasse');
    expect(orgKey('Gemeente ’s-Hertogenbosch')).toBe(orgKey("Gemeente 's-Hertogenbosch")); // typographic apostrophe
    expect(orgKey('Gemeente ´s-Hertogenbosch')).toBe(orgKey("Gemeente 's-Hertogenbosch")); // acute accent typed as one
    expect(orgKey('ΟΔΥΣΣΕΥΣ')).toBe(orgKey('Οδυσσευς')); // full case folding: final sigma ς = σ
    expect(orgKey('GROẞE')).toBe('grosse'); // capital sharp s
    expect(orgKey('Gemeente\u00a0Ede')).toBe('gemeente ede');
  });
});

describe('registry', () => {
  it('labels an organisation with its most frequent spelling, ties going to the first seen', () => {
    const r = new OrgRegistry();
    const a = r.see('gemeente utrecht', 'x.csv', 2);
    r.see('Gemeente Utrecht', 'x.csv', 3);
    r.see('Gemeente  Utrecht', 'x.csv', 4); // same spelling once whitespace is tidied
    r.see('GEMEENTE UTRECHT', 'x.csv', 5);
    expect(r.size).toBe(1);
    expect(r.label(a)).toBe('Gemeente Utrecht');
    const b = r.see('Stichting B', 'x.csv', 6);
    r.see('stichting b', 'x.csv', 7);
    expect(r.label(b)).toBe('Stichting B');
    expect(r.sighting(a)).toMatchObject({ file: 'x.csv', line: 2 });
  });

  it('applies aliases (also chained) before anything is seen, and refuses them after', () => {
    const r = new OrgRegistry();
    r.addAlias('Gem. Den Haag', "Gemeente 's-Gravenhage");
    r.addAlias('Den Haag', 'Gem. Den Haag');
    const a = r.see('Den Haag', 'x.csv', 2);
    expect(r.see("Gemeente 's-Gravenhage", 'x.csv', 3)).toBe(a);
    expect(r.keyOf('gem. den haag')).toBe(orgKey("Gemeente 's-Gravenhage"));
    expect(() => r.addAlias('Late', 'Gemeente Late')).toThrow(/before/);
  });

  it('uses the register id as node id where given', () => {
    const r = new OrgRegistry();
    const a = r.see('Gemeente Ede', 'c.csv', 2);
    const b = r.see('Gemeente Epe', 'c.csv', 3);
    r.setRegisterId(a, 'G001');
    expect(r.id(a)).toBe('G001');
    expect(r.id(b)).toBe('gemeente epe');
  });
});

describe('near-duplicate names', () => {
  const names = [
    'Gemeente Utrecht',
    'Gem. Utrecht',
    'Gemeente Ede',
    'Gemeente Epe',
    'Gemeente Almelo',
    'Gemeente Almere',
    'Stichting Samen Sterk',
    'Stichting Samen Sterkk',
    'St. Vluchtelingenwerk Oost',
    'Stichting Vluchtelingenwerk Oost',
    'Provincie Utrecht',
  ];
  const keys = names.map(orgKey);
  const pairs = findNearDuplicates(keys).map((p) => [names[p.a], names[p.b]]);

  it('finds abbreviation variants (key collision) and one-letter typos', () => {
    expect(fingerprint(orgKey('Gem. Utrecht'))).toBe(fingerprint(orgKey('Gemeente Utrecht')));
    expect(pairs).toContainEqual(['Gemeente Utrecht', 'Gem. Utrecht']);
    expect(pairs).toContainEqual(['Stichting Samen Sterk', 'Stichting Samen Sterkk']);
    expect(pairs).toContainEqual(['St. Vluchtelingenwerk Oost', 'Stichting Vluchtelingenwerk Oost']);
  });

  it('does not pair different real places or different organisations of one place', () => {
    expect(pairs).not.toContainEqual(['Gemeente Ede', 'Gemeente Epe']);
    expect(pairs).not.toContainEqual(['Gemeente Almelo', 'Gemeente Almere']);
    expect(pairs.some((p) => p.includes('Provincie Utrecht'))).toBe(false);
    expect(pairs).toHaveLength(3);
  });

  it('reports acronyms of known names, with and without linking words, and only those', () => {
    const names = [
      'Centraal Orgaan opvang Asielzoekers',
      'COA',
      'Vereniging van Nederlandse Gemeenten',
      'VNG',
      'Stichting Ons Dorp',
      'SOD',
      'Gemeente Ede', // 'ge' would be its initials: a one-word name 'Ede' is not
      'Ede',
      'Pharos',
    ];
    const found = findNearDuplicates(names.map(orgKey)).map((p) => [names[p.a], names[p.b], p.similarity, p.acronym]);
    expect(found).toEqual([
      ['Centraal Orgaan opvang Asielzoekers', 'COA', 0.5, true],
      ['Vereniging van Nederlandse Gemeenten', 'VNG', 0.5, true],
      ['Stichting Ons Dorp', 'SOD', 0.5, true],
    ]);
    expect(acronymsOf(orgKey('Vereniging van Nederlandse Gemeenten'))).toEqual(['vng', 'vvng']);
    expect(acronymsOf(orgKey('Centraal Orgaan opvang Asielzoekers'))).toEqual(['cooa', 'coa']);
  });
});
