/**
 * Stakeholder types (docs/contract.md §2) and the Dutch and English labels that map onto them.
 */

import { nearest } from '../errors.js';

export const STAKEHOLDER_TYPES = [
  'government',
  'sector_organisation',
  'civil_society',
  'professional',
  'knowledge_institute',
  'other',
] as const;

export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

const LABELS: Record<StakeholderType, readonly string[]> = {
  government: [
    'government',
    'gemeente',
    'overheid',
    'provincie',
    'rijk',
    'rijksoverheid',
    'ministerie',
    'municipality',
    'waterschap',
    'ggd',
    'public authority',
  ],
  sector_organisation: [
    'sector_organisation',
    'sector organisation',
    'sector organization',
    'sectororganisatie',
    'brancheorganisatie',
    'koepelorganisatie',
    'beroepsvereniging',
    'sector',
  ],
  civil_society: [
    'civil_society',
    'civil society',
    'maatschappelijke organisatie',
    'maatschappelijke_organisatie',
    'ngo',
    'zelforganisatie',
    'migrantenorganisatie',
    'vrijwilligersorganisatie',
    'stichting',
  ],
  professional: ['professional', 'professionals', 'professioneel', 'beroepskracht', 'zzp', 'zzp-er', 'uitvoerder'],
  knowledge_institute: [
    'knowledge_institute',
    'knowledge institute',
    'kennisinstelling',
    'kennisinstituut',
    'universiteit',
    'hogeschool',
    'university',
    'research institute',
    'onderzoeksinstituut',
  ],
  other: ['other', 'overig', 'overige', 'anders', 'onbekend'],
};

function labelKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, StakeholderType>();
for (const t of STAKEHOLDER_TYPES) for (const l of LABELS[t]) LOOKUP.set(labelKey(l), t);

/** The stakeholder type a label means, using extra config mappings first; undefined if unknown. */
export function parseStakeholderType(label: string, extra: Readonly<Record<string, StakeholderType>> = {}): StakeholderType | undefined {
  const key = labelKey(label);
  for (const [k, v] of Object.entries(extra)) if (labelKey(k) === key) return v;
  return LOOKUP.get(key);
}

/**
 * The type an unknown label most probably means, for a hint: the type of the nearest accepted
 * label by edit distance (a typo: `spelling` is that label), else of an accepted label that
 * shares its first six letters or more (`Branchevereniging` → `brancheorganisatie` →
 * sector_organisation); undefined when none is near.
 */
export function nearestStakeholderType(label: string): { type: StakeholderType; spelling?: string } | undefined {
  const key = labelKey(label);
  const labels = [...LOOKUP.keys()];
  const near = nearest(key, labels);
  if (near !== undefined) return { type: LOOKUP.get(near)!, spelling: near };
  let best: string | undefined;
  let bestLength = 5;
  for (const l of labels) {
    let n = 0;
    while (n < l.length && n < key.length && l[n] === key[n]) n++;
    if (n > bestLength) {
      best = l;
      bestLength = n;
    }
  }
  return best === undefined ? undefined : { type: LOOKUP.get(best)! };
}

/** Accepted labels, for error hints. */
export function acceptedTypeLabels(): string {
  return (
    STAKEHOLDER_TYPES.join(', ') +
    ' (or Dutch: gemeente, overheid, sectororganisatie, maatschappelijke organisatie, kennisinstelling, professional, overig)'
  );
}
