/**
 * Windows-1252 decoding with our own table. Node 20's `TextDecoder('windows-1252')` maps
 * 0x80–0x9F as Latin-1 control characters (so € “ ” – ’ come out wrong); the WHATWG
 * Encoding Standard's table is used here instead. Single-byte, so chunk borders are harmless.
 */

/** Code points for bytes 0x80–0x9F (WHATWG index-windows-1252); undefined bytes map to C1. */
const HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const TABLE: string[] = [];
for (let b = 0; b < 256; b++) TABLE.push(String.fromCharCode(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  let asciiStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      if (i > asciiStart) out += Buffer.from(bytes.buffer, bytes.byteOffset + asciiStart, i - asciiStart).toString('latin1');
      out += TABLE[bytes[i]!];
      asciiStart = i + 1;
    }
  }
  if (asciiStart < bytes.length) {
    out += Buffer.from(bytes.buffer, bytes.byteOffset + asciiStart, bytes.length - asciiStart).toString('latin1');
  }
  return out;
}

/** Encode text as Windows-1252 (for test fixtures); throws on characters outside the table. */
export function encodeWindows1252(text: string): Uint8Array {
  const reverse = new Map<number, number>();
  for (let b = 0; b < 256; b++) reverse.set(TABLE[b]!.charCodeAt(0), b);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = reverse.get(text.charCodeAt(i));
    if (b === undefined) throw new Error(`character U+${text.charCodeAt(i).toString(16)} has no Windows-1252 byte`);
    out[i] = b;
  }
  return out;
}
