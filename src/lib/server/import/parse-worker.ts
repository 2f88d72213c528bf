// A parse worker: reads a file into a buffer it reuses, hashes it, and parses it unless the
// database holds a current version with those bytes (looked up on a read-only connection of its
// own). Reading, hashing and parsing (80–90 % of an import's time) so run on every core while the
// importer writes, and an unchanged file costs the importer one small message.
// Started by ParsePool (parse-pool.ts) with the registry and the database file as its workerData.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentError, parseBytes, type Registry } from '../../parse';
import type { WorkerReply, WorkerRequest } from './parse-pool';
import { openDocumentFile } from './document-files';
import { MAX_DOCUMENT_BYTES, megabytes } from '../../parse/limits';

const { registry, database } = workerData as { registry: Registry; database: string | null };
const current = database
	? new Database(database, { readonly: true, fileMustExist: true })
			.prepare<[string], number>('select 1 from documents where sha256 = ? and current = 1')
			.pluck()
	: null;

let buffer = Buffer.allocUnsafeSlow(1 << 20);
/** The file's bytes in the reused buffer: valid until the next read. */
function read(path: string): Buffer {
	// Regular files under the size limit only (a pipe or a device is refused, never read).
	const fd = openDocumentFile(path);
	try {
		let size = 0;
		for (;;) {
			if (size > MAX_DOCUMENT_BYTES)
				throw new DocumentError(
					`the file grew past ${megabytes(MAX_DOCUMENT_BYTES)} while it was read`,
					path
				);
			if (size === buffer.length) {
				const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
				buffer.copy(larger, 0, 0, size);
				buffer = larger;
			}
			const n = readSync(fd, buffer, size, buffer.length - size, null);
			if (n === 0) return buffer.subarray(0, size);
			size += n;
		}
	} finally {
		closeSync(fd);
	}
}

function failure(id: number, e: unknown): WorkerReply {
	const message = (e as Error)?.message ?? String(e);
	return e instanceof DocumentError
		? { id, error: { document: true, message, file: e.file, line: e.line } }
		: { id, error: { document: false, message, file: null, line: null } };
}

parentPort!.on('message', async ({ id, path, fileName, options }: WorkerRequest) => {
	try {
		const bytes = read(path);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		if (current?.get(sha256)) {
			parentPort!.postMessage({ id, sha256, parsed: null } satisfies WorkerReply);
			return;
		}
		// A copy: pdf.js takes its buffer over, and this one is read into next.
		const parsed = await parseBytes(new Uint8Array(bytes), fileName, { ...options, registry });
		parentPort!.postMessage({ id, sha256, parsed } satisfies WorkerReply);
	} catch (e) {
		parentPort!.postMessage(failure(id, e));
	}
});
