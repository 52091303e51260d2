/**
 * engagement.csv (docs/contract.md §5): organisations that matter in the network but are weakly
 * involved with KIS, by a transparent score.
 *
 *   importance  = (PageRank percentile + betweenness percentile) / 2
 *   involvement = contacts part + survey part, where the contacts part is 0 for no (or unknown)
 *                 KIS contacts, 0.25 for 1–2 and 0.5 for 3 or more, and the survey part is 0.5
 *                 when the organisation has survey respondents
 *   score       = importance × (1 − involvement)
 *
 * A percentile is the rank among the organisations in the network (at least one relation), from
 * lowest to highest, ties averaged, divided by their number (pandas `rank(pct=True)`): the
 * highest value gets 1. Isolates are left out, and so are brokers with a `data_quality_flag`
 * (likely data artefacts). Organisations with score 0 are left out; the rest are ranked by
 * score, highest first, ties by id (code unit), and the first ENGAGEMENT_CAP are kept. Ratings
 * are not used at all (they are not published per organisation, §6).
 */

import { compareCodeUnits } from '../compare.js';
import type { Lang } from '../config/options.js';
import type { OrgAttributes } from '../graph/types.js';
import type { AnalysisResult } from '../result.js';
import { csvTableString, type CsvValue } from './csv.js';
import { perResult } from './per-result.js';
import { arrayTable, type Table } from './table.js';
import type { ExportOptions } from './types.js';

/** Rows of engagement.csv; the report shows the first ENGAGEMENT_REPORT_CAP. */
export const ENGAGEMENT_CAP = 100;
export const ENGAGEMENT_REPORT_CAP = 25;

export const ENGAGEMENT_COLUMNS: readonly string[] = [
  'rank',
  'id',
  'label',
  'type',
  'region',
  'score',
  'reasons',
  'pagerank_percentile',
  'betweenness_percentile',
  'kis_contacts',
  'respondents',
  'community',
];

export interface EngagementRow {
  rank: number;
  id: string;
  attributes: OrgAttributes;
  score: number;
  pagerank_percentile: number;
  betweenness_percentile: number;
  reasons: string;
}

/** Percentiles (rank / n, ties averaged) of `values`, in the same order. */
export function percentiles(values: readonly number[]): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Array<number>(n).fill(0);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    // Ranks i+1 .. j+1, averaged.
    const rank = (i + 1 + j + 1) / 2;
    for (let k = i; k <= j; k++) out[order[k]!] = rank / n;
    i = j + 1;
  }
  return out;
}

/** 0, 0.25 or 0.5 for the KIS contacts, plus 0.5 for survey respondents. */
export function involvement(a: Pick<OrgAttributes, 'kis_contacts' | 'respondents'>): number {
  const contacts = a.kis_contacts ?? 0;
  return (contacts >= 3 ? 0.5 : contacts >= 1 ? 0.25 : 0) + (a.respondents > 0 ? 0.5 : 0);
}

interface Words {
  top: (share: number, metric: string) => string;
  connects: (n: number) => string;
  noContacts: string;
  fewContacts: (n: number) => string;
  noSurvey: string;
}

const WORDS: Record<Lang, Words> = {
  nl: {
    top: (s, m) => `top ${s}% op ${m}`,
    connects: (n) => `verbindt ${n} soorten stakeholders`,
    noContacts: 'geen KIS-contacten',
    fewContacts: (n) => `slechts ${n} KIS-${n === 1 ? 'contact' : 'contacten'}`,
    noSurvey: 'heeft de enquête niet ingevuld',
  },
  en: {
    top: (s, m) => `top ${s}% by ${m}`,
    connects: (n) => `connects ${n} stakeholder types`,
    noContacts: 'no KIS contacts',
    fewContacts: (n) => `only ${n} KIS ${n === 1 ? 'contact' : 'contacts'}`,
    noSurvey: 'never answered the survey',
  },
};

/** The smallest of 5, 10, 25 (%) whose top the percentile falls in, or null. */
function topShare(percentile: number): number | null {
  for (const share of [5, 10, 25]) if (percentile >= 1 - share / 100) return share;
  return null;
}

function reasonsOf(a: OrgAttributes, pr: number, bc: number, lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  const prShare = topShare(pr);
  if (prShare !== null) out.push(w.top(prShare, 'PageRank'));
  const bcShare = topShare(bc);
  if (bcShare !== null) out.push(w.top(bcShare, 'betweenness'));
  if (a.brokers_between.length >= 2) out.push(w.connects(a.brokers_between.length));
  const contacts = a.kis_contacts ?? 0;
  if (contacts === 0) out.push(w.noContacts);
  else if (contacts < 3) out.push(w.fewContacts(contacts));
  if (a.respondents === 0) out.push(w.noSurvey);
  return out.join('; ');
}

/** The ranked shortlist (at most ENGAGEMENT_CAP rows). */
export function engagementRows(result: AnalysisResult, lang: Lang): readonly EngagementRow[] {
  return perResult(result, `engagement:${lang}`, () => rankEngagement(result, lang));
}

function rankEngagement(result: AnalysisResult, lang: Lang): EngagementRow[] {
  const { graph } = result;
  const ids: string[] = [];
  graph.forEachNode((id) => {
    if (graph.degree(id) > 0) ids.push(id);
  });
  ids.sort(compareCodeUnits);
  const pr = percentiles(ids.map((id) => graph.getNodeAttribute(id, 'pagerank')));
  const bc = percentiles(ids.map((id) => graph.getNodeAttribute(id, 'betweenness')));
  const rows: EngagementRow[] = [];
  ids.forEach((id, i) => {
    const a = graph.getNodeAttributes(id);
    if (a.data_quality_flag.length > 0) return;
    const score = ((pr[i]! + bc[i]!) / 2) * (1 - involvement(a));
    if (!(score > 0)) return;
    rows.push({
      rank: 0,
      id,
      attributes: a,
      score,
      pagerank_percentile: pr[i]!,
      betweenness_percentile: bc[i]!,
      reasons: reasonsOf(a, pr[i]!, bc[i]!, lang),
    });
  });
  rows.sort((x, y) => y.score - x.score || compareCodeUnits(x.id, y.id));
  const kept = rows.slice(0, ENGAGEMENT_CAP);
  kept.forEach((row, i) => {
    row.rank = i + 1;
  });
  return kept;
}

/** The rows of engagement.csv (and of the workbook's engagement sheet); `reasons` in `lang`. */
export function engagementTable(result: AnalysisResult, options: Pick<ExportOptions, 'lang'>): Table {
  const rows = engagementRows(result, options.lang).map((r): CsvValue[] => [
    r.rank,
    r.id,
    r.attributes.label,
    r.attributes.type,
    r.attributes.region,
    r.score,
    r.reasons,
    r.pagerank_percentile,
    r.betweenness_percentile,
    r.attributes.kis_contacts,
    r.attributes.respondents,
    r.attributes.community,
  ]);
  return arrayTable(ENGAGEMENT_COLUMNS, rows);
}

export function exportEngagementCsv(result: AnalysisResult, options: ExportOptions): string {
  return csvTableString(engagementTable(result, options));
}
