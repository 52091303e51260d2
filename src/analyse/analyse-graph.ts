/**
 * The analysis stage: computes every node metric of docs/contract.md §4 on the organisation graph and
 * writes it onto the nodes, then returns the graph figures and how the metrics were computed.
 *
 * Order: CSR and components → all-pairs (betweenness, closeness, harmonic; exact or sampled,
 * on `threads` threads) → eigenvector → PageRank → core, constraint, clustering, effective
 * size, brokerage → Leiden communities and their modularity → roles (and, for brokers, the
 * types they link and any data-quality flag). Every step is deterministic for a given graph
 * (inserted in sorted order), seed and options, whatever the thread count.
 */

import type { BrokerFlag, EdgeList, OrgGraph } from '../graph/types.js';
import type { GraphFigures, MetricMethods } from '../result.js';
import type { BetweennessMode } from '../config/options.js';
import { type Csr, toCsr, strengths, degreeOf } from './csr.js';
import { connectedComponents } from './components.js';
import { choosePlan } from './sampling.js';
import { allPairs } from './all-pairs.js';
import { spearman, spearmanBrown } from './rank-correlation.js';

/** Split-half agreement of a sampled betweenness estimate (null when exact). */
function sampleCheck(halves: [Float64Array, Float64Array] | null): MetricMethods['sample_check'] {
  if (!halves) return null;
  const r = spearman(halves[0], halves[1]);
  if (!Number.isFinite(r)) return null;
  return { betweenness_split_half_spearman: r, betweenness_estimated_spearman: spearmanBrown(r) };
}
import { eigenvectorCentrality, EIGENVECTOR_TOLERANCE } from './eigenvector.js';
import { pagerank, PAGERANK_ALPHA, PAGERANK_TOLERANCE } from './pagerank.js';
import { coreNumbers } from './core.js';
import { constraint } from './constraint.js';
import { clustering } from './clustering.js';
import { trianglesTwice } from './common-neighbours.js';
import { effectiveSize } from './effective-size.js';
import { brokerage, brokeredGroups } from './brokerage.js';
import { STAKEHOLDER_TYPES } from '../config/stakeholder-types.js';
import { compareCodeUnits } from '../compare.js';
import { detectCommunities, COMMUNITY_METHOD, restartsFor } from './communities.js';
import { modularity } from './modularity.js';
import { assignRoles } from './roles.js';
import { graphFigures } from './figures.js';
import { createRng, RNG_STREAM } from './rng.js';

export interface AnalyseOptions {
  seed: number;
  betweenness: BetweennessMode;
  /** With `auto`: above this many nodes the all-pairs metrics are sampled. */
  exactLimit: number;
  /** Sources sampled by `auto` above `exactLimit`. */
  autoSamples: number;
  /** Worker threads for the all-pairs metrics; 1 = in-process. */
  threads: number;
  /** Resolution γ of the community detection (`--resolution`). */
  resolution: number;
  /** Node ids in one of the run's near-duplicate pairs: a broker among them is flagged `possible-duplicate`. */
  possibleDuplicates?: ReadonlySet<string>;
  /** The graph's edges as the builder inserted them (graph/types.ts), when it is the built graph. */
  edges?: EdgeList;
}

/**
 * Why a broker may be an artefact of the data rather than a real broker (docs/contract.md §5):
 * it is one of a near-duplicate pair (two spellings of one organisation split its ties), or
 * nothing says what it is (no known type and no register entry), as a misspelt name would be.
 */
function brokerFlags(graph: OrgGraph, key: string, possibleDuplicates: ReadonlySet<string> | undefined): BrokerFlag[] {
  const a = graph.getNodeAttributes(key);
  const flags: BrokerFlag[] = [];
  if (!a.type && !(a.sources ?? []).includes('register')) flags.push('no-type-no-register');
  if (possibleDuplicates?.has(key)) flags.push('possible-duplicate');
  return flags;
}

export type ProgressFn = (stage: string, done: number, total: number) => void;

