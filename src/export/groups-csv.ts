/**
 * groups.csv (docs/contract.md §5): coverage and reach per group of organisations, for the
 * dimensions `type`, `region` and `community` — how many organisations, how many with a
 * relation, in the register, named in an interview, with survey respondents, in contact with
 * KIS; the relations within and across the group with Krackhardt & Stern's E-I index
 * ((across − within) / (across + within); Krackhardt, D. & Stern, R. N. (1988), Informal
 * networks and organizational crises: an experimental simulation, Social Psychology Quarterly
 * 51(2), 123–140); and the number and mean of the ratings, the mean under the group rules of §6
 * (decided with `summary.json.insights.satisfaction`, analyse/satisfaction.ts). Organisations without a type or region form the group `unknown`.
 * Rows sorted by dimension, then group: communities by number, the others by code unit.
 */

import { compareCodeUnits } from '../compare.js';
import type { OrgAttributes } from '../graph/types.js';
import type { AnalysisResult } from '../result.js';
import { csvTableString, type CsvValue } from './csv.js';
import { arrayTable, type Table } from './table.js';
import { publishedRatingMean } from './privacy.js';
import { perResult } from './per-result.js';
import type { ExportOptions } from './types.js';

export const GROUP_COLUMNS: readonly string[] = [
  'dimension',
  'group',
  'organisations',
  'in_network',
  'register',
  'interviewed',
  'surveyed',
  'kis_contacted',
  'respondents',
  'relations_within',
  'relations_across',
  'ei_index',
  'rating_n',
  'rating_mean',
];

export const UNKNOWN_GROUP = 'unknown';

type Dimension = 'type' | 'region' | 'community';

const DIMENSIONS: ReadonlyArray<{ dimension: Dimension; group(a: OrgAttributes): string }> = [
  { dimension: 'type', group: (a) => a.type || UNKNOWN_GROUP },
  { dimension: 'region', group: (a) => a.region || UNKNOWN_GROUP },
  { dimension: 'community', group: (a) => String(a.community) },
];

/** Whether KIS has reached the organisation: a KIS contact or a survey response. */
export const isReached = (a: Pick<OrgAttributes, 'kis_contacts' | 'respondents'>): boolean =>
  (a.kis_contacts ?? 0) > 0 || a.respondents > 0;

export interface Tally {
  dimension: Dimension;
  group: string;
  organisations: number;
  in_network: number;
  register: number;
  interviewed: number;
  surveyed: number;
  kis_contacted: number;
  /** Reached by KIS (`isReached`); the report's coverage, not a column of groups.csv. */
  reached: number;
  respondents: number;
  within: number;
  across: number;
  ratings: number;
  ratingSum: number;
  hiddenRatings: number;
}

function tally(dimension: Dimension, group: string): Tally {
  return {
    dimension,
    group,
    organisations: 0,
    in_network: 0,
    register: 0,
    interviewed: 0,
    surveyed: 0,
    kis_contacted: 0,
    reached: 0,
    respondents: 0,
    within: 0,
    across: 0,
    ratings: 0,
    ratingSum: 0,
    hiddenRatings: 0,
  };
}

/** The groups of every dimension with their counts, in table order (before suppression);
 * counted once per result and minimum group size (groups.csv, the workbook's groups sheet and
 * the report's coverage). */
export function groupTallies(result: AnalysisResult, options: Pick<ExportOptions, 'minGroupSize'>): readonly Tally[] {
  return perResult(result, `group-tallies:${options.minGroupSize}`, () => countGroups(result, options));
}

function countGroups(result: AnalysisResult, options: Pick<ExportOptions, 'minGroupSize'>): Tally[] {
  const { graph } = result;
  const out: Tally[] = [];
  for (const { dimension, group: groupOf } of DIMENSIONS) {
    const groups = new Map<string, Tally>();
    const at = (group: string): Tally => {
      let t = groups.get(group);
      if (!t) groups.set(group, (t = tally(dimension, group)));
      return t;
    };
    graph.forEachNode((id, a) => {
      const t = at(groupOf(a));
      t.organisations++;
      if (graph.degree(id) > 0) t.in_network++;
      if (a.sources.includes('register')) t.register++;
      if (a.sources.includes('interview')) t.interviewed++;
      if (a.respondents > 0) t.surveyed++;
      if ((a.kis_contacts ?? 0) > 0) t.kis_contacted++;
      if (isReached(a)) t.reached++;
      t.respondents += a.respondents;
      if (a.ratings > 0) {
        t.ratings += a.ratings;
        t.ratingSum += a.rating_sum;
        if (publishedRatingMean(a, options) === null) t.hiddenRatings += a.ratings;
      }
    });
    graph.forEachEdge((_edge, _attributes, _source, _target, sa, ta) => {
      const gs = groupOf(sa);
      const gt = groupOf(ta);
      if (gs === gt) at(gs).within++;
      else {
        at(gs).across++;
        at(gt).across++;
      }
    });
    const sorted = [...groups.values()].sort(
      dimension === 'community' ? (a, b) => Number(a.group) - Number(b.group) : (a, b) => compareCodeUnits(a.group, b.group),
    );
    out.push(...sorted);
  }
  return out;
}

/**
 * The published group means, decided once for groups.csv and `summary.json.insights.satisfaction`
 * alike (analyse/satisfaction.ts applies §6's rules over all its dimensions, with the same
 * publishedGroupMeans), so that the two outputs never disagree about what is suppressed.
 */
function publishedMeans(result: AnalysisResult): Map<string, number | null> {
  const means = new Map<string, number | null>();
  for (const dimension of ['type', 'region', 'community'] as const) {
    for (const g of result.insights.satisfaction[dimension]) means.set(`${dimension}\u0000${g.group}`, g.rating_mean);
  }
  return means;
}

/** The rows of groups.csv (and of the workbook's groups sheet). */
export function groupsTable(result: AnalysisResult, options: Pick<ExportOptions, 'minGroupSize'>): Table {
  const tallies = groupTallies(result, options);
  const means = publishedMeans(result);
  const rows = tallies.map((t): CsvValue[] => [
    t.dimension,
    t.group,
    t.organisations,
    t.in_network,
    t.register,
    t.interviewed,
    t.surveyed,
    t.kis_contacted,
    t.respondents,
    t.within,
    t.across,
    t.within + t.across > 0 ? (t.across - t.within) / (t.across + t.within) : null,
    t.ratings,
    t.ratings > 0 ? (means.get(`${t.dimension}\u0000${t.group}`) ?? null) : null,
  ]);
  return arrayTable(GROUP_COLUMNS, rows);
}

export function exportGroupsCsv(result: AnalysisResult, options: ExportOptions): string {
  return csvTableString(groupsTable(result, options));
}
