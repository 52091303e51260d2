/**
 * `personal-data`: an e-mail address, phone number, citizen service number (BSN) or IBAN in a
 * cell where an organisation name belongs (docs/contract.md §6). A single-name cell costs the
 * row; a `partners` entry costs only that entry (`entryOnly`: the row is still used). The
 * message names the column and the kind of data, never the value. The graph builder and the
 * aliases handler leave such names out themselves too, so no severity in a config file can turn
 * one into an organisation.
 */
import { type PersonalDataKind, personalDataKind } from '../../resolve/personal-data.js';
import type { Finding, RowRule } from '../rule.js';
import { nameCells } from './name-cells.js';

const KIND_WORDS: Record<PersonalDataKind, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  bsn: 'a citizen service number (BSN)',
  iban: 'an IBAN',
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
              message: `${KIND_WORDS[kind]} in "${column}"; it is not used as an organisation name`,
              hint: "Write the organisation's name here; personal details do not belong in the network. The row is left out until then",
              privacy: kind,
            }
          : {
              line: ctx.line,
              column,
              message: `${KIND_WORDS[kind]} in "${column}" (entry ${cell.entry}); that entry is left out`,
              hint: "Replace it with the partner organisation's name, or delete it; the rest of the row is used",
              entryOnly: true,
              privacy: kind,
            },
      );
    }
    return out;
  },
};
