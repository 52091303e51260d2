/**
 * The exporter contract: a pure function of the analysis result and a few resolved options that
 * returns the whole file as a string, or as an iterable of string chunks for files that can be
 * large (so a million edges never need one giant string). `io.ts` writes either form as UTF-8.
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
}

/**
 * A whole file, or its chunks in order. Note that a `string` is itself iterable (by character):
 * writers must test `typeof output === 'string'` first (see `outputToString`).
 * Chunked outputs are re-iterable: every `[Symbol.iterator]()` starts the file afresh.
 */
export type ExportOutput = string | Iterable<string>;

export type Exporter = (result: AnalysisResult, options: ExportOptions) => ExportOutput;
