/**
 * The node and edge attribute columns, declared once and shared by every writer: nodes.csv and
 * edges.csv take their columns from here, and graph.json, GEXF and GraphML take their attribute
 * names and types from the same list, so every file uses the CSV column names (docs/contract.md §5).
 * The metric columns come from the metric registry (analyse/registry.ts).
 * Config-listed extra register attributes follow, under their own (sorted) names.
 */

import { METRICS } from '../analyse/registry.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../graph/types.js';
import { publishedRatingMean } from './privacy.js';
import { compareCodeUnits } from '../compare.js';
import type { ExportOptions } from './types.js';

export type FieldValue = string | number | boolean | null | readonly string[];

/** What a column holds; `int` may be widened to long/double by the XML writers. */
export type FieldKind = 'string' | 'list' | 'int' | 'double' | 'boolean';

export interface Field<T> {
  name: string;
  kind: FieldKind;
  get(item: T): FieldValue;
}

export interface NodeItem {
  id: string;
  attributes: OrgAttributes;
}

export type NodeField = Field<NodeItem>;
export type EdgeField = Field<RelationAttributes>;

const num = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const list = (value: readonly string[] | undefined): readonly string[] => value ?? [];

/** One column per metric of the registry, in its order (docs/contract.md §4/§5). */
const METRIC_FIELDS: readonly NodeField[] = METRICS.map((m) => ({
  name: m.id,
  kind: m.column,
  get: (n: NodeItem) => {
    const value = n.attributes[m.id];
    return typeof value === 'string' ? value : num(value);
  },
}));

/** The leading columns of nodes.csv, in the documented order, docs/contract.md §5 (the id first). */
export function nodeTableFields(options: Pick<ExportOptions, 'minGroupSize'>): NodeField[] {
  return [{ name: 'id', kind: 'string', get: (n) => n.id }, ...nodeAttributeFields(options)];
}

/** The node attributes shared by the tables and the graph files (no id, no display attributes). */
export function nodeAttributeFields(options: Pick<ExportOptions, 'minGroupSize'>): NodeField[] {
  return [
    { name: 'label', kind: 'string', get: (n) => n.attributes.label },
    { name: 'type', kind: 'string', get: (n) => n.attributes.type },
    { name: 'region', kind: 'string', get: (n) => n.attributes.region },
    ...METRIC_FIELDS,
    { name: 'brokers_between', kind: 'list', get: (n) => list(n.attributes.brokers_between) },
    { name: 'data_quality_flag', kind: 'list', get: (n) => list(n.attributes.data_quality_flag) },
    { name: 'kis_contacts', kind: 'int', get: (n) => num(n.attributes.kis_contacts) },
    { name: 'respondents', kind: 'int', get: (n) => num(n.attributes.respondents) },
    { name: 'rating_mean', kind: 'double', get: (n) => publishedRatingMean(n.attributes, options) },
    { name: 'themes', kind: 'list', get: (n) => list(n.attributes.themes) },
    { name: 'sources', kind: 'list', get: (n) => list(n.attributes.sources) },
  ];
}

/** Attributes only the graph files carry: the product layer of the node. */
export const NODE_GRAPH_ONLY_FIELDS: readonly NodeField[] = [{ name: 'products', kind: 'list', get: (n) => list(n.attributes.products) }];

/** Display attributes (layout and appearance), last in graph.json and GraphML, `viz:` in GEXF. */
export const NODE_DISPLAY_FIELDS: readonly NodeField[] = [
  { name: 'x', kind: 'double', get: (n) => num(n.attributes.x) },
  { name: 'y', kind: 'double', get: (n) => num(n.attributes.y) },
  { name: 'size', kind: 'double', get: (n) => num(n.attributes.size) },
  { name: 'color', kind: 'string', get: (n) => n.attributes.color ?? null },
];

/** edges.csv after `source,target`, and every edge attribute of the graph files. */
export const EDGE_FIELDS: readonly EdgeField[] = [
  { name: 'weight', kind: 'double', get: (e) => num(e.weight) },
  { name: 'mentions', kind: 'int', get: (e) => num(e.mentions) },
  { name: 'sources', kind: 'list', get: (e) => list(e.sources) },
  { name: 'interviews', kind: 'int', get: (e) => num(e.interviews) },
  { name: 'respondents', kind: 'int', get: (e) => num(e.respondents) },
  { name: 'relations', kind: 'list', get: (e) => list(e.relations) },
  { name: 'themes', kind: 'list', get: (e) => list(e.themes) },
];

/**
 * Names an extra attribute may not take, because a column or a reader already uses them
 * (NetworkX's GEXF reader fills `label`, `id`, `pid`, `viz`, `start`, `end`, `spells`, ...).
 */
const RESERVED = new Set<string>([
  ...nodeTableFields({ minGroupSize: 2 }).map((f) => f.name),
  ...NODE_GRAPH_ONLY_FIELDS.map((f) => f.name),
  ...NODE_DISPLAY_FIELDS.map((f) => f.name),
  'key',
  'pid',
  'viz',
  'start',
  'end',
  'spells',
  'parents',
  'slices',
  'ratings',
  'extra',
  'kind',
  'hidden',
]);

/** Every node attribute of the graph files (graph.json, graph.graphml): the table columns, the
 * graph-only attributes, the extra attributes and the display attributes (x, y, size, color). */
export function graphFileNodeFields(graph: OrgGraph, options: Pick<ExportOptions, 'minGroupSize'>): NodeField[] {
  return [...nodeAttributeFields(options), ...NODE_GRAPH_ONLY_FIELDS, ...extraNodeFields(graph), ...NODE_DISPLAY_FIELDS];
}

/**
 * One string column per config-listed extra attribute present on any node, sorted by key.
 * A key that clashes with a column name is written as `extra_<key>`.
 */
export function extraNodeFields(graph: OrgGraph): NodeField[] {
  const keys = new Set<string>();
  graph.forEachNode((_id, attributes) => {
    for (const key of Object.keys(attributes.extra ?? {})) keys.add(key);
  });
  const taken = new Set(RESERVED);
  const fields: NodeField[] = [];
  for (const key of [...keys].sort(compareCodeUnits)) {
    let name = key;
    while (taken.has(name)) name = `extra_${name}`;
    taken.add(name);
    fields.push({ name, kind: 'string', get: (n) => n.attributes.extra?.[key] ?? null });
  }
  return fields;
}
