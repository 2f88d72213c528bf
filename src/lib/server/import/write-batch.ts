// Documents written several to a transaction. Each document is still written in a savepoint of its
// own (importParsed nests), so a refused file leaves the database as it was and the others go on;
// the batch commits together. A commit per document cost the importer a fifth of its work: every
// commit wrote the index pages it touched to the WAL again, and a full-text segment of its own.
import type Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { SearchBacklog } from '../search-backlog';
import type { KnownIds } from './registry';

/** Documents per transaction at most. */
export const BATCH_DOCUMENTS = 64;
/**
 * How long a batch holds the write lock at most: another writer, such as the server saving a
 * clerk's correction, waits no longer than this, well under the connection's busy timeout. A batch
 * this old is committed after its document, and before waiting any longer for a file still being
 * parsed (wait()).
 */
export const BATCH_MS = 1000;

/** The batch's transaction did not commit: its documents are not stored. */
export class BatchLost<T> extends Error {
	constructor(
		readonly items: T[],
		cause: unknown
	) {
		super((cause as Error)?.message ?? String(cause), { cause });
		this.name = 'BatchLost';
	}
}

export class WriteBatch<T> {
	private openedAt: number | null = null;
	private items: T[] = [];
	private backlog = new SearchBacklog();
	private known: KnownIds;

	/** run: the import run's people and fractions, which learn this batch's only when it commits. */
	constructor(
		private readonly client: Database.Database,
		private readonly run: KnownIds
	) {
		this.known = run.layer();
	}

	/** What the next document's importParsed writes under: this batch's transaction, begun if need be. */
	enter(): { known: KnownIds; searchBacklog: SearchBacklog } {
		if (this.openedAt === null) {
			this.client.exec('BEGIN IMMEDIATE');
			this.openedAt = performance.now();
		}
		return { known: this.known, searchBacklog: this.backlog };
	}

	/** A document written (its savepoint released); it is handed back when the batch has committed. */
	add(item: T): void {
		this.items.push(item);
	}

	/**
	 * Time to commit: the batch is full or old, or its transaction is gone (SQLite rolls a whole
	 * transaction back on some errors, such as a full disk).
	 */
	get due(): boolean {
		return (
			this.openedAt !== null &&
			(this.items.length >= BATCH_DOCUMENTS ||
				performance.now() - this.openedAt >= BATCH_MS ||
				!this.client.inTransaction)
		);
	}

	/**
	 * Index what the batch added and commit; returns its documents. Throws BatchLost, with them,
	 * when the transaction is gone or does not commit: then nothing of them is stored.
	 */
	commit(): T[] {
		if (this.openedAt === null) return [];
		const items = this.items;
		this.items = [];
		this.openedAt = null;
		try {
			if (!this.client.inTransaction) throw new Error('the transaction was rolled back');
			this.backlog.flush(this.client);
			this.client.exec('COMMIT');
		} catch (e) {
			this.abandon();
			throw new BatchLost(items, e);
		}
		this.known.commit();
		return items;
	}

	/**
	 * The next file's parse, awaited without holding the write lock past BATCH_MS: should the batch
	 * grow that old first (a large file, a slow PDF), `settle` commits it, then the wait goes on.
	 */
	async wait<R>(parsing: Promise<R>, settle: () => void): Promise<R> {
		if (this.openedAt === null) return parsing;
		const late = Symbol('late');
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<typeof late>((resolve) => {
			timer = setTimeout(
				() => resolve(late),
				Math.max(0, BATCH_MS - (performance.now() - this.openedAt!))
			);
		});
		try {
			// A parse already done wins the race: it is listed first.
			const first = await Promise.race([parsing, deadline]);
			if (first !== late) return first as R;
		} finally {
			clearTimeout(timer);
		}
		settle();
		return parsing;
	}

	/** Roll back whatever the batch holds uncommitted (after an error that ends the import). */
	abandon(): void {
		if (this.client.inTransaction) this.client.exec('ROLLBACK');
		this.openedAt = null;
		this.items = [];
		this.backlog = new SearchBacklog();
		this.known = this.run.layer();
	}
}
