/** map.html: the offline interactive map (renderer, payload builder, escaping). Re-exports only. */
export { renderMapHtml, exportMapHtml } from './render-map-html.js';
export { buildPayload, serializePayload, selectMapNodes, coverageWarnings, type MapOptions } from './payload.js';
export { jsonForScriptElement, escapeHtml, escapeAttr } from './escape.js';
export { contentSecurityPolicy } from './template.js';
export type { MapPayload, PayloadChange } from './payload-types.js';
