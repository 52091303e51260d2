import { describe, expect, it } from 'vitest';
import { baseCommunityName, type CommunityNameInput, communityNames, dominant } from '../../../src/graph/community-names.js';

const input = (over: Partial<CommunityNameInput>): CommunityNameInput => ({
  community: 0,
  size: 10,
  regions: {},
  themes: {},
  central: 'Gemeente Utrecht',
  ...over,
});

describe('dominant', () => {
  it('needs at least 40 % of the members and at least two of them', () => {
    expect(dominant({ Utrecht: 4, Zeeland: 3 }, 10)).toBe('Utrecht');
    expect(dominant({ Utrecht: 3, Zeeland: 3 }, 10)).toBeUndefined();
    expect(dominant({ Utrecht: 1 }, 2)).toBeUndefined();
    expect(dominant({ Utrecht: 2 }, 2)).toBe('Utrecht');
  });

  it('breaks ties by code unit, whatever the order of the counts', () => {
    expect(dominant({ wonen: 5, jeugd: 5 }, 10)).toBe('jeugd');
    expect(dominant({ jeugd: 5, wonen: 5 }, 10)).toBe('jeugd');
    // Upper case sorts before lower case by code unit.
    expect(dominant({ utrecht: 4, Utrecht: 4 }, 8)).toBe('Utrecht');
  });
});

describe('baseCommunityName', () => {
  it('joins the dominant region and theme', () => {
    expect(baseCommunityName(input({ regions: { Utrecht: 6, Zeeland: 4 }, themes: { wijkaanpak: 5, jeugd: 2 } }))).toBe(
      'Utrecht · wijkaanpak',
    );
  });

  it('uses whichever of the two dominates', () => {
    expect(baseCommunityName(input({ regions: { Utrecht: 6 }, themes: { jeugd: 2, wonen: 2 } }))).toBe('Utrecht');
    expect(baseCommunityName(input({ regions: { Utrecht: 3, Zeeland: 3 }, themes: { jeugd: 7 } }))).toBe('jeugd');
  });

  it('falls back on the most central member and the number of others', () => {
    expect(baseCommunityName(input({ regions: { Utrecht: 3, Zeeland: 3 }, size: 12 }))).toBe('Gemeente Utrecht +11');
    expect(baseCommunityName(input({ size: 1, regions: { Utrecht: 1 }, themes: { jeugd: 1 } }))).toBe('Gemeente Utrecht');
    expect(baseCommunityName(input({ size: 1, central: '  ', community: 7 }))).toBe('7');
  });

  it('keeps names at most 40 characters, with an ellipsis, never splitting a surrogate pair', () => {
    const long = 'Stichting voor Kennis en Innovatie in het Sociaal Domein';
    const fallback = baseCommunityName(input({ central: long, size: 3 }));
    expect(fallback).toBe('Stichting voor Kennis en Innovatie i… +2');
    expect(fallback.length).toBeLessThanOrEqual(40);
    const named = baseCommunityName(input({ regions: { 'Noord-Brabant': 5 }, themes: { [long]: 5 } }));
    expect(named.length).toBeLessThanOrEqual(40);
    expect(named.endsWith('…')).toBe(true);
    const emoji = baseCommunityName(input({ central: `${'x'.repeat(38)}😀😀`, size: 1 }));
    expect(emoji).toBe(`${'x'.repeat(38)}…`);
  });
});

describe('communityNames', () => {
  it('makes names unique in community order with " (2)", " (3)"', () => {
    const names = communityNames([
      input({ community: 2, regions: { Utrecht: 9 } }),
      input({ community: 0, regions: { Utrecht: 9 } }),
      input({ community: 1, regions: { Utrecht: 9 } }),
      input({ community: 3, regions: { Zeeland: 9 } }),
    ]);
    expect([...names.entries()]).toEqual([
      [0, 'Utrecht'],
      [1, 'Utrecht (2)'],
      [2, 'Utrecht (3)'],
      [3, 'Zeeland'],
    ]);
  });

  it('skips a suffix that is already a name of its own', () => {
    const names = communityNames([
      input({ community: 0, regions: { Utrecht: 9 } }),
      input({ community: 1, regions: { 'Utrecht (2)': 9 } }),
      input({ community: 2, regions: { Utrecht: 9 } }),
    ]);
    expect(names.get(2)).toBe('Utrecht (3)');
  });

  it('is deterministic: the same members give the same names whatever the input order', () => {
    const list = [0, 1, 2, 3, 4].map((c) => input({ community: c, themes: { [`t${c % 2}`]: 5 } }));
    expect(communityNames(list)).toEqual(communityNames([...list].reverse()));
  });
});
