/**
 * Colours for the XML graph formats: the appearance stage writes CSS colours (`#rrggbb`, also
 * `#rgb`, `#rrggbbaa`, `rgb()`/`rgba()`); GEXF's `viz:color` needs integer r, g, b and alpha.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1; undefined when opaque by omission. */
  a?: number;
}

/** The colour as channels, or null when it is not a colour we understand. */
export function parseColor(color: string | null | undefined): Rgba | null {
  if (!color) return null;
  const text = color.trim();
  let m = /^#([0-9a-f]{3,4})$/i.exec(text);
  if (m) {
    const h = m[1]!;
    const c = (i: number): number => parseInt(h[i]! + h[i]!, 16);
    return h.length === 4 ? { r: c(0), g: c(1), b: c(2), a: round3(c(3) / 255) } : { r: c(0), g: c(1), b: c(2) };
  }
  m = /^#([0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text);
  if (m) {
    const h = m[1]!;
    const c = (i: number): number => parseInt(h.slice(2 * i, 2 * i + 2), 16);
    return h.length === 8 ? { r: c(0), g: c(1), b: c(2), a: round3(c(3) / 255) } : { r: c(0), g: c(1), b: c(2) };
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text);
  if (m) {
    const channel = (s: string): number => Math.max(0, Math.min(255, Math.round(Number(s))));
    const out: Rgba = { r: channel(m[1]!), g: channel(m[2]!), b: channel(m[3]!) };
    if (m[4] !== undefined) out.a = Math.max(0, Math.min(1, Number(m[4])));
    return out;
  }
  return null;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
