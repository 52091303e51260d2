/**
 * Bundles the map viewer (src/viewer/main.ts: own code + sigma v3 + graphology) into one
 * minified IIFE, dist/viewer.iife.js, which export/html inlines into every map.html. Fails when
 * the bundle contains `</script`, `<script` or `<!--`: any of them could end or confuse the
 * inline <script> element it is placed in.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
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
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? text.length;
console.error(`build-viewer: ${outfile} ${(bytes / 1024).toFixed(1)} KiB in ${Math.round(performance.now() - started)} ms`);
