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

/**
 * NEW's map payload in the comparison's language, with the change block. An organisation's mean
 * rating is suppressed again where it rests on fewer ratings than the comparison's minimum group
 * size (the largest of --min-group-size and the waves' own; docs/contract.md §6).
 */
export function comparePayload(r: CompareResult, base: MapPayload, lang: 'nl' | 'en'): MapPayload {
  const n = base.nodes;
  const hide = n.ratings.map((k) => k !== null && k < r.minGroupSize);
  const nodes = {
    ...n,
    rating: n.rating.map((v, i) => (hide[i] ? null : v)),
    ratingSuppressed: n.ratingSuppressed.map((v, i) => (hide[i] ? 1 : v)),
    ratings: n.ratings.map((v, i) => (hide[i] ? null : v)),
  };
  const meta = { ...base.meta, params: { ...base.meta.params, minGroupSize: r.minGroupSize } };
  return { ...base, lang, meta, nodes, change: changeBlock(r, base) };
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
