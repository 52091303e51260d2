/**
 * `--aliases` across two waves: an organisation whose name in one wave is an alias of an
 * organisation's name in the other (a renamed organisation, named in aliases.csv) is given the
 * other wave's id, so the two are joined as one organisation that `stayed`. Within a wave
 * nothing is merged — that would change the wave's metrics; an input PATH is analysed with the
 * aliases, which merges there. The wave's tables are re-sorted for the new ids.
 */

import { compareCodeUnits } from '../compare.js';
import { orgKey } from '../resolve/org-key.js';
import { EdgeArrays, sortEdges } from './load-wave.js';
import type { Wave } from './wave.js';

/** Follows alias chains (at most 8 steps, so a cycle stops). */
function resolve(key: string, aliases: ReadonlyMap<string, string>): string {
  let k = key;
  for (let i = 0; i < 8; i++) {
    const next = aliases.get(k);
    if (next === undefined) break;
    k = next;
  }
  return k;
}

/**
 * OLD ids to rename to a NEW id: organisations in one wave only whose names (or ids) resolve,
 * aliases applied, to the same key.
 */
function renames(old: Wave, now: Wave, aliases: ReadonlyMap<string, string>): Map<string, string> {
  const inOld = new Set(old.ids);
  const inNew = new Set(now.ids);
  const keysOf = (w: Wave, i: number) => [resolve(orgKey(w.labels[i]!), aliases), resolve(orgKey(w.ids[i]!), aliases)];
  const newByKey = new Map<string, string>();
  now.ids.forEach((id, i) => {
    if (inOld.has(id)) return;
    for (const k of keysOf(now, i)) if (!newByKey.has(k)) newByKey.set(k, id);
  });
  const out = new Map<string, string>();
  const taken = new Set<string>();
  old.ids.forEach((id, i) => {
    if (inNew.has(id)) return;
    for (const k of keysOf(old, i)) {
      const other = newByKey.get(k);
      if (other !== undefined && !taken.has(other)) {
        out.set(id, other);
        taken.add(other);
        return;
      }
    }
  });
  return out;
}

/** `wave` with ids renamed (organisations and relations re-sorted). */
export function renameIds(wave: Wave, rename: ReadonlyMap<string, string>): Wave {
  if (rename.size === 0) return wave;
  const ids = wave.ids.map((id) => rename.get(id) ?? id);
  const order = ids.map((_, i) => i).sort((a, b) => compareCodeUnits(ids[a]!, ids[b]!));
  const position = new Uint32Array(ids.length);
  order.forEach((i, k) => {
    position[i] = k;
  });
  const e = wave.edges;
  const edges = new EdgeArrays(e.count);
  for (let k = 0; k < e.count; k++) {
    const a = position[e.source[k]!]!;
    const b = position[e.target[k]!]!;
    edges.push(Math.min(a, b), Math.max(a, b), e.weight[k]!);
  }
  sortEdges(edges);
  const pick = <T>(list: ArrayLike<T>) => order.map((i) => list[i]!);
  return {
    ...wave,
    ids: pick(ids),
    labels: pick(wave.labels),
    types: pick(wave.types),
    regions: pick(wave.regions),
    community: Int32Array.from(pick(wave.community)),
    degree: Float64Array.from(pick(wave.degree)),
    strength: Float64Array.from(pick(wave.strength)),
    pagerank: Float64Array.from(pick(wave.pagerank)),
    edges: {
      source: edges.source.subarray(0, edges.count),
      target: edges.target.subarray(0, edges.count),
      weight: edges.weight.subarray(0, edges.count),
      count: edges.count,
    },
  };
}

/** OLD with the ids of organisations renamed since (by aliases) set to their NEW ids. */
export function applyAliases(old: Wave, now: Wave, aliases: ReadonlyMap<string, string>): { old: Wave; joined: number } {
  if (aliases.size === 0) return { old, joined: 0 };
  const rename = renames(old, now, aliases);
  return { old: renameIds(old, rename), joined: rename.size };
}
