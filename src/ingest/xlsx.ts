/**
 * Excel workbooks (`.xlsx`, SpreadsheetML of ECMA-376 Part 1) read directly, a sheet at a time,
 * streamed (docs/contract.md §2). The container is read by zip.ts; this module reads the parts:
 *   - `_rels/.rels` → the workbook part; `workbook.xml` + its `.rels` → sheet names → sheet
 *     parts (chart sheets are left out), `date1904`, and the shared-strings and styles parts;
 *   - `sharedStrings.xml` → one string per `<si>` (rich text as plain text, phonetic runs left
 *     out), the only table kept in memory;
 *   - `styles.xml` → which cell formats (`cellXfs`) are dates (built-in ids and custom
 *     `numFmts` whose code has date or time letters outside quotes and brackets);
 *   - the sheet XML, scanned row by row as it inflates: `<row r>`, `<c r t s>`, `<v>`, inline
 *     `<is><t>`, XML entities and the `_xHHHH_` escapes of ECMA-376.
 * Cells become the text the CSV path would have read from Excel's own CSV export, typed: a
 * number as its shortest round-trip decimal with `.` (integers without `.0`), a date-formatted
 * number as ISO `YYYY-MM-DD` (with `THH:MM:SS` when it has a time), booleans as `TRUE`/`FALSE`,
 * formulas by their cached result, errors as written (`#N/A`), empty cells as empty. Records
 * are spreadsheet rows (1-based): rows above the first non-empty row are skipped (that row is
 * the header), missing rows between data rows are handed on as blank rows, and data rows are
 * padded to the header's width.
 *
 * Why our own reader (measured in BENCHMARKS.md, "Excel workbooks", 250,000-row survey sheet):
 * exceljs 4.4.0's streaming reader took 7–22 s and 157–263 MB where the CSV path takes 1.4–3.7 s,
 * far beyond the 2× target, and brings 195 packages (54 MB); fflate's JavaScript inflate cost
 * 3.6 s where node:zlib's native one (used by zip.ts) gives 2.3 s on the same sheet. So: no
 * dependency, node:zlib for inflating, and the scan below, which finds rows and cells with
 * indexOf and keeps only the shared strings in memory.
 */

import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';
import { type Text, t } from '../lang.js';
import type { RecordHandler } from './csv-parser.js';
import { type ZipEntry, ZipFile, ZipFormatError } from './zip.js';

export interface SheetRef {
  name: string;
  /** The sheet's part in the container. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
}

/** The workbook extensions the tool cannot read, with the one-line hint (docs/contract.md §2). */
export const FOREIGN_SPREADSHEET = /\.(xls|xlsb|ods|numbers)$/i;
/** `.xlsm` is the same SpreadsheetML with macros (which are never run). */
export const WORKBOOK = /\.xls[xm]$/i;

/** The one line for a `.xls`, `.ods` or `.numbers` file. */
export function foreignSpreadsheetMessage(display: string): Text {
  const ext = /\.[^.]+$/.exec(display)?.[0].toLowerCase() ?? '';
  return t(
    `${display}: ${ext}-bestanden kunnen niet gelezen worden; sla het op als .xlsx of .csv`,
    `${display}: ${ext} files cannot be read; save it as .xlsx or .csv`,
  );
}

// ---------------------------------------------------------------------------------------------
// XML text helpers

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** XML character data → text (entities and character references). */
function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)),
  );
}

/** A string value of SpreadsheetML → text: entities, then `_xHHHH_` escapes (`_x005F_` is a literal `_`). */
function stringValue(s: string): string {
  const t = unescapeXml(s);
  return t.indexOf('_x') < 0 ? t : t.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * A copy that does not share memory with the chunk it was cut from (see `own` in
 * csv-parser.ts): a kept name must not pin a whole chunk of sheet XML.
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

const ATTRS = new Map<string, RegExp>();
/** The value of attribute `name` in an attribute string (either quote style), raw. */
function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Every `<t>` text of a string item (`<si>` or `<is>`), phonetic runs (`<rPh>`) left out. */
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g;
function itemText(xml: string): string {
  // The common case, one `<t>` element (`<t>…</t>` or `<t xml:space="preserve">…</t>`), without regular expressions.
  const close = xml.indexOf('</');
  if (close < 0) return '';
  if (close === xml.lastIndexOf('</')) return stringValue(xml.slice(xml.indexOf('>') + 1, close));
  const body = xml.indexOf('rPh') < 0 ? xml : xml.replace(PHONETIC, '');
  let out = '';
  let first = true;
  for (const m of body.matchAll(TEXT)) {
    out = first ? m[1]! : out + m[1]!;
    first = false;
  }
  return stringValue(out);
}

// ---------------------------------------------------------------------------------------------
// Workbook structure

const decoder = new TextDecoder('utf-8');

function xmlOf(zip: ZipFile, part: string): string | undefined {
  const entry = zip.get(part);
  return entry ? decoder.decode(zip.readSync(entry)) : undefined;
}

/** Relationships of a part: id → { type, target part }. */
function relationships(zip: ZipFile, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const xml = xmlOf(zip, `${dir}_rels/${part.slice(slash + 1)}.rels`) ?? '';
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = m[1]!;
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    if (id === undefined || target === undefined || attr(a, 'TargetMode') === 'External') continue;
    out.set(id, { type: attr(a, 'Type') ?? '', target: resolvePart(dir, unescapeXml(target)) });
  }
  return out;
}

