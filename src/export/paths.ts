/**
 * What output files may say about input files and time (docs/contract.md §5 determinism): a file's
 * name without its folder, and a timestamp only from `SOURCE_DATE_EPOCH`.
 */

/** The last path segment, for `/` and `\` separators alike. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** `SOURCE_DATE_EPOCH` (seconds) as ISO 8601 UTC without milliseconds, or undefined. */
export function isoFromEpoch(epoch: number | undefined): string | undefined {
  if (epoch === undefined || !Number.isFinite(epoch)) return undefined;
  const date = new Date(Math.trunc(epoch) * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