export async function analyseGraph(
  graph: OrgGraph,
  opts: AnalyseOptions,
  onProgress?: ProgressFn,
): Promise<{ figures: GraphFigures; methods: MetricMethods; csr: Csr }> {
  const step = (stage: string): void => onProgress?.(stage, 0, 1);
  const done = (stage: string): void => onProgress?.(stage, 1, 1);

  step('structure');
  const csr = toCsr(graph, opts.edges);
  const components = connectedComponents(csr);
  done('structure');

  const { plan, reason } = choosePlan(opts.betweenness, components, opts, createRng(opts.seed, RNG_STREAM.sampling));
  const paths = await allPairs(csr, components, plan, {
    threads: Math.max(1, Math.floor(opts.threads)),
    onProgress: (d, t) => onProgress?.('all-pairs', d, t),
  });

  step('eigenvector');
  const eigen = eigenvectorCentrality(csr, components);
  done('eigenvector');
  step('pagerank');
  const rank = pagerank(csr);
  done('pagerank');
  step('local');
  const strength = strengths(csr);
  const core = coreNumbers(csr);
  const burt = constraint(csr);
  const twice = trianglesTwice(csr);
  const clust = clustering(csr, twice);
  const esize = effectiveSize(csr, twice);
  const typeGroup = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++)
    typeGroup[i] = (STAKEHOLDER_TYPES as readonly string[]).indexOf(graph.getNodeAttribute(csr.keys[i]!, 'type'));
  const gf = brokerage(csr, typeGroup, STAKEHOLDER_TYPES.length);
  done('local');
  step('communities');
  const communityOptions = { seed: opts.seed, resolution: opts.resolution, method: COMMUNITY_METHOD, restarts: restartsFor(csr) };
  const partition = detectCommunities(csr, communityOptions);
  const q = modularity(csr, partition.of, partition.count);
  done('communities');
  step('roles');
  const roles = assignRoles(csr, partition, paths.betweenness, clust.local);
  done('roles');

  const mark = new Int32Array(csr.n).fill(-1);
  for (let i = 0; i < csr.n; i++) {
    const broker = roles.role[i] === 'broker';
    graph.mergeNodeAttributes(csr.keys[i]!, {
      degree: degreeOf(csr, i),
      strength: strength[i]!,
      betweenness: paths.betweenness[i]!,
      closeness: paths.closeness[i]!,
      harmonic: paths.harmonic[i]!,
      eigenvector: eigen.values[i]!,
      pagerank: rank.values[i]!,
      core: core[i]!,
      constraint: burt[i]!,
      clustering: clust.local[i]!,
      community: partition.of[i]!,
      role: roles.role[i]!,
      effective_size: esize[i] ?? null,
      brokerage_coordinator: gf.coordinator[i] ?? null,
      brokerage_itinerant: gf.itinerant[i] ?? null,
      brokerage_gatekeeper: gf.gatekeeper[i] ?? null,
      brokerage_liaison: gf.liaison[i] ?? null,
      brokers_between: broker
        ? brokeredGroups(csr, typeGroup, i, mark)
            .map((g) => STAKEHOLDER_TYPES[g]!)
            .sort(compareCodeUnits)
        : [],
      data_quality_flag: broker ? brokerFlags(graph, csr.keys[i]!, opts.possibleDuplicates) : [],
    });
  }

  const figures = graphFigures(csr, components, partition.count, q, clust);
  const methods: MetricMethods = {
    all_pairs: plan.sampled ? 'sampled' : 'exact',
    samples: plan.drawn,
    reason,
    exact_limit: opts.exactLimit,
    communities: { ...communityOptions, modularity: q },
    pagerank: { alpha: PAGERANK_ALPHA, tolerance: PAGERANK_TOLERANCE, iterations: rank.iterations, converged: rank.converged },
    eigenvector: { tolerance: EIGENVECTOR_TOLERANCE, iterations: eigen.iterations, converged: eigen.converged },
    sample_check: sampleCheck(paths.halves),
  };
  return { figures, methods, csr };
}
