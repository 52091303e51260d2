/**
 * The cells of a row that hold an organisation name (docs/contract.md §6): contacts
 * `organisation`; interviews `source` and `target`; survey `organisation` and each `partners`
 * entry; the aliases file's `alias` and `organisation`. `personal-data` and
 * `possible-person-name` look at exactly these cells. `nameInMessage` is how any rule quotes an
 * organisation name: a name that reads like a person's is shown masked, never in full.
 */

import type { Column } from '../../config/columns.js';
import type { RowContext } from '../../ingest/row-context.js';
import { maskName, personLikeName } from '../../resolve/personal-data.js';

export interface NameCell {
  column: Column;
  value: string;
  /** 1-based position in a list column; absent for a single-name cell. */
  entry?: number;
}

const SINGLE_NAME_COLUMNS = {
  contacts: ['organisation'],
  interviews: ['source', 'target'],
  survey: ['organisation'],
  aliases: ['alias', 'organisation'],
} as const satisfies Record<RowContext['role'], readonly Column[]>;

export function nameCells(ctx: RowContext): NameCell[] {
  const out: NameCell[] = [];
  for (const column of SINGLE_NAME_COLUMNS[ctx.role]) {
    const value = ctx.get(column);
    if (value !== undefined) out.push({ column, value });
  }
  if (ctx.role === 'survey') ctx.list('partners').forEach((value, i) => out.push({ column: 'partners', value, entry: i + 1 }));
  return out;
}

/** An organisation name as a message may show it: masked when it reads like a person's name. */
export function nameInMessage(name: string): string {
  return personLikeName(name) ? maskName(name) : name;
}
