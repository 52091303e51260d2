/**
 * The data-quality rules, tested one by one like ESLint's RuleTester: for every rule in
 * `quality/rules/index.ts` a table of valid inputs (no findings) and invalid inputs (the exact
 * findings: line, column, message and a hint that says what to do), with hand-built header,
 * row and graph contexts. Findings never repeat a personal value or a respondent id.
 */
import { describe, expect, it } from 'vitest';
import { matchColumn, type Column } from '../../../src/config/columns.js';
import type { InputFile } from '../../../src/config/options.js';
import type { InputRole } from '../../../src/config/roles.js';
import type { StakeholderType } from '../../../src/config/stakeholder-types.js';
import { ISSUE_TYPES, type IssueType, type Severity } from '../../../src/quality/issue.js';
import type { HeaderContext } from '../../../src/ingest/ingest-file.js';
import { type RowContext, rowContext } from '../../../src/ingest/row-context.js';
import type { Finding, GraphContext, GraphRule, HeaderRule, Rule, RowRule } from '../../../src/quality/rule.js';
import { GRAPH_RULES, HEADER_RULES, ROW_RULES, RULES, blankRow } from '../../../src/quality/rules/index.js';
import { IssueLog } from '../../../src/quality/run-checks.js';
import { orgKey } from '../../../src/resolve/org-key.js';
import { personalDataKind } from '../../../src/resolve/personal-data.js';
import { OrgRegistry, type OrgSighting } from '../../../src/resolve/registry.js';

type AnyRole = InputRole;

function ruleOf(type: IssueType, kind: 'header'): HeaderRule;
function ruleOf(type: IssueType, kind: 'row'): RowRule;
function ruleOf(type: IssueType, kind: 'graph'): GraphRule;
function ruleOf(type: IssueType, kind: Rule['kind']): Rule {
  const r = RULES.find((x) => x.meta.type === type);
  if (!r) throw new Error(`no rule for ${type}`);
  if (r.kind !== kind) throw new Error(`${type} is a ${r.kind} rule, not a ${kind} rule`);
  return r;
}

function inputFile(role: AnyRole): InputFile {
  const name = `${role}.csv`;
  return { path: `/data/${name}`, display: `exports/${name}`, name, role };
}

function columnsOf(role: AnyRole, headers: readonly string[]): Array<Column | undefined> {
  return headers.map((h) => (role === 'aliases' ? undefined : matchColumn(role, h)));
}

function headerCtx(
  role: AnyRole,
  headers: string[],
  opts: { extraAttributes?: string[]; sniff?: HeaderContext['sniff']; explicitDelimiter?: boolean } = {},
): HeaderContext {
  return {
    file: inputFile(role),
    role,
    headers,
    columns: columnsOf(role, headers),
    extraAttributes: opts.extraAttributes ?? [],
    sniff: opts.sniff ?? { ambiguous: false, delimiter: ',' },
    explicitDelimiter: opts.explicitDelimiter ?? false,
  };
}

interface RowOpts {
  line?: number;
  state?: Map<string, unknown>;
  keyOf?: (name: string) => string;
  typeLabels?: Record<string, StakeholderType>;
  listSeparators?: string;
}

/** A row context as ingest builds it: the first header that maps to a column wins. */
function rowCtx(role: AnyRole, headers: string[], fields: string[], opts: RowOpts = {}): RowContext {
  const index: Partial<Record<Column, number>> = {};
  if (role === 'aliases') {
    index.alias = 0;
    index.organisation = 1;
  } else {
    columnsOf(role, headers).forEach((c, i) => {
      if (c !== undefined && c !== 'personal' && index[c] === undefined) index[c] = i;
    });
  }
  return rowContext({
    file: inputFile(role),
    line: opts.line ?? 2,
    fields,
    headers,
    index,
    keyOf: opts.keyOf ?? orgKey,
    typeLabels: opts.typeLabels ?? {},
    listSeparators: opts.listSeparators ?? '|;',
    state: opts.state ?? new Map(),
  });
}

/** Feed rows 2, 3, ... of one file through a row rule with shared state; findings per row. */
function runRows(rule: RowRule, role: AnyRole, headers: string[], rows: string[][], opts: RowOpts = {}): Finding[][] {
  const state = new Map<string, unknown>();
  return rows.map((fields, k) => rule.check(rowCtx(role, headers, fields, { ...opts, state, line: k + 2 })));
}

/** Values of personal and respondent-id columns in a row: never allowed in a finding. */
function privateValues(role: AnyRole, headers: string[], fields: string[]): string[] {
  const cols = columnsOf(role, headers);
  return fields.filter((v, i) => v.trim().length >= 3 && (cols[i] === 'personal' || cols[i] === 'respondent_id')).map((v) => v.trim());
}

interface Expect {
  line?: number;
  column?: string;
  message: string | RegExp;
  hint?: string | RegExp;
}

function expectFindings(actual: Finding[], expected: Expect[], secrets: string[] = []): void {
  expect(actual.length, JSON.stringify(actual)).toBe(expected.length);
  actual.forEach((f, k) => {
    const e = expected[k]!;
    if (e.line !== undefined) expect(f.line).toBe(e.line);
    expect(f.column).toBe(e.column);
    // The expectations are the English texts; the Dutch ones must exist and differ.
    if (typeof e.message === 'string') expect(f.message.en).toBe(e.message);
    else expect(f.message.en).toMatch(e.message);
    expect(f.message.nl.length > 5 && f.message.nl !== f.message.en, `Dutch message of "${f.message.en}"`).toBe(true);
    expect(typeof f.hint?.en === 'string' && f.hint.en.length > 5, `hint of "${f.message.en}"`).toBe(true);
    expect(f.hint!.nl.length > 5 && f.hint!.nl !== f.hint!.en, `Dutch hint of "${f.message.en}"`).toBe(true);
    if (e.hint !== undefined) expect(f.hint!.en).toMatch(e.hint);
    for (const s of secrets) expect(JSON.stringify([f.message, f.hint, f.column ?? ''])).not.toContain(s);
  });
}

// ---------------------------------------------------------------------------------------------
// Header rules

interface HeaderCase {
  name: string;
  role: AnyRole;
  headers: string[];
  opts?: Parameters<typeof headerCtx>[2];
}
type HeaderTable = Record<string, { valid: HeaderCase[]; invalid: Array<HeaderCase & { findings: Expect[] }> }>;

