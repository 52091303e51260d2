/**
 * A bug is not the user's fault: an exception from a rule or the graph builder reaches the CLI
 * as one "internal error … this is a bug" line (exit 2), never as "cannot be read", and the
 * stack is printed only under KIS_DEBUG=1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphBuilder } from '../../src/graph/builder.js';
import { typeError } from '../../src/quality/rules/type-error.js';
import { runCli } from '../helpers/cli.js';

const CLEAN = path.resolve(import.meta.dirname, '../fixtures/validate/clean');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kis-internal-'));

/** A survey past the sniff sample, so its rows are checked while the file is still being read. */
function bigSurvey(): string {
  const dir = tmp();
  const rows = Array.from({ length: 5000 }, (_, i) => `R${i},Gemeente Ede,7\n`).join('');
  writeFileSync(path.join(dir, 'survey.csv'), `respondent_id,organisation,rating\n${rows}`);
  return dir;
}
const LINE = /^kis-network: internal error: (.+) — this is a bug; please report it \(run with KIS_DEBUG=1 for the stack\)$/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('internal errors', () => {
  it('a throwing row rule is one internal-error line, exit 2, no stack', async () => {
    vi.spyOn(typeError, 'check').mockImplementation(() => {
      throw new TypeError('rule exploded');
    });
    const r = await runCli(['validate', bigSurvey(), '--lang', 'en']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(LINE);
    expect(lines[0]).toContain('rule exploded');
    expect(r.stderr).not.toMatch(/cannot be read|check that the file exists/i);
  });

  it('a throwing graph builder is an internal error in analyse too', async () => {
    vi.spyOn(GraphBuilder.prototype, 'addSurveyRow').mockImplementation(() => {
      throw new Error('builder exploded');
    });
    const r = await runCli(['analyse', CLEAN, '--out', path.join(tmp(), 'out'), '--quiet', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(LINE)]);
    expect(r.stderr).toContain('builder exploded');
    expect(r.stderr).not.toMatch(/cannot be read/);
  });

  it('prints the stack under KIS_DEBUG=1', async () => {
    vi.spyOn(GraphBuilder.prototype, 'addSurveyRow').mockImplementation(() => {
      throw new Error('builder exploded');
    });
    const r = await runCli(['validate', CLEAN, '--lang', 'en'], { env: { KIS_DEBUG: '1' } });
    expect(r.code).toBe(2);
    const [first, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(LINE);
    expect(stack[0]).toBe('Error: builder exploded');
    expect(stack.slice(1).every((l) => /^\s+at /.test(l))).toBe(true);
    expect(stack.length).toBeGreaterThan(1);
  });
});
