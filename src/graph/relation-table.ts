/**
 * Relations folded per organisation pair as rows stream in (docs/contract.md §3): `weight` (interview
 * strengths plus survey mentions), `mentions`, sources, distinct interviews and respondents,
 * relation kinds and themes — in arrays indexed by pair, no object per row. `insertInto` adds
 * them to a graph sorted by (lower id, higher id) with keys `e0`, `e1`, … (graphology's own
 * keys are random).
 */

import { compareCodeUnits } from '../compare.js';
import { EDGE_SOURCE_BIT, EDGE_SOURCES, sourcesOf } from '../config/roles.js';
import { PairIndex } from './pair-index.js';
import { RELATION_KINDS, type RelationKind } from './relation-kinds.js';
import type { EdgeList, OrgGraph, RelationAttributes } from './types.js';

export class RelationTable {
  private pairIndex = new PairIndex();
  private ea: number[] = [];
  private eb: number[] = [];
  private weight: number[] = [];
  private mentions: number[] = [];
  private sources: number[] = [];
  private relMask: number[] = [];
  private respondents: number[] = [];
  private lastInterview: number[] = [];
  private interviewSets = new Map<number, Set<number>>();
  private themes = new Map<number, Set<string>>();
  private interviewIds = new Map<string, number>();

  get size(): number {
    return this.ea.length;
  }

  private pair(a: number, b: number): number {
    const x = Math.min(a, b);
    const y = Math.max(a, b);
    const e = this.pairIndex.numberOf(x, y, this.ea.length);
    if (e === this.ea.length) {
      this.ea.push(x);
      this.eb.push(y);
      this.weight.push(0);
      this.mentions.push(0);
      this.sources.push(0);
      this.relMask.push(0);
      this.respondents.push(0);
      this.lastInterview.push(-1);
    }
    return e;
  }

  /** One interview row naming organisations a and b (a ≠ b). */
  addInterview(a: number, b: number, strength: number, kind: RelationKind, interviewId: string, themes: readonly string[]): void {
    const e = this.pair(a, b);
    this.weight[e]! += strength;
    this.mentions[e]!++;
    this.sources[e]! |= EDGE_SOURCE_BIT.interview;
    this.relMask[e]! |= 1 << RELATION_KINDS.indexOf(kind);
    let id = this.interviewIds.get(interviewId);
    if (id === undefined) this.interviewIds.set(interviewId, (id = this.interviewIds.size));
    const last = this.lastInterview[e]!;
    if (last === -1) this.lastInterview[e] = id;
    else if (last !== id) {
      let set = this.interviewSets.get(e);
      if (!set) this.interviewSets.set(e, (set = new Set([last])));
      set.add(id);
    }
    if (themes.length > 0) {
      let set = this.themes.get(e);
      if (!set) this.themes.set(e, (set = new Set()));
      for (const t of themes) set.add(t);
    }
  }

  /** One survey respondent of organisation a naming b as a partner (a ≠ b). */
  addSurveyMention(a: number, b: number): void {
    const e = this.pair(a, b);
    this.weight[e]!++;
    this.mentions[e]!++;
    this.sources[e]! |= EDGE_SOURCE_BIT.survey;
    this.respondents[e]!++;
  }

  /** Number of distinct partners of each of the first `n` organisations. */
  degrees(n: number): Int32Array {
    const degree = new Int32Array(n);
    for (let e = 0; e < this.ea.length; e++) {
      degree[this.ea[e]!]!++;
      degree[this.eb[e]!]!++;
    }
    return degree;
  }

  /**
   * Add every relation to `graph` (whose nodes are `ids[i]` for organisation i), sorted by the
   * ranks of their ends in `order` (the organisations sorted by id). Returns the edges as
   * inserted, by those ranks (which are the node numbers when the nodes were added in `order`).
   */
  insertInto(graph: OrgGraph, ids: readonly string[], order: readonly number[]): EdgeList {
    const rank = new Int32Array(ids.length);
    order.forEach((i, r) => (rank[i] = r));
    const m = this.ea.length;
    const lo = new Int32Array(m);
    const hi = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const ra = rank[this.ea[e]!]!;
      const rb = rank[this.eb[e]!]!;
      lo[e] = Math.min(ra, rb);
      hi[e] = Math.max(ra, rb);
    }
    // By (lo, hi): a counting sort by hi, then a stable one by lo (each pair occurs once).
    const sorted = countingSort(lo, ids.length, countingSort(hi, ids.length, null));
    // Lists shared between edges where they can take only a few values (fewer objects).
    const sourceLists = Array.from({ length: 1 << EDGE_SOURCES.length }, (_, mask) => Object.freeze(sourcesOf(mask, EDGE_SOURCES)));
    const relationLists = Array.from({ length: 1 << RELATION_KINDS.length }, (_, mask) =>
      Object.freeze(RELATION_KINDS.filter((_, bit) => mask & (1 << bit))),
    );
    const noThemes = Object.freeze([]) as unknown as string[];
    const edges: EdgeList = { source: new Int32Array(m), target: new Int32Array(m), weight: new Float64Array(m) };
    for (let k = 0; k < m; k++) {
      const e = sorted[k]!;
      edges.source[k] = lo[e]!;
      edges.target[k] = hi[e]!;
      edges.weight[k] = this.weight[e]!;
      const themes = this.themes.get(e);
      graph.addUndirectedEdgeWithKey(`e${k}`, ids[order[lo[e]!]!]!, ids[order[hi[e]!]!]!, {
        weight: this.weight[e]!,
        mentions: this.mentions[e]!,
        sources: sourceLists[this.sources[e]!] as RelationAttributes['sources'],
        interviews: this.interviewSets.get(e)?.size ?? (this.lastInterview[e] === -1 ? 0 : 1),
        respondents: this.respondents[e]!,
        relations: relationLists[this.relMask[e]!] as string[],
        themes: themes ? [...themes].sort(compareCodeUnits) : noThemes,
      });
    }
    return edges;
  }
}

/** The edge numbers of `input` (or 0..m-1) stably sorted by `keys[edge]`, keys in [0, n). */
function countingSort(keys: Int32Array, n: number, input: Int32Array | null): Int32Array {
  const m = keys.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[keys[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const e = input === null ? i : input[i]!;
    out[start[keys[e]!]!++] = e;
  }
  return out;
}
