/**
 * graph.gexf: GEXF 1.2 (`http://www.gexf.net/1.2draft`), the version both Gephi and NetworkX
 * 2.8.8 read (NetworkX rejects 1.3). Our own streaming writer rather than graphology-gexf,
 * whose writer declares a wrong viz namespace (NetworkX then drops positions and colours) and
 * builds the whole document in memory. Node attributes keep the CSV column names with typed
 * declarations (integer/long/double/string; lists `|`-joined; null left out); the label is
 * the node's `label`, position, size and colour go to `viz:`; the edge `weight` is GEXF's own
 * weight attribute, and no edge attribute uses a reserved name (`kind`, `label`, `weight`).
 * One line per node and per edge keeps large files compact.
 */

import type { AnalysisResult } from '../result.js';
import {
  EDGE_FIELDS,
  NODE_GRAPH_ONLY_FIELDS,
  extraNodeFields,
  nodeAttributeFields,
  type Field,
  type NodeField,
  type NodeItem,
} from './attributes.js';
import { reiterable } from './chunks.js';
import { parseColor } from './color.js';
import { isoFromEpoch } from './paths.js';
import { sortedEdges, sortedNodeIds } from './sorted.js';
import type { ExportOptions } from './types.js';
import { xmlAttr, xmlText } from './xml.js';
import { resolveXmlTypes, xmlValue, type XmlType } from './xml-types.js';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';

const GEXF_TYPE: Record<XmlType, string> = {
  boolean: 'boolean',
  int: 'integer',
  long: 'long',
  double: 'double',
  string: 'string',
};

function declarations<T>(cls: 'node' | 'edge', fields: readonly Field<T>[], types: readonly XmlType[]): string {
  let out = `    <attributes class="${cls}" mode="static">\n`;
  fields.forEach((f, i) => {
    out += `      <attribute id="${i}" title="${xmlAttr(f.name)}" type="${GEXF_TYPE[types[i]!]}"/>\n`;
  });
  return `${out}    </attributes>\n`;
}

function attvalues<T>(fields: readonly Field<T>[], item: T): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i]!.get(item);
    const value = xmlValue(raw);
    if (value === null) continue;
    out += `<attvalue for="${i}" value="${typeof raw === 'number' ? value : xmlAttr(value)}"/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

function viz(item: NodeItem): string {
  const a = item.attributes;
  let out = '';
  if (typeof a.size === 'number' && Number.isFinite(a.size)) out += `<viz:size value="${a.size}"/>`;
  if (Number.isFinite(a.x) && Number.isFinite(a.y)) out += `<viz:position x="${a.x}" y="${a.y}" z="0"/>`;
  const rgba = parseColor(a.color);
  if (rgba) {
    const alpha = rgba.a === undefined ? '' : ` a="${rgba.a}"`;
    out += `<viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${alpha}/>`;
  }
  return out;
}

export function exportGexf(result: AnalysisResult, options: ExportOptions): Iterable<string> {
  const graph = result.graph;
  return reiterable(function* () {
    const nodeFields: NodeField[] = [
      ...nodeAttributeFields(options).filter((f) => f.name !== 'label'),
      ...NODE_GRAPH_ONLY_FIELDS,
      ...extraNodeFields(graph),
    ];
    const edgeFields = EDGE_FIELDS.filter((f) => f.name !== 'weight');
    const nodeTypes = resolveXmlTypes(nodeFields, (each) => graph.forEachNode((id, attributes) => each({ id, attributes })));
    const edgeTypes = resolveXmlTypes(edgeFields, (each) => graph.forEachEdge((_k, attributes) => each(attributes)));
    const date = isoFromEpoch(options.sourceDateEpoch)?.slice(0, 10);
    yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" ` +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.2">\n` +
      (date ? `  <meta lastmodifieddate="${date}">\n` : '  <meta>\n') +
      `    <creator>${xmlText(`kis-network ${result.version}`)}</creator>\n` +
      `    <description>${xmlText(`KIS stakeholder network (${result.parameters.network})`)}</description>\n` +
      '  </meta>\n' +
      '  <graph mode="static" defaultedgetype="undirected">\n' +
      declarations('node', nodeFields, nodeTypes) +
      declarations('edge', edgeFields, edgeTypes) +
      '    <nodes>\n';
    const ids = sortedNodeIds(graph);
    const escaped = ids.map(xmlAttr); // each id is escaped once, not once per edge
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const item: NodeItem = { id, attributes: graph.getNodeAttributes(id) };
      const inner = attvalues(nodeFields, item) + viz(item);
      const open = `      <node id="${escaped[i]}" label="${xmlAttr(item.attributes.label ?? id)}"`;
      yield inner === '' ? `${open}/>\n` : `${open}>${inner}</node>\n`;
    }
    yield '    </nodes>\n    <edges>\n';
    let index = 0;
    for (const { sourceIndex, targetIndex, attributes } of sortedEdges(graph, ids)) {
      const weight = xmlValue(Number.isFinite(attributes.weight) ? attributes.weight : null);
      const values = attvalues(edgeFields, attributes);
      const open =
        `      <edge id="${index++}" source="${escaped[sourceIndex]}" target="${escaped[targetIndex]}"` +
        (weight === null ? '' : ` weight="${weight}"`);
      yield values === '' ? `${open}/>\n` : `${open}>${values}</edge>\n`;
    }
    yield '    </edges>\n  </graph>\n</gexf>\n';
  });
}
