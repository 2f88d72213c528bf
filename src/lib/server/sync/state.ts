// Where a sync run stands, so a run killed halfway resumes from its last committed page.
// The cursor is plain JSON; the caller decides where it lives (a table, a file, memory).
import {
	CursorError,
	fetchPages,
	type FetchPagesOptions,
	type ODataRecord,
	type Page
} from './odata';

export { CursorError };

/**
 * A position in one entity's stream of pages, taken after a page was delivered.
 * `lastModified` + `idsAtLastModified` are the keyset: every record ordered before
 * (`ApiGewijzigdOp`, Id) has been delivered. Records sharing the last timestamp are
 * remembered by Id because the server's order among them is its own affair.
 */
export interface Cursor {
	version: 1;
	/** The entity set, e.g. 'Zaak'. */
	entity: string;
	/** Fingerprint of the query (filter, expand, select, orderby, strategy): a cursor never resumes another query. */
	query: string;
	/** The request that gives the next page (the server's @odata.nextLink, or the keyset query); null when done. */
	nextLink: string | null;
	/** `ApiGewijzigdOp` of the last record delivered, exactly as the API wrote it; null before any record. */
	lastModified: string | null;
	/** Ids of the delivered records whose `ApiGewijzigdOp` equals `lastModified`. */
	idsAtLastModified: string[];
	/** True when the last page was reached: a later run starts from the keyset and fetches only changes. */
	done: boolean;
	/** Pages and records delivered since the cursor was first made (progress reporting only). */
	pages: number;
	records: number;
}

/** Persists one cursor per key (by default the entity name). The database layer implements this later. */
export interface CursorStore {
	load(key: string): Cursor | null | Promise<Cursor | null>;
	save(key: string, cursor: Cursor): void | Promise<void>;
}

/** A store in memory: for tests, and for one-off runs that need no resume. */
export function memoryCursorStore(): CursorStore & { cursors: Map<string, Cursor> } {
	const cursors = new Map<string, Cursor>();
	return {
		cursors,
		load: (key) => {
			const c = cursors.get(key);
			return c ? structuredClone(c) : null;
		},
		save: (key, cursor) => {
			cursors.set(key, structuredClone(cursor));
		}
	};
}

/** Validate a cursor read back from storage (e.g. a JSON column); throws CursorError naming what is wrong. */
export function parseCursor(value: unknown, key: string): Cursor {
	const data = typeof value === 'string' ? safeJson(value, key) : value;
	const fail = (what: string): never => {
		throw new CursorError(
			`the saved sync cursor for ${key} is unusable (${what}); delete it to sync ${key} from the start`,
			key
		);
	};
	if (!data || typeof data !== 'object') return fail('not an object');
	const c = data as Record<string, unknown>;
	if (c.version !== 1) fail(`unknown version ${String(c.version)}`);
	if (typeof c.entity !== 'string' || !c.entity) fail('no entity');
	if (typeof c.query !== 'string') fail('no query fingerprint');
	if (c.nextLink !== null && typeof c.nextLink !== 'string') fail('nextLink is not a string');
	if (c.lastModified !== null && typeof c.lastModified !== 'string')
		fail('lastModified is not a string');
	if (!Array.isArray(c.idsAtLastModified) || c.idsAtLastModified.some((x) => typeof x !== 'string'))
		fail('idsAtLastModified is not a list of ids');
	if (typeof c.done !== 'boolean') fail('done is not a boolean');
	if (typeof c.pages !== 'number' || typeof c.records !== 'number') fail('no progress counts');
	return c as unknown as Cursor;
}

function safeJson(text: string, key: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new CursorError(
			`the saved sync cursor for ${key} is not JSON; delete it to sync ${key} from the start`,
			key
		);
	}
}

export interface SyncOptions extends FetchPagesOptions {
	/** Where the cursor is kept. */
	store: CursorStore;
	/** Store key; defaults to the entity name. Give one per query when one entity is synced with several filters. */
	key?: string;
}

export interface SyncSummary {
	entity: string;
	pages: number;
	records: number;
	cursor: Cursor | null;
}

/**
 * Fetch an entity from where the stored cursor left off. For each page `onPage` runs first
 * (commit the records there); only then is the page's cursor saved. A crash between the two
 * re-delivers that one page on the next run, which an upsert absorbs; nothing is ever skipped.
 */
export async function syncEntity<T extends ODataRecord = ODataRecord>(
	entity: string,
	options: SyncOptions,
	onPage: (page: Page<T>) => void | Promise<void>
): Promise<SyncSummary> {
	const key = options.key ?? entity;
	const saved = await options.store.load(key);
	const cursor = saved === null ? null : parseCursor(saved, key);
	let pages = 0;
	let records = 0;
	let last: Cursor | null = cursor;
	for await (const page of fetchPages<T>(entity, { ...options, cursor })) {
		await onPage(page);
		await options.store.save(key, page.cursor);
		pages++;
		records += page.value.length;
		last = page.cursor;
	}
	return { entity, pages, records, cursor: last };
}
