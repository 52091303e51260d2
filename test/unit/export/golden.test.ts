/**
 * Every exporter against its golden file, on the fixture, an empty and a one-node result; and
 * determinism: the same graph built in another insertion order gives byte-identical files.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, DATA_OUTPUT_NAMES, outputToString } from '../../../src/export/index.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import type { AnalysisResult } from '../../../src/result.js';
import { OPTIONS, OPTIONS_EN, emptyResult, fixtureResult, oneNodeResult } from './fixture.js';
import { expectGolden } from './golden.js';

const CASES: Record<string, () => AnalysisResult> = {
  fixture: fixtureResult,
  empty: emptyResult,
  'one-node': oneNodeResult,
};

describe.each(Object.keys(CASES))('golden files: %s', (name) => {
  it.each(DATA_OUTPUT_NAMES)('%s', (file) => {
    expectGolden(`${name}/${file}`, outputToString(EXPORTERS[file](CASES[name]!(), OPTIONS)));
  });
  it('report.md in English', () => {
    expectGolden(`${name}/report.en.md`, outputToString(EXPORTERS['report.md'](CASES[name]!(), OPTIONS_EN)));
  });
});

/** The same graph, nodes and edges inserted in reverse order with swapped endpoints. */
function reversed(result: AnalysisResult): AnalysisResult {
  const g: OrgGraph = new UndirectedGraph<OrgAttributes, RelationAttributes>();
  for (const node of result.graph.nodes().reverse()) g.addNode(node, structuredClone(result.graph.getNodeAttributes(node)));
  for (const edge of result.graph.edges().reverse()) {
    const [a, b] = result.graph.extremities(edge);
    g.addUndirectedEdgeWithKey(`other-key-${edge}`, b, a, structuredClone(result.graph.getEdgeAttributes(edge)));
  }
  return { ...result, graph: g, communities: [...result.communities].reverse(), products: [...result.products].reverse() };
}

describe('determinism', () => {
  it.each(DATA_OUTPUT_NAMES)('%s does not depend on insertion order', (file) => {
    const a = outputToString(EXPORTERS[file](fixtureResult(), OPTIONS));
    const b = outputToString(EXPORTERS[file](reversed(fixtureResult()), OPTIONS));
    expect(b).toBe(a);
  });

  it('chunked outputs can be iterated twice with the same result', () => {
    for (const file of DATA_OUTPUT_NAMES) {
      const output = EXPORTERS[file](fixtureResult(), OPTIONS);
      expect(outputToString(output)).toBe(outputToString(output));
    }
  });
});
