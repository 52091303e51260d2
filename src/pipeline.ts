/**
 * The one place that orders the stages, in the order they run:
 *   ingest (each file read in READ_ORDER; the header and row rules run as rows stream in, and
 *     every organisation name is resolved to its key as it is seen) →
 *   resolve (near-duplicate organisation keys) → graph (build) → quality (the graph rules) →
 *   analyse (metrics, communities, roles; appearance), then the layout in a worker thread,
 *   alongside the insights and the writing of the files that need no positions.
 * `loadNetwork` runs up to quality and is shared by `validate` (which stops there) and
 * `analyse`; `startAnalysis` goes on from there and returns before the layout is done (the CLI
 * writes the files that need no positions meanwhile); `runAnalysis` waits for it too. Writing
 * the outputs (export/) is the CLI's step.
 */

import type { KisOptions } from './config/options.js';
import { type InputRole, READ_ORDER } from './config/roles.js';
import { DataQualityError } from './errors.js';
import { t } from './lang.js';
import { GraphBuilder, type BuiltGraph } from './graph/builder.js';
import { coUsageGraph } from './graph/co-usage.js';
import { communityTable, productTable } from './graph/summaries.js';
import { ingestFile } from './ingest/ingest-file.js';
import { fileSize } from './ingest/read-table.js';
import type { RowContext } from './ingest/row-context.js';
import type { Issue } from './quality/issue.js';
import type { PrivacyCounts } from './quality/privacy-counts.js';
import type { GraphContext } from './quality/rule.js';
import { emptyNetworkError } from './quality/empty-network.js';
import { checkGraph, fileChecks, IssueLog, sortIssues } from './quality/run-checks.js';
import { findNearDuplicates } from './resolve/near-duplicates.js';
import { personalDataKind } from './resolve/personal-data.js';
import { OrgRegistry } from './resolve/registry.js';
import type { AnalysisResult, FileAccount, InputRecord, NearDuplicate } from './result.js';
import { NO_PROGRESS, StageTimer } from './progress.js';
import { analyseGraph, computeInsights } from './analyse/index.js';
import { type PendingLayout, startLayout } from './layout/index.js';
import { applyAppearance } from './appearance/index.js';
import { VERSION } from './version.js';

const ROLE_ORDER = new Map(READ_ORDER.map((role, i) => [role, i]));

export interface LoadedNetwork {
  /** The built graph; absent when loaded for `validate` only. */
  built?: BuiltGraph;
  accounting: FileAccount[];
  inputs: InputRecord[];
  issues: Issue[];
  nearDuplicates: NearDuplicate[];
  /** Personal data recognised in name cells and left out (docs/contract.md §6). */
  privacy: PrivacyCounts;
  errors: number;
  warnings: number;
}

export async function loadNetwork(options: KisOptions, timer = new StageTimer(NO_PROGRESS), buildGraph = true): Promise<LoadedNetwork> {
  const log = new IssueLog(options.severities, options.lang);
  const registry = new OrgRegistry();
  const builder = new GraphBuilder(registry, { minGroupSize: options.minGroupSize, extraAttributes: options.extraAttributes });
  const files = [...(options.aliases ? [options.aliases] : []), ...options.inputs].sort(
    (a, b) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)!,
  );
  const accounting: FileAccount[] = [];
  const inputs: InputRecord[] = [];
  const ingestOptions = (role: InputRole) => ({
    encoding: options.encoding,
    delimiter: options.delimiter,
    columnMap: role === 'aliases' ? {} : (options.columnMap[role] ?? {}),
    extraAttributes: options.extraAttributes,
    typeLabels: options.typeLabels,
    listSeparators: options.listSeparators,
  });

  // What each role's usable rows do (one handler per role of config/roles.ts).
  const onRow: Record<InputRole, (row: RowContext) => void> = {
    aliases: (row) => {
      const alias = row.get('alias');
      const organisation = row.get('organisation');
      // Personal data never becomes a name, whatever severity the config gives `personal-data`.
      if (alias === undefined || organisation === undefined) return;
      if (personalDataKind(alias) === null && personalDataKind(organisation) === null) registry.addAlias(alias, organisation);
    },
    contacts: (row) => builder.addRegisterRow(row),
    interviews: (row) => builder.addInterviewRow(row),
    survey: (row) => builder.addSurveyRow(row),
  };

  // Progress in megabytes read over all files (sizes known up front; a missing file fails in ingest).
  const sizes = files.map((f) => fileSize(f.path));
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  timer.begin('ingest', mb(sizes.reduce((a, b) => a + b, 0)), ' MB');
  let before = 0;
  const checks = fileChecks(log);
  for (const [k, file] of files.entries()) {
    const done = await ingestFile(file, ingestOptions(file.role), checks, registry.keyOf, onRow[file.role], (bytes) =>
      timer.update(mb(before + bytes)),
    );
    accounting.push(done.account);
    inputs.push({
      path: file.name,
      role: file.role,
      sha256: done.info.sha256,
      bytes: done.info.bytes,
      encoding: done.info.encoding,
      delimiter: done.info.delimiter,
    });
    before += sizes[k]!;
  }

  timer.begin('resolve');
  const keys = registry.orgs.map((o) => o.key);
  const pairs = findNearDuplicates(keys);

  timer.begin('graph');
  const built = buildGraph ? builder.build() : undefined;
  const seen = built ?? builder.sightings();
  const sightingOf = (idx: number) => seen.register.get(keys[idx]!) ?? seen.named.get(keys[idx]!) ?? registry.sighting(idx);
  const near = pairs.map((p) => ({ a: sightingOf(p.a), b: sightingOf(p.b), similarity: p.similarity, acronym: p.acronym === true }));
  const idOf = (key: string) => built?.idOfKey.get(key) ?? key;
  const nearDuplicates: NearDuplicate[] = near.map((p) => ({
    a: idOf(p.a.key),
    b: idOf(p.b.key),
    a_label: p.a.label,
    b_label: p.b.label,
    similarity: p.similarity,
  }));

  timer.begin('quality');
  const ctx: GraphContext = {
    registerGiven: options.inputs.some((f) => f.role === 'contacts'),
    register: seen.register,
    named: seen.named,
    degreeOf: seen.degreeOfKey,
    listCandidates: seen.listCandidates,
    isKnownName: seen.isKnownName,
    listSeparators: options.listSeparators,
    nearDuplicates: near,
  };
  checkGraph(log, ctx);
  timer.end();
  const displayOrder = files.map((f) => f.display);
  return {
    built,
    accounting,
    inputs,
    issues: sortIssues(log.issues, displayOrder),
    nearDuplicates,
    privacy: log.privacy,
    errors: log.errors,
    warnings: log.warnings,
  };
}

