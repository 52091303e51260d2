/**
 * graph.graphml: GraphML for yEd, Cytoscape and NetworkX, from our own streaming writer
 * (graphology-graphml only parses). One `<key>` per attribute with `attr.type`
 * boolean/int/long/double/string, found from the values (integers widened to long beyond 32 bits
 * and to double when any value is fractional; x, y and size always double); lists are
 * `|`-joined strings; null values are left out; `edgedefault="undirected"`; text escaped
 * (`& < > " '`) with XML-illegal control characters dropped. One line per node and per edge.
 */

import type { AnalysisResult } from '../result.js';
import { EDGE_FIELDS, graphFileNodeFields, type Field, type NodeItem } from './attributes.js';
import { reiterable } from './chunks.js';
import { sortedEdges, sortedNodeIds } from './sorted.js';
import type { ExportOptions } from './types.js';
import { xmlAttr } from './xml.js';
import { resolveXmlTypes, xmlValue, type XmlType } from './xml-types.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

/** Key ids are `d0`, `d1`, ...: node keys first, then edge keys from `offset`. */
function keys<T>(cls: 'node' | 'edge', offset: number, fields: readonly Field<T>[], types: readonly XmlType[]): string {
  let out = '';
  fields.forEach((f, i) => {
    out += `  <key id="d${offset + i}" for="${cls}" attr.name="${xmlAttr(f.name)}" attr.type="${types[i]}"/>\n`;
  });
  return out;
}

function data<T>(offset: number, fields: readonly Field<T>[], item: T): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i]!.get(item);
    const value = xmlValue(raw);
    if (value === null) continue;
    out += `<data key="d${offset + i}">${typeof raw === 'number' ? value : xmlAttr(value)}</data>`;
  }
  return out;
}

export function exportGraphml(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return reiterable(function* () {
    const nodeFields = graphFileNodeFields(graph, options);
    const nodeTypes = resolveXmlTypes(nodeFields, (each) => graph.forEachNode((id, attributes) => each({ id, attributes })));
    const edgeTypes = resolveXmlTypes(EDGE_FIELDS, (each) => graph.forEachEdge((_k, attributes) => each(attributes)));
    yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">\n` +
      keys('node', 0, nodeFields, nodeTypes) +
      keys('edge', nodeFields.length, EDGE_FIELDS, edgeTypes) +
      '  <graph id="G" edgedefault="undirected">\n';
    const ids = sortedNodeIds(graph);
    const escaped = ids.map(xmlAttr); // each id is escaped once, not once per edge
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const item: NodeItem = { id, attributes: graph.getNodeAttributes(id) };
      const values = data(0, nodeFields, item);
      yield values === '' ? `    <node id="${escaped[i]}"/>\n` : `    <node id="${escaped[i]}">${values}</node>\n`;
    }
    let index = 0;
    for (const { sourceIndex, targetIndex, attributes } of sortedEdges(graph, ids)) {
      const values = data(nodeFields.length, EDGE_FIELDS, attributes);
      const open = `    <edge id="e${index++}" source="${escaped[sourceIndex]}" target="${escaped[targetIndex]}"`;
      yield values === '' ? `${open}/>\n` : `${open}>${values}</edge>\n`;
    }
    yield '  </graph>\n</graphml>\n';
  });
}
