// The exports as streams: rows are read in runs from a connection of their own and written as they
// come, so a download of the whole Kamer holds one run in memory and never stops other requests for
// long (the server's connection stays free; SQLite's WAL lets both read at once, from one snapshot).
import Database from 'better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './db';
import type { ListOptions, MotionFilters } from '../filters';
import { exportQuery, toExportRow, type ExportRow } from './queries/motions';
import { CSV, csvHeader, csvRecords, jsonPieces, type CsvFlavour } from './export';

/** Rows per run: a few milliseconds of work between two turns of the event loop. */
export const RUN = 500;

const dialect = new SQLiteSyncDialect();

/** The selected motions, a run of rows at a time, from a read-only connection closed at the end. */
export function* motionRuns(
	db: Db,
	f: MotionFilters,
	o: Pick<ListOptions, 'sort' | 'dir'>,
	size: number
): Generator<ExportRow[]> {
	const query = dialect.sqlToQuery(exportQuery(f, o));
	const file = db.$client.name;
	// An in-memory database (tests) has no file to open twice: read it on its own connection.
	const own = file !== ':memory:' && file !== '';
	const reader = own ? new Database(file, { readonly: true, fileMustExist: true }) : db.$client;
	try {
		if (own) reader.pragma('busy_timeout = 5000');
		const rows = reader.prepare(query.sql).iterate(...query.params) as IterableIterator<
			Record<string, unknown>
		>;
		let run: ExportRow[] = [];
		for (const r of rows) {
			run.push(toExportRow(r));
			if (run.length === size) {
				yield run;
				run = [];
			}
		}
		if (run.length) yield run;
	} finally {
		if (own) reader.close();
	}
}

/** A generator of text pieces as a byte stream that asks for the next piece only when read. */
function streamOf(pieces: Generator<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			// Let other requests in between two runs.
			await new Promise((resolve) => setImmediate(resolve));
			const next = pieces.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		cancel() {
			pieces.return(undefined);
		}
	});
}

export function motionsCsvStream(
	db: Db,
	f: MotionFilters,
	o: Pick<ListOptions, 'sort' | 'dir'>,
	size = RUN,
	flavour: CsvFlavour = CSV
): ReadableStream<Uint8Array> {
	return streamOf(
		(function* () {
			const runs = motionRuns(db, f, o, size);
			yield csvHeader(flavour);
			for (const run of runs) yield csvRecords(run, flavour);
		})()
	);
}

export function motionsJsonStream(
	db: Db,
	f: MotionFilters,
	o: Pick<ListOptions, 'sort' | 'dir'>,
	size = RUN
): ReadableStream<Uint8Array> {
	return streamOf(
		(function* () {
			let first = true;
			for (const run of motionRuns(db, f, o, size)) {
				if (first) yield jsonPieces.open(false);
				yield jsonPieces.records(run, first);
				first = false;
			}
			yield first ? jsonPieces.open(true) : jsonPieces.close(false);
		})()
	);
}
