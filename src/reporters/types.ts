/**
 * What a `validate` reporter gets: the files with their accounting and issues (already in the
 * language of the run), a chalk, and that language for the reporter's own words.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../lang.js';
import type { Issue } from '../quality/issue.js';
import type { FileAccount } from '../result.js';

export interface ValidationFile extends Omit<FileAccount, 'rejected_by_type'> {
  /** The path as the user named it. */
  path: string;
  rejected_by_type: Record<string, number>;
  issues: Issue[];
}

export interface ValidationReport {
  valid: boolean;
  errors: number;
  warnings: number;
  files: ValidationFile[];
}

export type Reporter = (report: ValidationReport, chalk: ChalkInstance, lang: Lang) => string;
