/**
 * The exporter contract: a pure function of the analysis result and a few resolved options that
 * returns the whole file as a string, as an iterable of string chunks for files that can be
 * large (so a million edges never need one giant string), or as an iterable of byte chunks for
 * a binary file (the workbook). `io.ts` writes text as UTF-8 and bytes as they are, streamed.
 */

import type { AnalysisResult } from '../result.js';
import type { Lang } from '../config/options.js';

/** What exporters need from `KisOptions` (already resolved at the CLI boundary: no defaults here). */
export interface ExportOptions {
  lang: Lang;
  /** Survey aggregates are published only for at least this many respondents (never below 2). */
  minGroupSize: number;
  /** `SOURCE_DATE_EPOCH` in seconds: the only timestamp allowed in output files. */
  sourceDateEpoch?: number;
  /** The files this run writes (`--formats`), sorted by code unit; summary.json records them. */
  outputs: readonly string[];
}

/**
 * A whole file, or its chunks in order. Note that a `string` is itself iterable (by character):
 * writers must test `typeof output === 'string'` first (see `outputToString`).
 * Chunked outputs are re-iterable: every `[Symbol.iterator]()` starts the file afresh.
 * A binary file yields `Uint8Array` chunks only.
 */
export type ExportOutput = string | Iterable<string> | Iterable<Uint8Array>;

export type Exporter = (result: AnalysisResult, options: ExportOptions) => ExportOutput;
