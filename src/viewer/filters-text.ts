/** The active filters in words (for the exported picture): what is hidden or required, per filter. */

import { RELATION_KIND_IDS } from '../export/html/payload-types.js';
import { formatNumber } from './format.js';
import type { Strings } from './i18n.js';
import { communityLabel, type Model } from './model.js';
import type { Filters } from './state.js';

export function describeFilters(model: Model, S: Strings, f: Filters): string[] {
  const { dict, nodes } = model.p;
  const out: string[] = [];
  const hidden = (title: string, names: string[]) => {
    if (names.length) out.push(`${title} ≠ ${names.join(', ')}`);
  };
  if (f.ego.node >= 0) out.push(`${S.egoOf(nodes.label[f.ego.node]!)} (${S.egoSteps(f.ego.steps)})`);
  hidden(
    S.type,
    [...f.types].map((t) => (t < 0 ? S.unknown : (S.types[dict.types[t]!] ?? dict.types[t]!))),
  );
  hidden(
    S.region,
    [...f.regions].map((r) => (r < 0 ? S.unknown : dict.regions[r]!)),
  );
  hidden(
    S.communities,
    [...f.communities].map((c) => communityLabel(model, S, c)),
  );
  hidden(
    S.relationKind,
    [...f.kinds].map((k) => (k < 0 ? S.noKind : S.relationKinds[RELATION_KIND_IDS[k]!])),
  );
  if (f.theme >= 0) out.push(`${S.theme} = ${dict.themes[f.theme]}`);
  if (!f.interview) out.push(`${S.sourceOfEvidence} ≠ ${S.sources.interview}`);
  if (!f.survey) out.push(`${S.sourceOfEvidence} ≠ ${S.sources.survey}`);
  if (f.minWeight > 0) out.push(`${S.minWeight} ${formatNumber(S.locale, f.minWeight)}`);
  if (f.twoSources) out.push(S.twoSources);
  return out;
}
