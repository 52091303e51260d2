/** The handle the map publishes on `window` (see src/viewer/main.ts), as the browser tests read it. */
import type { KisMapHandle } from '../../src/viewer/main.js';

declare global {
  interface Window {
    __kisMap: KisMapHandle;
  }
}
