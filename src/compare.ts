/**
 * The one string order of the project: UTF-16 code units, never `localeCompare`, so outputs do
 * not depend on the machine's locale (docs/contract.md §5). A neutral module without imports:
 * every layer may use it, the map viewer included.
 */

/** Code-unit comparison of two strings, usable as a sort comparator. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
