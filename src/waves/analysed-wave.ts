/**
 * A wave given as an input PATH: analysed on the spot by the pipeline with the options of the
 * command line (and `analyse`'s defaults for the rest), then turned into the same tables
 * `analyse` would write — by the same exporters — so its figures equal those of
 * `kis-network analyse PATH` to the last digit, and folder and PATH waves are read alike.
 */

import type { KisOptions } from '../config/options.js';
import { textOutput } from '../export/chunks.js';
import { EXPORTERS } from '../export/exporters.js';
import { buildPayload } from '../export/html/payload.js';
import type { ExportOptions } from '../export/types.js';
import { runAnalysis } from '../pipeline.js';
import type { StageTimer } from '../progress.js';
import type { WaveFiles, WaveTable } from './load-wave.js';
import { memorySource } from './read-table.js';

export async function analysedWave(name: string, options: KisOptions, timer?: StageTimer): Promise<WaveFiles> {
  const result = await runAnalysis(options, timer);
  const exportOptions: ExportOptions = {
    lang: options.lang,
    minGroupSize: options.minGroupSize,
    sourceDateEpoch: options.sourceDateEpoch,
    outputs: options.outputs,
  };
  const made = (file: WaveTable | 'summary.json') => memorySource(`${name}/${file}`, textOutput(EXPORTERS[file](result, exportOptions)));
  return {
    name,
    summary: made('summary.json'),
    table: made,
    map: () => buildPayload(result, { lang: options.lang, mapMaxNodes: options.mapMaxNodes, minGroupSize: options.minGroupSize }),
  };
}
