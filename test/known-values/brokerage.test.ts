/**
 * Effective size against NetworkX 2.8.8 `effective_size(G)` on karate, Florentine families and a
 * small typed stakeholder network, and the Gould–Fernandez brokerage counts of the typed network
 * against a brute-force count over every pair of neighbours (./brokerage/, its README gives the
 * provenance).
 */

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsr, type Csr } from '../../src/analyse/csr.js';
import { effectiveSize } from '../../src/analyse/effective-size.js';
import { brokerage } from '../../src/analyse/brokerage.js';
import { STAKEHOLDER_TYPES } from '../../src/config/stakeholder-types.js';
import { buildGraph, type EdgeList } from '../unit/analyse/graph-helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.join(HERE, 'brokerage');
const ORACLE = path.join(HERE, 'oracle');

type Counts = { coordinator: number; itinerant: number; gatekeeper: number; liaison: number } | null;
interface Reference {
  nodes: number;
  edges: number;
  effective_size: Record<string, number | null>;
  brokerage?: Record<string, Counts>;
}
const refs = JSON.parse(readFileSync(path.join(DIR, 'references.json'), 'utf8')) as { networks: Record<string, Reference> };

const rows = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

function load(name: string): { csr: Csr; group: Int32Array } {
  const file = name === 'typed' ? path.join(DIR, 'typed.edges.csv') : path.join(ORACLE, `${name}.edges.csv`);
  const edges = rows(file).map(([a, b]) => [a!, b!] as const) as EdgeList;
  const types = new Map<string, string>(name === 'typed' ? rows(path.join(DIR, 'typed.nodes.csv')).map(([id, t]) => [id!, t ?? '']) : []);
  const nodes = name === 'typed' ? [...types.keys(), 'Zelfstandig Adviseur'] : [];
  const csr = toCsr(buildGraph(edges, nodes));
  const group = Int32Array.from(csr.keys, (k) => STAKEHOLDER_TYPES.indexOf((types.get(k) ?? '') as never));
  return { csr, group };
}

for (const [name, ref] of Object.entries(refs.networks)) {
  describe(name, () => {
    const { csr, group } = load(name);

    it('has the reference nodes and edges', () => {
      expect(csr.n).toBe(ref.nodes);
      expect(csr.m).toBe(ref.edges);
    });

    it('effective size: within 1e-12 of networkx.effective_size, null for isolates', () => {
      const es = effectiveSize(csr);
      csr.keys.forEach((k, i) => {
        const want = ref.effective_size[k];
        if (want === null) expect(es[i], k).toBeNull();
        else expect(Math.abs(es[i]! - want!), k).toBeLessThanOrEqual(1e-12);
      });
    });

    if (ref.brokerage) {
      const want = ref.brokerage;
      it('brokerage: exactly the brute-force counts, null for an unknown type', () => {
        const got = brokerage(csr, group, STAKEHOLDER_TYPES.length);
        csr.keys.forEach((k, i) => {
          const counts =
            got.coordinator[i] === null
              ? null
              : { coordinator: got.coordinator[i], itinerant: got.itinerant[i], gatekeeper: got.gatekeeper[i], liaison: got.liaison[i] };
          expect(counts, k).toEqual(want[k]);
        });
      });
    }
  });
}
