/**
 * The input roles (docs/contract.md §1–§3): one entry per kind of input file. The CLI input
 * flags, folder discovery by file name, the config file's `columns` roles, the read order and
 * the source bits of organisations and relations all come from this table. A role's columns
 * are spelled in columns.ts (`SCHEMAS`), its usable rows are handled in pipeline.ts (`onRow`);
 * both are typed by role, so a new role that misses either does not compile.
 */

export interface RoleSpec {
  /** The role: the CLI flag `--<id>`, the config `columns` key and `role` in summary.json. */
  readonly id: string;
  /** Help text of the CLI flag. */
  readonly help: string;
  /** Words (nl/en) a file name starts with to get this role (docs/contract.md §1). */
  readonly fileWords: readonly string[];
  /** The source recorded on organisations named in this file (nodes.csv `sources`). */
  readonly nodeSource?: string;
  /** The source recorded on relations named in this file (edges.csv `sources`). */
  readonly edgeSource?: string;
}

export const INPUT_ROLES = [
  {
    id: 'contacts',
    help: 'the stakeholder register (one row per organisation)',
    fileWords: ['contacts', 'contacten'],
    nodeSource: 'register',
  },
  {
    id: 'interviews',
    help: 'coded interviews (one row per relation named)',
    fileWords: ['interviews'],
    nodeSource: 'interview',
    edgeSource: 'interview',
  },
  {
    id: 'survey',
    help: 'the survey (one row per respondent)',
    fileWords: ['survey', 'enquete'],
    nodeSource: 'survey',
    edgeSource: 'survey',
  },
  {
    id: 'aliases',
    help: 'alias,organisation pairs that map name variants onto one organisation',
    fileWords: ['aliases', 'aliassen', 'alias'],
  },
] as const satisfies readonly RoleSpec[];

type Spec = (typeof INPUT_ROLES)[number];
export type InputRole = Spec['id'];
/** The roles of data files: every input but the aliases file. */
export type Role = Exclude<InputRole, 'aliases'>;
export type NodeSource = Extract<Spec, { nodeSource: string }>['nodeSource'];
export type EdgeSource = Extract<Spec, { edgeSource: string }>['edgeSource'];

export const ROLES: readonly Role[] = INPUT_ROLES.flatMap((r) => (r.id === 'aliases' ? [] : [r.id]));

/** Read order: the aliases file first (every name then resolves through it), then the data files. */
export const READ_ORDER: readonly InputRole[] = ['aliases', ...ROLES];

/** Node sources in table order; `sources` lists are sorted this way. */
export const NODE_SOURCES: readonly NodeSource[] = INPUT_ROLES.flatMap((r) => ('nodeSource' in r ? [r.nodeSource] : []));
export const EDGE_SOURCES: readonly EdgeSource[] = INPUT_ROLES.flatMap((r) => ('edgeSource' in r ? [r.edgeSource] : []));

const bits = <S extends string>(sources: readonly S[]) => Object.fromEntries(sources.map((s, i) => [s, 1 << i])) as Record<S, number>;
/** Bit of each node source in a bitmask (the builder's and the map payload's `sources`). */
export const NODE_SOURCE_BIT = bits(NODE_SOURCES);
/** Bit of each edge source in a bitmask (the relation table's and the map payload's `sources`). */
export const EDGE_SOURCE_BIT = bits(EDGE_SOURCES);

/** The sources named by a bitmask, in table order. */
export function sourcesOf<S extends string>(mask: number, sources: readonly S[]): S[] {
  return sources.filter((_, i) => mask & (1 << i));
}

/** "a, b or c" (for messages that list roles or flags). */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
