#!/usr/bin/env node
/**
 * Excel workbook vs CSV on the same 250,000-row survey (BENCHMARKS.md, "Excel workbooks"): the
 * first 250,000 respondents of the large bench survey are written once as `survey.csv` and as
 * `survey.xlsx` (one sheet `enquete`, strings shared as Excel stores them, ratings as numbers),
 * then, each in a fresh process:
 *   - the reader alone, three times (median shown): readTable on the CSV file vs on the
 *     workbook's sheet, records counted, wall time and peak RSS;
 *   - `kis-network validate --survey …` once each: the ingest stage (rules included) and peak RSS.
 *
 *   node scripts/bench-xlsx.mjs [bench-data/large/survey.csv]
 *
 * Called by scripts/bench.mjs; needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/kis-network.js');
const ROWS = 250_000;
const RUNS = 3;
const source = process.argv[2] ?? path.join(ROOT, 'bench-data/large/survey.csv');
const dir = path.join(ROOT, 'bench-data/xlsx');
const log = (s) => process.stdout.write(`${s}\n`);

/** The header and the first `n` records of a CSV file, parsed by the tool's own parser. */
async function firstRows(file, n) {
  const { CsvParser } = await import(path.join(ROOT, 'dist/ingest/csv-parser.js'));
  const rows = [];
  const parser = new CsvParser(',', (fields) => rows.length <= n && rows.push(fields));
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    parser.push(chunk);
    if (rows.length > n) break;
  }
  return rows;
}

/** A CSV field, quoted when it has to be. */
const field = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet workbook: shared strings (after the sheet, as Excel writes them), numbers typed. */
function workbook(rows, sheetName) {
  const strings = [];
  const index = new Map();
  const col = (j) => String.fromCharCode(65 + j);
  const parts = [];
  rows.forEach((row, i) => {
    const r = i + 1;
    let cells = '';
    row.forEach((v, j) => {
      if (v === '') return;
      if (/^\d+$/.test(v) && i > 0) cells += `<c r="${col(j)}${r}"><v>${v}</v></c>`;
      else {
        let k = index.get(v);
        if (k === undefined) index.set(v, (k = strings.push(v) - 1));
        cells += `<c r="${col(j)}${r}" t="s"><v>${k}</v></c>`;
      }
    });
    parts.push(`<row r="${r}">${cells}</row>`);
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${ns}"><sheetData>${parts.join('')}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
  });
}

function zip(files) {
  const out = [];
  const dirs = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc32(data), 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    out.push(head, nameBytes, packed);
    dirs.push(cd, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cdBytes = Buffer.concat(dirs);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cdBytes, end]);
}

async function ensureFiles() {
  const csv = path.join(dir, 'survey.csv');
  const xlsx = path.join(dir, 'survey.xlsx');
  if (existsSync(csv) && existsSync(xlsx)) return { csv, xlsx };
  mkdirSync(dir, { recursive: true });
  const rows = await firstRows(source, ROWS);
  if (rows.length < ROWS + 1) throw new Error(`${source}: fewer than ${ROWS} data rows`);
  writeFileSync(csv, `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`);
  writeFileSync(xlsx, workbook(rows, 'enquete'));
  return { csv, xlsx };
}

/** The reader alone, in a fresh process: wall time of reading every record, and peak RSS. */
const READER = `
const { readTable } = await import(${JSON.stringify(path.join(ROOT, 'dist/ingest/read-table.js'))});
const [file, sheet] = process.argv.slice(1);
const t0 = performance.now();
let rows = 0;
await readTable({ path: file, display: file, name: file, role: 'survey', sheet: sheet || undefined }, { role: 'survey' }, () => rows++);
const ms = performance.now() - t0;
console.log(JSON.stringify({ rows, ms, rss: process.resourceUsage().maxRSS / 1024 }));
`;

function reader(file, sheet) {
  const r = spawnSync('node', ['--input-type=module', '-e', READER, file, sheet ?? ''], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function validate(file) {
  const r = spawnSync('node', [BIN, 'validate', '--survey', file, '--format', 'json', '-o', path.join(dir, 'report.json'), '--timings'], {
    encoding: 'utf8',
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('timings '));
  if (!line) throw new Error(`no timings (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  const t = JSON.parse(line.slice(8));
  return { ms: t.stages_ms.ingest, rss: t.peak_rss_mb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function repeat(f, runsOf = RUNS) {
  const runs = Array.from({ length: runsOf }, f);
  return { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)), rows: runs[0].rows };
}

const { csv, xlsx } = await ensureFiles();
const mb = (f) => (statSync(f).size / 1e6).toFixed(1);
log(`\n## Excel workbook vs CSV: ${ROWS.toLocaleString('en')} survey rows (CSV ${mb(csv)} MB, xlsx ${mb(xlsx)} MB)`);
const rc = repeat(() => reader(csv));
const rx = repeat(() => reader(xlsx, 'enquete'));
if (rc.rows !== rx.rows) throw new Error(`different record counts: CSV ${rc.rows}, xlsx ${rx.rows}`);
log(`- reader alone (median of ${RUNS}), CSV:  ${(rc.ms / 1000).toFixed(2)} s, peak RSS ${rc.rss.toFixed(0)} MB (${rc.rows} records)`);
log(
  `- reader alone (median of ${RUNS}), xlsx: ${(rx.ms / 1000).toFixed(2)} s, peak RSS ${rx.rss.toFixed(0)} MB — ${(rx.ms / rc.ms).toFixed(2)}× the CSV time`,
);
const vc = repeat(() => validate(csv), 1);
const vx = repeat(() => validate(xlsx), 1);
log(`- validate ingest (rules included), CSV:  ${(vc.ms / 1000).toFixed(2)} s, peak RSS ${vc.rss} MB`);
log(
  `- validate ingest (rules included), xlsx: ${(vx.ms / 1000).toFixed(2)} s, peak RSS ${vx.rss} MB — ${(vx.ms / vc.ms).toFixed(2)}× the CSV time`,
);