/** A relationship target relative to `dir` (or absolute from the package root) → a part name. */
function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Opens a workbook and lists its worksheets. Throws ZipFormatError or an Error about the structure. */
export function openWorkbook(path: string): { zip: ZipFile; info: WorkbookInfo } {
  const zip = new ZipFile(path);
  const root = relationships(zip, '');
  const main = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const xml = xmlOf(zip, main);
  if (xml === undefined) throw new ZipFormatError('no workbook part (is it an Excel workbook?)');
  const rels = relationships(zip, main);
  const sheets: SheetRef[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = m[1]!;
    const name = attr(a, 'name');
    const rid = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(a);
    const rel = rid ? rels.get(rid[1] ?? rid[2]!) : undefined;
    if (name === undefined || rel === undefined || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: unescapeXml(name), part: rel.target });
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const d1904 = pr ? attr(pr[1]!, 'date1904') : undefined;
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  return {
    zip,
    info: { sheets, date1904: d1904 === '1' || d1904 === 'true', sharedStrings: byType('/sharedStrings'), styles: byType('/styles') },
  };
}

// ---------------------------------------------------------------------------------------------
// Styles: which cell formats are dates

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30 and the East Asian ids). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Does a custom format code show a date or time? (Letters outside quotes, escapes and `[…]`; `[h]` counts.) */
export function isDateFormat(code: string): boolean {
  const section = code.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(section)) return true;
  const bare = section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function dateStyles(zip: ZipFile, part: string | undefined): boolean[] {
  const xml = part ? xmlOf(zip, part) : undefined;
  if (xml === undefined) return [];
  const custom = new Map<number, boolean>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'numFmtId');
    const code = attr(m[1]!, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), isDateFormat(unescapeXml(code)));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  const out: boolean[] = [];
  for (const m of xfs[1]!.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    out.push(custom.get(id) ?? BUILTIN_DATE.has(id));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cell values

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system as Excel counts (1899-12-30, which absorbs its 1900 leap-year bug for dates from March 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial → ISO date (`YYYY-MM-DD`, with `THH:MM:SS` when the time is not midnight). */
export function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round((serial * DAY_MS) / 1000) * 1000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** A number as the text the value parsers read exactly: shortest round-trip, `.` decimals, no `.0`. */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return Object.is(n, -0) ? '0' : String(n);
}

// ---------------------------------------------------------------------------------------------
// Reading a sheet

interface Tags {
  rowOpen: string;
  rowClose: string;
  cOpen: string;
  cClose: string;
  vOpen: string;
}
const tags = (prefix: string): Tags => ({
  rowOpen: `<${prefix}row`,
  rowClose: `</${prefix}row>`,
  cOpen: `<${prefix}c`,
  cClose: `</${prefix}c>`,
  vOpen: `<${prefix}v>`,
});
/** Does this character end an element name (space, `>`, `/`)? */
const endsName = (ch: number) => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/;
const CELL_ATTR = /\s(r|t|s)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The value of a double-quoted attribute, found by its ` name="` prefix. */
function quoted(attrs: string, prefix: string): string | undefined {
  const at = attrs.indexOf(prefix);
  if (at < 0) return undefined;
  const start = at + prefix.length;
  return attrs.slice(start, attrs.indexOf('"', start));
}

/** `AB12` → 27 (0-based column); -1 when there is no column part. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

class SheetScanner {
  private header: number | undefined; // width of the header, once seen
  private nextRow = 1;
  private lastRowNumber = 0;
  rowsEmitted = 0;

  constructor(
    private readonly strings: readonly string[],
    private readonly dates: readonly boolean[],
    private readonly date1904: boolean,
    private readonly onRecord: RecordHandler,
  ) {}

  private tags: Tags | undefined;

  /**
   * Scans the complete rows in `text`; returns the index where the unscanned rest starts. The
   * element names carry the namespace prefix of the root element (`<x:row>` when the root is
   * `<x:worksheet>`); rows and cells are found with indexOf, the hot path of a large sheet.
   */
  scan(text: string): number {
    if (!this.tags) {
      const root = /<([\w.-]+:)?worksheet\b/.exec(text);
      if (!root) return 0;
      this.tags = tags(root[1] ?? '');
    }
    const { rowOpen, rowClose } = this.tags;
    let p = 0;
    let end = 0;
    for (;;) {
      const a = text.indexOf(rowOpen, p);
      if (a < 0) break;
      if (!endsName(text.charCodeAt(a + rowOpen.length))) {
        p = a + 1; // <rowBreaks>
        continue;
      }
      const gt = text.indexOf('>', a);
      if (gt < 0) break;
      const attrs = text.slice(a + rowOpen.length, gt);
      if (text.charCodeAt(gt - 1) === 47) {
        this.row(attrs, undefined);
        p = end = gt + 1;
        continue;
      }
      const b = text.indexOf(rowClose, gt);
      if (b < 0) break;
      this.row(attrs, text.slice(gt + 1, b));
      p = end = b + rowClose.length;
    }
    return end;
  }

  private row(attrs: string, body: string | undefined): void {
    const r = attr(attrs, 'r');
    const number = r === undefined ? this.lastRowNumber + 1 : Number(r);
    this.lastRowNumber = number;
    const fields: string[] = [];
    let last = -1; // last non-empty position
    if (body !== undefined) {
      const { cOpen, cClose } = this.tags!;
      let col = -1;
      let q = 0;
      for (;;) {
        const at0 = body.indexOf(cOpen, q);
        if (at0 < 0) break;
        if (!endsName(body.charCodeAt(at0 + cOpen.length))) {
          q = at0 + 1;
          continue;
        }
        const gt = body.indexOf('>', at0);
        if (gt < 0) break;
        const attrs = body.slice(at0 + cOpen.length, gt);
        let inner: string | undefined;
        if (body.charCodeAt(gt - 1) === 47) q = gt + 1;
        else {
          const e = body.indexOf(cClose, gt);
          if (e < 0) break;
          inner = body.slice(gt + 1, e);
          q = e + cClose.length;
        }
        let ref: string | undefined;
        let type: string | undefined;
        let style: string | undefined;
        if (attrs.indexOf("'") < 0 && attrs.indexOf('\n') < 0 && attrs.indexOf('\t') < 0) {
          // Double-quoted attributes separated by spaces, as writers write them: no regular expression.
          ref = quoted(attrs, ' r="');
          type = quoted(attrs, ' t="');
          style = quoted(attrs, ' s="');
        } else {
          CELL_ATTR.lastIndex = 0;
          for (let a = CELL_ATTR.exec(attrs); a; a = CELL_ATTR.exec(attrs)) {
            const v = a[2] ?? a[3]!;
            if (a[1] === 'r') ref = v;
            else if (a[1] === 't') type = v;
            else style = v;
          }
        }
        const at = ref === undefined ? -1 : columnOf(ref);
        col = at < 0 ? col + 1 : at;
        const value = inner === undefined ? '' : this.value(inner, type, style);
        while (fields.length < col) fields.push('');
        fields[col] = value;
        if (value !== '') last = col;
      }
    }
    if (this.header === undefined) {
      if (last < 0) return; // above the header
      this.header = last + 1;
      this.nextRow = number;
    }
    // Rows the sheet leaves out between data rows are blank rows, as in a CSV export.
    for (; this.nextRow < number; this.nextRow++) this.emit([], this.nextRow);
    this.nextRow = number + 1;
    fields.length = Math.max(last + 1, this.header);
    for (let i = 0; i < fields.length; i++) if (fields[i] === undefined) fields[i] = '';
    this.emit(fields, number);
  }

  private emit(fields: string[], line: number): void {
    this.rowsEmitted++;
    this.onRecord(fields, line);
  }

  private value(body: string, type: string | undefined, style: string | undefined): string {
    if (type === 'inlineStr') {
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
      return is ? own(itemText(is[1]!)) : '';
    }
    const vOpen = this.tags!.vOpen;
    let raw: string;
    if (body.startsWith(vOpen)) raw = body.slice(vOpen.length, body.indexOf('<', vOpen.length));
    else {
      const v = VALUE.exec(body); // after a formula: <f>…</f><v>…</v>
      if (!v) return '';
      raw = v[1]!;
    }
    switch (type) {
      case 's': {
        const s = this.strings[Number(raw)];
        if (s === undefined) throw new ZipFormatError(`a cell refers to shared string ${raw}, which does not exist`);
        return s;
      }
      case 'b':
        return raw.trim() === '1' || raw.trim() === 'true' ? 'TRUE' : 'FALSE';
      case 'str':
      case 'e':
        return own(stringValue(raw));
      case 'd': {
        const t = unescapeXml(raw).trim();
        return t.length > 10 && t.slice(10).replace(/[T ]00:00(:00(\.0+)?)?Z?$/, '') === '' ? t.slice(0, 10) : t;
      }
      default: {
        const n = Number(raw);
        if (style !== undefined && this.dates[Number(style)] && raw.trim() !== '' && Number.isFinite(n))
          return serialToIso(n, this.date1904);
        return numberText(raw);
      }
    }
  }
}

