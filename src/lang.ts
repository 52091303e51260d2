/**
 * The language of what the command line says (docs/contract.md §1, §7): `validate` findings,
 * user errors and the lines `analyse` and `validate` print. Texts are made in both languages
 * where they are written (`t(nl, en)`) and one of them is picked where they are shown: issues
 * in quality/run-checks.ts, errors in cli/run.ts, the rest by the command that prints them.
 * The map and the report have their own, larger word lists (viewer/i18n.ts, export/report-text.ts).
 */

import type { Lang } from './config/options.js';

export type { Lang };

/** One text in both languages. */
export interface Text {
  nl: string;
  en: string;
}

export function t(nl: string, en: string): Text {
  return { nl, en };
}

/** A text in one language; a plain string is the same in both (a name, a path, a snippet). */
export function textIn(text: Text | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** "1 row" / "2 rows", "1 rij" / "2 rijen". */
export function count(n: number, one: Text, many: Text): Text {
  return t(`${n} ${n === 1 ? one.nl : many.nl}`, `${n} ${n === 1 ? one.en : many.en}`);
}

/** `a, b or c` / `a, b of c`. */
export function orWords(items: readonly string[]): Text {
  if (items.length <= 1) return t(items.join(''), items.join(''));
  const head = items.slice(0, -1).join(', ');
  return t(`${head} of ${items.at(-1)}`, `${head} or ${items.at(-1)}`);
}

/** `a, b and c` / `a, b en c`. */
export function andWords(items: readonly string[]): Text {
  if (items.length <= 1) return t(items.join(''), items.join(''));
  const head = items.slice(0, -1).join(', ');
  return t(`${head} en ${items.at(-1)}`, `${head} and ${items.at(-1)}`);
}

/**
 * The `--lang` of a command line, for what is said before the options are resolved (and for a
 * user error, whenever it is raised): the value given, else Dutch.
 */
export function langOfArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'nl' || v === 'en') lang = v;
  }
  return lang;
}
