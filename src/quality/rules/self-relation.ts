/**
 * `self-relation`: an organisation named as its own partner; no edge is added. A name holding
 * personal data is `personal-data`'s business and never quoted here.
 */
import { personalDataKind } from '../../resolve/personal-data.js';
import type { Finding, RowRule } from '../rule.js';
import { nameInMessage } from './name-cells.js';

export const selfRelation: RowRule = {
  kind: 'row',
  meta: {
    type: 'self-relation',
    defaultSeverity: 'warning',
    description:
      'A relation of an organisation with itself (source = target, or a respondent naming its own organisation as partner); it is dropped.',
    example: 'interviews.csv:17: "source" and "target" are the same organisation (Gemeente Utrecht); the relation is dropped',
  },
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.role === 'interviews') {
      const s = ctx.get('source');
      const t = ctx.get('target');
      if (s === undefined || t === undefined || personalDataKind(s) !== null || personalDataKind(t) !== null) return out;
      if (ctx.keyOf(s) === ctx.keyOf(t)) {
        out.push({
          line: ctx.line,
          column: ctx.header('target'),
          message: `"${ctx.header('source')}" and "${ctx.header('target')}" are the same organisation (${nameInMessage(t)}); the relation is dropped`,
          hint: 'Correct one of the two names, or delete the row',
        });
      }
    } else if (ctx.role === 'survey') {
      const org = ctx.get('organisation');
      if (org === undefined || personalDataKind(org) !== null) return out;
      const own = ctx.keyOf(org);
      if (ctx.list('partners').some((p) => ctx.keyOf(p) === own)) {
        out.push({
          line: ctx.line,
          column: ctx.header('partners'),
          message: `the respondent's own organisation (${nameInMessage(org)}) is listed as a partner; that entry is dropped`,
          hint: 'Remove it from the partners list',
        });
      }
    }
    return out;
  },
};
