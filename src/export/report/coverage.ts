/**
 * Coverage and reach per stakeholder type and per region, for the report: the counts of
 * groups.csv (groups-csv.ts, one count for both) plus `reached`, the organisations with a KIS
 * contact or a survey response. Types in their fixed order (type-keys.ts), regions by number of
 * organisations, largest first, then by code unit.
 */

import type { OrgAttributes } from '../../graph/types.js';
import { compareCodeUnits } from '../../compare.js';
import { groupTallies, UNKNOWN_GROUP } from '../groups-csv.js';
import { TYPE_KEYS } from '../type-keys.js';
import type { ReportContext } from './context.js';

export interface CoverageRow {
  group: string;
  organisations: number;
  in_network: number;
  register: number;
  interviewed: number;
  surveyed: number;
  kis_contacted: number;
  /** With `kis_contacts` > 0 or survey respondents. */
  reached: number;
}

/** Whether KIS has reached the organisation: a KIS contact or a survey response. */
export const isReached = (a: Pick<OrgAttributes, 'kis_contacts' | 'respondents'>): boolean =>
  (a.kis_contacts ?? 0) > 0 || a.respondents > 0;

export interface Coverage {
  type: CoverageRow[];
  region: CoverageRow[];
  /** Share of all organisations reached (0 when there are none). */
  overall: number;
}

export function coverage(ctx: ReportContext): Coverage {
  const tallies = groupTallies(ctx.result);
  const reached = { type: new Map<string, number>(), region: new Map<string, number>() };
  let total = 0;
  for (const n of ctx.nodes) {
    if (!isReached(n.attributes)) continue;
    total++;
    const type = n.attributes.type || UNKNOWN_GROUP;
    const region = n.attributes.region || UNKNOWN_GROUP;
    reached.type.set(type, (reached.type.get(type) ?? 0) + 1);
    reached.region.set(region, (reached.region.get(region) ?? 0) + 1);
  }
  const rows = (dimension: 'type' | 'region'): CoverageRow[] =>
    tallies
      .filter((t) => t.dimension === dimension)
      .map((t) => ({
        group: t.group,
        organisations: t.organisations,
        in_network: t.in_network,
        register: t.register,
        interviewed: t.interviewed,
        surveyed: t.surveyed,
        kis_contacted: t.kis_contacted,
        reached: reached[dimension].get(t.group) ?? 0,
      }));
  const typeOrder = (g: string): number => (TYPE_KEYS.includes(g) ? TYPE_KEYS.indexOf(g) : TYPE_KEYS.length);
  return {
    type: rows('type').sort((a, b) => typeOrder(a.group) - typeOrder(b.group) || compareCodeUnits(a.group, b.group)),
    region: rows('region').sort((a, b) => b.organisations - a.organisations || compareCodeUnits(a.group, b.group)),
    overall: ctx.nodes.length > 0 ? total / ctx.nodes.length : 0,
  };
}
