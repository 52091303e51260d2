import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../../src/graph/pair-index.js';

describe('PairIndex', () => {
  it('numbers each unordered pair once, in first-seen order, like a Map of pair keys (through growth)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(3000)), { maxLength: 4000 }), (pairs) => {
        const index = new PairIndex(4);
        const reference = new Map<string, number>();
        for (const [a, b] of pairs) {
          if (a === b) continue;
          const [x, y] = a < b ? [a, b] : [b, a];
          const key = `${x},${y}`;
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(index.numberOf(x, y, index.size)).toBe(reference.get(key));
        }
        expect(index.size).toBe(reference.size);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps apart pairs that share a member, and takes organisation numbers up to 2^31 − 1', () => {
    const index = new PairIndex();
    expect(index.numberOf(1, 2, 0)).toBe(0);
    expect(index.numberOf(2, 3, 1)).toBe(1);
    expect(index.numberOf(0, 2 ** 31 - 1, 2)).toBe(2);
    expect(index.numberOf(1, 2, 3)).toBe(0);
    expect(index.numberOf(0, 2 ** 31 - 1, 3)).toBe(2);
    expect(index.size).toBe(3);
  });
});
