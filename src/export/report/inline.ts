/**
 * Building inline text for the report model (model.ts). The `rich` template tag turns a
 * sentence written with light markers into runs: `**…**` marks strong text and a backtick pair
 * marks code, in the literal parts of the template only. Interpolated values are never parsed:
 * a string value is plain text (an organisation name may hold `*` or a backtick), an `Inline`
 * or `Inline[]` value is taken as it is.
 */

import type { Inline } from './model.js';

type Value = string | number | Inline | readonly Inline[];

type Mode = 'text' | 'strong' | 'code';

function wrap(text: string, mode: Mode): Inline {
  return mode === 'strong' ? { strong: text } : mode === 'code' ? { code: text } : text;
}

/** Appends a run, merging it with the previous run of the same kind. */
function push(out: Inline[], run: Inline): void {
  const last = out[out.length - 1];
  if (typeof run === 'string') {
    if (run === '') return;
    if (typeof last === 'string') out[out.length - 1] = last + run;
    else out.push(run);
  } else if ('strong' in run && last !== undefined && typeof last !== 'string' && 'strong' in last) {
    out[out.length - 1] = { strong: last.strong + run.strong };
  } else if ('code' in run && last !== undefined && typeof last !== 'string' && 'code' in last) {
    out[out.length - 1] = { code: last.code + run.code };
  } else out.push(run);
}

/** A sentence as inline runs; see the module comment for the markers. */
export function rich(strings: TemplateStringsArray, ...values: Value[]): Inline[] {
  const out: Inline[] = [];
  let mode: Mode = 'text';
  strings.forEach((literal, i) => {
    for (const part of literal.split(/(\*\*|`)/)) {
      if (part === '**' && mode !== 'code') mode = mode === 'strong' ? 'text' : 'strong';
      else if (part === '`' && mode !== 'strong') mode = mode === 'code' ? 'text' : 'code';
      else if (part !== '') push(out, wrap(part, mode));
    }
    if (i >= values.length) return;
    const value = values[i]!;
    if (typeof value === 'string' || typeof value === 'number') push(out, wrap(String(value), mode));
    else if (Array.isArray(value)) for (const run of value as readonly Inline[]) push(out, run);
    else push(out, value as Inline);
  });
  return out;
}

/** Runs joined by a separator (a list written inline, e.g. "a, b, c"). */
export function joinInline(parts: readonly (readonly Inline[])[], separator: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (i > 0) push(out, separator);
    for (const run of part) push(out, run);
  });
  return out;
}

/** The text of the runs without any formatting (captions, chart descriptions, tests). */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : 'code' in run ? run.code : run.link)).join('');
}
