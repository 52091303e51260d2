/**
 * Column hints (quality/column-hints.ts) and the missing-column / unknown-column hints built on
 * them, on header rows as survey tools export them (LimeSurvey, Microsoft Forms).
 */
import { describe, expect, it } from 'vitest';
import { type Column, matchColumn } from '../../../src/config/columns.js';
import { validateConfig } from '../../../src/config/config-file.js';
import type { InputRole } from '../../../src/config/roles.js';
import type { HeaderContext } from '../../../src/ingest/ingest-file.js';
import { columnsSnippet, guessColumns } from '../../../src/quality/column-hints.js';
import { missingColumn } from '../../../src/quality/rules/missing-column.js';
import type { HeaderRule } from '../../../src/quality/rule.js';
import { unknownColumn } from '../../../src/quality/rules/unknown-column.js';

/** A header rule's findings with their English texts (the expectations below are English). */
function checkEn(rule: HeaderRule, c: HeaderContext) {
  return rule.check(c).map((f) => ({ ...f, message: f.message.en, hint: f.hint?.en }));
}

function ctx(role: InputRole, headers: string[], extraAttributes: string[] = []): HeaderContext {
  return {
    file: { path: `/data/${role}.csv`, display: `${role}.csv`, name: `${role}.csv`, role },
    role,
    headers,
    columns: headers.map((h): Column | undefined => (role === 'aliases' ? undefined : matchColumn(role, h))),
    extraAttributes,
    sniff: { ambiguous: false, delimiter: ',' },
    explicitDelimiter: false,
  };
}

const FORMS = [
  'ID',
  'Begintijd',
  'Tijd van voltooien',
  'E-mail',
  'Naam',
  'Bij welke organisatie werkt u?',
  'Welk rapportcijfer geeft u KIS? (1-10)',
  'Met welke organisaties werkt u samen?',
  'Welke producten van KIS heeft u gebruikt?',
];

const guessed = (c: HeaderContext) => Object.fromEntries(guessColumns(c).map((g) => [g.header, g.column]));

describe('guessColumns', () => {
  it('reads a Microsoft Forms header row: every question it can place, no personal column', () => {
    const c = ctx('survey', FORMS);
    expect(c.columns[3]).toBe('personal'); // E-mail
    expect(c.columns[4]).toBe('personal'); // Naam
    expect(guessed(c)).toEqual({
      ID: 'respondent_id',
      'Bij welke organisatie werkt u?': 'organisation',
      'Welk rapportcijfer geeft u KIS? (1-10)': 'rating',
      'Met welke organisaties werkt u samen?': 'partners',
      'Welke producten van KIS heeft u gebruikt?': 'products_used',
    });
  });

  it('reads LimeSurvey-style questions for type, region and themes', () => {
    const c = ctx('survey', [
      'Response ID',
      'Naam van uw organisatie',
      'Wat voor organisatie is dat?',
      'In welke provincie bent u actief?',
      "Welke thema's zijn voor u belangrijk?",
      'Cijfer',
    ]);
    expect(c.columns[0]).toBe('respondent_id'); // response_id is an alias
    expect(guessed(c)).toEqual({
      'Naam van uw organisatie': 'organisation',
      'Wat voor organisatie is dat?': 'type',
      'In welke provincie bent u actief?': 'region',
      "Welke thema's zijn voor u belangrijk?": 'themes',
    });
    // "Cijfer" is an alias of rating: already a known column, not a guess.
    expect(c.columns[5]).toBe('rating');
  });

  it('is case-, accent- and punctuation-insensitive, and finds near misses of aliases', () => {
    expect(guessed(ctx('survey', ['RESPONDENT-NUMMER', 'Organsatie', 'In welke PROVÍNCIE werkt u?', 'Soort_Organisatie?']))).toEqual({
      Organsatie: 'organisation',
      'In welke PROVÍNCIE werkt u?': 'region',
    });
    expect(ctx('survey', ['RESPONDENT-NUMMER']).columns[0]).toBe('respondent_id');
    expect(guessed(ctx('interviews', ['interview_id', 'source', 'targt']))).toEqual({ targt: 'target' });
  });

  it('never suggests a header that names personal data', () => {
    const c = ctx('survey', [
      'Respondent',
      'Naam contactpersoon organisatie',
      'Toelichting op uw rapportcijfer',
      'E-mailadres organisatie',
      'Wat is uw naam?',
    ]);
    expect(guessed(c)).toEqual({});
  });

  it('takes the most specific key words first and uses every header and column once', () => {
    const c = ctx('survey', [
      'Respondent',
      'Welk cijfer geeft u?',
      'Welk rapportcijfer geeft u KIS?',
      'Met welke organisatie werkt u samen?',
      'Bij welke organisatie werkt u?',
    ]);
    expect(guessed(c)).toEqual({
      'Welk rapportcijfer geeft u KIS?': 'rating',
      'Met welke organisatie werkt u samen?': 'partners',
      'Bij welke organisatie werkt u?': 'organisation',
    });
  });

  it('leaves out columns already named, extra attributes and columns of other roles', () => {
    expect(guessed(ctx('survey', ['respondent_id', 'organisation', 'Bij welke organisatie werkt u?']))).toEqual({});
    expect(guessed(ctx('survey', ['respondent_id', 'Bij welke organisatie werkt u?'], ['Bij welke organisatie werkt u?']))).toEqual({});
    expect(guessed(ctx('contacts', ['organisation', 'Welk rapportcijfer geeft u KIS?']))).toEqual({});
    expect(guessed(ctx('aliases', ['variant', 'organisatie?']))).toEqual({});
  });

  it('when no header names a column (the first line may be data), considers only questions', () => {
    expect(guessed(ctx('contacts', ['Provincie Utrecht', 'overheid', 'Utrecht']))).toEqual({});
    expect(guessed(ctx('survey', ['Jan', 'Provincie Utrecht', '8']))).toEqual({});
    expect(guessed(ctx('survey', ['Begintijd', 'Bij welke organisatie werkt u?']))).toEqual({
      'Bij welke organisatie werkt u?': 'organisation',
    });
  });
});

