/**
 * A wave given as an `analyse` output folder (recognised by its summary.json): its tables are
 * streamed from disk, and its map's data island (map.html) is read only when the map of
 * `compare` needs it — the NEW wave is drawn with the layout `analyse` gave it.
 */

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { PAYLOAD_VERSION, type MapPayload } from '../export/html/payload-types.js';
import { t } from '../lang.js';
import type { WaveFiles, WaveTable } from './load-wave.js';
import { fileSource } from './read-table.js';

/** True when `dir` is a folder that holds a summary.json (an `analyse` output folder). */
export function isOutputFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && existsSync(path.join(dir, 'summary.json'));
  } catch {
    return false;
  }
}

/** The name a wave is shown by: the folder's (or file's) base name, never a full path. */
export function waveName(userPath: string, cwd: string): string {
  return path.basename(path.resolve(cwd, userPath)) || userPath;
}

const ISLAND = /<script type="application\/json" id="kis-data">([\s\S]*?)<\/script>/;

/** The data island of an `analyse` map.html, or an error that says how to get one. */
export function readMapPayload(file: string, display: string): MapPayload {
  const missing = () =>
    new InputError(
      t(
        `${display}: geen kaart van kis-network analyse (versie ${PAYLOAD_VERSION})`,
        `${display}: not a map of kis-network analyse (version ${PAYLOAD_VERSION})`,
      ),
      {
        file: display,
        hint: t(
          'Draai kis-network analyse opnieuw voor deze map (met deze versie), of geef de invoerbestanden op',
          'Run kis-network analyse again for this folder (with this version), or pass the input files',
        ),
      },
    );
  if (!existsSync(file)) throw missing();
  const match = ISLAND.exec(readFileSync(file, 'utf8'));
  if (!match) throw missing();
  let payload: MapPayload;
  try {
    payload = JSON.parse(match[1]!);
  } catch {
    throw missing();
  }
  if (payload.v !== PAYLOAD_VERSION) throw missing();
  return payload;
}

export function folderWave(dir: string, userPath: string, cwd: string): WaveFiles {
  const name = waveName(userPath, cwd);
  const shown = (file: string) => path.join(userPath, file);
  return {
    name,
    summary: fileSource(path.join(dir, 'summary.json'), shown('summary.json')),
    table: (file: WaveTable) => {
      const full = path.join(dir, file);
      if (!existsSync(full))
        throw new InputError(t(`${shown(file)}: het bestand ontbreekt`, `${shown(file)}: the file is missing`), {
          file: shown(file),
          hint: t(
            'Draai kis-network analyse opnieuw voor deze map, of geef de invoerbestanden op',
            'Run kis-network analyse again for this folder, or pass the input files',
          ),
        });
      return fileSource(full, shown(file));
    },
    map: () => readMapPayload(path.join(dir, 'map.html'), shown('map.html')),
  };
}