/** Streams a part as text to `scan`, which returns how far it got; the rest is scanned again with the next chunk. */
async function scanPart(
  zip: ZipFile,
  entry: ZipEntry,
  scan: (text: string) => number,
  onBytes?: (compressedBytesRead: number) => void,
): Promise<void> {
  const textDecoder = new StringDecoder('utf8');
  let rest = '';
  const chunks = zip.stream(entry, onBytes);
  for (;;) {
    const next = await chunks.next(); // read and inflate errors surface here, handler errors below
    const text = next.done ? rest + textDecoder.end() : rest + textDecoder.write(next.value as Buffer);
    const end = scan(text);
    rest = text.slice(end);
    if (next.done) break;
  }
}

async function readSharedStrings(zip: ZipFile, part: string | undefined): Promise<string[]> {
  const entry = part ? zip.get(part) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  let open = '';
  let close = '';
  await scanPart(zip, entry, (text) => {
    if (open === '') {
      const root = /<([\w.-]+:)?sst\b/.exec(text);
      if (!root) return 0;
      open = `<${root[1] ?? ''}si`;
      close = `</${root[1] ?? ''}si>`;
    }
    let p = 0;
    let end = 0;
    for (;;) {
      const a = text.indexOf(open, p);
      if (a < 0) break;
      const gt = text.indexOf('>', a);
      if (gt < 0) break;
      if (text.charCodeAt(gt - 1) === 47) {
        strings.push('');
        p = end = gt + 1;
        continue;
      }
      const b = text.indexOf(close, gt);
      if (b < 0) break;
      strings.push(own(itemText(text.slice(gt + 1, b))));
      p = end = b + close.length;
    }
    return end;
  });
  return strings;
}

