/** Every data-quality rule, in the order they run (the first error of a row names its rejection). */
import type { GraphRule, HeaderRule, Rule, RowRule } from '../rule.js';
import { blankHeader } from './blank-header.js';
import { blankRow } from './blank-row.js';
import { constraintError } from './constraint-error.js';
import { delimiterAmbiguous } from './delimiter-ambiguous.js';
import { duplicateHeader } from './duplicate-header.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateRow } from './duplicate-row.js';
import { encodingError } from './encoding-error.js';
import { extraCell } from './extra-cell.js';
import { isolatedOrganisation } from './isolated-organisation.js';
import { missingCell } from './missing-cell.js';
import { missingColumn } from './missing-column.js';
import { missingValue } from './missing-value.js';
import { personalData } from './personal-data.js';
import { possibleDuplicateOrganisation } from './possible-duplicate-organisation.js';
import { possiblePersonName } from './possible-person-name.js';
import { selfRelation } from './self-relation.js';
import { suspectList } from './suspect-list.js';
import { typeError } from './type-error.js';
import { unknownColumn } from './unknown-column.js';
import { unknownOrganisation } from './unknown-organisation.js';

export const RULES: readonly Rule[] = [
  delimiterAmbiguous,
  blankHeader,
  duplicateHeader,
  missingColumn,
  unknownColumn,
  encodingError,
  missingCell,
  extraCell,
  missingValue,
  personalData,
  possiblePersonName,
  typeError,
  constraintError,
  duplicateId,
  duplicateRow,
  selfRelation,
  unknownOrganisation,
  possibleDuplicateOrganisation,
  isolatedOrganisation,
  suspectList,
  blankRow,
];

export const HEADER_RULES = RULES.filter((r): r is HeaderRule => r.kind === 'header');
/** Row rules except blank-row, which runs alone (a blank row gets no other finding). */
export const ROW_RULES = RULES.filter((r): r is RowRule => r.kind === 'row' && r !== blankRow);
export const GRAPH_RULES = RULES.filter((r): r is GraphRule => r.kind === 'graph');
export { blankRow };
