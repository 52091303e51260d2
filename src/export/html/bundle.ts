/**
 * The prebuilt viewer bundle (dist/viewer.iife.js, made by scripts/build-viewer.mjs), read once
 * and checked: it must not contain `</script`, `<script` or `<!--`, because it is inlined in a
 * <script> element. Found next to the compiled module (dist/export/html → dist/) or, when
 * running from source (vitest), in the repository's dist/.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { KisError } from '../../errors.js';
import { t } from '../../lang.js';

const CANDIDATES = [new URL('../../viewer.iife.js', import.meta.url), new URL('../../../dist/viewer.iife.js', import.meta.url)];

export interface ViewerBundle {
  code: string;
  /** `sha256-…` of the code, for the Content-Security-Policy. */
  hash: string;
  /** The licence notices of the npm packages in the bundle (dist/viewer-licences.txt, written
   * next to the bundle by scripts/build-viewer.mjs); map.html carries them. */
  licences: string;
}

let cached: ViewerBundle | null = null;

/** Reads (once) and validates the viewer bundle. */
export function viewerBundle(): ViewerBundle {
  if (cached) return cached;
  let code: string | null = null;
  let licences: string | null = null;
  for (const url of CANDIDATES) {
    try {
      code = readFileSync(url, 'utf8');
      licences = readFileSync(new URL('viewer-licences.txt', url), 'utf8');
      break;
    } catch {
      /* try the next place */
    }
  }
  if (code === null || licences === null) {
    throw new KisError(
      t(
        'De kaartviewer (dist/viewer.iife.js of dist/viewer-licences.txt) ontbreekt, dus map.html kan niet worden geschreven',
        'The map viewer (dist/viewer.iife.js or dist/viewer-licences.txt) is missing, so map.html cannot be written',
      ),
      {
        exitCode: 2,
        hint: t(
          'Voer `npm run build` uit in de map van kis-network en probeer het opnieuw',
          'Run `npm run build` in the kis-network folder, then try again',
        ),
      },
    );
  }
  assertInlineSafe(code);
  cached = { code, hash: cspHash(code), licences };
  return cached;
}

/** Throws when `code` could end or confuse the inline <script> element it goes into. */
export function assertInlineSafe(code: string): void {
  const lower = code.toLowerCase();
  for (const bad of ['</script', '<script', '<!--']) {
    if (lower.includes(bad)) throw new Error(`viewer bundle contains "${bad}" and cannot be inlined`);
  }
}

/** The CSP source expression for an inline element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
