// What the dashboard shows changes only when something is written: an import, a sync, a correction.
// Every write moves the data version (data_version, kept by triggers on every table the pages read),
// so each aggregate is computed once per version: kept in memory, and in the database (query_cache)
// so that a restart, or the server after an import by the command line that warmed them, finds
// them computed. The same version is the pages' ETag.
import type Database from 'better-sqlite3';
import type { Db } from './db';

/** At most this many results per connection in memory; the oldest go first. */
const MAX_ENTRIES = 2000;

interface Store {
	version: number;
	entries: Map<string, unknown>;
	readVersion: Database.Statement<[], number>;
	readStored: Database.Statement<[string, number], string>;
	writer: Database.Database | null;
}

const stores = new WeakMap<Database.Database, Store>();

function storeOf(db: Db): Store {
	let store = stores.get(db.$client);
	if (!store) {
		const client = db.$client;
		store = {
			version: -1,
			entries: new Map(),
			readVersion: client
				.prepare<[], number>('select version from data_version where id = 1')
				.pluck(),
			readStored: client
				.prepare<[string, number], string>(
					'select value from query_cache where key = ? and version = ?'
				)
				.pluck(),
			writer: null
		};
		stores.set(client, store);
	}
	return store;
}

/** The version of the data as committed now: it moves with every write, by any process. */
export function dataVersion(db: Db): number {
	const store = storeOf(db);
	const now = store.readVersion.get() ?? 0;
	if (now !== store.version) {
		store.version = now;
		store.entries.clear();
	}
	return now;
}

/**
 * Keep a result in the database for this version. On a connection of its own that never waits for
 * the write lock: while an import holds it, the result is simply not kept (the importer warms the
 * caches itself when it is done).
 */
function persist(db: Db, store: Store, key: string, version: number, value: unknown) {
	const file = db.$client.name;
	if (db.$client.readonly) return;
	try {
		if (file === ':memory:' || file === '') {
			store.writer = db.$client;
		} else if (!store.writer) {
			store.writer = new (db.$client.constructor as typeof Database)(file);
			store.writer.pragma('busy_timeout = 0');
		}
		const writer = store.writer;
		writer.transaction(() => {
			writer.prepare('delete from query_cache where version <> ?').run(version);
			writer
				.prepare('insert or replace into query_cache (key, version, value) values (?, ?, ?)')
				.run(key, version, JSON.stringify(value));
		})();
	} catch (e) {
		if (!/SQLITE_BUSY|database is locked|readonly/i.test(String((e as Error).message))) throw e;
	}
}

/**
 * The result of `compute` for this key and the current data version, computed at most once per
 * version. Results are shared between requests: callers must not change them, and they must be
 * plain JSON (they are kept as such).
 */
export function cached<T>(db: Db, key: string, compute: () => T): T {
	const version = dataVersion(db);
	const store = storeOf(db);
	if (store.entries.has(key)) {
		const hit = store.entries.get(key) as T;
		// Least recently used goes first: a hit moves to the end.
		store.entries.delete(key);
		store.entries.set(key, hit);
		return hit;
	}
	const stored = store.readStored.get(key, version);
	let value: T;
	if (stored !== undefined) value = JSON.parse(stored) as T;
	else {
		value = compute();
		persist(db, store, key, version, value);
	}
	store.entries.set(key, value);
	if (store.entries.size > MAX_ENTRIES) {
		const oldest = store.entries.keys().next().value as string;
		store.entries.delete(oldest);
	}
	return value;
}

/** A named query whose results are cached per data version, keyed by its arguments. */
export function cachedQuery<A extends unknown[], R>(
	name: string,
	query: (db: Db, ...args: A) => R
): (db: Db, ...args: A) => R {
	return (db, ...args) => cached(db, `${name}${JSON.stringify(args)}`, () => query(db, ...args));
}