describe('columnsSnippet', () => {
  it('is a config file fragment the config reader accepts', () => {
    const c = ctx('survey', FORMS);
    const snippet = columnsSnippet('survey', guessColumns(c));
    expect(snippet).toBe(
      '{"columns": {"survey": {"ID": "respondent_id", "Bij welke organisatie werkt u?": "organisation", ' +
        '"Welk rapportcijfer geeft u KIS? (1-10)": "rating", "Met welke organisaties werkt u samen?": "partners", ' +
        '"Welke producten van KIS heeft u gebruikt?": "products_used"}}}',
    );
    const config = validateConfig(JSON.parse(snippet), 'kis-network.config.json');
    expect(config.columns?.survey?.['Bij welke organisatie werkt u?']).toBe('organisation');
  });

  it('quotes headers with quotes and backslashes as JSON', () => {
    const snippet = columnsSnippet('contacts', [{ header: 'Naam "organisatie" \\ afdeling', column: 'organisation' }]);
    expect(JSON.parse(snippet)).toEqual({ columns: { contacts: { 'Naam "organisatie" \\ afdeling': 'organisation' } } });
  });
});

describe('missing-column and unknown-column hints on a survey export', () => {
  const c = ctx('survey', FORMS);
  const missing = checkEn(missingColumn, c);
  const unknown = checkEn(unknownColumn, c);

  it('names the question that holds each required column, with one snippet for the whole file', () => {
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringMatching(/^required column "respondent_id" is missing/),
      expect.stringMatching(/^required column "organisation" is missing/),
    ]);
    expect(missing[0]!.hint).toMatch(
      /^Did you mean "ID"\? Map it in kis-network\.config\.json: \{"columns": \{"survey": \{"ID": "respondent_id", /,
    );
    expect(missing[1]!.hint).toMatch(/^Did you mean "Bij welke organisatie werkt u\?"\? Map it in kis-network\.config\.json: /);
    for (const f of missing) {
      expect(f.hint).toContain('"Welk rapportcijfer geeft u KIS? (1-10)": "rating"');
      expect(f.hint).not.toMatch(/extraAttributes/);
      expect(f.hint).not.toMatch(/"(E-mail|Naam)"/);
    }
  });

  it('unknown-column: questions get their mapping, the rest a pointer to the missing columns, never extraAttributes', () => {
    const byColumn = Object.fromEntries(unknown.map((f) => [f.column, f.hint]));
    expect(Object.keys(byColumn)).toEqual(['ID', 'Begintijd', 'Tijd van voltooien', ...FORMS.slice(5)]);
    expect(byColumn['Welk rapportcijfer geeft u KIS? (1-10)']).toBe(
      'It looks like the "rating" column: map it in kis-network.config.json: {"columns": {"survey": {"Welk rapportcijfer geeft u KIS? (1-10)": "rating"}}}',
    );
    expect(byColumn.Begintijd).toBe(
      'If it holds the "respondent_id" or "organisation" column, map it under "columns" in kis-network.config.json (see the missing-column hint)',
    );
    for (const hint of Object.values(byColumn)) expect(hint).not.toMatch(/extraAttributes/);
  });

  it('a required column that no header fits: add it, and the snippet maps the rest', () => {
    const f = checkEn(missingColumn, ctx('survey', ['Naam', 'Bij welke organisatie werkt u?', 'Welk cijfer geeft u?']));
    expect(f).toHaveLength(2);
    expect(f[0]!.hint).toBe(
      'No header looks like it: add the column "respondent_id" to the header. The columns that could be recognised map with kis-network.config.json: {"columns": {"survey": {"Bij welke organisatie werkt u?": "organisation", "Welk cijfer geeft u?": "rating"}}}',
    );
  });

  it('a typo keeps its rename hint and gains the mapping', () => {
    const [f] = checkEn(missingColumn, ctx('interviews', ['interview_id', 'source', 'targt']));
    expect(f!.hint).toBe(
      'Did you mean "targt"? Rename that header to "target", or map it in kis-network.config.json: {"columns": {"interviews": {"targt": "target"}}}',
    );
  });

  it('a file without a header row still says so, and echoes none of its cells', () => {
    const f = checkEn(missingColumn, ctx('survey', ['R-1001', 'Gemeente Ede', '8']));
    expect(f.map((x) => x.hint)).toEqual([
      'The first line names no known column: does the file have a header row? Add one',
      'The first line names no known column: does the file have a header row? Add one',
    ]);
    expect(checkEn(unknownColumn, ctx('survey', ['R-1001', 'Gemeente Ede', '8']))).toEqual([]);
  });
});
