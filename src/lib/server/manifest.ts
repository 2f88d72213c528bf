// data/documents/manifest.json: the kind, title and date of each bundled document.
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DocumentError } from '../parse/decode';
import { DOCUMENT_KINDS, type DocumentKind } from '../parse/types';
import { isIsoDate } from '../dates';

export interface ManifestEntry {
	file: string;
	kind: DocumentKind | null;
	title: string | null;
	date: string | null;
}

export function readManifest(path: string): ManifestEntry[] {
	if (!existsSync(path)) return [];
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new DocumentError(`not valid JSON: ${(e as Error).message}`, path);
	}
	const docs = (json as { documents?: unknown }).documents;
	if (!Array.isArray(docs)) throw new DocumentError('expected {"documents": [ … ]}', path);
	return docs.map((d: Record<string, unknown>, i) => {
		if (typeof d.file !== 'string') throw new DocumentError(`documents[${i}] has no "file"`, path);
		const kind = typeof d.kind === 'string' ? d.kind : null;
		if (kind && !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
			throw new DocumentError(
				`documents[${i}].kind "${kind}" is not one of ${DOCUMENT_KINDS.join(', ')}`,
				path
			);
		}
		const date = typeof d.date === 'string' ? d.date : null;
		if (date && !isIsoDate(date)) {
			throw new DocumentError(`documents[${i}].date "${date}" is not YYYY-MM-DD`, path);
		}
		return {
			file: d.file,
			kind: kind as DocumentKind | null,
			title: typeof d.title === 'string' ? d.title : null,
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
