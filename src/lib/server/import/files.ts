// Import files and folders: each document in a savepoint of its own, so one bad file never stops
// the good ones and a refused file leaves the database as it was; several documents commit
// together (write-batch.ts).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../db';
import { DocumentError } from '../../parse/decode';
import type { DocumentKind, Registry } from '../../parse/types';
import { manifestEntryFor, type ManifestEntry } from '../manifest';
import {
	holdBytes,
	importParsed,
	prepareFile,
	type ImportReport,
	type PreparedFile,
	unchangedImport
} from './document';
import { FileStatCache, type FileRead } from './file-stats';
import type { ParsePool } from './parse-pool';
import { KnownIds } from './registry';
import { progressMeter, type Progress } from './progress';
import { fileReader, refusalOf } from './document-files';
import { BatchLost, WriteBatch } from './write-batch';

export interface FileImportOptions {
	date?: string | null;
	title?: string | null;
	kind?: DocumentKind | null;
	dryRun?: boolean;
	/** Where files are read and parsed: in process (the default), or on a ParsePool's workers. */
	pool?: ParsePool | null;
	/** With a pool: how many files are read ahead of the one being written (twice the pool's size). */
	readAhead?: number;
	/**
	 * Read every file again, though its size and modification time are as when it was last imported
	 * (file_stats). Without it such a file is taken to be unchanged without being read.
	 */
	reread?: boolean;
}

export interface Refusal {
	file: string;
	message: string;
}

export interface ImportSummary {
	reports: ImportReport[];
	refused: Refusal[];
}

/** The files a folder's documents are taken from: text, PDF and XML (the format is read from the content). */
const DOCUMENT_EXTENSIONS = /\.(txt|text|pdf|xml)$/i;

/** The document files a list of paths names: files as given, folders' .txt files sorted by name. */
export function expandPaths(paths: string[]): { files: string[]; refused: Refusal[] } {
	const files: string[] = [];
	const refused: Refusal[] = [];
	for (const path of paths) {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			refused.push({ file: path, message: 'no such file or folder' });
			continue;
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(path).sort()) {
				if (!DOCUMENT_EXTENSIONS.test(name)) continue;
				// Pipes, devices, links out of the folder, files over the limit: refused unread.
				const refusal = refusalOf(join(path, name), path);
				if (refusal) refused.push({ file: join(path, name), message: refusal });
				else files.push(join(path, name));
			}
		} else {
			const refusal = refusalOf(path, dirname(path));
			if (refusal) refused.push({ file: path, message: refusal });
			else files.push(path);
		}
	}
	return { files, refused };
}

/** A document written in the open batch, and what its file held when read. */
interface Written {
	file: string;
	report: ImportReport;
	read: FileRead | undefined;
}

export async function importFiles(
	db: Db,
	files: string[],
	registry: Registry,
	options: FileImportOptions = {},
	onProgress: (done: number, file: string, progress: Progress) => void = () => {}
): Promise<ImportSummary> {
	const meter = progressMeter(files.length);
	let motions = 0;
	const summary: ImportSummary = { reports: [], refused: [] };
	const manifests = new Map<string, ManifestEntry[]>();
	const known = new KnownIds();
	const read = fileReader();
	// In process, one buffer is reused from file to file: no file is read before the last is parsed.
	const readAhead = options.pool ? Math.max(1, options.readAhead ?? 2 * options.pool.size) : 1;
	// Files read and being parsed, in file order: each is written once those before it are.
	const ahead: { file: string; prepared: Promise<PreparedFile> }[] = [];
	const refuse = (file: string, e: unknown) => {
		if (e instanceof DocumentError) {
			// The refusal line names the file; the message adds the line, or the other file at
			// fault (its manifest).
			const other = e.file !== null && e.file !== file && e.file !== basename(file);
			const where = other
				? `${e.file}${e.line !== null ? `:${e.line}` : ''}: `
				: e.line !== null
					? `line ${e.line}: `
					: '';
			summary.refused.push({ file, message: where + e.message });
		} else {
			summary.refused.push({
				file,
				message: `import failed, nothing of it was stored: ${(e as Error).message}`
			});
		}
	};
	// What each file held when last read: an unchanged one is not read again (a dry run neither
	// trusts nor records it).
	const fileStats = options.dryRun ? null : new FileStatCache(db.$client);
	const reads = new Map<string, FileRead>();
	const prepare = async (file: string): Promise<PreparedFile> => {
		const entry = manifestEntryFor(file, undefined, manifests);
		const input = {
			fileName: basename(file),
			date: options.date ?? entry?.date ?? null,
			title: options.title ?? entry?.title ?? null,
			kind: options.kind ?? entry?.kind ?? null
		};
		// Taken before the file is read: a change while it is read shows as another time next run.
		const stat = fileStats?.stat(file) ?? null;
		const known = stat && !options.reread ? fileStats!.knownHash(stat) : null;
		const unchanged = known ? unchangedImport(db, known, input.fileName) : null;
		if (unchanged) return { report: unchanged };
		const readAtMs = Date.now();
		const held = options.pool
			? await options.pool.read(file, input)
			: holdBytes(read(file), input.fileName, registry);
		if (stat) reads.set(file, { stat, sha256: held.sha256, readAtMs });
		return prepareFile(db, held, input);
	};
	// Written documents wait here for their batch to commit; then their reads are remembered. Only
	// with parse workers: parsed in process, the next file would be parsed with the write lock held.
	// A dry run writes nothing and needs no batch.
	const batch = options.pool && !options.dryRun ? new WriteBatch<Written>(db.$client, known) : null;
	const settle = () => {
		try {
			for (const w of batch!.commit()) if (w.read) fileStats!.remember(w.read);
		} catch (e) {
			if (!(e instanceof BatchLost)) throw e;
			// Nothing of these documents was stored: their reports become refusals.
			const lost = new Set((e.items as Written[]).map((w) => w.report));
			summary.reports = summary.reports.filter((r) => !lost.has(r));
			for (const w of e.items as Written[]) refuse(w.file, e.cause);
		}
	};
	let next = 0;
	try {
		for (let done = 0; done < files.length; done++) {
			while (next < files.length && ahead.length < readAhead) {
				const file = files[next++]!;
				const prepared = prepare(file);
				prepared.catch(() => {}); // settled in order below
				ahead.push({ file, prepared });
			}
			const { file, prepared } = ahead.shift()!;
			try {
				const p = await (batch ? batch.wait(prepared, settle) : prepared);
				const read = reads.get(file);
				const stored = 'report' in p;
				const report = stored
					? p.report
					: importParsed(db, p.parsed, p.source, registry, {
							dryRun: options.dryRun,
							...(batch ? batch.enter() : { known })
						});
				summary.reports.push(report);
				motions += report.motionsAdded + report.motionsUpdated + report.motionsUnchanged;
				// A file found stored is remembered at once; one written, when its batch commits.
				if (batch && !stored) batch.add({ file, report, read });
				else if (read) fileStats!.remember(read);
			} catch (e) {
				refuse(file, e);
			}
			reads.delete(file);
			if (batch?.due) settle();
			onProgress(done + 1, file, meter.tick(done + 1, motions));
		}
		if (batch) settle();
	} finally {
		// An error that ends the import (not a refused file) leaves the open batch unstored.
		batch?.abandon();
	}
	fileStats?.save();
	return summary;
}
