// Documents parsed on worker threads, one per core: the importer hands each file's bytes to the
// pool and writes the parsed documents in file order while the next ones are being read.
// Used by the command line's import; the server parses in process (its imports are single files).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DocumentError, type ParsedDocument, type ParseOptions, type Registry } from '../../parse';

export interface ParseRequest {
	id: number;
	/** The file's bytes, transferred to the worker (the caller's copy is detached). */
	bytes: ArrayBuffer;
	fileName: string;
	options: Omit<ParseOptions, 'registry'>;
}

interface ParseFailure {
	/** A DocumentError (input that cannot be a document) rather than a fault of the reader. */
	document: boolean;
	message: string;
	file: string | null;
	line: number | null;
}

export type ParseReply =
	{ id: number; parsed: ParsedDocument } | { id: number; error: ParseFailure };

/** Parses a file's bytes into a document: in process, or on a ParsePool's workers. */
export type Parser = (
	bytes: Uint8Array,
	fileName: string,
	options: Omit<ParseOptions, 'registry'>
) => Promise<ParsedDocument>;

interface Pending {
	resolve: (parsed: ParsedDocument) => void;
	reject: (e: Error) => void;
}

/** The worker's entry: the TypeScript source under tsx and Vitest, beside this module either way. */
const WORKER = new URL(
	`./parse-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
	import.meta.url
);

export class ParsePool {
	private readonly workers: Worker[] = [];
	private readonly pending = new Map<number, Pending>();
	private readonly load: number[] = [];
	private next = 1;
	private failed: Error | null = null;
	private closing = false;

	constructor(
		registry: Registry,
		readonly size = Math.max(1, availableParallelism())
	) {
		// A TypeScript entry (tsx, Vitest) is imported through tsx's loader, registered in the worker
		// first: a worker's entry file itself is not passed through loader hooks.
		const typescript = WORKER.pathname.endsWith('.ts');
		for (let i = 0; i < size; i++) {
			const worker = typescript
				? new Worker(
						`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); })`,
						{ eval: true, workerData: { registry } }
					)
				: new Worker(WORKER, { workerData: { registry } });
			worker.on('message', (reply: ParseReply) => this.settle(i, reply));
			worker.on('error', (e) => this.fail(e));
			worker.on('exit', (code) => {
				if (code !== 0 && !this.closing)
					this.fail(new Error(`a parse worker stopped with exit code ${code}`));
			});
			this.workers.push(worker);
			this.load.push(0);
		}
	}

	/** The pool's Parser: the bytes are copied, so the caller may reuse its buffer at once. */
	readonly parse: Parser = (bytes, fileName, options) => {
		if (this.failed) return Promise.reject(this.failed);
		const id = this.next++;
		// The least busy worker; its queue keeps the order of the requests it was given.
		const w = this.load.indexOf(Math.min(...this.load));
		this.load[w] = (this.load[w] ?? 0) + 1;
		const copy = new Uint8Array(bytes); // a copy (a Buffer's slice would be a view)
		return new Promise<ParsedDocument>((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			const request: ParseRequest = { id, bytes: copy.buffer as ArrayBuffer, fileName, options };
			this.workers[w]!.postMessage(request, [copy.buffer as ArrayBuffer]);
		});
	};

	private settle(worker: number, reply: ParseReply) {
		this.load[worker] = (this.load[worker] ?? 1) - 1;
		const pending = this.pending.get(reply.id);
		if (!pending) return;
		this.pending.delete(reply.id);
		if ('parsed' in reply) pending.resolve(reply.parsed);
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
