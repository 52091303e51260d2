/**
 * summary.json: the run in figures, for machines and for comparing runs. Keys in a fixed order,
 * 2-space indented, trailing newline; no timestamps, paths (input files by name only) or
 * durations, except `generated_at` when `SOURCE_DATE_EPOCH` is given. `products_unreached` lists,
 * per dimension, the groups no knowledge product reaches (null without product usage).
 */

import { PERSONAL_DATA_KINDS } from '../resolve/personal-data.js';
import { type AnalysisResult, type CommunitySummary, SATISFACTION_DIMENSIONS } from '../result.js';
import { fileName, isoFromEpoch } from './paths.js';
import { compareCodeUnits } from '../compare.js';
import { orderedTypeCounts } from './type-keys.js';
import { productsUnreached } from '../graph/summaries.js';
import type { ExportOptions } from './types.js';

function sortedRecord(counts: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts).sort(compareCodeUnits)) out[key] = counts[key]!;
  return out;
}

function communityRow(c: CommunitySummary): Record<string, unknown> {
  return {
    community: c.community,
    size: c.size,
    name: c.name,
    types: orderedTypeCounts(c.types, true),
    regions: sortedRecord(c.regions),
    top_members: [...c.top_members],
    themes: [...c.themes],
    internal_edges: c.internal_edges,
    external_edges: c.external_edges,
    internal_weight: c.internal_weight,
    kis_contacts: c.kis_contacts,
  };
}

/** The summary as a plain object with keys in output order. */
export function buildSummary(result: AnalysisResult, options: ExportOptions): Record<string, unknown> {
  const { figures: f, methods: m, parameters: p } = result;
  const issuesByType: Record<string, number> = {};
  for (const issue of result.issues) issuesByType[issue.type] = (issuesByType[issue.type] ?? 0) + 1;
  const generatedAt = isoFromEpoch(options.sourceDateEpoch);
  return {
    tool: { name: 'kis-network', version: result.version },
    ...(generatedAt !== undefined ? { generated_at: generatedAt } : {}),
    graph: {
      nodes: f.nodes,
      edges: f.edges,
      density: f.density,
      components: f.components,
      largest_component: f.largest_component,
      isolates: f.isolates,
      communities: f.communities,
      modularity: f.modularity,
      average_clustering: f.average_clustering,
      transitivity: f.transitivity,
      total_weight: f.total_weight,
    },
    insights: {
      assortativity: {
        type: result.insights.assortativity.type,
        region: result.insights.assortativity.region,
        degree: result.insights.assortativity.degree,
      },
      rating_centrality: { spearman: result.insights.rating_centrality.spearman, n: result.insights.rating_centrality.n },
      satisfaction: Object.fromEntries(
        SATISFACTION_DIMENSIONS.map((d) => [
          d,
          result.insights.satisfaction[d].map((g) => ({
            group: g.group,
            organisations: g.organisations,
            respondents: g.respondents,
            rating_n: g.rating_n,
            rating_mean: g.rating_mean,
          })),
        ]),
      ),
    },
    methods: {
      all_pairs: m.all_pairs,
      samples: m.samples,
      reason: m.reason,
      exact_limit: m.exact_limit,
      communities: {
        method: m.communities.method,
        resolution: m.communities.resolution,
        restarts: m.communities.restarts,
        seed: m.communities.seed,
        modularity: m.communities.modularity,
      },
      pagerank: {
        alpha: m.pagerank.alpha,
        tolerance: m.pagerank.tolerance,
        iterations: m.pagerank.iterations,
        converged: m.pagerank.converged,
      },
      eigenvector: { tolerance: m.eigenvector.tolerance, iterations: m.eigenvector.iterations, converged: m.eigenvector.converged },
      sample_check: m.sample_check
        ? {
            betweenness_split_half_spearman: m.sample_check.betweenness_split_half_spearman,
            betweenness_estimated_spearman: m.sample_check.betweenness_estimated_spearman,
          }
        : null,
    },
    parameters: {
      network: p.network,
      seed: p.seed,
      min_group_size: p.min_group_size,
      lang: p.lang,
      strict: p.strict,
      betweenness: p.betweenness,
      map_max_nodes: p.map_max_nodes,
      example: p.example,
    },
    inputs: result.inputs.map((i) => ({
      path: fileName(i.path),
      role: i.role,
      sha256: i.sha256,
      bytes: i.bytes,
      encoding: i.encoding,
      delimiter: i.delimiter,
    })),
    accounting: result.accounting.map((a) => ({
      path: fileName(a.path),
      role: a.role,
      rows_read: a.rows_read,
      rows_used: a.rows_used,
      rows_rejected: a.rows_rejected,
      rejected_by_type: sortedRecord(a.rejected_by_type),
      cells_blanked: a.cells_blanked,
      blanked_by_type: sortedRecord(a.blanked_by_type),
    })),
    rejected_total: result.accounting.reduce((sum, a) => sum + a.rows_rejected, 0),
    cells_blanked_total: result.accounting.reduce((sum, a) => sum + a.cells_blanked, 0),
    issues_by_type: sortedRecord(issuesByType),
    privacy: {
      personal_data_left_out: Object.fromEntries(PERSONAL_DATA_KINDS.map((k) => [k, result.privacy.personal_data_left_out[k]])),
      possible_person_names: result.privacy.possible_person_names,
    },
    near_duplicates: result.nearDuplicates.length,
    communities: [...result.communities].sort((a, b) => a.community - b.community).map(communityRow),
    products_unreached: productsUnreached(result.graph, result.productUsage),
  };
}

export function exportSummaryJson(result: AnalysisResult, options: ExportOptions): string {
  return `${JSON.stringify(buildSummary(result, options), null, 2)}\n`;
}
