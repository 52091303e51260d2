/**
 * Coverage and reach per stakeholder type and per region, for the report: the organisation
 * counts of groups.csv (docs/contract.md §5: organisations, in the network, in the register,
 * interviewed, surveyed, KIS-contacted) plus `reached`, the organisations with a KIS contact or
 * a survey response. Taken from the group counts of groups.csv (`groupTallies`, counted once per
 * run). Types in their fixed order (type-keys.ts), regions by number of organisations, largest
 * first, then by code unit.
 */

import { compareCodeUnits } from '../../compare.js';
import { groupTallies, type Tally } from '../groups-csv.js';
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

export interface Coverage {
  type: CoverageRow[];
  region: CoverageRow[];
  /** Share of all organisations reached (0 when there are none). */
  overall: number;
}

function row(t: Tally): CoverageRow {
  const { group, organisations, in_network, register, interviewed, surveyed, kis_contacted, reached } = t;
  return { group, organisations, in_network, register, interviewed, surveyed, kis_contacted, reached };
}

export function coverage(ctx: ReportContext): Coverage {
  const tallies = groupTallies(ctx.result, ctx.options);
  const of = (dimension: 'type' | 'region'): CoverageRow[] => tallies.filter((t) => t.dimension === dimension).map(row);
  const typeOrder = (g: string): number => (TYPE_KEYS.includes(g) ? TYPE_KEYS.indexOf(g) : TYPE_KEYS.length);
  const type = of('type');
  const reached = type.reduce((sum, r) => sum + r.reached, 0);
  return {
    type: type.sort((a, b) => typeOrder(a.group) - typeOrder(b.group) || compareCodeUnits(a.group, b.group)),
    region: of('region').sort((a, b) => b.organisations - a.organisations || compareCodeUnits(a.group, b.group)),
    overall: ctx.nodes.length > 0 ? reached / ctx.nodes.length : 0,
  };
}
