/** `missing-column`: a required column is absent; no row of the file can be used. */
import { SCHEMAS, aliasesOf } from '../../config/columns.js';
import { nearest } from '../../errors.js';
import { looksHeaderless, type HeaderRule } from '../rule.js';

export const missingColumn: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'missing-column',
    defaultSeverity: 'error',
    description: 'A required column is missing from the header, so no row can be used.',
    example: 'interviews.csv:1: required column "target" is missing; did you mean "targt"? Rename that header to "target"',
  },
  check(ctx) {
    if (ctx.role === 'aliases') return [];
    const present = new Set(ctx.columns);
    const unknown = ctx.headers.filter((h, i) => ctx.columns[i] === undefined && h.trim() !== '');
    const out = [];
    for (const col of SCHEMAS[ctx.role].required) {
      if (present.has(col)) continue;
      const near = unknown.find((h) => nearest(h.trim(), aliasesOf(col)) !== undefined);
      const dutch = aliasesOf(col)
        .filter((a) => a !== col)
        .slice(0, 2)
        .map((a) => `"${a}"`)
        .join(' or ');
      out.push({
        line: ctx.line ?? 1,
        message: `required column "${col}" is missing${dutch ? ` (also accepted: ${dutch})` : ''}`,
        hint: looksHeaderless(ctx)
          ? 'The first line names no known column: does the file have a header row? Add one'
          : near
            ? `Did you mean "${near}"? Rename that header to "${col}"`
            : `Add the column "${col}" to the header`,
      });
    }
    return out;
  },
};
