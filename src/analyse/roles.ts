/**
 * A plain-language role per organisation, after R. Guimerà & L. A. N. Amaral (2005),
 * "Functional cartography of complex metabolic networks", Nature 433: a node's place is read
 * from its within-community degree z-score z and its participation coefficient P.
 * Everything here is UNWEIGHTED (counts of ties), on the communities written by `communities.ts`.
 *
 * Definitions, for a node i with degree k_i in community s_i:
 *   κ_i  = number of i's neighbours in its own community;
 *   z_i  = (κ_i − mean κ over s_i) / (standard deviation of κ over s_i), population SD over all
 *          members of s_i; z_i = 0 when that SD is 0 (every member equally connected inside);
 *   P_i  = 1 − Σ_s (k_is / k_i)², k_is = number of i's neighbours in community s
 *          (0 = all ties inside one community, close to 1 = ties spread over many);
 *   top betweenness = betweenness > 0 and at least the ⌈5% · n⌉-th largest betweenness value
 *          of the graph (ties included).
 *
 * Rule (first match wins):
 *   1. isolate    degree 0.
 *   2. broker     it spans a structural hole (Burt 1992: degree ≥ 2 and at least two of its
 *                 neighbours are not tied to each other, i.e. local clustering < 1), AND
 *                 either P ≥ 0.5 (its ties are spread over communities at least as much as an
 *                 even split between two) or it has top betweenness and neighbours in at least
 *                 2 communities. In short: it links groups that are not linked directly.
 *   3. core       z ≥ 1: clearly more ties inside its own community than the average member
 *                 (Guimerà & Amaral's hubs, with a threshold lowered from 2.5 to 1 for small
 *                 stakeholder networks); in a community of exactly 2 members (where z is 0),
 *                 the member with the strictly higher degree.
 *   4. peripheral everything else: connected, but neither a hub of its group nor a link
 *                 between groups.
 */

import type { Role } from '../graph/types.js';
import type { Csr } from './csr.js';
import type { Partition } from './communities.js';

export const BROKER_PARTICIPATION = 0.5;
export const CORE_Z = 1;
export const TOP_BETWEENNESS_SHARE = 0.05;
/** Rounding slack for the thresholds (P = 0.5 and z = 1 exactly must qualify). */
const EPS = 1e-9;

export interface RoleResult {
  role: Role[];
  /** Within-community degree z-score (Guimerà & Amaral). */
  z: Float64Array;
  /** Participation coefficient (Guimerà & Amaral); 0 for isolates. */
  participation: Float64Array;
}

export function assignRoles(csr: Csr, partition: Partition, betweenness: Float64Array, clustering: Float64Array): RoleResult {
  const { n, offsets, neighbours } = csr;
  const { of, count } = partition;
  const inside = new Float64Array(n);
  const participation = new Float64Array(n);
  const spread = new Int32Array(n);
  const perCommunity = new Float64Array(count);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const c = of[neighbours[p]!]!;
      if (perCommunity[c] === 0) touched.push(c);
      perCommunity[c] = perCommunity[c]! + 1;
    }
    inside[i] = perCommunity[of[i]!]!;
    let sumSq = 0;
    for (const c of touched) {
      const share = perCommunity[c]! / k;
      sumSq += share * share;
      perCommunity[c] = 0;
    }
    participation[i] = k > 0 ? 1 - sumSq : 0;
    spread[i] = touched.length;
    touched.length = 0;
  }

  const size = new Float64Array(count);
  const sum = new Float64Array(count);
  const sumSq = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = of[i]!;
    size[c] = size[c]! + 1;
    sum[c] = sum[c]! + inside[i]!;
    sumSq[c] = sumSq[c]! + inside[i]! * inside[i]!;
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = of[i]!;
    const mean = sum[c]! / size[c]!;
    const variance = Math.max(0, sumSq[c]! / size[c]! - mean * mean);
    const sd = Math.sqrt(variance);
    z[i] = sd > 1e-12 ? (inside[i]! - mean) / sd : 0;
  }

  // Betweenness threshold: the ⌈5% n⌉-th largest value.
  let threshold = Infinity;
  if (n > 0) {
    const sorted = Float64Array.from(betweenness).sort();
    threshold = sorted[n - Math.ceil(TOP_BETWEENNESS_SHARE * n)]!;
  }
  // Degree of the other member, for two-member communities.
  const pairMax = new Float64Array(count).fill(-1);
  const pairTies = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    const c = of[i]!;
    if (size[c] !== 2) continue;
    const k = offsets[i + 1]! - offsets[i]!;
    if (k > pairMax[c]!) {
      pairMax[c] = k;
      pairTies[c] = 1;
    } else if (k === pairMax[c]) pairTies[c]!++;
  }

  const role: Role[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = offsets[i + 1]! - offsets[i]!;
    const c = of[i]!;
    const topBetweenness = betweenness[i]! > 0 && betweenness[i]! >= threshold;
    if (k === 0) role[i] = 'isolate';
    else if (k >= 2 && clustering[i]! < 1 && (participation[i]! >= BROKER_PARTICIPATION - EPS || (topBetweenness && spread[i]! >= 2))) {
      role[i] = 'broker';
    } else if (z[i]! >= CORE_Z - EPS || (size[c] === 2 && k === pairMax[c] && pairTies[c] === 1)) role[i] = 'core';
    else role[i] = 'peripheral';
  }
  return { role, z, participation };
}
