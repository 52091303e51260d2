/**
 * Coverage and reach per stakeholder type and per region, for the report: the organisation
 * counts of groups.csv (docs/contract.md §5: organisations, in the network, in the register,
 * interviewed, surveyed, KIS-contacted) plus `reached`, the organisations with a KIS contact or
 * a survey response. Counted in one pass over the organisations (no relation counts are needed
 * here). Types in their fixed order (type-keys.ts), regions by number of organisations, largest
 * first, then by code unit.
 */

import { compareCodeUnits } from '../../compare.js';
import type { OrgAttributes } from '../../graph/types.js';
import { UNKNOWN_GROUP } from '../groups-csv.js';
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

function count(rows: Map<string, CoverageRow>, group: string, a: OrgAttributes): void {
  let r = rows.get(group);
  if (!r) {
    r = { group, organisations: 0, in_network: 0, register: 0, interviewed: 0, surveyed: 0, kis_contacted: 0, reached: 0 };
    rows.set(group, r);
  }
  r.organisations++;
  if (a.degree > 0) r.in_network++;
  if (a.sources.includes('register')) r.register++;
  if (a.sources.includes('interview')) r.interviewed++;
  if (a.respondents > 0) r.surveyed++;
  if ((a.kis_contacts ?? 0) > 0) r.kis_contacted++;
  if (isReached(a)) r.reached++;
}

export function coverage(ctx: ReportContext): Coverage {
  const type = new Map<string, CoverageRow>();
  const region = new Map<string, CoverageRow>();
  let reached = 0;
  for (const { attributes: a } of ctx.nodes) {
    count(type, a.type || UNKNOWN_GROUP, a);
    count(region, a.region || UNKNOWN_GROUP, a);
    if (isReached(a)) reached++;
  }
  const typeOrder = (g: string): number => (TYPE_KEYS.includes(g) ? TYPE_KEYS.indexOf(g) : TYPE_KEYS.length);
  return {
    type: [...type.values()].sort((a, b) => typeOrder(a.group) - typeOrder(b.group) || compareCodeUnits(a.group, b.group)),
    region: [...region.values()].sort((a, b) => b.organisations - a.organisations || compareCodeUnits(a.group, b.group)),
    overall: ctx.nodes.length > 0 ? reached / ctx.nodes.length : 0,
  };
}
