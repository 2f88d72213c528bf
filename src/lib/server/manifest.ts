// data/documents/manifest.json (or one beside imported files): the kind, title and date of each
// document. Checked field by field: a message names the manifest, the entry and the field.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DocumentError } from '../parse/decode';
import { DOCUMENT_KINDS, type DocumentKind } from '../parse/types';
import { isIsoDate } from '../dates';
import { readDocumentFile } from './import/document-files';

export interface ManifestEntry {
	file: string;
	kind: DocumentKind | null;
	title: string | null;
	date: string | null;
}

/** A manifest is small: a megabyte holds thousands of entries. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/** An optional string field: absent or null is null; anything else but a string is an error. */
function optionalString(
	entry: Record<string, unknown>,
	field: string,
	where: string,
	path: string
): string | null {
	const v = entry[field];
	if (v === undefined || v === null) return null;
	if (typeof v !== 'string')
		throw new DocumentError(
			`${where}: "${field}" must be a string (or null), not ${typeOf(v)}`,
			path
		);
	return v;
}

export function readManifest(path: string): ManifestEntry[] {
	if (!existsSync(path)) return [];
	let json: unknown;
	const bytes = readDocumentFile(path, MAX_MANIFEST_BYTES);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new DocumentError('is not UTF-8 text; save the manifest as UTF-8', path);
	}
	try {
		// A BOM (as Windows editors save UTF-8) is no part of the JSON.
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new DocumentError(`not valid JSON: ${(e as Error).message}`, path);
	}
	if (json === null || typeof json !== 'object' || Array.isArray(json))
		throw new DocumentError(`expected an object {"documents": [ … ]}, not ${typeOf(json)}`, path);
	const docs = (json as { documents?: unknown }).documents;
	if (docs === undefined)
		throw new DocumentError('has no "documents": expected {"documents": [ … ]}', path);
	if (!Array.isArray(docs))
		throw new DocumentError(`"documents" must be an array, not ${typeOf(docs)}`, path);
	const seen = new Map<string, number>();
	return docs.map((d: unknown, i) => {
		let where = `documents[${i}]`;
		if (d === null || typeof d !== 'object' || Array.isArray(d))
			throw new DocumentError(
				`${where} must be an object {"file": …, "kind": …, "title": …, "date": …}, not ${typeOf(d)}`,
				path
			);
		const entry = d as Record<string, unknown>;
		if (typeof entry.file !== 'string' || !entry.file.trim())
			throw new DocumentError(
				`${where}: "file" must be the document's file name, not ${entry.file === undefined ? 'missing' : typeOf(entry.file) === 'string' ? 'empty' : typeOf(entry.file)}`,
				path
			);
		const file = entry.file;
		where = `documents[${i}] ("${file}")`;
		if (file !== basename(file))
			throw new DocumentError(
				`${where}: "file" must be a file name in the manifest's folder, without a path`,
				path
			);
		const earlier = seen.get(file);
		if (earlier !== undefined)
			throw new DocumentError(
				`${where}: the file is listed twice (also documents[${earlier}]); keep one entry`,
				path
			);
		seen.set(file, i);
		const kind = optionalString(entry, 'kind', where, path);
		if (kind !== null && !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
			throw new DocumentError(
				`${where}: "kind" "${kind}" is not one of ${DOCUMENT_KINDS.join(', ')}`,
				path
			);
		}
		const date = optionalString(entry, 'date', where, path);
		if (date !== null && !isIsoDate(date)) {
			throw new DocumentError(`${where}: "date" "${date}" is not a date YYYY-MM-DD`, path);
		}
		return {
			file,
			kind: kind as DocumentKind | null,
			title: optionalString(entry, 'title', where, path),
			date
		};
	});
}

/** The manifest entry for a file: the manifest beside it, else the bundled one, matched by file name. */
export function manifestEntryFor(
	file: string,
	fallbackDir = 'data/documents',
	cache: Map<string, ManifestEntry[]> = new Map()
): ManifestEntry | null {
	const name = basename(file);
	for (const dir of [dirname(file), fallbackDir]) {
		const path = join(dir, 'manifest.json');
		let entries = cache.get(path);
		if (!entries) {
			entries = readManifest(path);
			cache.set(path, entries);
		}
		const entry = entries.find((e) => e.file === name);
		if (entry) return entry;
	}
	return null;
}
