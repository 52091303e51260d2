/**
 * The view of one data row that rules and the graph builder read: trimmed values by canonical
 * column, lists (split once per row with the run's list separators and shared, so a name is
 * resolved from the same string by the rule and the builder), the header spelling of a column,
 * the file's rule state, and the cells a rule has blanked (an unusable value in an optional
 * column: from then on `get` returns undefined for it, docs/contract.md §2).
 */

import type { Column } from '../config/columns.js';
import type { InputFile } from '../config/options.js';
import type { InputRole } from '../config/roles.js';
import type { StakeholderType } from '../config/stakeholder-types.js';
import { splitList } from './values.js';

export interface RowContext {
  file: InputFile;
  role: InputRole;
  line: number;
  fields: string[];
  headers: string[];
  /** Position of each canonical column in the row (the first header that maps to it). */
  index: Partial<Record<Column, number>>;
  /** Trimmed value of a column; undefined when absent or empty. */
  get(column: Column): string | undefined;
  /** A list column, split and tidied (the same array for every caller within the row). */
  list(column: Column): readonly string[];
  /**
   * Leave a cell out: from now on `get` and `list` read it as empty, or as `readAs` when given;
   * `type` is the issue type that found the value unusable.
   */
  blank(column: Column, type: string, readAs?: string): void;
  /** The cells blanked in this row, in the order they were blanked. */
  readonly blanked: ReadonlyArray<{ column: Column; type: string; readAs?: string }>;
  /** The header as written for a canonical column. */
  header(column: Column): string;
  /** Organisation key of a name (aliases applied). */
  keyOf(name: string): string;
  typeLabels: Readonly<Record<string, StakeholderType>>;
  /** The characters that separate list parts (`--list-separator`); line breaks always do. */
  listSeparators: string;
  /** Per-file state a rule may keep between rows (e.g. ids seen), keyed by rule type. */
  state: Map<string, unknown>;
}

export interface RowContextParts {
  file: InputFile;
  line: number;
  fields: string[];
  headers: string[];
  index: Partial<Record<Column, number>>;
  keyOf: (name: string) => string;
  typeLabels: Readonly<Record<string, StakeholderType>>;
  listSeparators: string;
  state: Map<string, unknown>;
}

/** A class, so every row has one fixed shape and no closures (this runs for every row). */
class Row implements RowContext {
  readonly file: InputFile;
  readonly role: InputFile['role'];
  readonly line: number;
  readonly fields: string[];
  readonly headers: string[];
  readonly index: Partial<Record<Column, number>>;
  readonly keyOf: (name: string) => string;
  readonly typeLabels: Readonly<Record<string, StakeholderType>>;
  readonly listSeparators: string;
  readonly state: Map<string, unknown>;
  blanked: Array<{ column: Column; type: string; readAs?: string }> = [];
  private lists: Partial<Record<Column, string[]>> | undefined = undefined;

  constructor(p: RowContextParts) {
    this.file = p.file;
    this.role = p.file.role;
    this.line = p.line;
    this.fields = p.fields;
    this.headers = p.headers;
    this.index = p.index;
    this.keyOf = p.keyOf;
    this.typeLabels = p.typeLabels;
    this.listSeparators = p.listSeparators;
    this.state = p.state;
  }

  get(col: Column): string | undefined {
    if (this.blanked.length > 0) {
      const b = this.blanked.find((x) => x.column === col);
      if (b !== undefined) return b.readAs;
    }
    const i = this.index[col];
    const v = i === undefined ? undefined : this.fields[i];
    if (v === undefined) return undefined;
    const t = v.trim();
    return t === '' ? undefined : t;
  }

  list(col: Column): readonly string[] {
    this.lists ??= {};
    return (this.lists[col] ??= splitList(this.get(col), this.listSeparators));
  }

  blank(col: Column, type: string, readAs?: string): void {
    if (this.blanked.some((b) => b.column === col)) return;
    this.blanked.push(readAs === undefined ? { column: col, type } : { column: col, type, readAs });
    if (this.lists) this.lists[col] = undefined;
  }

  header(col: Column): string {
    const i = this.index[col];
    return i === undefined ? col : this.headers[i]!;
  }
}

export function rowContext(parts: RowContextParts): RowContext {
  return new Row(parts);
}
