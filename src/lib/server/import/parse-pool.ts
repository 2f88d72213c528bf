// Files read, hashed and parsed on worker threads, one per core: the importer asks for each file,
// looks its hash up, and writes the parsed documents in file order while the next ones are read.
// Used by the command line's import; the server parses in process (its imports are single files).
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentError, type ParsedDocument, type Registry } from '../../parse';
import { holdBytes, type FileParseOptions, type HeldFile } from './document';
import { readDocumentFile } from './document-files';
import type { CutText } from '../body-cut';

export interface WorkerRequest {
	id: number;
	path: string;
	fileName: string;
	options: FileParseOptions;
}

interface Failure {
	/** A DocumentError (input that cannot be a document) rather than a fault of the reader. */
	document: boolean;
	message: string;
	file: string | null;
	line: number | null;
}

/** A parsed document as a worker sends it: its text comes as the cut body's bytes only. */
type ParsedWithoutText = Omit<ParsedDocument, 'text'> & { text: null };

export type WorkerReply =
	/**
	 * parsed: null when a current version with these bytes is stored (the file was not parsed); body:
	 * its text cut for storing, the bytes moved over rather than copied.
	 */
	| { id: number; sha256: string; parsed: ParsedWithoutText | null; body: CutText | null }
	| { id: number; error: Failure };

interface Pending {
	resolve: (reply: WorkerReply) => void;
	reject: (e: Error) => void;
}

/** The worker's entry: the TypeScript source under tsx and Vitest, beside this module either way. */
const WORKER = new URL(
	`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
	import.meta.url
);

/**
 * A young generation of 192 MB (semi-spaces of 64 MB, four times the default): parsing a debate
 * makes short-lived strings and objects by the megabyte, and with the default a quarter of a
 * worker's time went to copying them between semi-spaces. Parsing the bench corpus's first 300
 * files took 25 % less CPU (4.1–4.5 s → 3.1–3.4 s; `node --max-semi-space-size=64`); it costs each
 * worker up to 128 MB more memory, for the length of an import.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

export class ParsePool {
	private readonly workers: Worker[] = [];
	private readonly pending = new Map<number, Pending>();
	/** Requests given to each worker and not yet answered: the next file goes to the least busy. */
	private readonly load: number[] = [];
	private next = 1;
	private failed: Error | null = null;
	private closing = false;

	/**
	 * database: the file the importer writes to, which the workers look hashes up in (null: they
	 * parse every file).
	 */
	constructor(
		private readonly registry: Registry,
		private readonly database: string | null,
		readonly size = Math.max(1, availableParallelism())
	) {}

	/** The workers, started when the first file is asked for: an import of unchanged files needs none. */
	private start() {
		if (this.workers.length || this.closing) return;
		const { registry, database, size } = this;
		// A TypeScript entry (tsx, Vitest) is imported through tsx's loader, registered in the worker
		// first: a worker's entry file itself is not passed through loader hooks.
		const typescript = WORKER.pathname.endsWith('.ts');
		const options = { workerData: { registry, database }, resourceLimits: WORKER_LIMITS };
		for (let i = 0; i < size; i++) {
			const worker = typescript
				? new Worker(
						`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); })`,
						{ ...options, eval: true }
					)
				: new Worker(WORKER, options);
			worker.on('message', (reply: WorkerReply) => this.settle(i, reply));
			worker.on('error', (e) => this.fail(e));
			worker.on('exit', (code) => {
				if (code !== 0 && !this.closing)
					this.fail(new Error(`a parse worker stopped with exit code ${code}`));
			});
			this.workers.push(worker);
			this.load.push(0);
		}
	}

	/**
	 * A file read, hashed and (unless stored) parsed by a worker. Should the importer find it not
	 * stored after all (a version made not current earlier in the same run), it is parsed here.
	 */
	async read(path: string, options: FileParseOptions): Promise<HeldFile> {
		this.start();
		const w = this.load.indexOf(Math.min(...this.load));
		const fileName = basename(path);
		const reply = await this.ask(w, { id: this.next++, path, fileName, options });
		if ('error' in reply) throw new Error('parse worker: unexpected reply');
		const { sha256, body } = reply;
		// The bytes arrive as a Uint8Array: a Buffer over the same memory, for SQLite to bind.
		const cut: CutText | undefined = body
			? { ...body, bytes: Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.length) }
			: undefined;
		const parsed = reply.parsed && cut ? withText(reply.parsed, cut) : null;
		return {
			sha256,
			parse: async (options) =>
				parsed ?? holdBytes(readDocumentFile(path), fileName, this.registry).parse(options),
			body: (p) => (p === parsed ? cut : undefined)
		};
	}

	private ask(w: number, request: WorkerRequest): Promise<WorkerReply> {
		if (this.failed) return Promise.reject(this.failed);
		this.load[w] = (this.load[w] ?? 0) + 1;
		return new Promise<WorkerReply>((resolve, reject) => {
			this.pending.set(request.id, { resolve, reject });
			this.workers[w]!.postMessage(request);
		});
	}

	private settle(worker: number, reply: WorkerReply) {
		this.load[worker] = (this.load[worker] ?? 1) - 1;
		const pending = this.pending.get(reply.id);
		if (!pending) return;
		this.pending.delete(reply.id);
		if (!('error' in reply)) pending.resolve(reply);
		else if (reply.error.document)
			pending.reject(new DocumentError(reply.error.message, reply.error.file, reply.error.line));
		else pending.reject(new Error(reply.error.message));
	}

	private fail(e: Error) {
		this.failed ??= e;
		for (const p of this.pending.values()) p.reject(e);
		this.pending.clear();
	}

	async close(): Promise<void> {
		this.closing = true;
		await Promise.all(this.workers.map((w) => w.terminate()));
	}
}

/**
 * The parsed document with its text again, decoded from the cut bytes only if something reads it
 * (the import reads it only to place references in a letter's lines).
 */
function withText(parsed: ParsedWithoutText, body: CutText): ParsedDocument {
	let text: string | undefined;
	const { text: _none, ...rest } = parsed;
	return Object.defineProperty(rest, 'text', {
		enumerable: true,
		get: () => (text ??= body.bytes.toString('utf8'))
	}) as ParsedDocument;
}
