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

/**
 * The attributes of one record as `JSON.stringify` writes the object {name: value} of `fields`,
 * but written out field by field: no object per node or edge. On a million relations, those
 * objects made V8 tenure them (allocate them in the old generation), which held a gigabyte of
 * garbage until the next full collection and tripled the time of this file.
 */
class AttributesJson<T> {
  private readonly keys: string[];
  /** Field names that an object would reorder (array indices first) or merge: fall back to one. */
  private readonly asObject: boolean;

  constructor(private readonly fields: readonly Field<T>[]) {
    const names = fields.map((f) => f.name);
    this.keys = names.map((name) => `${JSON.stringify(name)}:`);
    this.asObject = new Set(names).size !== names.length || names.some((name) => /^(0|[1-9]\d*)$/.test(name));
  }

  of(item: T): string {
    if (this.asObject) {
      const object: Record<string, unknown> = {};
      for (const field of this.fields) object[field.name] = field.get(item);
      return JSON.stringify(object);
    }
    let out = '{';
    for (let i = 0; i < this.fields.length; i++) {
      const value = this.fields[i]!.get(item);
      if (value === undefined) continue; // as JSON.stringify leaves out an undefined property
      out += `${out.length > 1 ? ',' : ''}${this.keys[i]}${JSON.stringify(value)}`;
    }
    return `${out}}`;
  }
}

export function exportGraphJson(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return reiterable(function* () {
    const nodeAttributes = new AttributesJson(graphFileNodeFields(graph, options));
    const edgeAttributes = new AttributesJson(EDGE_FIELDS);
    const head = {
      attributes: { name: 'kis-network', network: result.parameters.network },
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    };
    yield `${JSON.stringify(head).slice(0, -1)},"nodes":[`;
    const ids = sortedNodeIds(graph);
    let first = true;
    for (const id of ids) {
      const attributes = nodeAttributes.of({ id, attributes: graph.getNodeAttributes(id) });
      yield `${first ? '\n' : ',\n'}{"key":${JSON.stringify(id)},"attributes":${attributes}}`;
      first = false;
    }
    yield first ? '],"edges":[' : '\n],"edges":[';
    first = true;
    for (const { source, target, attributes } of sortedEdges(graph, ids)) {
      const key = JSON.stringify(graphJsonEdgeKey(source, target));
      yield `${first ? '\n' : ',\n'}{"key":${key},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${edgeAttributes.of(attributes)},"undirected":true}`;
      first = false;
    }
    yield first ? ']}\n' : '\n]}\n';
  });
}
