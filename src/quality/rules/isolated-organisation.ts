/** `isolated-organisation`: a register organisation that no relation names (an isolate: information, not an error). */
import { t } from '../../lang.js';
import type { Finding, GraphRule } from '../rule.js';
import { nameInMessage } from './name-cells.js';

export const isolatedOrganisation: GraphRule = {
  kind: 'graph',
  meta: {
    type: 'isolated-organisation',
    defaultSeverity: 'warning',
    description: 'A register organisation without any relation in interviews or survey; it appears as an isolate.',
    example: 'contacts.csv:120: "Bibliotheek Zeeland" has no relations; it is shown as an isolate',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const [key, s] of ctx.register) {
      if (ctx.degreeOf(key) > 0) continue;
      out.push({
        file: s.file,
        line: s.line,
        message: t(
          `"${nameInMessage(s.label)}" heeft geen relaties; ze wordt getoond als geïsoleerde organisatie`,
          `"${nameInMessage(s.label)}" has no relations; it is shown as an isolate`,
        ),
        hint: t(
          'Klopt dat, dan hoeft er niets te gebeuren; anders: controleer hoe interviews en enquête de naam schrijven',
          'Nothing to fix if that is right; otherwise check how interviews and survey spell it',
        ),
      });
    }
    return out;
  },
};
