/** The `validate` reporters by `--format` name. */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS = { stylish, json, github, junit } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
export type { ValidationReport, ValidationFile, Reporter } from './types.js';
