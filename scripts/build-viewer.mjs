/**
 * Bundles the map viewer (src/viewer/main.ts: own code + sigma v3 + graphology) into one
 * minified IIFE, dist/viewer.iife.js, which export/html inlines into every map.html. Fails when
 * the bundle contains `</script`, `<script` or `<!--`: any of them could end or confuse the
 * inline <script> element it is placed in.
 *
 * Also writes, from esbuild's metafile, the licence notices of every npm package that ended up
 * in the bundle: dist/viewer-licences.txt (name, version, licence and the package's LICENSE
 * text, sorted by name; export/html puts it in every map.html) and dist/viewer.meta.json (the
 * metafile itself, so a test can check that no bundled package is missing from the notices).
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = 'dist/viewer.iife.js';
const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/viewer/main.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  platform: 'browser',
  target: ['es2020'],
  legalComments: 'none',
  charset: 'utf8',
  outfile,
  metafile: true,
  logLevel: 'warning',
});
const text = readFileSync(new URL(`../${outfile}`, import.meta.url), 'utf8');
const forbidden = ['</script', '<script', '<!--'].filter((s) => text.toLowerCase().includes(s));
if (forbidden.length) {
  console.error(`build-viewer: ${outfile} contains ${forbidden.join(', ')}; it cannot be inlined in a <script> element.`);
  process.exit(1);
}

/** The package folders (relative to root, e.g. `node_modules/@scope/name`) an output was built from. */
function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      if (at < 0) continue;
      const nameParts = parts[at + 1]?.startsWith('@') ? 2 : 1;
      dirs.add(parts.slice(0, at + 1 + nameParts).join('/'));
    }
  }
  return [...dirs];
}

const LICENCE_FILE = /^(licen[cs]e|copying)([-._].*)?$/i;

/** Name, version, licence identifier and licence text of the package in `dir`. */
function packageNotice(dir) {
  const abs = join(root, dir);
  const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
  const licence =
    typeof pkg.license === 'string'
      ? pkg.license
      : (pkg.license?.type ?? (pkg.licenses ?? []).map((l) => l.type ?? l).join(' OR ')) || 'UNKNOWN';
  const file = readdirSync(abs)
    .filter((f) => LICENCE_FILE.test(f))
    .sort()[0];
  const body = file
    ? readFileSync(join(abs, file), 'utf8')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim()
    : `(no licence file in the package; package.json says: ${licence})`;
  return { name: pkg.name, version: pkg.version, licence, file: file ?? null, body };
}

const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const notices = [...new Map(bundledPackageDirs(result.metafile).map((dir) => [dir, packageNotice(dir)])).values()].sort(
  (a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.version, b.version),
);
const licences = [
  'The map viewer inlined in this file contains the following third-party software. Their licences',
  'require the notices below to accompany it.',
  '',
  ...notices.flatMap((n) => ['='.repeat(72), `${n.name} ${n.version} (${n.licence})`, '='.repeat(72), '', n.body, '']),
].join('\n');
writeFileSync(join(root, 'dist/viewer-licences.txt'), licences);
writeFileSync(join(root, 'dist/viewer.meta.json'), `${JSON.stringify(result.metafile, null, 1)}\n`);

const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? text.length;
console.error(
  `build-viewer: ${outfile} ${(bytes / 1024).toFixed(1)} KiB in ${Math.round(performance.now() - started)} ms; licences of ${notices.map((n) => n.name).join(', ')}`,
);
