/**
 * Builds the map's data island from an AnalysisResult: column-wise arrays (payload-types.ts),
 * at most `mapMaxNodes` organisations (the most central by PageRank, then degree, then id when
 * there are more), survey figures under the minimum group size suppressed (docs/contract.md §6), and
 * the data-coverage warnings for the banner. Pure and deterministic.
 */

import type { AnalysisResult } from '../../result.js';
import { compareCodeUnits } from '../../compare.js';
import type { OrgGraph } from '../../graph/types.js';
import { STAKEHOLDER_TYPES } from '../../config/stakeholder-types.js';
import { publishedRatingMean } from '../privacy.js';
import { regionName } from '../../resolve/provinces.js';
import { engagementRows } from '../engagement.js';
import { jsonForScriptElement } from './escape.js';
import {
  EDGE_SOURCE_BITS,
  NODE_SOURCE_BITS,
  NUMERIC_METRICS,
  PAYLOAD_VERSION,
  RELATION_KIND_IDS,
  ROLE_IDS,
  type CoverageWarning,
  type MapPayload,
  type NumericMetric,
} from './payload-types.js';

export interface MapOptions {
  lang: 'nl' | 'en';
  /** Above this many organisations the map shows only the most central ones. */
  mapMaxNodes: number;
  /** Survey aggregates are shown only for at least this many respondents (never below 2). */
  minGroupSize: number;
  /** The output folder as the user named it (relative; shown in the "left out" banner). */
  outputFolderHint?: string;
}

/**
 * A number rounded to `digits` significant digits (null for missing/NaN). The map shows metrics
 * with 4 significant digits, so 4 are carried (the CSV files keep full precision); positions
 * keep 6.
 */
