/**
 * The compare report as data (one report model, several renderers): sections of blocks whose
 * texts are final and in the report's language, plain (unescaped) — the Markdown renderer and
 * the HTML renderer only lay them out and escape. Shaped like the analyse report's model
 * (Block / ReportSection / ReportModel), so both can share renderers.
 */

import type { Lang } from '../../config/options.js';

/** A run of text; `strong` parts are emphasised (figures), `code` parts are identifiers or file names. */
export type Inline = string | { strong: string } | { code: string };

export type Block =
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; align: Array<'left' | 'right'> }
  | { kind: 'note'; text: Inline[] };

export interface ReportSection {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportModel {
  lang: Lang;
  title: string;
  intro: Block[];
  sections: ReportSection[];
}
