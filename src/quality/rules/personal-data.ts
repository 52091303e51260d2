/**
 * `personal-data`: an e-mail address, phone number, citizen service number (BSN) or IBAN in a
 * cell where an organisation name belongs (docs/contract.md §6). A single-name cell costs the
 * row; a `partners` entry costs only that entry (`entryOnly`: the row is still used). The
 * message names the column and the kind of data, never the value. The graph builder and the
 * aliases handler leave such names out themselves too, so no severity in a config file can turn
 * one into an organisation.
 */
import { type PersonalDataKind, personalDataKind } from '../../resolve/personal-data.js';
import { type Text, t } from '../../lang.js';
import type { Finding, RowRule } from '../rule.js';
import { nameCells } from './name-cells.js';

const KIND_WORDS: Record<PersonalDataKind, Text> = {
  email: t('een e-mailadres', 'an e-mail address'),
  phone: t('een telefoonnummer', 'a phone number'),
  bsn: t('een burgerservicenummer (BSN)', 'a citizen service number (BSN)'),
  iban: t('een IBAN', 'an IBAN'),
};

export const personalData: RowRule = {
  kind: 'row',
  meta: {
    type: 'personal-data',
    defaultSeverity: 'error',
    description:
      'An e-mail address, phone number, citizen service number (BSN) or IBAN where an organisation name belongs; the row (for a partners list, only that entry) is left out and the value is never echoed.',
    example: 'contacts.csv:12: an e-mail address in "organisation"; it is not used as an organisation name',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const cell of nameCells(ctx)) {
      const kind = personalDataKind(cell.value);
      if (kind === null) continue;
      const column = ctx.header(cell.column);
      out.push(
        cell.entry === undefined
          ? {
              line: ctx.line,
              column,
              message: t(
                `${KIND_WORDS[kind].nl} in "${column}"; dit wordt niet als organisatienaam gebruikt`,
                `${KIND_WORDS[kind].en} in "${column}"; it is not used as an organisation name`,
              ),
              hint: t(
                'Schrijf hier de naam van de organisatie; persoonsgegevens horen niet in het netwerk. Tot dan wordt de rij overgeslagen',
                "Write the organisation's name here; personal details do not belong in the network. The row is left out until then",
              ),
              privacy: kind,
            }
          : {
              line: ctx.line,
              column,
              message: t(
                `${KIND_WORDS[kind].nl} in "${column}" (vermelding ${cell.entry}); die vermelding wordt overgeslagen`,
                `${KIND_WORDS[kind].en} in "${column}" (entry ${cell.entry}); that entry is left out`,
              ),
              hint: t(
                'Vervang het door de naam van de partnerorganisatie, of verwijder het; de rest van de rij wordt gebruikt',
                "Replace it with the partner organisation's name, or delete it; the rest of the row is used",
              ),
              entryOnly: true,
              privacy: kind,
            },
      );
    }
    return out;
  },
};
