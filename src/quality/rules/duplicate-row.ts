/** `duplicate-row`: a row identical, cell for cell, to an earlier one (kept as a 53-bit hash). */
import { t } from '../../lang.js';
import type { RowRule } from '../rule.js';

/** cyrb53: a fast 53-bit string hash (public domain, bryc). */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const duplicateRow: RowRule = {
  kind: 'row',
  meta: {
    type: 'duplicate-row',
    defaultSeverity: 'error',
    description: 'A row whose every cell equals an earlier row (a copy-paste double).',
    example: 'interviews.csv:52: same as line 51; delete the copy',
  },
  check(ctx) {
    let seen = ctx.state.get('duplicate-row') as Map<number, number> | undefined;
    if (!seen) ctx.state.set('duplicate-row', (seen = new Map()));
    const h = hash53(ctx.fields.map((f) => f.trim()).join('\u0000'));
    const first = seen.get(h);
    if (first === undefined) {
      seen.set(h, ctx.line);
      return [];
    }
    return [
      {
        line: ctx.line,
        message: t(`zelfde als regel ${first}`, `same as line ${first}`),
        hint: t('Verwijder de kopie', 'Delete the copy'),
      },
    ];
  },
};
