// A parse worker: reads a file into a buffer it reuses, hashes it, and parses it unless the
// database holds a current version with those bytes (looked up on a read-only connection of its
// own). Reading, hashing and parsing (80–90 % of an import's time) so run on every core while the
// importer writes, and an unchanged file costs the importer one small message.
// Started by ParsePool (parse-pool.ts) with the registry and the database file as its workerData.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentError, parseBytes, type Registry } from '../../parse';
import type { WorkerReply, WorkerRequest } from './parse-pool';
import { fileReader } from './document-files';
import { cutText } from '../body-cut';

const { registry, database } = workerData as { registry: Registry; database: string | null };
const current = database
	? new Database(database, { readonly: true, fileMustExist: true })
			.prepare<[string], number>('select 1 from documents where sha256 = ? and current = 1')
			.pluck()
	: null;

/** Regular files under the size limit only, into one buffer reused from file to file. */
const read = fileReader();

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
			parentPort!.postMessage({ id, sha256, parsed: null, body: null } satisfies WorkerReply);
			return;
		}
		// A copy: pdf.js takes its buffer over, and this one is read into next.
		const parsed = await parseBytes(new Uint8Array(bytes), fileName, { ...options, registry });
		// Cut here too (encoding the text is a tenth of the writer's work). The text goes over as
		// these bytes only, moved when they fill their memory alone (else copied): a copy of the
		// string as well cost the importer more than a millisecond per debate to take in.
		const body = cutText(parsed.text);
		const own =
			body.bytes.byteOffset === 0 && body.bytes.byteLength === body.bytes.buffer.byteLength;
		parentPort!.postMessage(
			{ id, sha256, parsed: { ...parsed, text: null }, body } satisfies WorkerReply,
			own ? [body.bytes.buffer as ArrayBuffer] : []
		);
	} catch (e) {
		parentPort!.postMessage(failure(id, e));
	}
});