function sig(v: number | null | undefined, digits = 6): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const r = Number(v.toPrecision(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** The organisations the map shows: all, or the `max` most central (kept in graph order). */
export function selectMapNodes(graph: OrgGraph, max: number): string[] {
  const all = graph.nodes();
  if (all.length <= max) return all;
  const ranked = [...all].sort((a, b) => {
    const pa = graph.getNodeAttribute(a, 'pagerank') ?? 0;
    const pb = graph.getNodeAttribute(b, 'pagerank') ?? 0;
    return pb - pa || graph.degree(b) - graph.degree(a) || compareCodeUnits(a, b);
  });
  const keep = new Set(ranked.slice(0, Math.max(0, max)));
  return all.filter((n) => keep.has(n));
}

/** Findings about thin data coverage, in a fixed order. */
export function coverageWarnings(result: AnalysisResult): CoverageWarning[] {
  const g = result.graph;
  const out: CoverageWarning[] = [];
  const n = g.order;
  if (n === 0) return out;
  if (g.size === 0) out.push({ code: 'no-relations' });
  let isolates = 0;
  g.forEachNode((node) => {
    if (g.degree(node) === 0) isolates++;
  });
  if (g.size > 0 && n >= 4 && isolates / n >= 0.25) out.push({ code: 'isolates', count: isolates, share: isolates / n });
  if (g.size > 0) {
    let interview = 0;
    let survey = 0;
    g.forEachEdge((_e, a) => {
      if (a.sources?.includes('interview')) interview++;
      if (a.sources?.includes('survey')) survey++;
    });
    if (interview === 0 && survey > 0) out.push({ code: 'single-source', source: 'survey' });
    if (survey === 0 && interview > 0) out.push({ code: 'single-source', source: 'interview' });
    const mean = (2 * g.size) / n;
    if (mean < 1.5) out.push({ code: 'few-relations', mean: sig(mean)! });
  }
  if (result.accounting.length > 0 && !result.accounting.some((a) => a.role === 'contacts')) out.push({ code: 'no-register' });
  const read = result.accounting.reduce((s, a) => s + a.rows_read, 0);
  const rejected = result.accounting.reduce((s, a) => s + a.rows_rejected, 0);
  if (read > 0 && rejected / read >= 0.05) out.push({ code: 'rejected-rows', count: rejected, share: sig(rejected / read)! });
  if (result.methods.all_pairs === 'sampled') out.push({ code: 'sampled', samples: result.methods.samples });
  return out;
}

export function buildPayload(result: AnalysisResult, options: MapOptions): MapPayload {
  const g = result.graph;
  const ids = selectMapNodes(g, options.mapMaxNodes);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));

  const typeSet = new Set<string>();
  const regionSet = new Set<string>();
  const themeSet = new Set<string>();
  for (const id of ids) {
    const a = g.getNodeAttributes(id);
    if (a.type) typeSet.add(a.type);
    if (a.region) regionSet.add(regionName(a.region));
    for (const t of a.themes ?? []) themeSet.add(t);
  }
  const types = [
    ...STAKEHOLDER_TYPES.filter((t) => typeSet.has(t)),
    ...[...typeSet].filter((t) => !(STAKEHOLDER_TYPES as readonly string[]).includes(t)).sort(compareCodeUnits),
  ];
  const regions = [...regionSet].sort(compareCodeUnits);
  const themes = [...themeSet].sort(compareCodeUnits);
  const usage = result.productUsage.filter((u) => index.has(u.organisation));
  const products = [...new Set(usage.map((u) => u.product))].sort(compareCodeUnits);
  const typeIx = new Map(types.map((t, i) => [t, i]));
  const regionIx = new Map(regions.map((t, i) => [t, i]));
  const themeIx = new Map(themes.map((t, i) => [t, i]));
  const productIx = new Map(products.map((t, i) => [t, i]));

  const metrics = Object.fromEntries(NUMERIC_METRICS.map((m) => [m, [] as Array<number | null>])) as Record<
    NumericMetric,
    Array<number | null>
  >;
  const nodes: MapPayload['nodes'] = {
    id: [],
    label: [],
    type: [],
    region: [],
    themes: [],
    community: [],
    role: [],
    x: [],
    y: [],
    metrics,
    kisContacts: [],
    respondents: [],
    rating: [],
    ratingSuppressed: [],
    ratings: [],
    sources: [],
    aka: [],
  };
  for (const id of ids) {
    const a = g.getNodeAttributes(id);
    nodes.id.push(id);
    nodes.label.push(a.label || id);
    nodes.type.push(a.type ? typeIx.get(a.type)! : -1);
    nodes.region.push(a.region ? regionIx.get(regionName(a.region))! : -1);
    nodes.themes.push((a.themes ?? []).map((t) => themeIx.get(t)!));
    nodes.community.push(a.community ?? 0);
    nodes.role.push(Math.max(0, ROLE_IDS.indexOf(a.role)));
    nodes.x.push(sig(a.x) ?? 0);
    nodes.y.push(sig(a.y) ?? 0);
    for (const m of NUMERIC_METRICS) metrics[m].push(sig(a[m], 4));
    nodes.kisContacts.push(a.kis_contacts ?? null);
    nodes.respondents.push(a.respondents ?? 0);
    const mean = publishedRatingMean({ rating_mean: a.rating_mean, ratings: a.ratings ?? 0 }, options);
    const hasRatings = (a.ratings ?? 0) > 0 || (a.rating_mean !== null && a.rating_mean !== undefined);
    nodes.rating.push(mean === null ? null : sig(mean));
    nodes.ratingSuppressed.push(mean === null && hasRatings ? 1 : 0);
    nodes.ratings.push(mean === null ? null : a.ratings);
    let bits = 0;
    for (const s of a.sources ?? []) bits |= NODE_SOURCE_BITS[s] ?? 0;
    nodes.sources.push(bits);
    if (a.names?.length) nodes.aka!.push([nodes.id.length - 1, a.names]);
  }

  const edges: MapPayload['edges'] = { source: [], target: [], weight: [], mentions: [], sources: [], evidence: [], kinds: [] };
  const kindBit = new Map<string, number>(RELATION_KIND_IDS.map((k, b) => [k, 1 << b]));
  g.forEachEdge((_e, a, s, t) => {
    const si = index.get(s);
    const ti = index.get(t);
    if (si === undefined || ti === undefined) return;
    edges.source.push(si);
    edges.target.push(ti);
    edges.weight.push(sig(a.weight) ?? 0);
    edges.mentions.push(a.mentions ?? 0);
    let bits = 0;
    for (const src of a.sources ?? []) bits |= EDGE_SOURCE_BITS[src] ?? 0;
    edges.sources.push(bits);
    edges.evidence.push((a.interviews ?? 0) + (a.respondents ?? 0));
    let kinds = 0;
    for (const k of a.relations ?? []) kinds |= kindBit.get(k) ?? 0;
    edges.kinds!.push(kinds);
  });

  const productUsage: number[] = [];
  for (const u of usage) productUsage.push(index.get(u.organisation)!, productIx.get(u.product)!, u.respondents);

  const sizes = new Map<number, number>();
  g.forEachNode((_n, a) => sizes.set(a.community ?? 0, (sizes.get(a.community ?? 0) ?? 0) + 1));
  const communityIds = [...sizes.keys()].sort((a, b) => a - b);
  const communityName = new Map(result.communities.map((c) => [c.community, c.name]));

  const f = result.figures;
  const truncated =
    ids.length < g.order
      ? {
          shownNodes: ids.length,
          totalNodes: g.order,
          shownEdges: edges.source.length,
          totalEdges: g.size,
          folder: options.outputFolderHint ?? null,
        }
      : null;
  return {
    v: PAYLOAD_VERSION,
    lang: options.lang,
    meta: {
      version: result.version,
      example: result.parameters.example,
      figures: {
        nodes: f.nodes,
        edges: f.edges,
        communities: f.communities,
        modularity: sig(f.modularity) ?? 0,
        density: sig(f.density) ?? 0,
        components: f.components,
        isolates: f.isolates,
      },
      params: {
        network: result.parameters.network,
        seed: result.parameters.seed,
        minGroupSize: Math.max(2, options.minGroupSize),
        betweenness: result.parameters.betweenness,
        allPairs: result.methods.all_pairs,
        samples: result.methods.samples,
        mapMaxNodes: options.mapMaxNodes,
      },
      warnings: coverageWarnings(result),
      truncated,
    },
    dict: { types, regions, themes, products },
    communities: {
      id: communityIds,
      size: communityIds.map((c) => sizes.get(c)!),
      name: communityIds.map((c) => communityName.get(c) ?? ''),
    },
    nodes,
    edges,
    productUsage,
    engagement: engagementOf(result, index),
  };
}

/** The engagement shortlist (engagement.csv's rows) of the organisations on the map. */
function engagementOf(result: AnalysisResult, index: Map<string, number>): MapPayload['engagement'] {
  const nl = engagementRows(result, 'nl');
  const en = new Map(engagementRows(result, 'en').map((r) => [r.id, r.reasons]));
  const out: NonNullable<MapPayload['engagement']> = { node: [], rank: [], score: [], reasons: { nl: [], en: [] } };
  for (const row of nl) {
    const i = index.get(row.id);
    if (i === undefined) continue;
    out.node.push(i);
    out.rank.push(row.rank);
    out.score.push(sig(row.score, 4) ?? 0);
    out.reasons.nl.push(row.reasons);
    out.reasons.en.push(en.get(row.id) ?? row.reasons);
  }
  return out;
}

/** The payload as escaped JSON text for the data island. */
export function serializePayload(payload: MapPayload): string {
  return jsonForScriptElement(payload);
}
