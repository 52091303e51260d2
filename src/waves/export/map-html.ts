/**
 * compare's map.html: the NEW wave's map (its layout and selection as `analyse` drew it) with the
 * `change` block filled in, so the viewer can colour by change and list what is gone; the same
 * offline page, escaping and Content-Security-Policy as analyse's map (export/html/).
 */

import { viewerBundle } from '../../export/html/bundle.js';
import type { MapPayload } from '../../export/html/payload-types.js';
import { serializePayload } from '../../export/html/payload.js';
import { MAP_CSS } from '../../export/html/styles.js';
import { mapDocument } from '../../export/html/template.js';
import { VERSION } from '../../version.js';
import type { CompareResult } from '../compare-waves.js';
import { changeBlock } from './change-payload.js';

/** NEW's map payload in the comparison's language, with the change block. */
export function comparePayload(r: CompareResult, base: MapPayload, lang: 'nl' | 'en'): MapPayload {
  return { ...base, lang, change: changeBlock(r, base) };
}

export function renderCompareMap(payload: MapPayload): string {
  const bundle = viewerBundle();
  return mapDocument({
    lang: payload.lang,
    version: VERSION,
    css: MAP_CSS,
    payloadJson: serializePayload(payload),
    bundle: bundle.code,
    bundleHash: bundle.hash,
    licences: bundle.licences,
  });
}
