/**
 * The cells of a row that hold an organisation name (docs/contract.md §6): contacts
 * `organisation`; interviews `source` and `target`; survey `organisation` and each `partners`
 * entry; the aliases file's `alias` and `organisation`. `personal-data` and
 * `possible-person-name` look at exactly these cells. `nameInMessage` is how any rule quotes an
 * organisation name: a name that reads like a person's is shown masked, never in full.
 */

import type { Column } from '../../config/columns.js';
import type { RowContext } from '../../ingest/row-context.js';
import { type Text, t } from '../../lang.js';
import { maskName, personalDataKind, personLikeName } from '../../resolve/personal-data.js';

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

/**
 * How a rule quotes any other cell it complains about (a number, a type label): personal data
 * typed there (a phone number in `rating`, an e-mail address in `type`) is never shown, a
 * person-like name is masked, anything else is shown up to 24 characters.
 */
export function cellInMessage(value: string): Text {
  if (personalDataKind(value) !== null) return t('(persoonsgegevens, niet getoond)', '(personal data, not shown)');
  const shown = personLikeName(value) ? maskName(value) : value.length > 24 ? `${value.slice(0, 24)}…` : value;
  return t(shown, shown);
}
