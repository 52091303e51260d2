/** `unknown-column`: a header the tool does not know; its values are not copied to outputs. */
import { knownHeaders } from '../../config/columns.js';
import { nearest } from '../../errors.js';
import { looksHeaderless, type HeaderRule } from '../rule.js';

export const unknownColumn: HeaderRule = {
  kind: 'header',
  meta: {
    type: 'unknown-column',
    defaultSeverity: 'warning',
    description: 'A column the tool does not recognise; it is ignored unless the config lists it as an extra attribute.',
    example: 'contacts.csv:1: unknown column "regoin", ignored; did you mean "region"?',
  },
  check(ctx) {
    if (looksHeaderless(ctx)) return [];
    if (ctx.role === 'aliases') return [];
    const out = [];
    for (let i = 0; i < ctx.headers.length; i++) {
      const h = ctx.headers[i]!;
      if (h.trim() === '' || ctx.columns[i] !== undefined || ctx.extraAttributes.includes(h.trim())) continue;
      const near = nearest(h.trim(), knownHeaders(ctx.role));
      out.push({
        line: ctx.line ?? 1,
        column: h,
        message: `unknown column "${h}", ignored`,
        hint: near ? `Did you mean "${near}"?` : 'List it under extraAttributes in kis-network.config.json to keep it',
      });
    }
    return out;
  },
};
