import { describe, it, expect } from 'vitest';
import { METRICS } from '../../../src/analyse/registry.js';

describe('metric registry', () => {
  it('lists the nodes.csv metric columns of docs/contract.md §5 in order', () => {
    expect(METRICS.map((m) => m.id)).toEqual([
      'community',
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'core',
      'constraint',
      'clustering',
      'role',
    ]);
  });

  it('marks exactly the weighted metrics of docs/contract.md §4', () => {
    expect(METRICS.filter((m) => m.weighted).map((m) => m.id)).toEqual(['community', 'strength', 'pagerank']);
  });

  it('has a label and a one-line explanation in both languages', () => {
    for (const m of METRICS) {
      for (const text of [m.label.nl, m.label.en, m.explain.nl, m.explain.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\n/);
      }
    }
  });
});
