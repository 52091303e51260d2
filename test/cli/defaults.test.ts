/**
 * One set of defaults: DEFAULTS (src/config/options.ts) is what `--help` shows and what
 * resolveOptions applies when neither a flag nor the config file sets a value; commander sets
 * no defaults of its own (flag > config file > DEFAULTS).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { betweennessText, resolveOptions } from '../../src/cli/options.js';
import { DEFAULTS } from '../../src/config/options.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cwd = () => mkdtempSync(path.join(os.tmpdir(), 'kis-defaults-'));
/** Help text with commander's line wrapping undone. */
const help = async (command: string) => (await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ');
/** The help entry of each option: its flags and description, wrapping undone. */
const optionHelp = async (command: string): Promise<Map<string, string>> => {
  const entries = new Map<string, string>();
  let last = '';
  for (const line of (await runCli([command, '--help'])).stdout.split('\n')) {
    const start = /^ {2}((?:-\w, )?--?[\w-]+(?: <\w+>)?) {2,}(.*)$/.exec(line);
    if (start) entries.set((last = start[1]!.replace(/^-\w, /, '')), start[2]!);
    else if (last && /^ {4,}\S/.test(line)) entries.set(last, `${entries.get(last)} ${line.trim()}`);
    else last = '';
  }
  return entries;
};

describe('defaults', () => {
  it('analyse --help shows the DEFAULTS values', async () => {
    const entries = await optionHelp('analyse');
    for (const [flag, value] of [
      ['--out <dir>', DEFAULTS.out],
      ['--seed <n>', DEFAULTS.seed],
      ['--lang <lang>', DEFAULTS.lang],
      ['--network <kind>', DEFAULTS.network],
      ['--betweenness <mode>', betweennessText(DEFAULTS.betweenness)],
      ['--exact-limit <n>', DEFAULTS.exactLimit],
      ['--map-max-nodes <n>', DEFAULTS.mapMaxNodes],
      ['--min-group-size <n>', DEFAULTS.minGroupSize],
    ] as const) {
      expect(entries.get(flag), flag).toMatch(new RegExp(`\\(default: ${value}[,)]`));
    }
  });

  it('validate --help shows the DEFAULTS format', async () => {
    expect(await help('validate')).toContain(`report format (default: ${DEFAULTS.format})`);
  });

  it('commander sets no defaults (they would hide the config file and DEFAULTS)', async () => {
    // commander prints its own defaults JSON-quoted: `default: "42"`.
    expect(await help('analyse')).not.toContain('default: "');
    expect(await help('validate')).not.toContain('default: "');
    expect(readFileSync(path.join(ROOT, 'src/cli/run.ts'), 'utf8')).not.toMatch(/\.default\(/);
  });

  it('resolveOptions applies DEFAULTS when nothing is given', () => {
    const dir = cwd();
    const o = resolveOptions([], {}, {}, dir, false);
    expect(o.out).toBe(path.resolve(dir, DEFAULTS.out));
    expect({
      seed: o.seed,
      lang: o.lang,
      network: o.network,
      minGroupSize: o.minGroupSize,
      betweenness: o.betweenness,
      exactLimit: o.exactLimit,
      autoSamples: o.autoSamples,
      resolution: o.resolution,
      mapMaxNodes: o.mapMaxNodes,
    }).toEqual({
      seed: DEFAULTS.seed,
      lang: DEFAULTS.lang,
      network: DEFAULTS.network,
      minGroupSize: DEFAULTS.minGroupSize,
      betweenness: DEFAULTS.betweenness,
      exactLimit: DEFAULTS.exactLimit,
      autoSamples: DEFAULTS.autoSamples,
      resolution: DEFAULTS.resolution,
      mapMaxNodes: DEFAULTS.mapMaxNodes,
    });
  });

  it('layers flag over config file over DEFAULTS', () => {
    const dir = cwd();
    const config = path.join(dir, 'kis.json');
    writeFileSync(config, JSON.stringify({ minGroupSize: DEFAULTS.minGroupSize + 2 }));
    expect(resolveOptions([], { config }, {}, dir, false).minGroupSize).toBe(DEFAULTS.minGroupSize + 2);
    expect(resolveOptions([], { config, minGroupSize: '7' }, {}, dir, false).minGroupSize).toBe(7);
  });
});
