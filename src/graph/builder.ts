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
import { parseNumber, parseWholeNumber } from '../ingest/values.js';
import { personalDataKind } from '../resolve/personal-data.js';
import { regionName } from '../resolve/provinces.js';
import { orgKey } from '../resolve/org-key.js';
import type { OrgRegistry, OrgSighting } from '../resolve/registry.js';
import { compareCodeUnits } from '../compare.js';
import { relationKind } from './relation-kinds.js';
import { RelationTable } from './relation-table.js';
import { blankMetrics, type EdgeList, type OrgAttributes, type OrgGraph, type RelationAttributes } from './types.js';

/** A number column's value, or undefined when empty or not a number (a count: a whole number, `1.200` = 1200). */
function numberIn(row: RowContext, column: Column, whole = false): number | undefined {
  const v = row.get(column);
  return v === undefined ? undefined : whole ? parseWholeNumber(v) : parseNumber(v);
}

/**
 * A name cell's value when it may become an organisation: never when it holds personal data
 * (docs/contract.md §6). `personal-data` reports such a cell (and rejects its row, or for a
 * partners entry only flags it); the builder leaves the name out itself as well, so that no
 * severity in a config file can turn personal data into a node.
 */
function orgName(name: string | undefined): string | undefined {
  return name === undefined || personalDataKind(name) !== null ? undefined : name;
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
  /** List entries that hold `, ` (perhaps several names joined by commas), in the order read. */
  listCandidates: readonly ListCandidate[];
  /**
   * Whether a name is known for a list field outside such entries: an organisation seen in the
   * register, as a survey organisation, in an interview or as a partner entry without `, `;
   * a product named in an entry without `, `.
   */
  isKnownName(field: ListCandidate['field'], name: string): boolean;
}

/** One list entry that holds `, ` (docs/contract.md §7, `suspect-list`). */
export interface ListCandidate {
  file: string;
  line: number;
  /** The header as written. */
  column: string;
  field: 'partners' | 'products_used';
  text: string;
}

export interface BuiltGraph extends Sightings {
  graph: OrgGraph;
  productUsage: Array<{ organisation: string; product: string; respondents: number }>;
  /** Organisation key → node id. */
  idOfKey: Map<string, string>;
  /** The graph's edges in its own order (nodes numbered as `graph.nodes()`). */
  edges: EdgeList;
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
  // 1 when an organisation was seen other than as a list entry holding `, `.
  private plain: number[] = [];
  private readonly listCandidates: ListCandidate[] = [];

  private readonly relations = new RelationTable();

  constructor(
    private readonly registry: OrgRegistry,
    private readonly options: { minGroupSize: number; extraAttributes: readonly string[] },
  ) {}

  private org(name: string, source: NodeSource, file: string, line: number, plain = true): number {
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
      this.plain.push(0);
    }
    if (plain) this.plain[idx] = 1;
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

  // A row reaches the builder when it has no error; an unusable value in an optional column has
  // been blanked by its rule (row.get reads it as empty; an unknown type label as `other`), and
  // anything still missing or not a number is left out, never guessed.

  addRegisterRow(row: RowContext): void {
    const name = orgName(row.get('organisation'));
    if (name === undefined) return;
    const idx = this.org(name, 'register', row.file.display, row.line);
    const id = row.get('id');
    if (id !== undefined) this.registry.setRegisterId(idx, id);
    const type = row.get('type');
    if (type !== undefined && this.regType[idx] === undefined) this.regType[idx] = parseStakeholderType(type, row.typeLabels);
    const region = row.get('region');
    if (region !== undefined && this.regRegion[idx] === undefined) this.regRegion[idx] = regionName(region);
    this.addThemes(idx, row.list('themes'));
    const kis = numberIn(row, 'kis_contacts', true);
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
    const source = orgName(row.get('source'));
    const target = orgName(row.get('target'));
    if (source === undefined || target === undefined) return;
    const s = this.org(source, 'interview', row.file.display, row.line);
    const t = this.org(target, 'interview', row.file.display, row.line);
    if (s === t) return; // self-relation: reported by its rule, no edge
    const strength = numberIn(row, 'strength') ?? 1;
    this.relations.addInterview(s, t, strength, relationKind(row.get('relation')), row.get('interview_id') ?? '', row.list('theme'));
  }

  addSurveyRow(row: RowContext): void {
    const name = orgName(row.get('organisation'));
    if (name === undefined) return;
    const o = this.org(name, 'survey', row.file.display, row.line);
    this.respondents[o]!++;
    const type = row.get('type');
    const parsed = type === undefined ? undefined : parseStakeholderType(type, row.typeLabels);
    if (parsed !== undefined) vote(this.typeVotes, o, parsed);
    const region = row.get('region');
    if (region !== undefined) vote(this.regionVotes, o, regionName(region));
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
      for (const p of products) {
        m.set(p, (m.get(p) ?? 0) + 1);
        if (p.includes(', ')) this.listCandidate(row, 'products_used', p);
      }
    }
    const done = new Set<number>();
    for (const partner of row.list('partners')) {
      if (orgName(partner) === undefined) continue; // left out as personal data
      const comma = partner.includes(', ');
      if (comma) this.listCandidate(row, 'partners', partner);
      const p = this.org(partner, 'survey', row.file.display, row.line, !comma);
      if (p === o || done.has(p)) continue;
      done.add(p);
      this.relations.addSurveyMention(o, p);
    }
  }

  private listCandidate(row: RowContext, field: ListCandidate['field'], text: string): void {
    this.listCandidates.push({ file: row.file.display, line: row.line, column: row.header(field), field, text });
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
        rating_sum: this.ratingSum[i] ?? 0,
        products: productNames,
        sources,
        extra: this.extra.get(i) ?? {},
        ...otherNames(reg.otherNames(i)),
        ...blankMetrics(),
      });
    }
    const edges = this.relations.insertInto(graph, ids, order); // nodes were added in `order`
    const idOfKey = new Map<string, string>();
    for (let i = 0; i < n; i++) idOfKey.set(reg.orgs[i]!.key, ids[i]!);
    return { graph, productUsage, idOfKey, edges, ...this.sightings() };
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
    let products: Set<string> | undefined;
    const isKnownName = (field: ListCandidate['field'], name: string): boolean => {
      if (field === 'partners') {
        const i = reg.indexOf(reg.keyOf(name));
        return i !== undefined && this.plain[i] === 1;
      }
      if (products === undefined) {
        products = new Set();
        for (const m of this.products.values()) for (const p of m.keys()) if (!p.includes(', ')) products.add(orgKey(p));
      }
      return products.has(orgKey(name));
    };
    return { register, named, degreeOfKey, listCandidates: this.listCandidates, isKnownName };
  }
}

/** The `names` attribute, only where an organisation has other names (most have none). */
function otherNames(names: string[]): Pick<OrgAttributes, 'names'> {
  return names.length ? { names } : {};
}
