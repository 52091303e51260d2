/**
 * UTF-8 encoding of streamed text output: each piece (a row, an element) is written straight
 * into one reused byte buffer with `buffer.write`, and the full buffer handed on. Measured on
 * the bench machine (BENCHMARKS.md): chunks built by `+=` from small pieces cost V8 a flatten
 * of the rope before any encoding (about 15 ns a byte, 14 s of a million-relation run), and
 * `Buffer.from` of each chunk a fresh allocation; piece by piece into one buffer, the graph
 * files are written in about half the time.
 */

/** A UTF-16 code unit never takes more than 3 UTF-8 bytes (a surrogate pair takes 4 for 2). */
const MAX_BYTES_PER_UNIT = 3;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Encodes text into one reused buffer and hands each full buffer to `emit`, which must use the
 * bytes before it returns (they are overwritten afterwards): e.g. `fs.writeSync`.
 */
export class Utf8Writer {
  private readonly buffer: Buffer;
  private used = 0;

  constructor(
    private readonly emit: (bytes: Buffer) => void,
    capacity = 1 << 20,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(capacity, 4 * MAX_BYTES_PER_UNIT));
  }

  /** Appends `text` as UTF-8 (long text in slices that never split a surrogate pair). */
  write(text: string): void {
    const room = Math.floor(this.buffer.length / MAX_BYTES_PER_UNIT);
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + room);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      if (this.used + (end - start) * MAX_BYTES_PER_UNIT > this.buffer.length) this.flush();
      this.used += this.buffer.write(start === 0 && end === text.length ? text : text.slice(start, end), this.used);
      start = end;
    }
  }

  /** Appends bytes as they are (after the text before them). */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.emit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  /** Hands over what is buffered. */
  flush(): void {
    if (this.used === 0) return;
    this.emit(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}
