/**
 * The number of each unordered pair of organisations, in an open-addressing hash table on typed
 * arrays (linear probing, grown at half full). A `Map` keyed by a·2^26 + b needs a boxed double
 * per key above 2^31 and took 3.4 s of a million-relation run; this takes a probe or two.
 */

const EMPTY = -1;

export class PairIndex {
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private value = new Int32Array(0);
  private mask = 0;
  private count = 0;

  constructor(capacity = 1 << 10) {
    this.allocate(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value of the pair (x, y) with x < y, both ≥ 0; when new, it gets `fresh` (returned). */
  numberOf(x: number, y: number, fresh: number): number {
    let slot = PairIndex.hash(x, y) & this.mask;
    for (;;) {
      const at = this.lo[slot]!;
      if (at === EMPTY) break;
      if (at === x && this.hi[slot] === y) return this.value[slot]!;
      slot = (slot + 1) & this.mask;
    }
    this.lo[slot] = x;
    this.hi[slot] = y;
    this.value[slot] = fresh;
    if (++this.count * 2 > this.lo.length) this.grow();
    return fresh;
  }

  private static hash(x: number, y: number): number {
    let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
  }

  private allocate(capacity: number): void {
    let size = 16;
    while (size < capacity) size *= 2;
    this.lo = new Int32Array(size).fill(EMPTY);
    this.hi = new Int32Array(size);
    this.value = new Int32Array(size);
    this.mask = size - 1;
  }

  private grow(): void {
    const { lo, hi, value } = this;
    this.allocate(lo.length * 2);
    for (let s = 0; s < lo.length; s++) {
      const x = lo[s]!;
      if (x === EMPTY) continue;
      let slot = PairIndex.hash(x, hi[s]!) & this.mask;
      while (this.lo[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.lo[slot] = x;
      this.hi[slot] = hi[s]!;
      this.value[slot] = value[s]!;
    }
  }
}
