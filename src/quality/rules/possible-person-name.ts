/**
 * `possible-person-name`: a name cell that reads like a person's name — a title (`dhr.`,
 * `mevr.`) or a first name with a surname prefix (`Jan de Vries`) — rather than an
 * organisation's (docs/contract.md §6). A warning only (`Huis van de Wijk` is an organisation):
 * the name is used, and the message shows it masked (`J… d… V…`), never in full.
 */
import { maskName, personalDataKind, personLikeName } from '../../resolve/personal-data.js';
import { t } from '../../lang.js';
import type { Finding, RowRule } from '../rule.js';
import { nameCells } from './name-cells.js';

export const possiblePersonName: RowRule = {
  kind: 'row',
  meta: {
    type: 'possible-person-name',
    defaultSeverity: 'warning',
    description:
      "A name cell that looks like a person's name (a title such as dhr./mevr., or a first name with a surname prefix); shown masked, never in full.",
    example: 'interviews.csv:9: "target" looks like a person\'s name (J… d… V…); only organisations belong here',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const cell of nameCells(ctx)) {
      if (personalDataKind(cell.value) !== null || !personLikeName(cell.value)) continue;
      const column = ctx.header(cell.column);
      const where =
        cell.entry === undefined
          ? t(`"${column}"`, `"${column}"`)
          : t(`"${column}" (vermelding ${cell.entry})`, `"${column}" (entry ${cell.entry})`);
      const masked = maskName(cell.value);
      out.push({
        line: ctx.line,
        column,
        message: t(
          `${where.nl} lijkt op de naam van een persoon (${masked}); hier horen alleen organisaties`,
          `${where.en} looks like a person's name (${masked}); only organisations belong here`,
        ),
        hint: t(
          'Is het een persoon, schrijf dan de naam van diens organisatie; is het een organisatie, dan kan deze waarschuwing genegeerd worden',
          'If it is a person, write the name of their organisation instead; if it is an organisation, this warning can be ignored',
        ),
        privacy: 'person-name',
      });
    }
    return out;
  },
};
