/**
 * `self-relation`: an organisation named as its own partner; no edge is added. A name holding
 * personal data is `personal-data`'s business and never quoted here.
 */
import { personalDataKind } from '../../resolve/personal-data.js';
import { t } from '../../lang.js';
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
      const target = ctx.get('target');
      if (s === undefined || target === undefined || personalDataKind(s) !== null || personalDataKind(target) !== null) return out;
      if (ctx.keyOf(s) === ctx.keyOf(target)) {
        out.push({
          line: ctx.line,
          column: ctx.header('target'),
          message: t(
            `"${ctx.header('source')}" en "${ctx.header('target')}" zijn dezelfde organisatie (${nameInMessage(target)}); de relatie vervalt`,
            `"${ctx.header('source')}" and "${ctx.header('target')}" are the same organisation (${nameInMessage(target)}); the relation is dropped`,
          ),
          hint: t('Verbeter een van beide namen, of verwijder de rij', 'Correct one of the two names, or delete the row'),
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
          message: t(
            `de eigen organisatie van de respondent (${nameInMessage(org)}) staat bij de partners; die vermelding vervalt`,
            `the respondent's own organisation (${nameInMessage(org)}) is listed as a partner; that entry is dropped`,
          ),
          hint: t('Haal haar uit de lijst van partners', 'Remove it from the partners list'),
        });
      }
    }
    return out;
  },
};
