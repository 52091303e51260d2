import { describe, expect, it } from 'vitest';
import { createDecoder, detectEncoding, isValidUtf8Prefix } from '../../../src/ingest/decode.js';
import { decodeWindows1252, encodeWindows1252 } from '../../../src/ingest/windows-1252.js';

describe('encoding detection and decoding', () => {
  it('decodes Windows-1252 0x80–0x9F with the WHATWG table (Node 20 gets these wrong)', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x92, 0x73, 0x20, 0xe9]);
    expect(decodeWindows1252(bytes)).toBe('€ “a” – ’s é');
  });

  it('round-trips text through our Windows-1252 encoder', () => {
    const text = "Gemeente 's-Hertogenbosch – “Súdwest-Fryslân” € 5";
    expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
  });

  it('detects UTF-8 with and without BOM, and Windows-1252', () => {
    expect(detectEncoding(Buffer.from('\ufefforganisatie;regio\n', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('Súdwest-Fryslân\n', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(encodeWindows1252('Súdwest-Fryslân € “x”\n'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('plain ascii'))).toBe('utf-8');
  });

  it('accepts a UTF-8 character cut at the end of the sniffed chunk', () => {
    const bytes = Buffer.from('abc€', 'utf8');
    expect(isValidUtf8Prefix(bytes.subarray(0, bytes.length - 1))).toBe(true);
    expect(isValidUtf8Prefix(Uint8Array.from([0x61, 0xe9, 0x61]))).toBe(false);
  });

  it('strips the BOM even when it arrives split over chunks', () => {
    const dec = createDecoder('utf-8');
    const all = Buffer.from('\ufeffid,organisation', 'utf8');
    const text = dec.write(all.subarray(0, 1)) + dec.write(all.subarray(1, 2)) + dec.write(all.subarray(2)) + dec.end();
    expect(text).toBe('id,organisation');
  });
});
