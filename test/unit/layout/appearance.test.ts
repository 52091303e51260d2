import { describe, expect, it } from 'vitest';
import {
  applyAppearance,
  categoryColors,
  mapSizeRange,
  sizeScale,
  CATEGORY_PALETTE,
  OTHER_COLOR,
  MIN_NODE_SIZE,
  MAX_NODE_SIZE,
} from '../../../src/appearance/index.js';
import { generateGraph } from '../../browser/fixtures.js';

describe('appearance', () => {
  it('sizes by a square-root scale between the minimum and maximum', () => {
    expect(sizeScale([0, 1, 4, null])).toEqual([
      MIN_NODE_SIZE,
      MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2,
      MAX_NODE_SIZE,
      MIN_NODE_SIZE,
    ]);
    expect(sizeScale([0, 0])).toEqual([MIN_NODE_SIZE, MIN_NODE_SIZE]);
    expect(sizeScale([])).toEqual([]);
  });

  it('gives the largest categories the palette in order, singletons and the rest grey', () => {
    const counts = new Map<number, number>([
      [3, 5],
      [1, 10],
      [2, 5],
      [9, 1],
    ]);
    const { colors, named, other } = categoryColors(counts, 2);
    expect(named).toEqual([1, 2, 3]);
    expect(other).toEqual([9]);
    expect(colors.get(1)).toBe(CATEGORY_PALETTE[0]);
    expect(colors.get(2)).toBe(CATEGORY_PALETTE[1]);
    expect(colors.get(9)).toBe(OTHER_COLOR);
    const many = new Map(Array.from({ length: 20 }, (_, i) => [i, 100 - i] as [number, number]));
    expect(categoryColors(many).other.length).toBe(20 - CATEGORY_PALETTE.length);
    const cycled = categoryColors(many, 1, CATEGORY_PALETTE, true);
    expect(cycled.other).toEqual([]);
    expect(cycled.cycled.length).toBe(20 - CATEGORY_PALETTE.length);
    expect(cycled.colors.get(CATEGORY_PALETTE.length)).toBe(CATEGORY_PALETTE[0]);
  });

  it('scales map node sizes down for big maps', () => {
    expect(mapSizeRange(100)).toEqual({ min: MIN_NODE_SIZE, max: MAX_NODE_SIZE });
    const big = mapSizeRange(10000);
    expect(big.max).toBeLessThan(MAX_NODE_SIZE / 3);
    expect(big.min).toBeGreaterThanOrEqual(1);
  });

  it('sets size and colour on every node, deterministically', () => {
    const a = generateGraph({ nodes: 120, edges: 300, seed: 5 });
    const b = generateGraph({ nodes: 120, edges: 300, seed: 5 });
    applyAppearance(a);
    applyAppearance(b);
    expect(a.mapNodes((_n, x) => x.color + x.size)).toEqual(b.mapNodes((_n, x) => x.color + x.size));
    a.forEachNode((_n, x) => {
      expect(x.color).toMatch(/^#[0-9A-F]{6}$/);
      expect(x.size).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
      expect(x.size).toBeLessThanOrEqual(MAX_NODE_SIZE);
    });
  });
});
