/** An edge key for hand-built test graphs: the two ids in code-unit order. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
