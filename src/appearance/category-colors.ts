/**
 * Colours for an open-ended category (community, region): the most frequent categories get
 * the palette in order of size (ties by name), singletons and the rest share one grey, so the
 * same data always gives the same colours.
 */

import { CATEGORY_PALETTE, OTHER_COLOR } from './palette.js';

export interface CategoryColoring<K> {
  /** Colour per category key. */
  colors: Map<K, string>;
  /** Categories that got a palette colour of their own, largest first. */
  named: K[];
  /** Categories beyond the palette that reuse its colours in order (only with `cycle`). */
  cycled: K[];
  /** Categories that share the "other" colour. */
  other: K[];
}

/**
 * `counts` maps a category to its number of members. Categories with fewer than `minSize`
 * members never get a colour (a community of one organisation is not a group). With `cycle`,
 * categories beyond the palette reuse it in order (rank modulo palette size) instead of
 * turning grey: for communities, which sit apart on the map, that keeps the structure visible.
 */
export function categoryColors<K extends string | number>(
  counts: ReadonlyMap<K, number>,
  minSize = 1,
  palette: readonly string[] = CATEGORY_PALETTE,
  cycle = false,
): CategoryColoring<K> {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const colors = new Map<K, string>();
  const named: K[] = [];
  const cycled: K[] = [];
  const other: K[] = [];
  for (const [key, n] of ranked) {
    if (n < minSize || key === '') {
      colors.set(key, OTHER_COLOR);
      other.push(key);
    } else if (named.length < palette.length) {
      colors.set(key, palette[named.length]!);
      named.push(key);
    } else if (cycle) {
      colors.set(key, palette[(named.length + cycled.length) % palette.length]!);
      cycled.push(key);
    } else {
      colors.set(key, OTHER_COLOR);
      other.push(key);
    }
  }
  return { colors, named, cycled, other };
}
