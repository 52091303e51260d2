import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const PARSER = pathToFileURL(path.resolve(import.meta.dirname, '../../../dist/ingest/csv-parser.js')).href;

describe('streamed ingest memory', () => {
  it('a kept field does not keep the text chunk it was cut from alive', () => {
    // 40 chunks of 1 MB (two-byte text because of "’"); one field of each is kept, as the
    // registry keeps the first spelling of every organisation. With fields still pointing into
    // their chunks this kept 80 MB alive; memory must grow with what is kept, not with the file.
    const script = `
      const { CsvParser } = await import(${JSON.stringify(PARSER)});
      const kept = [];
      const filler = 'x’'.repeat(500_000);
      for (let c = 0; c < 40; c++) {
        const p = new CsvParser(',', (fields) => kept.push(fields[0]));
        p.push('Organisatie nummer ' + c + ',"' + filler + '"\\n');
        p.end();
      }
      globalThis.gc();
      console.log(JSON.stringify({ kept: kept.length, heapMb: process.memoryUsage().heapUsed / 1e6 }));
    `;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { kept, heapMb } = JSON.parse(r.stdout);
    expect(kept).toBe(40);
    expect(heapMb).toBeLessThan(20);
  });
});
