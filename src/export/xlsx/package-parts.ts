/**
 * The small parts of a SpreadsheetML package (ECMA-376 Part 1 §12, Part 2 Open Packaging
 * Conventions): `[Content_Types].xml`, the package and workbook relationships, the core
 * properties (`docProps/core.xml`: title and creator, and dates only from `SOURCE_DATE_EPOCH`,
 * so reruns are byte-identical), `xl/workbook.xml` with the sheet list and a hidden
 * `_xlnm._FilterDatabase` name per filtered sheet (as Excel writes it for an `<autoFilter>`),
 * and `xl/styles.xml` with three cell formats: plain (numbers in the General format), bold
 * (header row) and wrapped text at the top (the read-me sheet).
 */

import { xmlAttr, xmlText } from '../xml.js';
import { isoFromEpoch } from '../paths.js';
import { columnLetters } from './cell-text.js';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetEntry {
  name: string;
  /** 1-based: `xl/worksheets/sheet<n>.xml`. */
  number: number;
  /** The filtered range (header and rows), for a sheet with a filter. */
  filter?: { columns: number; rows: number };
}

export const sheetPart = (n: number) => `xl/worksheets/sheet${n}.xml`;

export function contentTypesXml(sheets: readonly SheetEntry[]): string {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  let x = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`;
  x += '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>';
  x += '<Default Extension="xml" ContentType="application/xml"/>';
  x += `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`;
  for (const s of sheets) x += `<Override PartName="/${sheetPart(s.number)}" ContentType="${ct}.worksheet+xml"/>`;
  x += `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>`;
  x += '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
  return `${x}</Types>`;
}

export function packageRelsXml(): string {
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '</Relationships>'
  );
}

export function corePropertiesXml(title: string, sourceDateEpoch: number | undefined): string {
  const when = isoFromEpoch(sourceDateEpoch);
  let x = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`;
  x += `<dc:title>${xmlText(title)}</dc:title><dc:creator>kis-network</dc:creator>`;
  if (when !== undefined)
    x += `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`;
  return `${x}</cp:coreProperties>`;
}

/** A sheet name inside a formula reference: quoted, `'` doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function workbookXml(sheets: readonly SheetEntry[]): string {
  let x = `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>`;
  for (const s of sheets) x += `<sheet name="${xmlAttr(s.name)}" sheetId="${s.number}" r:id="rId${s.number}"/>`;
  x += '</sheets>';
  const filtered = sheets.filter((s) => s.filter !== undefined);
  if (filtered.length > 0) {
    x += '<definedNames>';
    for (const s of filtered) {
      const { columns, rows } = s.filter!;
      const ref = `${quotedSheet(s.name)}!$A$1:$${columnLetters(Math.max(columns, 1) - 1)}$${rows + 1}`;
      x += `<definedName name="_xlnm._FilterDatabase" localSheetId="${s.number - 1}" hidden="1">${xmlText(ref)}</definedName>`;
    }
    x += '</definedNames>';
  }
  return `${x}</workbook>`;
}

export function workbookRelsXml(sheets: readonly SheetEntry[]): string {
  let x = `${DECL}<Relationships xmlns="${PKG_REL}">`;
  for (const s of sheets) x += `<Relationship Id="rId${s.number}" Type="${REL}/worksheet" Target="worksheets/sheet${s.number}.xml"/>`;
  x += `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${x}</Relationships>`;
}

/** Cell formats 0 plain, 1 bold, 2 wrapped at the top (worksheet.ts STYLE). */
export function stylesXml(): string {
  return (
    `${DECL}<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}
