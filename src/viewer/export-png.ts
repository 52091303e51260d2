/** Paints an export scene (export-scene.ts) on a canvas at `scale` times its size and encodes it as PNG. */

import type { Scene } from './export-scene.js';

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export function paintScene(scene: Scene, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const r of scene.rects.filter((r) => !r.round && !r.stops && r.w > 100)) {
    ctx.fillStyle = r.color;
    ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.lineCap = 'round';
  for (const l of scene.lines) {
    ctx.globalAlpha = l.opacity;
    ctx.strokeStyle = l.color;
    ctx.lineWidth = l.width;
    ctx.beginPath();
    ctx.moveTo(l.x1, l.y1);
    ctx.lineTo(l.x2, l.y2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  for (const c of scene.circles) {
    ctx.beginPath();
    ctx.arc(c.x, c.y, c.r, 0, Math.PI * 2);
    ctx.fillStyle = c.color;
    ctx.fill();
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  for (const r of scene.rects) {
    if (!r.round && !r.stops && r.w > 100) continue;
    if (r.stops) {
      const g = ctx.createLinearGradient(r.x, 0, r.x + r.w, 0);
      r.stops.forEach((c, k) => g.addColorStop(k / (r.stops!.length - 1), c));
      ctx.fillStyle = g;
    } else ctx.fillStyle = r.color;
    if (r.round) {
      ctx.beginPath();
      ctx.arc(r.x + r.w / 2, r.y + r.h / 2, r.w / 2, 0, Math.PI * 2);
      ctx.fill();
    } else ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.textBaseline = 'alphabetic';
  for (const t of scene.texts) {
    ctx.font = `${t.weight} ${t.size}px ${FONT_FAMILY}`;
    if (t.halo) {
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(t.text, t.x, t.y);
    }
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
  return canvas;
}

export function sceneToPng(scene: Scene, scale = 2): Promise<Blob | null> {
  const canvas = paintScene(scene, scale);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), 'image/png'));
}
