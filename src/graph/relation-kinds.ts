/** Interview relation kinds (docs/contract.md §2) and their Dutch labels. */

export const RELATION_KINDS = ['collaboration', 'knowledge_exchange', 'advice', 'funding', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

const LABELS: Record<string, RelationKind> = {
  collaboration: 'collaboration',
  samenwerking: 'collaboration',
  samenwerken: 'collaboration',
  cooperation: 'collaboration',
  knowledge_exchange: 'knowledge_exchange',
  'knowledge exchange': 'knowledge_exchange',
  kennisuitwisseling: 'knowledge_exchange',
  kennisdeling: 'knowledge_exchange',
  advice: 'advice',
  advies: 'advice',
  advisering: 'advice',
  funding: 'funding',
  financiering: 'funding',
  subsidie: 'funding',
  financing: 'funding',
  other: 'other',
  overig: 'other',
  anders: 'other',
};

/** The kind a label means; unknown labels count as `other`. */
export function relationKind(label: string | undefined): RelationKind {
  if (label === undefined) return 'other';
  const k = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
  return LABELS[k] ?? LABELS[k.replace(/ /g, '_')] ?? 'other';
}
