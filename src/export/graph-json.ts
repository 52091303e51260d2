/**
 * graph.json: graphology's serialization format (`graph.export()` shape, readable by
 * `graph.import()` / `Graph.from()`): `{attributes, options, nodes: [{key, attributes}],
 * edges: [{key, source, target, attributes, undirected: true}]}`. Nodes sorted by id, edges by
 * (source, target) with source < target, and deterministic edge keys `source|target` (with
 * `\` and `|` inside ids escaped by `\`), never graphology's random `geid_` keys. One node or
 * edge per line, so that large files stream and diff well. Attribute values keep their JSON
 * types: lists are arrays, suppressed or undefined values are `null`.
 */

import type { AnalysisResult } from '../result.js';
import { EDGE_FIELDS, graphFileNodeFields, type Field } from './attributes.js';
import { reiterable } from './chunks.js';
import { sortedEdges, sortedNodeIds } from './sorted.js';
import type { ExportOptions } from './types.js';

/** The deterministic key of the edge between `source` and `target` (source < target). */
export function graphJsonEdgeKey(source: string, target: string): string {
  const escapeKey = (id: string): string => id.replace(/[\\|]/g, (c) => `\\${c}`);
  return `${escapeKey(source)}|${escapeKey(target)}`;
}

function attributesObject<T>(fields: readonly Field<T>[], item: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field.name] = field.get(item);
  return out;
}

export function exportGraphJson(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return reiterable(function* () {
    const nodeFields = graphFileNodeFields(graph, options);
    const head = {
      attributes: { name: 'kis-network', network: result.parameters.network },
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    };
    yield `${JSON.stringify(head).slice(0, -1)},"nodes":[`;
    const ids = sortedNodeIds(graph);
    let first = true;
    for (const id of ids) {
      const node = { key: id, attributes: attributesObject(nodeFields, { id, attributes: graph.getNodeAttributes(id) }) };
      yield (first ? '\n' : ',\n') + JSON.stringify(node);
      first = false;
    }
    yield first ? '],"edges":[' : '\n],"edges":[';
    first = true;
    for (const { source, target, attributes } of sortedEdges(graph, ids)) {
      const edge = {
        key: graphJsonEdgeKey(source, target),
        source,
        target,
        attributes: attributesObject(EDGE_FIELDS, attributes),
        undirected: true,
      };
      yield (first ? '\n' : ',\n') + JSON.stringify(edge);
      first = false;
    }
    yield first ? ']}\n' : '\n]}\n';
  });
}
