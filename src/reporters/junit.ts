/** `--format junit`: JUnit XML for CI dashboards: one test suite per file, one test case per issue. */
import { t } from '../lang.js';
import type { Reporter } from './types.js';

const xml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export const junit: Reporter = (report, _chalk, lang) => {
  const noProblems = t('geen problemen', 'no problems')[lang];
  const warning = t('waarschuwing', 'warning')[lang];
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="kis-network validate" tests="${report.files.reduce((s, f) => s + Math.max(1, f.issues.length), 0)}" failures="${report.errors}">`,
  ];
  for (const f of report.files) {
    const errors = f.issues.filter((i) => i.severity === 'error').length;
    out.push(`  <testsuite name="${xml(f.path)}" tests="${Math.max(1, f.issues.length)}" failures="${errors}" errors="0" skipped="0">`);
    if (f.issues.length === 0) out.push(`    <testcase name="${xml(f.path)}: ${noProblems}" classname="kis-network.${xml(f.role)}"/>`);
    for (const i of f.issues) {
      const name = xml(`${i.file}:${i.line ?? 1}${i.column ? `:${i.column}` : ''} ${i.type}`);
      out.push(`    <testcase name="${name}" classname="kis-network.${xml(i.type)}">`);
      const body = xml(`${i.message}${i.hint ? `. ${i.hint}` : ''}`);
      if (i.severity === 'error') out.push(`      <failure type="${xml(i.type)}" message="${body}">${body}</failure>`);
      else out.push(`      <system-out>${warning}: ${body}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
