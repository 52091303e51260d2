import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../src/ingest/sniff.js';
import { matchColumn } from '../../../src/config/columns.js';

describe('delimiter detection', () => {
  it('finds ; in a Dutch Excel export even when names contain commas', () => {
    const text = 'organisatie;soort;regio\n"Vereniging Wonen, Werken";gemeente;Utrecht\nGemeente Ede;gemeente;Gelderland\n';
    expect(sniffDelimiter(text, 'contacts', true)).toEqual({ delimiter: ';', ambiguous: false });
  });
  it('finds tab and comma', () => {
    expect(sniffDelimiter('respondent_id\torganisation\n1\tA\n', 'survey', true).delimiter).toBe('\t');
    expect(sniffDelimiter('interview_id,source,target\nI1,A,B\n', 'interviews', true).delimiter).toBe(',');
  });
  it('reports a header that two delimiters split equally well as ambiguous', () => {
    const r = sniffDelimiter('organisation,type;region\nA,b;c\n', 'contacts', true);
    expect(r.ambiguous).toBe(true);
  });
  it('falls back to comma for a one-column file', () => {
    expect(sniffDelimiter('organisation\nA\n', 'contacts', true)).toEqual({ delimiter: ',', ambiguous: false });
  });
});

describe('header aliases', () => {
  it.each([
    ['contacts', 'Organisatie', 'organisation'],
    ['contacts', 'Provincie', 'region'],
    ['contacts', "Thema's", 'themes'],
    ['contacts', 'Contactpersoon', 'personal'],
    ['contacts', 'E-mail', 'personal'],
    ['survey', 'Rapportcijfer', 'rating'],
    ['survey', 'cijfer', 'rating'],
    ['survey', 'Samenwerkingspartners', 'partners'],
    ['survey', 'Producten', 'products_used'],
    ['survey', 'Respondent', 'respondent_id'],
    ['survey', 'Naam', 'personal'],
    ['interviews', 'Bron', 'source'],
    ['interviews', 'Doel', 'target'],
    ['interviews', 'Relatie', 'relation'],
    ['interviews', 'STERKTE', 'strength'],
    ['contacts', 'regoin', undefined],
  ] as const)('%s: %s → %s', (role, header, column) => {
    expect(matchColumn(role, header)).toBe(column);
  });
});

describe('tidy', () => {
  it('trims and collapses every kind of whitespace to one space', async () => {
    const { tidy } = await import('../../../src/ingest/values.js');
    expect(tidy('  Gemeente   Ede ')).toBe('Gemeente Ede');
    expect(tidy('Gemeente\u00a0Ede')).toBe('Gemeente Ede');
    expect(tidy('Gemeente\tEde')).toBe('Gemeente Ede');
    expect(tidy('Gemeente\u202fEde')).toBe('Gemeente Ede');
    expect(tidy('Gemeente Ede')).toBe('Gemeente Ede');
  });
});
