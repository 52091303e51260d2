/**
 * Guard for refactoring: `kis-network analyse` on the bundled example writes exactly the bytes
 * recorded in test/golden/example/outputs.sha256. A change that is meant to change the outputs
 * regenerates the record with `UPDATE_GOLDEN=1 npx vitest run test/golden/example-outputs.test.ts`
 * and says so in its commit; any other change must leave every byte as it was.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const RECORD = path.join(import.meta.dirname, 'example', 'outputs.sha256');

it('analyse on the bundled example writes the recorded bytes', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kis-golden-')), 'out');
  const result = await runCli(['analyse', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const actual = readdirSync(out)
    .sort()
    .map((file) => `${createHash('sha256').update(readFileSync(path.join(out, file))).digest('hex')}  ${file}`)
    .join('\n')
    .concat('\n');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(RECORD, actual);
  expect(actual).toBe(readFileSync(RECORD, 'utf8'));
});
