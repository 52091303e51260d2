/** Types of what the tests import from generate-example.mjs. */

export interface ExpectedChanges {
  /** Organisation ids (register id, else key), sorted by code unit. */
  organisations: { new: string[]; gone: string[] };
  /** `source,target` id pairs (source < target by code unit), sorted. */
  relations: { new: string[]; gone: string[]; stronger: string[]; weaker: string[] };
}

export interface PlantedChanges {
  left: string[];
  joined: string[];
  renamed: [string, string];
  added: Array<[string, string]>;
  removed: Array<[string, string]>;
  stronger: Array<[string, string]>;
  weaker: Array<[string, string]>;
}

export const SEED: number;
export const SURVEY_ROWS: number;
export function generateExample(seed?: number): { files: Record<string, string>; stats: Record<string, number> };
export function generateWave2024(seed?: number): { files: Record<string, string>; expected: ExpectedChanges; planted: PlantedChanges };
