/**
 * A minimal `.xlsx` writer for tests: SpreadsheetML parts as Excel writes them (shared strings
 * after the sheets, a `cellXfs` with a built-in and a custom date format, `r` on every row and
 * cell), zipped with node:zlib (deflate, CRC-32). Enough to make workbooks with typed cells,
 * formulas, rich and inline text, gaps between rows and several sheets; `zip` also packs raw
 * parts for damaged or unusual workbooks. Workbooks written by a real tool (openpyxl) are tested
 * alongside, so this writer is not the only judge of the reader.
 */

import { crc32, deflateRawSync } from 'node:zlib';

export type Cell =
  | string
  | number
  | boolean
  | null
  | { date: number; custom?: boolean }
  | { formula: string; value?: number | string }
  | { inline: string }
  | { rich: string[] }
  | { error: string };

export interface Sheet {
  name: string;
  /** Rows from row 1, or `{ r, cells }` for a row at a given (1-based) number. */
  rows: Array<Cell[] | { r: number; cells: Cell[] }>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A ZIP file of the given parts (deflated), as bytes. */
export function zip(parts: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** The parts of a workbook with these sheets (before zipping; tests may change one). */
export function workbookParts(sheets: Sheet[], options: { date1904?: boolean } = {}): Record<string, string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const cellXml = (c: Cell, ref: string): string => {
    if (c === null) return `<c r="${ref}" s="0"/>`;
    if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${shared(c)}</v></c>`;
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    if (typeof c === 'boolean') return `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`;
    if ('date' in c) return `<c r="${ref}" s="${c.custom ? 2 : 1}"><v>${c.date}</v></c>`;
    if ('formula' in c) {
      const v = c.value === undefined ? '' : `<v>${esc(String(c.value))}</v>`;
      return `<c r="${ref}"${typeof c.value === 'string' ? ' t="str"' : ''}><f>${esc(c.formula)}</f>${v}</c>`;
    }
    if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c.inline)}</t></is></c>`;
    if ('rich' in c)
      return `<c r="${ref}" t="inlineStr"><is>${c.rich.map((t) => `<r><rPr><b/></rPr><t>${esc(t)}</t></r>`).join('')}</is></c>`;
    return `<c r="${ref}" t="e"><v>${esc(c.error)}</v></c>`;
  };
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    let next = 1;
    const rows = sheet.rows.map((row) => {
      const { r, cells } = Array.isArray(row) ? { r: next, cells: row } : row;
      next = r + 1;
      return `<row r="${r}">${cells.map((c, j) => cellXml(c, `${colName(j)}${r}`)).join('')}</row>`;
    });
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${rows.join('')}</sheetData></worksheet>`;
  });
  parts['xl/styles.xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>';
  parts['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`;
  return parts;
}

/** A workbook with these sheets, as `.xlsx` bytes. */
export function writeXlsx(sheets: Sheet[], options: { date1904?: boolean } = {}): Buffer {
  return zip(workbookParts(sheets, options));
}

/** CSV text → cells as a user's workbook would hold them: numbers typed where the text is one exactly. */
export function typedCells(fields: string[]): Cell[] {
  return fields.map((f) => (f === '' ? null : /^-?\d+(\.\d+)?$/.test(f) && String(Number(f)) === f ? Number(f) : f));
}
