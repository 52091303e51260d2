/**
 * Rows → one organisation graph (docs/contract.md §3). Rows are folded into per-organisation
 * accumulators (arrays indexed by organisation, no object per row) and a `RelationTable` of
 * pairs as they stream in; `build()` then inserts nodes sorted by id and edges sorted by
 * (source, target) with explicit keys, so the graph — and Louvain, which depends on insertion
 * order — is the same on every run.
 */

import { UndirectedGraph } from 'graphology';
import { parseStakeholderType, type StakeholderType } from '../config/stakeholder-types.js';
import type { Column } from '../config/columns.js';
import { NODE_SOURCE_BIT, NODE_SOURCES, type NodeSource, sourcesOf } from '../config/roles.js';
import type { RowContext } from '../ingest/row-context.js';
import { parseNumber } from '../ingest/values.js';
import type { OrgRegistry, OrgSighting } from '../resolve/registry.js';
import { compareCodeUnits } from '../compare.js';
import { relationKind } from './relation-kinds.js';
import { RelationTable } from './relation-table.js';
import { blankMetrics, type OrgAttributes, type OrgGraph, type RelationAttributes } from './types.js';

/** A number column's value, or undefined when empty or not a number. */
function numberIn(row: RowContext, column: Column): number | undefined {
  const v = row.get(column);
  return v === undefined ? undefined : parseNumber(v);
}

function vote(map: Map<number, Map<string, number>>, idx: number, value: string): void {
  let m = map.get(idx);
  if (!m) map.set(idx, (m = new Map()));
  m.set(value, (m.get(value) ?? 0) + 1);
}

