import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Writer } from '../../../src/utf8.js';

/** Everything a writer of `capacity` bytes emits for `parts`, joined. */
function written(parts: ReadonlyArray<string | Uint8Array>, capacity: number): Buffer {
  const out: Buffer[] = [];
  const writer = new Utf8Writer((bytes) => out.push(Buffer.from(bytes)), capacity);
  for (const part of parts) {
    if (typeof part === 'string') writer.write(part);
    else writer.writeBytes(part);
  }
  writer.flush();
  return Buffer.concat(out);
}

describe('Utf8Writer', () => {
  it('gives the bytes Buffer.from gives, whatever the buffer size and however the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 30 }),
        fc.integer({ min: 12, max: 64 }),
        (parts, capacity) => {
          expect(written(parts, capacity).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
        },
      ),
    );
  });

  it('never splits a surrogate pair where long text is cut into slices', () => {
    // Capacity 12 → slices of 4 code units: the pair of 𝄞 straddles the first cut.
    const text = 'abc𝄞def😀😀😀ë€';
    expect(written([text], 12).toString('utf8')).toBe(text);
  });

  it('keeps text and bytes in the order they came', () => {
    const bytes = new Uint8Array([0, 255, 1]);
    const out = written(['één', bytes, 'twee'], 16);
    expect(out.equals(Buffer.concat([Buffer.from('één'), Buffer.from(bytes), Buffer.from('twee')]))).toBe(true);
  });
});