/** An analysis whose positions (`x`, `y`) are still being computed: `layout.finish()` writes them. */
export interface StagedAnalysis {
  result: AnalysisResult;
  layout: PendingLayout;
}

/** The whole analysis, positions included. */
export async function runAnalysis(options: KisOptions, timer = new StageTimer(NO_PROGRESS)): Promise<AnalysisResult> {
  const { result, layout } = await startAnalysis(options, timer);
  timer.begin('layout');
  await layout.finish();
  timer.end();
  return result;
}

/** The analysis with the layout started but not awaited (see `StagedAnalysis`). */
export async function startAnalysis(options: KisOptions, timer = new StageTimer(NO_PROGRESS)): Promise<StagedAnalysis> {
  const loaded = await loadNetwork(options, timer);
  // No organisation at all (docs/contract.md §1): exit 1 with the reason, and no empty map.
  if (loaded.built!.graph.order === 0) throw emptyNetworkError(options.inputs, loaded.accounting, loaded.issues);
  const rejected = loaded.accounting.reduce((s, a) => s + a.rows_rejected, 0);
  if (options.strict && rejected > 0) {
    const first = loaded.issues.find((i) => i.severity === 'error');
    const at = first ? `${first.file}:${first.line ?? 1}: ${first.message}` : undefined;
    throw new DataQualityError(
      t(
        `--strict: ${rejected} ${rejected === 1 ? 'invoerrij is' : 'invoerrijen zijn'} afgewezen${at ? ` (eerste: ${at})` : ''}`,
        `--strict: ${rejected} input row${rejected === 1 ? ' was' : 's were'} rejected${at ? ` (first: ${at})` : ''}`,
      ),
      t(
        'kis-network validate toont alle problemen; verhelp ze, of laat --strict weg',
        'Run kis-network validate to see every issue, fix them, or drop --strict',
      ),
    );
  }
  const built = loaded.built!;
  const graph = options.network === 'co-usage' ? coUsageGraph(built.graph, built.productUsage) : built.graph;

  timer.begin('analyse');
  const { figures, methods, csr } = await analyseGraph(
    graph,
    {
      seed: options.seed,
      betweenness: options.betweenness,
      exactLimit: options.exactLimit,
      autoSamples: options.autoSamples,
      threads: options.threads,
      resolution: options.resolution,
      possibleDuplicates: new Set(loaded.nearDuplicates.flatMap((p) => [p.a, p.b])),
      edges: graph === built.graph ? built.edges : undefined,
    },
    (_stage, done, total) => timer.update(done, total),
  );
  // The layout starts once the metrics are done (it needs the communities; started earlier it
  // would only compete with the all-pairs threads for the cores) and runs while the insights
  // are computed and the files that need no positions are written.
  const layout = startLayout(graph, { seed: options.seed }, (node) => graph.getNodeAttribute(node, 'community'), options.threads > 1, csr);
  const insights = computeInsights(graph, { minGroupSize: options.minGroupSize }, csr);
  applyAppearance(graph); // sizes and colours: from PageRank and communities, not positions
  timer.end();

  const result: AnalysisResult = {
    graph,
    figures,
    communities: communityTable(graph),
    products: productTable(graph, built.productUsage),
    productUsage: built.productUsage,
    accounting: loaded.accounting,
    inputs: loaded.inputs,
    issues: loaded.issues,
    nearDuplicates: loaded.nearDuplicates,
    privacy: loaded.privacy,
    methods,
    insights,
    parameters: {
      network: options.network,
      seed: options.seed,
      min_group_size: options.minGroupSize,
      lang: options.lang,
      strict: options.strict,
      betweenness: options.betweenness.mode === 'sample' ? `sample:${options.betweenness.k}` : options.betweenness.mode,
      map_max_nodes: options.mapMaxNodes,
      example: options.example,
    },
    version: VERSION,
  };
  return { result, layout };
}
