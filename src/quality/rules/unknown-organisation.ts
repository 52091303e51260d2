/** `unknown-organisation`: named in a relation or survey but absent from the register (when one is given). */
import { t } from '../../lang.js';
import type { Finding, GraphRule } from '../rule.js';
import { nameInMessage } from './name-cells.js';

export const unknownOrganisation: GraphRule = {
  kind: 'graph',
  meta: {
    type: 'unknown-organisation',
    defaultSeverity: 'warning',
    description:
      'An organisation named in interviews or the survey that the register does not list (checked only when a register is given).',
    example: 'interviews.csv:33: "Stichting Nieuw Begin" is not in the register (named 4 times); add it to contacts.csv or add an alias',
  },
  check(ctx) {
    if (!ctx.registerGiven) return [];
    const out: Finding[] = [];
    for (const [key, s] of ctx.named) {
      if (ctx.register.has(key)) continue;
      out.push({
        file: s.file,
        line: s.line,
        message: t(
          `"${nameInMessage(s.label)}" staat niet in het register${s.times > 1 ? ` (${s.times} keer genoemd)` : ''}`,
          `"${nameInMessage(s.label)}" is not in the register${s.times > 1 ? ` (named ${s.times} times)` : ''}`,
        ),
        hint: t(
          'Voeg haar toe aan het register, of koppel deze schrijfwijze in het aliassenbestand aan een naam uit het register',
          'Add it to the register, or map this spelling to a register name in the aliases file',
        ),
      });
    }
    return out;
  },
};
