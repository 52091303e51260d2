/**
 * map.html carries the licence notice of every npm package inlined in the viewer bundle. The
 * packages are read from esbuild's metafile (dist/viewer.meta.json, written by
 * scripts/build-viewer.mjs), not from a list of what we expect to be bundled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlCommentText } from '../../../src/export/html/escape.js';
import { renderMapHtml } from '../../../src/export/html/index.js';
import { smallResult } from '../../browser/fixtures.js';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** Package folders (`node_modules/name`, `node_modules/@scope/name`) the bundle was built from. */
function bundledPackages(): string[] {
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'viewer.meta.json'), 'utf8')) as Metafile;
  const dirs = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      if (at < 0) continue;
      dirs.add(parts.slice(0, at + (parts[at + 1]!.startsWith('@') ? 3 : 2)).join('/'));
    }
  }
  return [...dirs].sort();
}

/** The comment that follows the charset declaration. */
function licenceComment(html: string): string {
  const m = html.match(/^<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<!--\n([\s\S]*?)\n-->\n/);
  if (!m) throw new Error('no licence comment after <meta charset>');
  return m[1]!;
}

describe('licence notices in map.html', () => {
  const html = renderMapHtml(smallResult(), { lang: 'nl', mapMaxNodes: 5000, minGroupSize: 3 });
  const comment = licenceComment(html);
  const packages = bundledPackages();

  it('the bundle is built from the packages we know of (sanity check of the metafile)', () => {
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.some((dir) => dir.endsWith('node_modules/sigma'))).toBe(true);
    expect(packages.some((dir) => dir.endsWith('node_modules/graphology'))).toBe(true);
  });

  it.each(bundledPackages())('carries name, version, licence and licence text of %s', (dir) => {
    const abs = path.join(ROOT, dir);
    const pkg = JSON.parse(readFileSync(path.join(abs, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    expect(comment).toContain(`${pkg.name} ${pkg.version} (${pkg.license})`);
    const file = readdirSync(abs)
      .filter((f) => /^(licen[cs]e|copying)([-._].*)?$/i.test(f))
      .sort()[0];
    if (file) {
      // Every non-blank line of the package's licence file is in the notice (spaces trimmed).
      for (const line of readFileSync(path.join(abs, file), 'utf8').split(/\r?\n/)) {
        if (line.trim()) expect(comment).toContain(htmlCommentText(line.trim()));
      }
    }
  });

  it('keeps the charset declaration within the first 1024 bytes', () => {
    expect(Buffer.from(html).subarray(0, 1024).toString('latin1')).toContain('<meta charset="utf-8">');
  });

  it('cannot end or confuse the comment early', () => {
    expect(comment).not.toContain('--');
    expect(comment.startsWith('>')).toBe(false);
    for (const hostile of ['a-->b', '--!>', '<!-- x -->', '---', '<!-', '->', '----']) {
      const text = htmlCommentText(hostile);
      expect(text).not.toContain('--');
      expect(text.replace(/ /g, '')).toBe(hostile.replace(/ /g, ''));
    }
  });

  it('leaves the Content-Security-Policy untouched: the script hash still matches the inlined bundle', () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)![1]!;
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-/);
    expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('-->'));
  });
});