function winner(m: Map<string, number> | undefined): string | undefined {
  if (!m) return undefined;
  let best: string | undefined;
  let bestN = 0;
  for (const [v, n] of m) {
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

export interface Sightings {
  /** Register organisations (by key) with their first register line. */
  register: Map<string, OrgSighting>;
  /** Organisations named in interviews or survey (by key): first sighting and count. */
  named: Map<string, OrgSighting & { times: number }>;
  /** Number of distinct relations of an organisation key. */
  degreeOfKey(key: string): number;
}

export interface BuiltGraph extends Sightings {
  graph: OrgGraph;
  productUsage: Array<{ organisation: string; product: string; respondents: number }>;
  /** Organisation key → node id. */
  idOfKey: Map<string, string>;
}

export class GraphBuilder {
  private sources: number[] = [];
  private regType: Array<StakeholderType | undefined> = [];
  private regRegion: Array<string | undefined> = [];
  private typeVotes = new Map<number, Map<string, number>>();
  private regionVotes = new Map<number, Map<string, number>>();
  private themes = new Map<number, Set<string>>();
  private kis: Array<number | undefined> = [];
  private respondents: number[] = [];
  private ratingSum: number[] = [];
  private ratingN: number[] = [];
  private products = new Map<number, Map<string, number>>();
  private extra = new Map<number, Record<string, string>>();
  // First register line, and first interview/survey sighting with a count, per organisation.
  private registerFile: string[] = [];
  private registerLine: number[] = [];
  private namedFile: string[] = [];
  private namedLine: number[] = [];
  private namedTimes: number[] = [];

  private readonly relations = new RelationTable();

  constructor(
    private readonly registry: OrgRegistry,
    private readonly options: { minGroupSize: number; extraAttributes: readonly string[] },
  ) {}

  private org(name: string, source: NodeSource, file: string, line: number): number {
    const idx = this.registry.see(name, file, line);
    while (this.sources.length <= idx) {
      this.sources.push(0);
      this.respondents.push(0);
      this.ratingSum.push(0);
      this.ratingN.push(0);
      this.regType.push(undefined);
      this.regRegion.push(undefined);
      this.kis.push(undefined);
      this.registerLine.push(0);
      this.registerFile.push('');
      this.namedLine.push(0);
      this.namedFile.push('');
      this.namedTimes.push(0);
    }
    this.sources[idx]! |= NODE_SOURCE_BIT[source];
    if (source === 'register') {
      if (this.registerLine[idx] === 0) {
        this.registerFile[idx] = file;
        this.registerLine[idx] = line;
      }
    } else if (this.namedTimes[idx]!++ === 0) {
      this.namedFile[idx] = file;
      this.namedLine[idx] = line;
    }
    return idx;
  }

  private addThemes(idx: number, themes: readonly string[]): void {
    if (themes.length === 0) return;
    let set = this.themes.get(idx);
    if (!set) this.themes.set(idx, (set = new Set()));
    for (const t of themes) set.add(t);
  }

  // A row reaches the builder when it has no error; values that are still missing or not a
  // number (the config made their rule a warning or turned it off) are left out, never guessed.

  addRegisterRow(row: RowContext): void {
    const name = row.get('organisation');
    if (name === undefined) return;
    const idx = this.org(name, 'register', row.file.display, row.line);
    const id = row.get('id');
    if (id !== undefined) this.registry.setRegisterId(idx, id);
    const type = row.get('type');
    if (type !== undefined && this.regType[idx] === undefined) this.regType[idx] = parseStakeholderType(type, row.typeLabels);
    const region = row.get('region');
    if (region !== undefined && this.regRegion[idx] === undefined) this.regRegion[idx] = region;
    this.addThemes(idx, row.list('themes'));
    const kis = numberIn(row, 'kis_contacts');
    if (kis !== undefined) this.kis[idx] = (this.kis[idx] ?? 0) + kis;
    if (this.options.extraAttributes.length > 0) {
      const rec = this.extra.get(idx) ?? {};
      for (const name of this.options.extraAttributes) {
        const at = row.headers.indexOf(name);
        const v = at < 0 ? undefined : row.fields[at]?.trim();
        if (v && rec[name] === undefined) rec[name] = v;
      }
      this.extra.set(idx, rec);
    }
  }

  addInterviewRow(row: RowContext): void {
    const source = row.get('source');
    const target = row.get('target');
    if (source === undefined || target === undefined) return;
    const s = this.org(source, 'interview', row.file.display, row.line);
    const t = this.org(target, 'interview', row.file.display, row.line);
    if (s === t) return; // self-relation: reported by its rule, no edge
    const strength = numberIn(row, 'strength') ?? 1;
    this.relations.addInterview(s, t, strength, relationKind(row.get('relation')), row.get('interview_id') ?? '', row.list('theme'));
  }

  addSurveyRow(row: RowContext): void {
    const name = row.get('organisation');
    if (name === undefined) return;
    const o = this.org(name, 'survey', row.file.display, row.line);
    this.respondents[o]!++;
    const type = row.get('type');
    const parsed = type === undefined ? undefined : parseStakeholderType(type, row.typeLabels);
    if (parsed !== undefined) vote(this.typeVotes, o, parsed);
    const region = row.get('region');
    if (region !== undefined) vote(this.regionVotes, o, region);
    const rating = numberIn(row, 'rating');
    if (rating !== undefined) {
      this.ratingSum[o]! += rating;
      this.ratingN[o]!++;
    }
    this.addThemes(o, row.list('themes'));
    const products = row.list('products_used');
    if (products.length > 0) {
      let m = this.products.get(o);
      if (!m) this.products.set(o, (m = new Map()));
      for (const p of products) m.set(p, (m.get(p) ?? 0) + 1);
    }
    const done = new Set<number>();
    for (const partner of row.list('partners')) {
      const p = this.org(partner, 'survey', row.file.display, row.line);
      if (p === o || done.has(p)) continue;
      done.add(p);
      this.relations.addSurveyMention(o, p);
    }
  }

  /** Insert everything into a graphology graph, in sorted order. */
  build(): BuiltGraph {
    const reg = this.registry;
    const n = reg.size;
    const ids: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      let id = reg.id(i);
      if (used.has(id)) id = reg.orgs[i]!.key; // a register id that collides with another key
      used.add(id);
      ids.push(id);
    }
    const order = [...ids.keys()].sort((a, b) => compareCodeUnits(ids[a]!, ids[b]!));
    const graph: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
    const productUsage: BuiltGraph['productUsage'] = [];
    for (const i of order) {
      const ratingN = this.ratingN[i] ?? 0;
      const sources = sourcesOf(this.sources[i] ?? 0, NODE_SOURCES);
      const products = this.products.get(i);
      const productNames = products ? [...products.keys()].sort(compareCodeUnits) : [];
      for (const p of productNames) productUsage.push({ organisation: ids[i]!, product: p, respondents: products!.get(p)! });
      graph.addNode(ids[i]!, {
        label: reg.label(i),
        type: this.regType[i] ?? (winner(this.typeVotes.get(i)) as StakeholderType | undefined) ?? '',
        region: this.regRegion[i] ?? winner(this.regionVotes.get(i)) ?? '',
        themes: [...(this.themes.get(i) ?? [])].sort(compareCodeUnits),
        kis_contacts: this.kis[i] ?? null,
        respondents: this.respondents[i] ?? 0,
        rating_mean: ratingN >= this.options.minGroupSize && ratingN > 0 ? this.ratingSum[i]! / ratingN : null,
        ratings: ratingN,
        products: productNames,
        sources,
        extra: this.extra.get(i) ?? {},
        ...blankMetrics(),
      });
    }
    this.relations.insertInto(graph, ids, order);
    const idOfKey = new Map<string, string>();
    for (let i = 0; i < n; i++) idOfKey.set(reg.orgs[i]!.key, ids[i]!);
    return { graph, productUsage, idOfKey, ...this.sightings() };
  }

  /** Where organisations were seen, and their degree, without building the graph (for `validate`). */
  sightings(): Sightings {
    const reg = this.registry;
    const register = new Map<string, OrgSighting>();
    for (let i = 0; i < this.registerLine.length; i++) {
      if (this.registerLine[i]! > 0)
        register.set(reg.orgs[i]!.key, {
          key: reg.orgs[i]!.key,
          label: reg.label(i),
          file: this.registerFile[i]!,
          line: this.registerLine[i]!,
        });
    }
    const named = new Map<string, OrgSighting & { times: number }>();
    for (let i = 0; i < this.namedTimes.length; i++) {
      if (this.namedTimes[i]! > 0) {
        named.set(reg.orgs[i]!.key, {
          key: reg.orgs[i]!.key,
          label: reg.label(i),
          file: this.namedFile[i]!,
          line: this.namedLine[i]!,
          times: this.namedTimes[i]!,
        });
      }
    }
    const degree = this.relations.degrees(reg.size);
    const degreeOfKey = (key: string) => {
      const i = reg.indexOf(key);
      return i === undefined ? 0 : degree[i]!;
    };
    return { register, named, degreeOfKey };
  }
}