const HEADER_TABLE: HeaderTable = {
  'delimiter-ambiguous': {
    valid: [
      { name: 'a clear delimiter', role: 'survey', headers: ['respondent_id', 'organisation'] },
      {
        name: 'ambiguous, but --delimiter given',
        role: 'survey',
        headers: ['respondent_id;organisation', 'rating'],
        opts: { sniff: { ambiguous: true, delimiter: ',', alternative: ';' }, explicitDelimiter: true },
      },
    ],
    invalid: [
      {
        name: 'comma and semicolon tie',
        role: 'survey',
        headers: ['respondent_id;organisation', 'rating'],
        opts: { sniff: { ambiguous: true, delimiter: ',', alternative: ';' } },
        findings: [
          { line: 1, message: 'both comma and semicolon split the header into known columns; read with comma', hint: /--delimiter/ },
        ],
      },
      {
        name: 'semicolon and tab tie',
        role: 'contacts',
        headers: ['organisation', 'type'],
        opts: { sniff: { ambiguous: true, delimiter: ';', alternative: '\t' } },
        findings: [{ line: 1, message: /both semicolon and tab .*read with semicolon/ }],
      },
    ],
  },
  'blank-header': {
    valid: [{ name: 'all named', role: 'contacts', headers: ['organisation', 'type', 'region'] }],
    invalid: [
      {
        name: 'an empty and a whitespace-only header',
        role: 'contacts',
        headers: ['organisation', '', 'type', '  '],
        findings: [
          { line: 1, message: 'column 2 has no name', hint: /name|delete/i },
          { line: 1, message: 'column 4 has no name' },
        ],
      },
    ],
  },
  'duplicate-header': {
    valid: [
      {
        name: 'distinct columns, personal ones included',
        role: 'survey',
        headers: ['respondent_id', 'organisation', 'rating', 'name', 'email'],
      },
      { name: 'blank headers are not duplicates of each other', role: 'contacts', headers: ['organisation', '', ''] },
    ],
    invalid: [
      {
        name: 'one column twice, in two cases',
        role: 'survey',
        headers: ['respondent_id', 'organisation', 'Rating', 'rating'],
        findings: [
          {
            line: 1,
            column: 'rating',
            message: 'column 4 "rating" repeats column 3 "Rating"; only the first is read',
            hint: /Rename or delete/,
          },
        ],
      },
      {
        name: 'two Dutch names of one column (regio next to provincie)',
        role: 'contacts',
        headers: ['organisation', 'regio', 'provincie'],
        findings: [{ line: 1, column: 'provincie', message: /column 3 "provincie" repeats column 2 "regio"/ }],
      },
      {
        name: 'an unknown column twice, spelt differently',
        role: 'contacts',
        headers: ['organisation', 'sector_code', 'Sector-Code'],
        findings: [{ line: 1, column: 'Sector-Code', message: /repeats column 2 "sector_code"/ }],
      },
      {
        name: 'two spellings of a personal column',
        role: 'contacts',
        headers: ['organisation', 'email', 'E-mail'],
        findings: [{ line: 1, column: 'E-mail', message: /column 3 "E-mail" repeats column 2 "email"/ }],
      },
    ],
  },
  'missing-column': {
    valid: [
      { name: 'Dutch aliases of the required columns', role: 'interviews', headers: ['Interview', 'Bron', 'Doel'] },
      { name: 'contacts need only organisation', role: 'contacts', headers: ['Organisatie'] },
      { name: 'aliases files are not checked', role: 'aliases', headers: ['variant', 'naam'] },
    ],
    invalid: [
      {
        name: 'a misspelt required column',
        role: 'interviews',
        headers: ['interview_id', 'source', 'targt', 'strength'],
        findings: [
          {
            line: 1,
            message: /^required column "target" is missing \(also accepted: "doel"/,
            hint: 'Did you mean "targt"? Rename that header to "target"',
          },
        ],
      },
      {
        name: 'both survey columns absent',
        role: 'survey',
        headers: ['rating', 'name'],
        findings: [
          { line: 1, message: /required column "respondent_id" is missing/, hint: /Add the column "respondent_id"/ },
          { line: 1, message: /required column "organisation" is missing/ },
        ],
      },
    ],
  },
  'unknown-column': {
    valid: [
      {
        name: 'known and personal columns, Dutch and English',
        role: 'contacts',
        headers: ['Organisatie', 'Soort', "Thema's", 'Contactpersoon', 'E-mail', 'Opmerkingen', 'telefoon'],
      },
      {
        name: 'an extra attribute listed in the config',
        role: 'contacts',
        headers: ['organisation', 'sector_code'],
        opts: { extraAttributes: ['sector_code'] },
      },
      { name: "blank headers are blank-header's business", role: 'contacts', headers: ['organisation', ''] },
    ],
    invalid: [
      {
        name: 'a typo of a known column',
        role: 'contacts',
        headers: ['organisation', 'regoin'],
        findings: [{ line: 1, column: 'regoin', message: 'unknown column "regoin", ignored', hint: 'Did you mean "region"?' }],
      },
      {
        name: 'an unrelated column',
        role: 'survey',
        headers: ['respondent_id', 'organisation', 'sector_code'],
        findings: [{ line: 1, column: 'sector_code', message: 'unknown column "sector_code", ignored', hint: /extraAttributes/ }],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Row rules

interface RowCase {
  name: string;
  role: AnyRole;
  headers: string[];
  /** Rows 2, 3, ...; findings are checked for the last one. */
  rows: string[][];
  opts?: RowOpts;
}
type RowTable = Record<string, { valid: RowCase[]; invalid: Array<RowCase & { findings: Expect[] }> }>;

const SURVEY = ['respondent_id', 'organisation', 'type', 'rating', 'partners', 'name'];
const INTERVIEWS = ['interview_id', 'source', 'target', 'relation', 'strength'];
const CONTACTS = ['id', 'organisation', 'type', 'kis_contacts', 'contact_person'];

const ROW_TABLE: RowTable = {
  'encoding-error': {
    valid: [
      {
        name: 'accents and € decoded fine',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-101', 'Café “De Hoek” €', '', '7', '', 'José Ñúñez']],
      },
    ],
    invalid: [
      {
        name: 'a replacement character in a personal column',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-102', 'Gemeente Ede', '', '7', '', 'Ren\uFFFD Bakkerman']],
        findings: [{ line: 2, column: 'name', message: 'invalid UTF-8 bytes in column "name"', hint: /--encoding windows-1252/ }],
      },
      {
        name: 'only the first bad column is named',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'Caf\uFFFD', '', '', 'Ren\uFFFD']],
        findings: [{ line: 2, column: 'organisation', message: 'invalid UTF-8 bytes in column "organisation"' }],
      },
    ],
  },
  'missing-cell': {
    valid: [
      { name: 'as many cells as headers', role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A', 'B', '', '']] },
      { name: "more cells is extra-cell's business", role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A', 'B', '', '', 'x']] },
    ],
    invalid: [
      {
        name: 'two cells short',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gemeente Almere', 'GGD Flevoland']],
        findings: [
          { line: 2, column: 'relation', message: '3 cells where the header has 5 (missing "relation", "strength")', hint: /delimiter/ },
        ],
      },
      {
        name: 'more than three missing are abbreviated',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1']],
        findings: [{ line: 2, column: 'source', message: '1 cells where the header has 5 (missing "source", "target", "relation", …)' }],
      },
    ],
  },
  'extra-cell': {
    valid: [
      { name: 'trailing empty cells are harmless', role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A', 'B', '', '', '', ' ']] },
      { name: "fewer cells is missing-cell's business", role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A']] },
    ],
    invalid: [
      {
        name: 'an unquoted comma in a name',
        role: 'contacts',
        headers: ['organisation', 'type'],
        rows: [['Vereniging Wonen', ' Werken', 'civil_society']],
        findings: [{ line: 2, column: undefined, message: '3 cells where the header has 2', hint: /double quotes/ }],
      },
    ],
  },
  'missing-value': {
    valid: [
      { name: 'all required values present', role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A', 'B', '', '']] },
      { name: 'a required column beyond the end of a short row', role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A']] },
      { name: 'an alias pair', role: 'aliases', headers: ['alias', 'organisation'], rows: [['Gem. Ede', 'Gemeente Ede']] },
    ],
    invalid: [
      {
        name: 'a whitespace-only source',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', '  ', 'GGD Flevoland', '', '']],
        findings: [{ line: 2, column: 'source', message: '"source" is empty', hint: /Fill in/ }],
      },
      {
        name: 'both survey keys empty, named as the header writes them',
        role: 'survey',
        headers: ['Respondent', 'Organisatie', 'Naam'],
        rows: [['', '', 'Anouk de Wit']],
        findings: [
          { line: 2, column: 'Respondent', message: '"Respondent" is empty' },
          { line: 2, column: 'Organisatie', message: '"Organisatie" is empty' },
        ],
      },
      {
        name: 'an alias without its organisation',
        role: 'aliases',
        headers: ['alias', 'organisation'],
        rows: [['Gem. Ede', '']],
        findings: [{ line: 2, column: undefined, message: '"organisation" is empty' }],
      },
    ],
  },
  'personal-data': {
    valid: [
      {
        name: 'organisation names with digits, dots and an @-less domain',
        role: 'contacts',
        headers: CONTACTS,
        rows: [
          ['O1', 'Gemeente Utrecht', '', '', 'j.devries@utrecht.nl'],
          ['O2', 'Stichting 1001 Nacht', '', '', '06-12345678'],
          ['O3', 'Wijkteam 3584 AB', '', '', ''],
          ['O4', 'denhaag.nl', '', '', ''],
        ],
      },
      {
        name: 'personal values in columns that are not name cells',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'Gemeente Ede', '', '', 'GGD|Saxion', 'j.devries@denhaag.nl']],
      },
      {
        name: 'an alias file of organisation names',
        role: 'aliases',
        headers: ['alias', 'organisation'],
        rows: [['Gem. Ede', 'Gemeente Ede']],
      },
    ],
    invalid: [
      {
        name: 'an e-mail address as the register organisation',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'j.devries@denhaag.nl', '', '', '']],
        findings: [
          {
            line: 2,
            column: 'organisation',
            message: 'an e-mail address in "organisation"; it is not used as an organisation name',
            hint: /organisation's name/,
          },
        ],
      },
      {
        name: 'phone numbers as source and target, with Dutch headers',
        role: 'interviews',
        headers: ['interview', 'bron', 'doel'],
        rows: [['I1', '06-12345678', '+31 30 123 4567']],
        findings: [
          { line: 2, column: 'bron', message: 'a phone number in "bron"; it is not used as an organisation name' },
          { line: 2, column: 'doel', message: 'a phone number in "doel"; it is not used as an organisation name' },
        ],
      },
      {
        name: 'a BSN as the survey organisation',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', '111222333', '', '', '', '']],
        findings: [{ line: 2, column: 'organisation', message: /^a citizen service number \(BSN\) in "organisation"/ }],
      },
      {
        name: 'an IBAN and an e-mail address among the partners: only those entries are left out',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'Gemeente Ede', '', '', 'GGD | NL91 ABNA 0417 1643 00 | Saxion | info@wijkteam.nl', '']],
        findings: [
          { line: 2, column: 'partners', message: 'an IBAN in "partners" (entry 2); that entry is left out', hint: /rest of the row/ },
          { line: 2, column: 'partners', message: 'an e-mail address in "partners" (entry 4); that entry is left out' },
        ],
      },
      {
        name: 'an e-mail address as an alias',
        role: 'aliases',
        headers: ['alias', 'organisation'],
        rows: [['j.devries@denhaag.nl', 'Gemeente Den Haag']],
        findings: [{ line: 2, column: 'alias', message: 'an e-mail address in "alias"; it is not used as an organisation name' }],
      },
      {
        name: 'a phone number as the organisation of an alias',
        role: 'aliases',
        headers: ['alias', 'organisation'],
        rows: [['Gem. Den Haag', '070 123 4567']],
        findings: [{ line: 2, column: 'organisation', message: /^a phone number in "organisation"/ }],
      },
    ],
  },
  'possible-person-name': {
    valid: [
      {
        name: 'organisations with surname prefixes and titles inside',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Huis van de Wijk', 'Universiteit van Amsterdam', '', '']],
      },
      {
        name: "personal data is personal-data's business",
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'j.devries@denhaag.nl', '', '', '']],
      },
    ],
    invalid: [
      {
        name: 'a first name with a surname prefix and a role as target',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gemeente Den Haag', 'Jan de Vries (wijkagent)', '', '']],
        findings: [
          {
            line: 2,
            column: 'target',
            message: '"target" looks like a person\'s name (J… d… V… (…); only organisations belong here',
            hint: /their organisation/,
          },
        ],
      },
      {
        name: 'a title in the register and a partner entry with initials',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'Mevr. Bakker', '', '', 'GGD|J.P. de Boer', '']],
        findings: [
          {
            line: 2,
            column: 'organisation',
            message: '"organisation" looks like a person\'s name (M… B…); only organisations belong here',
          },
          {
            line: 2,
            column: 'partners',
            message: '"partners" (entry 2) looks like a person\'s name (J… d… B…); only organisations belong here',
          },
        ],
      },
    ],
  },
  'type-error': {
    valid: [
      {
        name: 'numbers with a decimal comma or point, and empty cells',
        role: 'survey',
        headers: SURVEY,
        rows: [
          ['R-1', 'A', '', '7,5', '', ''],
          ['R-2', 'A', '', '8.0', '', ''],
          ['R-3', 'A', '', '', '', ''],
        ],
      },
      {
        name: 'contact counts with Dutch thousands separators',
        role: 'contacts',
        headers: CONTACTS,
        rows: [
          ['O1', 'A', '', '1.200', ''],
          ['O2', 'B', '', '12.345', ''],
          ['O3', 'C', '', '1.234.567', ''],
        ],
      },
      {
        name: "an out-of-range number is constraint-error's business",
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'A', '', '11', '', '']],
      },
    ],
    invalid: [
      {
        name: 'a rating in words',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-201', 'Gemeente Leiden', '', 'acht', '', 'Lotte Jansen']],
        findings: [
          {
            line: 2,
            column: 'rating',
            message: '"rating" is "acht", not a number; the cell is left out',
            hint: 'Write it as a number from 1 to 10, or leave the cell empty',
          },
        ],
      },
      {
        name: 'a strength in words, with the Dutch header',
        role: 'interviews',
        headers: ['interview', 'bron', 'doel', 'Sterkte'],
        rows: [['I1', 'A', 'B', 'veel']],
        findings: [
          { line: 2, column: 'Sterkte', message: '"Sterkte" is "veel", not a number; the cell is left out', hint: /positive number/ },
        ],
      },
      {
        name: 'a contact count in words',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'Naturalis', '', 'drie', '']],
        findings: [
          {
            line: 2,
            column: 'kis_contacts',
            message: '"kis_contacts" is "drie", not a whole number; the cell is left out',
            hint: /whole number/,
          },
        ],
      },
      ...['ca. 5', '-', '1.5', '1,5', '1.20'].map((v) => ({
        name: `a contact count of "${v}" (an estimate, a dash, a decimal: a count has no decimals)`,
        role: 'contacts' as const,
        headers: CONTACTS,
        rows: [['O1', 'A', '', v, '']],
        findings: [
          {
            line: 2,
            column: 'kis_contacts',
            message: `"kis_contacts" is "${v}", not a whole number; the cell is left out`,
            hint: /1\.200 reads as 1200/,
          },
        ],
      })),
    ],
  },
  'constraint-error': {
    valid: [
      {
        name: 'ratings at both ends of 1–10',
        role: 'survey',
        headers: SURVEY,
        rows: [
          ['R-1', 'A', 'gemeente', '1', '', ''],
          ['R-2', 'A', 'Kennisinstelling', '10', '', ''],
        ],
      },
      { name: 'a small positive strength', role: 'interviews', headers: INTERVIEWS, rows: [['I1', 'A', 'B', '', '0,5']] },
      { name: 'zero contact moments', role: 'contacts', headers: CONTACTS, rows: [['O1', 'A', 'overig', '0', '']] },
      {
        name: 'a type label mapped in the config',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'A', 'GGD-regio', '', '']],
        opts: { typeLabels: { 'GGD regio': 'government' } },
      },
      {
        name: "text in a number column is type-error's business",
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'A', '', 'acht', '', '']],
      },
      {
        name: 'interviews have no stakeholder type',
        role: 'interviews',
        headers: [...INTERVIEWS, 'type'],
        rows: [['I1', 'A', 'B', '', '', 'museum']],
      },
    ],
    invalid: [
      {
        name: 'a rating of 11',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-301', 'A', '', '11', '', 'Bram de Vries']],
        findings: [
          {
            line: 2,
            column: 'rating',
            message: '"rating" is 11, not a number from 1 to 10; the cell is left out',
            hint: /Correct the value/,
          },
        ],
      },
      {
        name: 'a rating of 0 and an unknown type on one row',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-302', 'A', 'museum', '0', '', '']],
        findings: [
          { line: 2, column: 'rating', message: /"rating" is 0/ },
          {
            line: 2,
            column: 'type',
            message: 'unknown stakeholder type "museum", read as other',
            hint: /typeLabels.*"museum".*government/,
          },
        ],
      },
      {
        name: 'a misspelt type gets a suggestion',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'A', 'goverment', '', '']],
        findings: [
          { line: 2, column: 'type', message: 'unknown stakeholder type "goverment", read as other', hint: /^Did you mean "government"\?/ },
        ],
      },
      {
        name: 'an unknown label gets a ready-to-paste typeLabels snippet with the nearest type',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'Aedes', 'Branchevereniging', '', '']],
        findings: [
          {
            line: 2,
            column: 'type',
            message: 'unknown stakeholder type "Branchevereniging", read as other',
            hint: /"typeLabels": \{ "Branchevereniging": "sector_organisation" \}/,
          },
        ],
      },
      {
        name: 'a strength of 0',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'A', 'B', '', '0']],
        findings: [{ line: 2, column: 'strength', message: '"strength" is 0, not a positive number (e.g. 1–5); the cell is left out' }],
      },
      {
        name: 'a negative strength',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'A', 'B', '', '-2']],
        findings: [{ line: 2, column: 'strength', message: /"strength" is -2/ }],
      },
      {
        name: 'a negative contact count',
        role: 'contacts',
        headers: CONTACTS,
        rows: [['O1', 'A', '', '-1.200', '']],
        findings: [
          { line: 2, column: 'kis_contacts', message: '"kis_contacts" is -1.200, not a whole number of 0 or more; the cell is left out' },
        ],
      },
    ],
  },
  'duplicate-id': {
    valid: [
      {
        name: 'distinct respondent ids',
        role: 'survey',
        headers: SURVEY,
        rows: [
          ['R-1', 'A', '', '', '', ''],
          ['R-2', 'A', '', '', '', ''],
        ],
      },
      {
        name: "empty ids are missing-value's business",
        role: 'survey',
        headers: SURVEY,
        rows: [
          ['', 'A', '', '', '', ''],
          ['', 'B', '', '', '', ''],
        ],
      },
      {
        name: 'interviews repeat interview ids by design',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [
          ['I1', 'A', 'B', '', ''],
          ['I1', 'A', 'C', '', ''],
        ],
      },
      { name: 'a register without ids', role: 'contacts', headers: ['organisation'], rows: [['A'], ['A']] },
    ],
    invalid: [
      {
        name: 'a respondent id seen twice before: named by the first line, never by value',
        role: 'survey',
        headers: SURVEY,
        rows: [
          ['R-4711', 'A', '', '', '', ''],
          ['R-4712', 'B', '', '', '', ''],
          ['R-4711', 'C', '', '', '', ''],
          ['R-4711', 'D', '', '', '', ''],
        ],
        findings: [{ line: 5, column: 'respondent_id', message: '"respondent_id" repeats the one on line 2', hint: /one row/ }],
      },
      {
        name: 'a register id used for two organisations',
        role: 'contacts',
        headers: CONTACTS,
        rows: [
          ['A1', 'Gemeente Arnhem', '', '', ''],
          ['A1', 'Radboud Universiteit', '', '', ''],
        ],
        findings: [{ line: 3, column: 'id', message: '"id" repeats the one on line 2', hint: /its own id/ }],
      },
    ],
  },
  'duplicate-row': {
    valid: [
      {
        name: 'rows that differ in one cell',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [
          ['I1', 'A', 'B', '', '1'],
          ['I1', 'A', 'B', '', '2'],
        ],
      },
    ],
    invalid: [
      {
        name: 'a copy (surrounding spaces ignored)',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [
          ['I1', 'A', 'B', '', '1'],
          ['I2', 'A', 'C', '', ''],
          [' I1', 'A ', 'B', '', '1'],
        ],
        findings: [{ line: 4, column: undefined, message: 'same as line 2', hint: 'Delete the copy' }],
      },
    ],
  },
  'self-relation': {
    valid: [
      {
        name: 'two organisations',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gemeente Ede', 'GGD Gelderland-Midden', '', '']],
      },
      {
        name: 'a respondent with other partners',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', 'Gemeente Ede', '', '', 'GGD|Gemeente Wageningen', '']],
      },
      {
        name: "an empty target is missing-value's business",
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gemeente Ede', '', '', '']],
      },
      {
        name: "the same e-mail address twice is personal-data's business, never quoted here",
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'j.devries@denhaag.nl', 'J.deVries@denhaag.nl', '', '']],
      },
      {
        name: 'a respondent whose organisation is a phone number, named as partner too',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-1', '06-12345678', '', '', '06-12345678', '']],
      },
    ],
    invalid: [
      {
        name: 'source and target with one key',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gemeente Ede', '  GEMEENTE   ede ', '', '']],
        findings: [
          {
            line: 2,
            column: 'target',
            message: '"source" and "target" are the same organisation (GEMEENTE   ede); the relation is dropped',
            hint: /Correct one/,
          },
        ],
      },
      {
        name: 'source and target that an alias makes one',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'Gem. Ede', 'Gemeente Ede', '', '']],
        opts: {
          keyOf: (() => {
            const r = new OrgRegistry();
            r.addAlias('Gem. Ede', 'Gemeente Ede');
            return r.keyOf;
          })(),
        },
        findings: [{ line: 2, column: 'target', message: /are the same organisation \(Gemeente Ede\)/ }],
      },
      {
        name: 'a person-like name is masked',
        role: 'interviews',
        headers: INTERVIEWS,
        rows: [['I1', 'jan de vries', 'Jan de Vries', '', '']],
        findings: [{ line: 2, column: 'target', message: /are the same organisation \(J… d… V…\)/ }],
      },
      {
        name: 'a respondent naming its own organisation as partner',
        role: 'survey',
        headers: SURVEY,
        rows: [['R-501', 'Gemeente Ede', '', '', 'GGD | gemeente ede', 'Anouk Visser']],
        findings: [
          {
            line: 2,
            column: 'partners',
            message: "the respondent's own organisation (Gemeente Ede) is listed as a partner; that entry is dropped",
            hint: /Remove it/,
          },
        ],
      },
    ],
  },
  'blank-row': {
    valid: [{ name: 'one value is enough', role: 'survey', headers: SURVEY, rows: [['', '', '', '7', '', '']] }],
    invalid: [
      {
        name: 'only delimiters and spaces',
        role: 'survey',
        headers: SURVEY,
        rows: [['', ' ', '', '\t', '', '']],
        findings: [{ line: 2, column: undefined, message: 'blank row', hint: /Delete/ }],
      },
      { name: 'an empty line', role: 'contacts', headers: CONTACTS, rows: [['']], findings: [{ line: 2, message: 'blank row' }] },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Graph rules

const sight = (label: string, file: string, line: number): OrgSighting => ({ key: orgKey(label), label, file, line });

function graphCtx(opts: {
  registerGiven?: boolean;
  register?: OrgSighting[];
  named?: Array<OrgSighting & { times: number }>;
  degree?: Record<string, number>;
  nearDuplicates?: GraphContext['nearDuplicates'];
  listCandidates?: GraphContext['listCandidates'];
  /** Names known outside comma entries, per list field. */
  known?: { partners?: string[]; products_used?: string[] };
  listSeparators?: string;
}): GraphContext {
  const register = opts.register ?? [];
  return {
    registerGiven: opts.registerGiven ?? register.length > 0,
    register: new Map(register.map((s) => [s.key, s])),
    named: new Map((opts.named ?? []).map((s) => [s.key, s])),
    degreeOf: (key) => opts.degree?.[key] ?? 0,
    nearDuplicates: opts.nearDuplicates ?? [],
    listCandidates: opts.listCandidates ?? [],
    isKnownName: (field, name) => (opts.known?.[field] ?? []).map(orgKey).includes(orgKey(name)),
    listSeparators: opts.listSeparators ?? '|;',
  };
}

type GraphTable = Record<
  string,
  {
    valid: Array<{ name: string; ctx: GraphContext }>;
    invalid: Array<{ name: string; ctx: GraphContext; findings: Array<Expect & { file: string }> }>;
  }
>;

const UTRECHT = sight('Gemeente Utrecht', 'contacts.csv', 2);
const GEM_UTRECHT = sight('Gem. Utrecht', 'interviews.csv', 7);
const BRUG = sight('Stichting "De Brug"', 'contacts.csv', 3);
const BRUG_VARIANT = sight('St. "De Brug"', 'survey.csv', 4);

const GRAPH_TABLE: GraphTable = {
  'unknown-organisation': {
    valid: [
      { name: 'no register given: nothing is unknown', ctx: graphCtx({ registerGiven: false, named: [{ ...GEM_UTRECHT, times: 2 }] }) },
      {
        name: 'every named organisation is registered',
        ctx: graphCtx({ register: [UTRECHT], named: [{ ...sight('gemeente  utrecht', 'interviews.csv', 2), times: 1 }] }),
      },
    ],
    invalid: [
      {
        name: 'named once and three times',
        ctx: graphCtx({
          register: [UTRECHT],
          named: [
            { ...GEM_UTRECHT, times: 1 },
            { ...sight('Stichting Nieuw Begin', 'interviews.csv', 33), times: 3 },
          ],
        }),
        findings: [
          { file: 'interviews.csv', line: 7, message: '"Gem. Utrecht" is not in the register', hint: /aliases file/ },
          { file: 'interviews.csv', line: 33, message: '"Stichting Nieuw Begin" is not in the register (named 3 times)' },
        ],
      },
      {
        name: 'a name that reads like a person is masked',
        ctx: graphCtx({ register: [UTRECHT], named: [{ ...sight('Jan de Vries (wijkagent)', 'interviews.csv', 4), times: 2 }] }),
        findings: [{ file: 'interviews.csv', line: 4, message: '"J… d… V… (…" is not in the register (named 2 times)' }],
      },
    ],
  },
  'possible-duplicate-organisation': {
    valid: [{ name: 'no candidate pairs', ctx: graphCtx({ register: [UTRECHT] }) }],
    invalid: [
      {
        name: 'the register spelling is the canonical one, whichever side it is on',
        ctx: graphCtx({
          register: [UTRECHT, BRUG],
          nearDuplicates: [
            { a: GEM_UTRECHT, b: UTRECHT, similarity: 0.8, acronym: false },
            { a: BRUG, b: BRUG_VARIANT, similarity: 0.8, acronym: false },
          ],
        }),
        findings: [
          {
            file: 'interviews.csv',
            line: 7,
            message: '"Gem. Utrecht" looks like "Gemeente Utrecht" (contacts.csv:2)',
            hint: 'If they are one organisation, add this line to the aliases file: Gem. Utrecht,Gemeente Utrecht',
          },
          {
            file: 'survey.csv',
            line: 4,
            message: '"St. "De Brug"" looks like "Stichting "De Brug"" (contacts.csv:3)',
            hint: /aliases file/,
          },
        ],
      },
      {
        name: 'neither is registered: the later sighting is the variant',
        ctx: graphCtx({
          registerGiven: false,
          nearDuplicates: [
            { a: sight('Gemeente Utrecht', 'survey.csv', 2), b: sight('Gem Utrecht', 'survey.csv', 9), similarity: 0.8, acronym: false },
          ],
        }),
        findings: [{ file: 'survey.csv', line: 9, message: '"Gem Utrecht" looks like "Gemeente Utrecht" (survey.csv:2)' }],
      },
      {
        name: 'an acronym points at the short name and suggests the full name as canonical',
        ctx: graphCtx({
          registerGiven: false,
          nearDuplicates: [
            {
              a: sight('Centraal Orgaan opvang Asielzoekers', 'contacts.csv', 5),
              b: sight('COA', 'survey.csv', 12),
              similarity: 0.5,
              acronym: true,
            },
          ],
        }),
        findings: [
          {
            file: 'survey.csv',
            line: 12,
            message: '"COA" may be the acronym of "Centraal Orgaan opvang Asielzoekers" (contacts.csv:5)',
            hint: 'If they are one organisation, add this line to the aliases file: COA,Centraal Orgaan opvang Asielzoekers',
          },
        ],
      },
      {
        name: 'a name that reads like a person is masked, and no alias line quotes it',
        ctx: graphCtx({
          registerGiven: false,
          nearDuplicates: [
            { a: sight('Dhr. Jansen', 'survey.csv', 2), b: sight('Dhr Jansen', 'survey.csv', 5), similarity: 0.9, acronym: false },
          ],
        }),
        findings: [
          {
            file: 'survey.csv',
            line: 5,
            message: '"D… J…" looks like "D… J…" (survey.csv:2)',
            hint: 'If they are one organisation, map one spelling onto the other in the aliases file',
          },
        ],
      },
    ],
  },
  'suspect-list': {
    valid: [
      {
        name: 'no entry holds ", "',
        ctx: graphCtx({ known: { partners: ['Aedes', 'Divosa'] } }),
      },
      {
        name: 'only one comma part is a known organisation',
        ctx: graphCtx({
          listCandidates: [
            { file: 'survey.csv', line: 12, column: 'partners', field: 'partners' as const, text: 'Gemeente Amsterdam, afdeling Zorg' },
          ],
          known: { partners: ['Gemeente Amsterdam'] },
        }),
      },
      {
        name: 'a known name that holds a comma itself',
        ctx: graphCtx({
          listCandidates: [{ file: 'survey.csv', line: 12, column: 'partners', field: 'partners' as const, text: 'Wonen, Werken en Zorg' }],
          known: { partners: ['Wonen, Werken en Zorg', 'Wonen', 'Werken en Zorg'] },
        }),
      },
      {
        name: 'products are checked against products, not organisations',
        ctx: graphCtx({
          listCandidates: [
            { file: 'survey.csv', line: 12, column: 'products_used', field: 'products_used' as const, text: 'Aedes, Divosa' },
          ],
          known: { partners: ['Aedes', 'Divosa'] },
        }),
      },
    ],
    invalid: [
      {
        name: 'three known organisations joined by commas',
        ctx: graphCtx({
          listCandidates: [
            {
              file: 'survey.csv',
              line: 12,
              column: 'Samenwerkingspartners',
              field: 'partners' as const,
              text: 'Aedes, Divosa, VluchtelingenWerk',
            },
          ],
          known: { partners: ['Aedes', 'divosa', 'VluchtelingenWerk'] },
        }),
        findings: [
          {
            file: 'survey.csv',
            line: 12,
            column: 'Samenwerkingspartners',
            message:
              '"Samenwerkingspartners" holds 3 known organisation names separated by ", " (Aedes, Divosa, VluchtelingenWerk), read as one name',
            hint: 'Use | or ; between names (Aedes | Divosa | VluchtelingenWerk), or pass --list-separator "|;," if no name holds a comma',
          },
        ],
      },
      {
        name: 'two known products, the unknown part not echoed',
        ctx: graphCtx({
          listCandidates: [
            {
              file: 'survey.csv',
              line: 7,
              column: 'products_used',
              field: 'products_used' as const,
              text: 'Toolkit, Handreiking, iets anders',
            },
          ],
          known: { products_used: ['Toolkit', 'Handreiking'] },
          listSeparators: '|',
        }),
        findings: [
          {
            file: 'survey.csv',
            line: 7,
            column: 'products_used',
            message: '"products_used" holds 2 known product names separated by ", " (Toolkit, Handreiking), read as one name',
            hint: /^Use \| between names \(Toolkit \| Handreiking\)/,
          },
        ],
      },
    ],
  },
  'isolated-organisation': {
    valid: [
      { name: 'every register organisation has a relation', ctx: graphCtx({ register: [UTRECHT], degree: { [UTRECHT.key]: 2 } }) },
      {
        name: 'named but unregistered organisations are not isolates',
        ctx: graphCtx({ registerGiven: true, named: [{ ...GEM_UTRECHT, times: 1 }] }),
      },
    ],
    invalid: [
      {
        name: 'a register organisation without relations',
        ctx: graphCtx({ register: [UTRECHT, sight('Bibliotheek Zeeland', 'contacts.csv', 120)], degree: { [UTRECHT.key]: 1 } }),
        findings: [
          {
            file: 'contacts.csv',
            line: 120,
            message: '"Bibliotheek Zeeland" has no relations; it is shown as an isolate',
            hint: /Nothing to fix/,
          },
        ],
      },
      {
        name: 'a name that reads like a person is masked',
        ctx: graphCtx({ register: [sight('mevr. A. Bakker', 'contacts.csv', 9)] }),
        findings: [{ file: 'contacts.csv', line: 9, message: '"m… A… B…" has no relations; it is shown as an isolate' }],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------

/** docs/contract.md §7: default severities. */
const DEFAULT_SEVERITY: Record<IssueType, Severity> = {
  'encoding-error': 'error',
  'delimiter-ambiguous': 'error',
  'blank-header': 'error',
  'duplicate-header': 'error',
  'missing-column': 'error',
  'missing-cell': 'error',
  'extra-cell': 'error',
  'missing-value': 'error',
  'personal-data': 'error',
  'possible-person-name': 'warning',
  'type-error': 'warning',
  'constraint-error': 'warning',
  'duplicate-id': 'error',
  'duplicate-row': 'error',
  'self-relation': 'warning',
  'unknown-organisation': 'warning',
  'possible-duplicate-organisation': 'warning',
  'isolated-organisation': 'warning',
  'unknown-column': 'warning',
  'blank-row': 'warning',
  'suspect-list': 'warning',
};

describe('the rule set', () => {
  it("has exactly one rule per issue type of docs/contract.md §7, with the contract's default severity", () => {
    expect(RULES.map((r) => r.meta.type).sort()).toEqual([...ISSUE_TYPES].sort());
    for (const r of RULES) expect(r.meta.defaultSeverity, r.meta.type).toBe(DEFAULT_SEVERITY[r.meta.type]);
  });

  it('gives every rule a description and a README example of the form "file.csv:line: message"', () => {
    for (const r of RULES) {
      expect(r.meta.description.length, r.meta.type).toBeGreaterThan(20);
      expect(r.meta.example, r.meta.type).toMatch(/^[\w.-]+\.csv:\d+: \S/);
    }
  });

  it('gives every rule exactly one phase, and the phase lists partition the rules (blank-row runs alone)', () => {
    for (const r of RULES) expect(['header', 'row', 'graph'], r.meta.type).toContain(r.kind);
    expect(new Set([...HEADER_RULES, ...ROW_RULES, ...GRAPH_RULES, blankRow]).size).toBe(RULES.length);
    expect(ROW_RULES).not.toContain(blankRow);
    expect(blankRow.kind).toBe('row');
  });

  it('has a test table for every rule', () => {
    const tested = [...Object.keys(HEADER_TABLE), ...Object.keys(ROW_TABLE), ...Object.keys(GRAPH_TABLE)].sort();
    expect(tested).toEqual([...ISSUE_TYPES].sort());
    for (const t of Object.keys(HEADER_TABLE)) expect(ruleOf(t as IssueType, 'header').kind, t).toBe('header');
    for (const t of Object.keys(ROW_TABLE)) expect(ruleOf(t as IssueType, 'row').kind, t).toBe('row');
    for (const t of Object.keys(GRAPH_TABLE)) expect(ruleOf(t as IssueType, 'graph').kind, t).toBe('graph');
  });
});

describe.each(Object.entries(HEADER_TABLE))('header rule %s', (type, table) => {
  const rule = ruleOf(type as IssueType, 'header');
  it.each(table.valid)('valid: $name', (c) => {
    expect(rule.check(headerCtx(c.role, c.headers, c.opts))).toEqual([]);
  });
  it.each(table.invalid)('invalid: $name', (c) => {
    expectFindings(rule.check(headerCtx(c.role, c.headers, c.opts)), c.findings);
  });
});

describe.each(Object.entries(ROW_TABLE))('row rule %s', (type, table) => {
  const rule = ruleOf(type as IssueType, 'row');
  it.each(table.valid)('valid: $name', (c) => {
    for (const findings of runRows(rule, c.role, c.headers, c.rows, c.opts)) expect(findings).toEqual([]);
  });
  it.each(table.invalid)('invalid: $name', (c) => {
    const all = runRows(rule, c.role, c.headers, c.rows, c.opts);
    const secrets = c.rows.flatMap((r) => privateValues(c.role, c.headers, r));
    expectFindings(all.at(-1)!, c.findings, secrets);
  });
});

describe.each(Object.entries(GRAPH_TABLE))('graph rule %s', (type, table) => {
  const rule = ruleOf(type as IssueType, 'graph');
  it.each(table.valid)('valid: $name', (c) => {
    expect(rule.check(c.ctx)).toEqual([]);
  });
  it.each(table.invalid)('invalid: $name', (c) => {
    const findings = rule.check(c.ctx);
    expectFindings(findings, c.findings);
    expect(findings.map((f) => f.file)).toEqual(c.findings.map((f) => f.file));
  });
});

describe('row rules across rows', () => {
  it('duplicate-id reports every later occurrence, each naming the first line', () => {
    const rows = [
      ['R-1', 'A', '', '', '', ''],
      ['R-1', 'B', '', '', '', ''],
      ['R-1', 'C', '', '', '', ''],
    ];
    const all = runRows(ruleOf('duplicate-id', 'row'), 'survey', SURVEY, rows);
    expect(all.map((f) => f.map((x) => `${x.line}: ${x.message.en}`))).toEqual([
      [],
      ['3: "respondent_id" repeats the one on line 2'],
      ['4: "respondent_id" repeats the one on line 2'],
    ]);
  });

  it('keeps its state per file: the same id in two files is no duplicate', () => {
    const rule = ruleOf('duplicate-id', 'row');
    expect(runRows(rule, 'survey', SURVEY, [['R-1', 'A', '', '', '', '']])).toEqual([[]]);
    expect(runRows(rule, 'survey', SURVEY, [['R-1', 'A', '', '', '', '']])).toEqual([[]]);
  });

  it('duplicate-row and duplicate-id keep separate state in one map', () => {
    const state = new Map<string, unknown>();
    const row = ['R-9', 'A', '', '7', '', 'Sanne'];
    for (const line of [2, 3]) {
      const ctx = rowCtx('survey', SURVEY, row, { state, line });
      const ids = ruleOf('duplicate-id', 'row').check(ctx);
      const dups = ruleOf('duplicate-row', 'row').check(ctx);
      expect([ids.length, dups.length]).toEqual(line === 2 ? [0, 0] : [1, 1]);
    }
    expect([...state.keys()].sort()).toEqual(['duplicate-id', 'duplicate-row']);
  });
});

describe('personal data in name cells', () => {
  const cases = [...ROW_TABLE['personal-data']!.invalid, ...ROW_TABLE['self-relation']!.valid];

  it.each(cases)('no row rule quotes the value: $name', (c) => {
    const values = c.rows
      .flat()
      .flatMap((v) => v.split('|').map((x) => x.trim()))
      .filter((v) => personalDataKind(v) !== null);
    for (const rule of ROW_RULES) {
      for (const findings of runRows(rule, c.role, c.headers, c.rows, c.opts)) {
        for (const f of findings)
          for (const v of values) expect(JSON.stringify([f.message, f.hint, f.column]), rule.meta.type).not.toContain(v);
      }
    }
  });

  it('a partners entry costs the entry, not the row; a single-name cell costs the row', () => {
    const log = new IssueLog({}, 'en');
    const rule = ruleOf('personal-data', 'row');
    const entry = rowCtx('survey', SURVEY, ['R-1', 'Gemeente Ede', '', '', 'GGD|06-12345678', '']);
    const single = rowCtx('survey', SURVEY, ['R-2', '06-12345678', '', '', 'GGD', ''], { line: 3 });
    expect(log.record(rule, 'survey.csv', rule.check(entry))).toBe(false);
    expect(log.record(rule, 'survey.csv', rule.check(single))).toBe(true);
    expect(log.issues.map((i) => [i.line, i.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
    ]);
    expect(log.errors).toBe(2);
  });

  it('counts what it recognised by kind, also when the config switches the rules off', () => {
    const log = new IssueLog({ 'personal-data': 'off', 'possible-person-name': 'off' }, 'en');
    const rows = [
      ['R-1', 'info@wijkteam.nl', '', '', 'GGD|+31 6 1234 5678|NL91ABNA0417164300', ''],
      ['R-2', 'Jan de Vries', '', '', '111222333|Mevr. Bakker', ''],
    ];
    for (const [k, fields] of rows.entries()) {
      const ctx = rowCtx('survey', SURVEY, fields, { line: k + 2 });
      for (const type of ['personal-data', 'possible-person-name'] as const) {
        const rule = ruleOf(type, 'row');
        expect(log.record(rule, 'survey.csv', rule.check(ctx))).toBe(false);
      }
    }
    expect(log.issues).toEqual([]);
    expect(log.privacy).toEqual({ personal_data_left_out: { email: 1, phone: 1, bsn: 1, iban: 1 }, possible_person_names: 2 });
  });
});

describe('unusable values in optional columns are blanked, not the row (docs/contract.md §2)', () => {
  it('type-error and constraint-error name the cell to blank; an unknown type label reads as other', () => {
    const ctx = rowCtx('survey', SURVEY, ['R-1', 'A', 'Branchevereniging', 'acht', '', '']);
    expect(
      ruleOf('type-error', 'row')
        .check(ctx)
        .map((f) => [f.blank, f.readAs]),
    ).toEqual([['rating', undefined]]);
    expect(
      ruleOf('constraint-error', 'row')
        .check(ctx)
        .map((f) => [f.blank, f.readAs]),
    ).toEqual([['type', 'other']]);
    const contacts = rowCtx('contacts', CONTACTS, ['O1', 'A', '', '-4', '']);
    expect(
      ruleOf('constraint-error', 'row')
        .check(contacts)
        .map((f) => f.blank),
    ).toEqual(['kis_contacts']);
  });
});
