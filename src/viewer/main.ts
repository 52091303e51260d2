/**
 * Entry point of the map's viewer bundle (built by scripts/build-viewer.mjs into an IIFE and
 * inlined in map.html): reads the JSON data island, starts the app, records start-up timings
 * in `window.__kisMap` (used by the browser tests and the speed script).
 */

import type { MapPayload } from '../export/html/payload-types.js';
import { App, type Timings } from './app.js';

export interface KisMapHandle {
  ready: boolean;
  error: string | null;
  timings: Timings;
  app: App | null;
}

declare global {
  interface Window {
    __kisMap: KisMapHandle;
  }
}

function boot(): void {
  const handle: KisMapHandle = {
    ready: false,
    error: null,
    timings: { parsed: 0, marks: {}, firstRender: null, interactive: null },
    app: null,
  };
  window.__kisMap = handle;
  const root = document.getElementById('app');
  try {
    const island = document.getElementById('kis-data');
    const payload = JSON.parse(island?.textContent ?? 'null') as MapPayload;
    handle.timings.parsed = performance.now();
    handle.timings.marks.start = performance.timeOrigin ? performance.now() : 0;
    if (!root || !payload) throw new Error('no map data in this file');
    const app = new App(payload, root, handle.timings);
    handle.app = app;
    app.start();
    requestAnimationFrame(() => {
      setTimeout(() => {
        handle.timings.interactive = performance.now();
        handle.ready = true;
        document.body.setAttribute('data-ready', 'true');
      }, 0);
    });
  } catch (e) {
    handle.error = e instanceof Error ? e.message : String(e);
    if (root) {
      const p = document.createElement('p');
      p.className = 'fatal';
      p.textContent = `Kaart kan niet worden geopend / The map cannot be opened: ${handle.error}`;
      root.replaceChildren(p);
    }
    throw e;
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
