/**
 * What the run recognised as personal data in organisation-name cells (docs/contract.md §6):
 * the values left out, by kind, and the name cells that read like a person's name. Tallied by
 * the issue log from the findings of `personal-data` and `possible-person-name`, whatever
 * severity the config gives them; carried into the result for summary.json and the report.
 */

import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../resolve/personal-data.js';

export interface PrivacyCounts {
  /** Values left out of a name cell, by kind (every kind present, in report order). */
  personal_data_left_out: Record<PersonalDataKind, number>;
  /** Name cells that read like a person's name (used, with a warning). */
  possible_person_names: number;
}

export function emptyPrivacyCounts(): PrivacyCounts {
  const left = {} as Record<PersonalDataKind, number>;
  for (const kind of PERSONAL_DATA_KINDS) left[kind] = 0;
  return { personal_data_left_out: left, possible_person_names: 0 };
}

export function countPrivacy(counts: PrivacyCounts, what: PersonalDataKind | 'person-name'): void {
  if (what === 'person-name') counts.possible_person_names++;
  else counts.personal_data_left_out[what]++;
}
