import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_TYPES } from '../../src/quality/issue.js';
import { RULES } from '../../src/quality/rules/index.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('lists every validate issue type with its default severity and an example message', () => {
    for (const type of ISSUE_TYPES) {
      const rule = RULES.find((r) => r.meta.type === type)!;
      const row = README.split('\n').find((l) => l.startsWith(`| \`${type}\` |`));
      expect(row, `README row for ${type}`).toBeDefined();
      expect(row).toContain(`| ${rule.meta.defaultSeverity} |`);
      expect(row).toContain(rule.meta.example.replace(/\|/g, '\\|'));
    }
  });

  it('gives the two commands of a fresh machine', () => {
    expect(README).toContain('npm install && npx kis-network analyse');
    expect(README).toMatch(/^npm test\b/m);
  });
});
