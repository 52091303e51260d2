/** `possible-duplicate-organisation`: two names that probably mean one organisation; reported, never merged. */
import { t } from '../../lang.js';
import type { Finding, GraphRule } from '../rule.js';
import { nameInMessage } from './name-cells.js';

/** One `alias,organisation` CSV line, quoted where needed. */
function csvLine(...cells: string[]): string {
  return cells.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

export const possibleDuplicateOrganisation: GraphRule = {
  kind: 'graph',
  meta: {
    type: 'possible-duplicate-organisation',
    defaultSeverity: 'warning',
    description:
      'Two spellings that probably mean the same organisation (e.g. "Gem. Utrecht" and "Gemeente Utrecht", or an acronym such as "COA" and the full name); they stay separate until an alias says so.',
    example:
      'interviews.csv:8: "Gem. Utrecht" looks like "Gemeente Utrecht" (contacts.csv:3); add "Gem. Utrecht,Gemeente Utrecht" to the aliases file',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { a, b, acronym } of ctx.nearDuplicates) {
      // Point at the later sighting (for an acronym: at the acronym); suggest the register
      // spelling (or the earlier one, or the full name) as canonical.
      const aShort = acronym && !a.key.includes(' ');
      const [canon, variant] = acronym ? (aShort ? [b, a] : [a, b]) : ctx.register.has(b.key) && !ctx.register.has(a.key) ? [b, a] : [a, b];
      // A name that reads like a person's is shown masked, and then no alias line is suggested.
      const v = nameInMessage(variant.label);
      const c = nameInMessage(canon.label);
      const masked = v !== variant.label || c !== canon.label;
      const where = `${canon.file}:${canon.line}`;
      out.push({
        file: variant.file,
        line: variant.line,
        message: acronym
          ? t(`"${v}" is misschien de afkorting van "${c}" (${where})`, `"${v}" may be the acronym of "${c}" (${where})`)
          : t(`"${v}" lijkt op "${c}" (${where})`, `"${v}" looks like "${c}" (${where})`),
        hint: masked
          ? t(
              'Is het één organisatie, koppel dan in het aliassenbestand de ene schrijfwijze aan de andere',
              'If they are one organisation, map one spelling onto the other in the aliases file',
            )
          : t(
              `Is het één organisatie, voeg dan deze regel toe aan het aliassenbestand: ${csvLine(variant.label, canon.label)}`,
              `If they are one organisation, add this line to the aliases file: ${csvLine(variant.label, canon.label)}`,
            ),
      });
    }
    return out;
  },
};
