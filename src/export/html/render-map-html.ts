/**
 * map.html: one self-contained, offline file — the viewer bundle (sigma v3 + graphology + our
 * code) and the analysis data inlined — as a pure function of the result and the options
 * (the same input gives the same bytes). See payload.ts for the data, template.ts for the page.
 */

import type { AnalysisResult } from '../../result.js';
import type { Exporter } from '../types.js';
import { viewerBundle } from './bundle.js';
import { buildPayload, serializePayload, type MapOptions } from './payload.js';
import type { PayloadChange } from './payload-types.js';
import { MAP_CSS } from './styles.js';
import { mapDocument } from './template.js';

/**
 * `change` (from `kis-network compare`, docs/contract.md §8) makes it a compare map: the result
 * is the NEW wave, and the viewer offers the change colour modes and lists what is gone.
 */
export function renderMapHtml(result: AnalysisResult, options: MapOptions, change?: PayloadChange): string {
  const bundle = viewerBundle();
  const payload = buildPayload(result, options);
  if (change) payload.change = change;
  return mapDocument({
    lang: options.lang,
    version: result.version,
    css: MAP_CSS,
    payloadJson: serializePayload(payload),
    bundle: bundle.code,
    bundleHash: bundle.hash,
    licences: bundle.licences,
  });
}

/** map.html as an entry of the exporter registry (`EXPORTERS['map.html']`). */
export const exportMapHtml: Exporter = (result, options) =>
  renderMapHtml(result, {
    lang: options.lang,
    mapMaxNodes: result.parameters.map_max_nodes,
    minGroupSize: options.minGroupSize,
  });
