/**
 * Golden-file comparison for the exporter tests: the output must equal the stored file byte for
 * byte. `UPDATE_GOLDEN=1 npx vitest run test/unit/export` rewrites the stored files instead
 * (review the diff before committing).
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'golden', 'export');
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(relativePath: string, actual: string): void {
  const file = join(GOLDEN_DIR, relativePath);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, 'utf8');
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
