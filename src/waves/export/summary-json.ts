/**
 * compare's summary.json: both waves' figures and parameters side by side with the change
 * (docs/contract.md §8) — counts of organisations, relations and communities by status, the
 * organisations that rose and fell most in rank, the groups' ratings as published (suppressed
 * ones null), the possible renames and the option differences. Keys in a fixed order, 2-space
 * indent; wave names only (no paths), no time but `SOURCE_DATE_EPOCH`.
 */

import { isoFromEpoch } from '../../export/paths.js';
import { VERSION } from '../../version.js';
import type { CompareResult } from '../compare-waves.js';
import { MATCH_THRESHOLD } from '../community-matching.js';
import { movers } from '../highlights.js';
import type { Wave } from '../wave.js';

function wave(w: Wave): Record<string, unknown> {
  return {
    name: w.name,
    parameters: { network: w.parameters.network, seed: w.parameters.seed, min_group_size: w.parameters.min_group_size },
    graph: {
      nodes: w.figures.nodes,
      edges: w.figures.edges,
      density: w.figures.density,
      components: w.figures.components,
      isolates: w.figures.isolates,
      communities: w.figures.communities,
      modularity: w.figures.modularity,
    },
  };
}

export function buildCompareSummary(r: CompareResult, options: { sourceDateEpoch?: number }): Record<string, unknown> {
  const generatedAt = isoFromEpoch(options.sourceDateEpoch);
  const { rose, fell } = movers(r);
  const mover = (m: (typeof rose)[number]) => ({ id: m.id, label: m.label, rank_old: m.rankOld, rank_new: m.rankNew, change: m.change });
  const f = (k: keyof Wave['figures']) => r.new.figures[k] - r.old.figures[k];
  return {
    tool: { name: 'kis-network', version: VERSION, command: 'compare' },
    ...(generatedAt !== undefined ? { generated_at: generatedAt } : {}),
    old: wave(r.old),
    new: wave(r.new),
    change: {
      nodes: f('nodes'),
      edges: f('edges'),
      density: f('density'),
      components: f('components'),
      isolates: f('isolates'),
      communities: f('communities'),
      modularity: f('modularity'),
    },
    organisations: { ...r.counts.organisations },
    relations: { ...r.counts.relations },
    communities: { ...r.counts.communities, jaccard_threshold: MATCH_THRESHOLD },
    rank: { rose: rose.map(mover), fell: fell.map(mover) },
    groups: r.groups.map((g) => ({
      dimension: g.dimension,
      group: g.group,
      organisations_old: g.old?.organisations ?? null,
      organisations_new: g.new?.organisations ?? null,
      in_network_old: g.old?.in_network ?? null,
      in_network_new: g.new?.in_network ?? null,
      rating_n_old: g.old?.rating_n ?? null,
      rating_n_new: g.new?.rating_n ?? null,
      rating_mean_old: g.old?.rating_mean ?? null,
      rating_mean_new: g.new?.rating_mean ?? null,
      rating_mean_change: g.ratingChange,
    })),
    min_group_size: r.minGroupSize,
    renamed_candidates: r.renamed.map((c) => ({
      old_id: c.oldId,
      old_label: c.oldLabel,
      new_id: c.newId,
      new_label: c.newLabel,
      similarity: c.similarity,
    })),
    aliases_joined: r.aliasJoined,
    warnings: r.differences.map((d) => ({ option: d.option, old: d.old, new: d.new })),
  };
}

export function exportCompareSummaryJson(r: CompareResult, options: { sourceDateEpoch?: number }): string {
  return `${JSON.stringify(buildCompareSummary(r, options), null, 2)}\n`;
}
