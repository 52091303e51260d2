/**
 * Two waves → one comparison (docs/contract.md §8): organisations joined by id, their PageRank
 * ranks, the relations side by side, the communities matched, the groups with their privacy
 * rules, the organisations that may have been renamed and the option differences. Everything
 * the exporters of `compare` need, computed once; pure and deterministic.
 */

import { type CommunityMatch, matchCommunities } from './community-matching.js';
import { type GroupChange, groupChanges } from './group-changes.js';
import { matchOrganisations, type OrgMatch } from './match-organisations.js';
import { type OptionDifference, optionDifferences } from './option-differences.js';
import { rankByPagerank } from './pagerank-rank.js';
import { type RelationChanges, relationChanges, STATUS_CODE } from './relation-changes.js';
import { type RenamedCandidate, renamedCandidates } from './renamed.js';
import type { Wave } from './wave.js';

export interface CompareOptions {
  lang: 'nl' | 'en';
  /** `--min-group-size` of the comparison (resolved, ≥ 2). */
  minGroupSize: number;
  sourceDateEpoch?: number;
  /** Organisations joined across the waves through `--aliases`. */
  aliasJoined: number;
}

export interface CompareCounts {
  organisations: { new: number; gone: number; stayed: number };
  relations: { new: number; gone: number; stronger: number; weaker: number; same: number };
  communities: { stable: number; split: number; merged: number; new: number; dissolved: number };
}

export interface CompareResult {
  old: Wave;
  new: Wave;
  orgs: OrgMatch;
  /** Rank by PageRank per OLD / NEW position. */
  rankOld: Uint32Array;
  rankNew: Uint32Array;
  relations: RelationChanges;
  communities: CommunityMatch[];
  groups: GroupChange[];
  renamed: RenamedCandidate[];
  differences: OptionDifference[];
  /** The minimum group size the comparison applied: the largest of --min-group-size and the waves'. */
  minGroupSize: number;
  counts: CompareCounts;
  aliasJoined: number;
}

export function compareWaves(old: Wave, now: Wave, options: CompareOptions): CompareResult {
  const differences = optionDifferences(old, now);
  const orgs = matchOrganisations(old, now);
  const relations = relationChanges(old, now, orgs);
  const minGroupSize = Math.max(2, options.minGroupSize, old.parameters.min_group_size, now.parameters.min_group_size);
  const communities = matchCommunities(old, now, orgs);

  const organisations = { new: 0, gone: 0, stayed: 0 };
  for (let u = 0; u < orgs.ids.length; u++) {
    if (orgs.oldIx[u]! < 0) organisations.new++;
    else if (orgs.newIx[u]! < 0) organisations.gone++;
    else organisations.stayed++;
  }
  const rel = { new: 0, gone: 0, stronger: 0, weaker: 0, same: 0 };
  const names = Object.keys(STATUS_CODE) as Array<keyof typeof rel>;
  for (let k = 0; k < relations.count; k++) rel[names[relations.status[k]!]!]++;
  const comm = { stable: 0, split: 0, merged: 0, new: 0, dissolved: 0 };
  for (const c of communities) comm[c.kind]++;

  return {
    old,
    new: now,
    orgs,
    rankOld: rankByPagerank(old.pagerank),
    rankNew: rankByPagerank(now.pagerank),
    relations,
    communities,
    groups: groupChanges(old, now, minGroupSize),
    renamed: renamedCandidates(old, now, orgs),
    differences,
    minGroupSize,
    counts: { organisations, relations: rel, communities: comm },
    aliasJoined: options.aliasJoined,
  };
}
