/**
 * Builds a Wave from the tables of one `analyse` run, whether they come from an output folder
 * or from exporters run in memory: summary.json (parameters and figures), nodes.csv
 * (organisations, in id order), edges.csv (streamed into index arrays), communities.csv and
 * groups.csv. A table that lacks a column or names an unknown organisation is a user error
 * that names the file and line.
 */

import { compareCodeUnits } from '../compare.js';
import { InputError } from '../errors.js';
import type { MapPayload } from '../export/html/payload-types.js';
import { t } from '../lang.js';
import { numberCell, readTable, type TextSource, unguard } from './read-table.js';
import type { Wave, WaveCommunity, WaveFigures, WaveGroup, WaveParameters } from './wave.js';

export type WaveTable = 'nodes.csv' | 'edges.csv' | 'communities.csv' | 'groups.csv';

/** Where the files of one run come from. */
export interface WaveFiles {
  name: string;
  summary: TextSource;
  table(file: WaveTable): TextSource;
  map(): MapPayload | undefined;
}

const RERUN = t(
  'Deze map lijkt geen (ongewijzigde) uitvoer van kis-network analyse; draai analyse opnieuw',
  'This folder does not look like (unchanged) kis-network analyse output; run analyse again',
);

async function textOf(source: TextSource): Promise<string> {
  let text = '';
  for await (const chunk of source.chunks()) text += chunk;
  return text;
}

async function readSummary(source: TextSource): Promise<{ parameters: WaveParameters; figures: WaveFigures }> {
  let json: { parameters?: Record<string, unknown>; graph?: Record<string, unknown> } | undefined;
  try {
    json = JSON.parse(await textOf(source));
  } catch {
    json = undefined;
  }
  const p = json?.parameters;
  const g = json?.graph;
  if (!p || typeof p.network !== 'string' || typeof p.seed !== 'number' || typeof p.min_group_size !== 'number' || !g)
    throw new InputError(
      t(`${source.display}: geen summary.json van kis-network analyse`, `${source.display}: not a summary.json of kis-network analyse`),
      { file: source.display, hint: RERUN },
    );
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    parameters: { network: p.network, seed: p.seed, min_group_size: p.min_group_size },
    figures: {
      nodes: num(g.nodes),
      edges: num(g.edges),
      density: num(g.density),
      components: num(g.components),
      isolates: num(g.isolates),
      communities: num(g.communities),
      modularity: num(g.modularity),
    },
  };
}

const NODE_COLUMNS = ['id', 'label', 'type', 'region', 'community', 'degree', 'strength', 'pagerank'];

interface NodeRow {
  id: string;
  label: string;
  type: string;
  region: string;
  community: number;
  degree: number;
  strength: number;
  pagerank: number;
}

async function readNodes(source: TextSource): Promise<NodeRow[]> {
  const rows: NodeRow[] = [];
  await readTable(source, NODE_COLUMNS, (f, line, ix) => {
    const at = () => `${source.display}:${line}`;
    rows.push({
      id: unguard(f[ix[0]!] ?? ''),
      label: unguard(f[ix[1]!] ?? ''),
      type: unguard(f[ix[2]!] ?? ''),
      region: unguard(f[ix[3]!] ?? ''),
      community: numberCell(f[ix[4]!] ?? '', at) ?? -1,
      degree: numberCell(f[ix[5]!] ?? '', at) ?? 0,
      strength: numberCell(f[ix[6]!] ?? '', at) ?? 0,
      pagerank: numberCell(f[ix[7]!] ?? '', at) ?? 0,
    });
  });
  rows.sort((a, b) => compareCodeUnits(a.id, b.id));
  return rows;
}

/** Growable typed arrays for the relations (sized from summary.json, grown if that was wrong). */
export class EdgeArrays {
  source: Uint32Array;
  target: Uint32Array;
  weight: Float64Array;
  count = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.source = new Uint32Array(n);
    this.target = new Uint32Array(n);
    this.weight = new Float64Array(n);
  }
  push(s: number, d: number, w: number): void {
    if (this.count === this.source.length) {
      const n = this.count * 2;
      const source = new Uint32Array(n);
      const target = new Uint32Array(n);
      const weight = new Float64Array(n);
      source.set(this.source);
      target.set(this.target);
      weight.set(this.weight);
      this.source = source;
      this.target = target;
      this.weight = weight;
    }
    this.source[this.count] = s;
    this.target[this.count] = d;
    this.weight[this.count++] = w;
  }
}

