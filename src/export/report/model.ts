/**
 * The report model: what the report says, as data, before any layout. The builder
 * (build-model.ts) computes every finding and sentence once from the analysis result; the
 * Markdown renderer (render-md.ts) and the HTML renderer only lay the model out, so report.md
 * and report.html say the same thing from one source. Plain strings are plain text: each
 * renderer escapes them for its own format, so the model holds no Markdown or HTML syntax.
 */

import type { Lang } from '../../config/options.js';
import type { Chart } from '../charts/types.js';

/** A run of text: plain, strong (emphasised figures), code (file names, commands, identifiers) or a link. */
export type Inline = string | { strong: string } | { code: string } | { link: string; href: string };

export type Block =
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][]; ordered?: boolean }
  | {
      kind: 'table';
      caption: string;
      header: string[];
      rows: string[][];
      align?: Array<'left' | 'right'>;
      /**
       * The same cells as `rows` with inline formatting (code spans), where a cell has any;
       * renderers that know it use it, others fall back to the plain `rows`.
       */
      richRows?: Inline[][][];
    }
  /** A call-out (a blockquote in Markdown). */
  | { kind: 'note'; text: Inline[] }
  /** A chart (report.html); the Markdown renderer skips it: its figures are also in text or a table. */
  | { kind: 'chart'; chart: Chart }
  | { kind: 'subsection'; id: string; title: string; blocks: Block[] };

export interface ReportSection {
  /** Stable id (anchors in report.html). */
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportModel {
  lang: Lang;
  title: string;
  intro: Block[];
  sections: ReportSection[];
  /** Run parameters and data date for a first page: label/value pairs. */
  facts: Array<{ label: string; value: string }>;
}
