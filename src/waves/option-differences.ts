/**
 * Differences between the options two waves were analysed with (docs/contract.md §8): a
 * different network kind (relations or co-usage) makes the waves incomparable — a usage error,
 * exit 2; a different seed or minimum group size is a warning that names the difference (the
 * communities and layout depend on the seed; the suppressed means on the group size).
 */

import { UsageError } from '../errors.js';
import { type Text, t } from '../lang.js';
import type { Wave } from './wave.js';

export interface OptionDifference {
  option: 'seed' | 'min_group_size';
  old: number;
  new: number;
  text: Text;
}

export function optionDifferences(old: Wave, now: Wave): OptionDifference[] {
  const a = old.parameters;
  const b = now.parameters;
  if (a.network !== b.network)
    throw new UsageError(
      t(
        `${old.name} is geanalyseerd met --network ${a.network} en ${now.name} met --network ${b.network}; die zijn niet te vergelijken`,
        `${old.name} was analysed with --network ${a.network} and ${now.name} with --network ${b.network}; they cannot be compared`,
      ),
      t(
        `Analyseer beide golven met hetzelfde --network, bijv. --network ${a.network}`,
        `Analyse both waves with the same --network, e.g. --network ${a.network}`,
      ),
    );
  const out: OptionDifference[] = [];
  if (a.seed !== b.seed)
    out.push({
      option: 'seed',
      old: a.seed,
      new: b.seed,
      text: t(
        `de golven zijn geanalyseerd met een andere --seed (${old.name}: ${a.seed}, ${now.name}: ${b.seed}); gemeenschappen en ligging kunnen daardoor ook verschillen`,
        `the waves were analysed with a different --seed (${old.name}: ${a.seed}, ${now.name}: ${b.seed}); communities and layout may differ for that reason too`,
      ),
    });
  if (a.min_group_size !== b.min_group_size)
    out.push({
      option: 'min_group_size',
      old: a.min_group_size,
      new: b.min_group_size,
      text: t(
        `de golven zijn geanalyseerd met een andere --min-group-size (${old.name}: ${a.min_group_size}, ${now.name}: ${b.min_group_size}); de vergelijking past de grootste toe`,
        `the waves were analysed with a different --min-group-size (${old.name}: ${a.min_group_size}, ${now.name}: ${b.min_group_size}); the comparison applies the larger`,
      ),
    });
  return out;
}
