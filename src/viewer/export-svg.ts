/** Writes an export scene (export-scene.ts) as a standalone SVG document; every text is XML-escaped. */

import { FONT_FAMILY } from './export-png.js';
import type { Scene } from './export-scene.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

export function sceneToSvg(scene: Scene, title: string): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${esc(FONT_FAMILY)}">`,
    `<title>${esc(title)}</title>`,
    '<defs>',
  ];
  scene.rects.forEach((r, k) => {
    if (!r.stops) return;
    out.push(`<linearGradient id="g${k}" x1="0" x2="1" y1="0" y2="0">`);
    r.stops.forEach((c, q) => out.push(`<stop offset="${n(q / (r.stops!.length - 1))}" stop-color="${esc(c)}"/>`));
    out.push('</linearGradient>');
  });
  out.push('</defs>', `<rect width="${scene.width}" height="${scene.height}" fill="#ffffff"/>`);
  const rect = (r: Scene['rects'][number], k: number) =>
    r.round
      ? `<circle cx="${n(r.x + r.w / 2)}" cy="${n(r.y + r.h / 2)}" r="${n(r.w / 2)}" fill="${esc(r.color)}"/>`
      : `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${r.stops ? `url(#g${k})` : esc(r.color)}"/>`;
  scene.rects.forEach((r, k) => {
    if (!r.round && !r.stops && r.w > 100) out.push(rect(r, k));
  });
  out.push('<g class="relations" stroke-linecap="round">');
  for (const l of scene.lines)
    out.push(
      `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${esc(l.color)}" stroke-width="${n(l.width)}" stroke-opacity="${n(l.opacity)}"/>`,
    );
  out.push('</g>', '<g class="organisations" stroke="#ffffff" stroke-width="0.6">');
  for (const c of scene.circles) out.push(`<circle cx="${n(c.x)}" cy="${n(c.y)}" r="${n(c.r)}" fill="${esc(c.color)}"/>`);
  out.push('</g>', '<g class="legend">');
  scene.rects.forEach((r, k) => {
    if (r.round || r.stops || r.w <= 100) out.push(rect(r, k));
  });
  out.push('</g>', '<g class="texts">');
  for (const t of scene.texts) {
    const halo = t.halo ? ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"' : '';
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${t.size}" font-weight="${t.weight}" fill="${esc(t.color)}"${halo}>${esc(t.text)}</text>`,
    );
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
