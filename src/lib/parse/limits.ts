// How much the reader takes on: beyond these a document is refused with a message, never read slowly
// for minutes or into gigabytes. The largest real transcript seen is under 5 MB.

/** The largest document read, in bytes (a file is checked before it is read). */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** Warnings kept per document; the rest are counted in one last warning. */
export const MAX_WARNINGS = 100;

/** The longest a document's reading may take before it is stopped and refused, in milliseconds. */
export const PARSE_TIME_LIMIT_MS = 60_000;

/** "31.2 MB": a size as a person reads it. */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
