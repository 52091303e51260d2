import { describe, it, expect } from 'vitest';
import { createRng, mulberry32, sampleWithoutReplacement, seedState } from '../../../src/analyse/rng.js';

describe('rng', () => {
  it('mulberry32 matches the reference implementation', () => {
    // Reference: Tommy Ettinger's mulberry32 as commonly published (state 1 → first outputs).
    const reference = (a: number) => () => {
      let t = (a += 0x6d2b79f5);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const ours = mulberry32(1);
    const theirs = reference(1);
    for (let i = 0; i < 1000; i++) expect(ours()).toBe(theirs());
  });

  it('is deterministic per seed and stream, in [0, 1), and seeds/streams differ', () => {
    const a = createRng(42, 1);
    const b = createRng(42, 1);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seedState(42, 1)).not.toBe(seedState(42, 2));
    expect(seedState(42)).not.toBe(seedState(43));
    expect(seedState(2 ** 40)).not.toBe(seedState(0));
    expect(() => seedState(Number.NaN)).toThrow(RangeError);
  });

  it('samples without replacement, sorted; k ≥ n gives everything', () => {
    const s = sampleWithoutReplacement(createRng(1), 100, 30);
    expect(s.length).toBe(30);
    expect(new Set(s).size).toBe(30);
    expect(Array.from(s)).toEqual(Array.from(s).sort((x, y) => x - y));
    expect(Array.from(sampleWithoutReplacement(createRng(1), 5, 9))).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws every element with about the same frequency', () => {
    const counts = new Array<number>(10).fill(0);
    const rng = createRng(99);
    for (let i = 0; i < 5000; i++) for (const x of sampleWithoutReplacement(rng, 10, 3)) counts[x]!++;
    for (const c of counts) expect(Math.abs(c - 1500)).toBeLessThan(150);
  });
});
