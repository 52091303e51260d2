/** Region values onto the twelve provinces' names (docs/contract.md §3); other values kept as written, tidied. */

import { describe, expect, it } from 'vitest';
import { PROVINCES, regionName } from '../../../src/resolve/provinces.js';

describe('regionName', () => {
  it.each([
    ['Friesland', 'Fryslân'],
    ['Fryslan', 'Fryslân'],
    ['FRYSLÂN', 'Fryslân'],
    ['N-Brabant', 'Noord-Brabant'],
    ['N.-Brabant', 'Noord-Brabant'],
    ['N. Brabant', 'Noord-Brabant'],
    ['Noord Brabant', 'Noord-Brabant'],
    ['Brabant', 'Noord-Brabant'],
    ['Noord Holland', 'Noord-Holland'],
    ['noord-holland', 'Noord-Holland'],
    ['Z-Holland', 'Zuid-Holland'],
    ['Zuid Holland', 'Zuid-Holland'],
    ['Provincie Utrecht', 'Utrecht'],
    ['prov. Zeeland', 'Zeeland'],
    [' Gelderland ', 'Gelderland'],
  ])('%s → %s', (value, province) => {
    expect(regionName(value)).toBe(province);
  });

  it('keeps each canonical name', () => {
    for (const p of PROVINCES) expect(regionName(p)).toBe(p);
  });

  it('leaves other values as written, white space tidied', () => {
    expect(regionName("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(regionName('  Regio   Twente ')).toBe('Regio Twente');
    expect(regionName('Nijmegen')).toBe('Nijmegen');
    expect(regionName('Zaanstad')).toBe('Zaanstad');
    expect(regionName('N')).toBe('N');
  });
});
