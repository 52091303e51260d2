/**
 * A streaming RFC 4180 parser that knows physical lines. Text is pushed in chunks of any size
 * (a quoted field, a `""` escape or a CRLF may straddle chunk borders); every record is handed
 * on with the physical 1-based line it starts on, so messages stay right across quoted
 * multi-line fields. Lenient like Excel: a stray quote inside an unquoted field is kept.
 * Fields never share memory with the chunk they came from (see `own`).
 */

import { InputError } from '../errors.js';
import { t } from '../lang.js';

const QUOTE = 34;
const CR = 13;
const LF = 10;

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

export type RecordHandler = (fields: string[], line: number) => void;

/**
 * A copy of `s` that does not share memory with the chunk it was cut from. V8 keeps substrings
 * of 13+ characters as views of their parent string, so one organisation name kept in a Map
 * would keep a whole 1 MiB chunk of text alive, and memory would grow with the file instead of
 * with the graph. Concatenating forces a fresh flat string; the slice then drops the space.
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

export class CsvParser {
  private readonly delim: number;
  private state = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private afterCR = false;

  constructor(
    delimiter: string,
    private readonly onRecord: RecordHandler,
    private readonly fileName = '',
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** The physical line the parser is on (1-based). */
  get currentLine(): number {
    return this.line;
  }

  push(text: string): void {
    const n = text.length;
    const delim = this.delim;
    let start = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          if (this.state === State.Quoted) this.field += '\n';
          i++;
          start = i;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
            start = i + 1;
          } else if (c === delim) {
            this.fields.push('');
          } else if (c === LF || c === CR) {
            this.fields.push('');
            this.endRecord(c);
          } else {
            this.state = State.Unquoted;
            start = i;
          }
          break;
        case State.Unquoted:
          if (c === delim) {
            this.fields.push(own(this.field + text.slice(start, i)));
            this.field = '';
            this.state = State.FieldStart;
          } else if (c === LF || c === CR) {
            this.fields.push(own(this.field + text.slice(start, i)));
            this.field = '';
            this.endRecord(c);
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = State.QuoteInQuoted;
          } else if (c === LF) {
            this.line++;
          } else if (c === CR) {
            // Keep CR in the value; a following LF is kept by the afterCR branch above.
            this.field += text.slice(start, i + 1);
            start = i + 1;
            this.line++;
            this.afterCR = true;
          }
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            start = i + 1;
          } else if (c === delim) {
            this.fields.push(own(this.field));
            this.field = '';
            this.state = State.FieldStart;
          } else if (c === LF || c === CR) {
            this.fields.push(own(this.field));
            this.field = '';
            this.endRecord(c);
          } else {
            // `"abc"def`: keep the rest literally, as Excel does.
            this.state = State.Unquoted;
            start = i;
          }
          break;
      }
      i++;
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.field += text.slice(start, n);
    }
  }

  private endRecord(c: number): void {
    const fields = this.fields;
    const line = this.recordLine;
    this.fields = [];
    this.state = State.FieldStart;
    this.line++;
    this.recordLine = this.line;
    if (c === CR) this.afterCR = true;
    this.onRecord(fields, line);
  }

  /** Flush the last record; throws an InputError on an unterminated quoted field. */
  end(): void {
    if (this.state === State.Quoted) {
      const where = `${this.fileName}:${this.quoteLine}`;
      throw new InputError(
        t(`${where}: een aanhalingsteken wordt nooit gesloten`, `${where}: a quoted field is never closed (unterminated quote)`),
        {
          file: this.fileName,
          line: this.quoteLine,
          hint: t(
            'Voeg het sluitende " toe of haal het losse aanhalingsteken op die regel weg, en probeer het opnieuw',
            'Add the closing " or remove the stray quote at that line, then run again',
          ),
        },
      );
    }
    if (this.state !== State.FieldStart || this.fields.length > 0) {
      this.fields.push(own(this.field));
      this.field = '';
      const fields = this.fields;
      this.fields = [];
      this.state = State.FieldStart;
      this.onRecord(fields, this.recordLine);
    }
  }
}

/** Parse a whole string (tests, small files). */
export function parseCsv(text: string, delimiter = ','): Array<{ fields: string[]; line: number }> {
  const out: Array<{ fields: string[]; line: number }> = [];
  const p = new CsvParser(delimiter, (fields, line) => out.push({ fields, line }));
  p.push(text);
  p.end();
  return out;
}
