/**
 * Typed user-facing errors. Each carries the exit code of docs/contract.md §1 and a hint that says
 * what to do, in Dutch and English (`t(nl, en)`, src/lang.ts); the CLI prints them on one line in
 * the language of `--lang` and never a stack trace. `message` and `hint` hold the English text.
 */

import { type Lang, type Text, textIn } from './lang.js';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** A message or hint: in both languages, or a plain string that reads the same in both. */
export type ErrorText = Text | string;

export class KisError extends Error {
  readonly exitCode: number;
  readonly hint?: string;
  readonly text: { message: ErrorText; hint?: ErrorText };
  constructor(message: ErrorText, options: { exitCode: number; hint?: ErrorText }) {
    super(textIn(message, 'en'));
    this.name = new.target.name;
    this.exitCode = options.exitCode;
    this.hint = options.hint === undefined ? undefined : textIn(options.hint, 'en');
    this.text = { message, hint: options.hint };
  }
  /** The one line a user sees, in `lang`. */
  toLine(lang: Lang = 'en'): string {
    const message = textIn(this.text.message, lang);
    return this.text.hint ? `${message}. ${textIn(this.text.hint, lang)}` : message;
  }
}

/** Wrong flags, arguments or config: exit 2. */
export class UsageError extends KisError {
  constructor(message: ErrorText, hint?: ErrorText) {
    super(message, { exitCode: EXIT_USAGE, hint });
  }
}

/** A file that cannot be read or parsed at all (missing, folder, empty, binary): exit 2. */
export class InputError extends KisError {
  readonly file?: string;
  readonly line?: number;
  constructor(message: ErrorText, options: { file?: string; line?: number; hint?: ErrorText } = {}) {
    super(message, { exitCode: EXIT_USAGE, hint: options.hint });
    this.file = options.file;
    this.line = options.line;
  }
}

/** Data-quality failure that the user asked to be fatal (`--strict`): exit 1. */
export class DataQualityError extends KisError {
  constructor(message: ErrorText, hint?: ErrorText) {
    super(message, { exitCode: EXIT_DATA, hint });
  }
}

/** Levenshtein distance, for "did you mean" hints on short strings. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance, or undefined. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(v.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