/** What reading one sheet reports back. */
export interface SheetInfo {
  rows: number;
}

/**
 * Streams one sheet's rows to `onRecord` (fields, spreadsheet row number). Container and XML
 * problems become an InputError naming `display`; whatever `onRecord` throws passes through.
 */
export async function readSheet(
  path: string,
  display: string,
  sheetName: string,
  onRecord: RecordHandler,
  onBytes?: (bytesRead: number) => void,
): Promise<SheetInfo> {
  let scanner: SheetScanner | undefined;
  try {
    const { zip, info } = openWorkbook(path);
    const sheet = info.sheets.find((s) => s.name === sheetName);
    const entry = sheet ? zip.get(sheet.part) : undefined;
    if (!entry) throw new ZipFormatError(`no sheet named "${sheetName}"`);
    const strings = await readSharedStrings(zip, info.sharedStrings);
    scanner = new SheetScanner(strings, dateStyles(zip, info.styles), info.date1904, onRecord);
    await scanPart(zip, entry, (text) => scanner!.scan(text), onBytes);
  } catch (err) {
    throw workbookError(err, display);
  }
  if (scanner.rowsEmitted === 0) {
    throw new InputError(t(`${display}: het blad is leeg`, `${display}: the sheet is empty`), {
      file: display,
      hint: t(
        'Zet een kopregel en de gegevens op dit blad, of laat het weg',
        'Put a header row and the data on this sheet, or leave it out',
      ),
    });
  }
  return { rows: scanner.rowsEmitted };
}

/** A failure to read a workbook → the one line the user sees; other errors pass unchanged. */
export function workbookError(err: unknown, display: string): unknown {
  if (err instanceof ZipFormatError && err.message === 'encrypted') {
    return new InputError(
      t(
        `${display}: is met een wachtwoord beveiligd en kan niet gelezen worden`,
        `${display}: is protected with a password and cannot be read`,
      ),
      {
        file: display,
        hint: t(
          'Haal het wachtwoord weg in Excel (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord) en sla het opnieuw op',
          'Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password) and save it again',
        ),
      },
    );
  }
  if (err instanceof ZipFormatError) {
    return new InputError(
      t(
        `${display}: kan niet als Excel-werkmap gelezen worden (${err.message})`,
        `${display}: cannot be read as an Excel workbook (${err.message})`,
      ),
      {
        file: display,
        hint: t(
          'Open het in Excel en sla het opnieuw op als .xlsx, of als .csv',
          'Open it in Excel and save it again as .xlsx, or save it as .csv',
        ),
      },
    );
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new InputError(t(`${display}: kan niet gelezen worden (${code})`, `${display}: cannot be read (${code})`), {
      file: display,
      hint: t('Controleer of het bestand bestaat en of u het mag lezen', 'Check that the file exists and that you may read it'),
    });
  }
  return err;
}
