/**
 * Every exporter against its golden file, on the fixture, an empty and a one-node result; and
 * determinism: the same graph built in another insertion order gives byte-identical files. A
 * binary output (the workbook) is compared as the text of its parts, unzipped by the project's
 * own reader, in `<file>.parts.txt`: its bytes are checked by the determinism tests.
 */

import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORTERS, DATA_OUTPUT_NAMES, type ExportOutput, outputToBytes, outputToString } from '../../../src/export/index.js';
import { ZipFile } from '../../../src/ingest/zip.js';
import type { OrgAttributes, OrgGraph, RelationAttributes } from '../../../src/graph/types.js';
import type { AnalysisResult } from '../../../src/result.js';
import { OPTIONS, OPTIONS_EN, emptyResult, fixtureResult, oneNodeResult } from './fixture.js';
import { expectGolden } from './golden.js';

const CASES: Record<string, () => AnalysisResult> = {
  fixture: fixtureResult,
  empty: emptyResult,
  'one-node': oneNodeResult,
};

const zipDir = mkdtempSync(path.join(os.tmpdir(), 'kis-golden-'));

/** A ZIP output as the text of its parts, in order, one `<row>` per line. */
function zipParts(output: ExportOutput, name: string): string {
  const file = path.join(zipDir, name);
  writeFileSync(file, outputToBytes(output));
  const zip = new ZipFile(file);
  let text = '';
  for (const entry of zip.entries.values()) {
    text += `=== ${entry.name}\n${Buffer.from(zip.readSync(entry)).toString('utf8').replace(/<row /g, '\n<row ')}\n`;
  }
  return text;
}

describe.each(Object.keys(CASES))('golden files: %s', (name) => {
  it.each(DATA_OUTPUT_NAMES)('%s', (file) => {
    const output = EXPORTERS[file](CASES[name]!(), OPTIONS);
    if (file.endsWith('.xlsx')) expectGolden(`${name}/${file}.parts.txt`, zipParts(output, `${name}-${file}`));
    else expectGolden(`${name}/${file}`, outputToString(output));
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
    const a = outputToBytes(EXPORTERS[file](fixtureResult(), OPTIONS));
    const b = outputToBytes(EXPORTERS[file](reversed(fixtureResult()), OPTIONS));
    expect(b.equals(a)).toBe(true);
  });

  it('chunked outputs can be iterated twice with the same result', () => {
    for (const file of DATA_OUTPUT_NAMES) {
      const output = EXPORTERS[file](fixtureResult(), OPTIONS);
      expect(outputToBytes(output).equals(outputToBytes(output))).toBe(true);
    }
  });
});
