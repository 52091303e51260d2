/** Code-unit string order (never locale-dependent, docs/contract.md §5). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
