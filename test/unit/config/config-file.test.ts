/**
 * The config file's `columns` mappings name canonical columns of their role: a typo is a config
 * error (exit 2) that names the file, the role, the bad value and the nearest column, not a
 * "required column is missing" on the data file later.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/config-file.js';
import { UsageError } from '../../../src/errors.js';
import { runCli } from '../../helpers/cli.js';

const FILE = 'kis.json';
const error = (raw: unknown): UsageError => {
  try {
    validateConfig(raw, FILE);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('no error');
};

describe('config columns', () => {
  it('accepts the canonical columns of each role (and personal)', () => {
    const columns = {
      contacts: { Naam: 'organisation', Contactmomenten: 'kis_contacts' },
      interviews: { Van: 'source', Naar: 'target', Gesprek: 'interview_id' },
      survey: { Respondent: 'respondent_id', Organisatie: 'organisation', Contactpersoon: 'personal' },
    };
    expect(validateConfig({ columns }, FILE).columns).toEqual(columns);
  });

  it('rejects a misspelt column with a "did you mean"', () => {
    const err = error({ columns: { survey: { 'Naam organisatie': 'organistion' } } });
    expect(err.exitCode).toBe(2);
    expect(err.toLine()).toBe(
      'kis.json: "columns.survey" maps "Naam organisatie" to "organistion", which is not a column of the survey file. Did you mean "organisation"?',
    );
  });

  it("rejects a column of another role, listing the role's columns", () => {
    const err = error({ columns: { contacts: { Doel: 'target' } } });
    expect(err.toLine()).toBe(
      'kis.json: "columns.contacts" maps "Doel" to "target", which is not a column of the contacts file. Use one of organisation, id, type, region, themes, kis_contacts, personal',
    );
  });

  it('is a config error on the command line, before any data is read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kis-config-columns-'));
    writeFileSync(path.join(dir, 'survey.csv'), 'Respondent,Naam organisatie\nR1,Gemeente Ede\n');
    writeFileSync(path.join(dir, 'kis-network.config.json'), JSON.stringify({ columns: { survey: { Respondent: 'respondent_ud' } } }));
    const r = await runCli(['validate', dir, '--config', path.join(dir, 'kis-network.config.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('kis-network.config.json: "columns.survey" maps "Respondent" to "respondent_ud"');
    expect(r.stderr).toContain('Did you mean "respondent_id"?');
    expect(r.stderr).not.toMatch(/required column/);
  });
});
