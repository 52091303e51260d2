#!/usr/bin/env node
/**
 * Runs the map speed measurement (measure-map.ts): rebuilds the viewer bundle, bundles the
 * TypeScript measurement with esbuild (Node 20 cannot run .ts itself) and runs it.
 * Usage: node test/browser/measure-map.mjs [runs=3] [--cli] [--large]  (--cli: also the real map.html of the example and the medium bench data)
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { cwd: root, stdio: 'inherit' });
// Three folders below the repository root, so export/html finds dist/viewer.iife.js as it does from src/.
const outfile = `${root}test/artifacts/measure/measure-map.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['test/browser/measure-map.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
process.chdir(root);
await import(pathToFileURL(outfile).href);