/** Sorts relations in place by (source, target) index when the file was not in that order. */
export function sortEdges(e: EdgeArrays): void {
  let sorted = true;
  for (let i = 1; i < e.count && sorted; i++)
    if (e.source[i - 1]! > e.source[i]! || (e.source[i - 1] === e.source[i] && e.target[i - 1]! > e.target[i]!)) sorted = false;
  if (sorted) return;
  const order = Array.from({ length: e.count }, (_, i) => i).sort((a, b) => e.source[a]! - e.source[b]! || e.target[a]! - e.target[b]!);
  const s = Uint32Array.from(order, (i) => e.source[i]!);
  const d = Uint32Array.from(order, (i) => e.target[i]!);
  const w = Float64Array.from(order, (i) => e.weight[i]!);
  e.source.set(s);
  e.target.set(d);
  e.weight.set(w);
}

async function readEdges(source: TextSource, index: Map<string, number>, capacity: number): Promise<EdgeArrays> {
  const edges = new EdgeArrays(capacity);
  // Rows come sorted by source: one lookup per source, not per row.
  let lastSource = '';
  let lastIndex: number | undefined;
  await readTable(source, ['source', 'target', 'weight'], (f, line, ix) => {
    const s = f[ix[0]!] ?? '';
    if (s !== lastSource || lastIndex === undefined) {
      lastSource = s;
      lastIndex = index.get(unguard(s));
    }
    const a = lastIndex;
    const b = index.get(unguard(f[ix[1]!] ?? ''));
    if (a === undefined || b === undefined)
      throw new InputError(
        t(
          `${source.display}:${line}: een organisatie die niet in nodes.csv staat`,
          `${source.display}:${line}: an organisation that is not in nodes.csv`,
        ),
        { file: source.display, line, hint: RERUN },
      );
    const w = numberCell(f[ix[2]!] ?? '', () => `${source.display}:${line}`) ?? 0;
    if (a === b) return;
    edges.push(Math.min(a, b), Math.max(a, b), w);
  });
  sortEdges(edges);
  return edges;
}

async function readCommunities(source: TextSource): Promise<WaveCommunity[]> {
  const out: WaveCommunity[] = [];
  await readTable(source, ['community', 'size', 'name'], (f, line, ix) => {
    const at = () => `${source.display}:${line}`;
    out.push({
      community: numberCell(f[ix[0]!] ?? '', at) ?? -1,
      size: numberCell(f[ix[1]!] ?? '', at) ?? 0,
      name: unguard(f[ix[2]!] ?? ''),
    });
  });
  return out.sort((a, b) => a.community - b.community);
}

async function readGroups(source: TextSource): Promise<{ columns: string[]; groups: WaveGroup[] }> {
  const groups: WaveGroup[] = [];
  const { header } = await readTable(source, ['dimension', 'group'], (f, line, ix, head) => {
    const values: Record<string, number | null> = {};
    const at = () => `${source.display}:${line}`;
    head.forEach((name, i) => {
      if (i !== ix[0] && i !== ix[1]) values[name] = numberCell(f[i] ?? '', at);
    });
    groups.push({ dimension: unguard(f[ix[0]!] ?? ''), group: unguard(f[ix[1]!] ?? ''), values });
  });
  return { columns: header.filter((c) => c !== 'dimension' && c !== 'group'), groups };
}

export async function loadWave(files: WaveFiles): Promise<Wave> {
  const { parameters, figures } = await readSummary(files.summary);
  const nodes = await readNodes(files.table('nodes.csv'));
  const index = new Map<string, number>();
  nodes.forEach((r, i) => index.set(r.id, i));
  const edges = await readEdges(files.table('edges.csv'), index, figures.edges);
  const communities = await readCommunities(files.table('communities.csv'));
  const { columns, groups } = await readGroups(files.table('groups.csv'));
  return {
    name: files.name,
    parameters,
    figures,
    ids: nodes.map((r) => r.id),
    labels: nodes.map((r) => r.label),
    types: nodes.map((r) => r.type),
    regions: nodes.map((r) => r.region),
    community: Int32Array.from(nodes, (r) => r.community),
    degree: Float64Array.from(nodes, (r) => r.degree),
    strength: Float64Array.from(nodes, (r) => r.strength),
    pagerank: Float64Array.from(nodes, (r) => r.pagerank),
    edges: {
      source: edges.source.subarray(0, edges.count),
      target: edges.target.subarray(0, edges.count),
      weight: edges.weight.subarray(0, edges.count),
      count: edges.count,
    },
    communities,
    groups,
    groupColumns: columns,
    map: files.map,
  };
}
