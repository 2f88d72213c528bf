// What the dashboard shows changes only when something is written: an import, a sync, a correction.
// So every aggregate is computed once per version of the data and kept until the next write, and
// the same version is the pages' ETag. The version needs no bookkeeping by the writers: SQLite's
// `PRAGMA data_version` moves when another connection (a CLI import, a sync) commits, and
// `total_changes()` when this one writes; a random id per process covers restarts.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from './db';

const PROCESS = randomBytes(4).toString('hex');

/** At most this many results per connection; the oldest go first. */
const MAX_ENTRIES = 2000;

interface Store {
	version: string;
	entries: Map<string, unknown>;
	versionOf: () => string;
}

const stores = new WeakMap<Database.Database, Store>();

function storeOf(db: Db): Store {
	let store = stores.get(db.$client);
	if (!store) {
		const external = db.$client.prepare('pragma data_version').pluck();
		const own = db.$client.prepare('select total_changes()').pluck();
		const versionOf = () => `${PROCESS}.${external.get() as number}.${own.get() as number}`;
		store = { version: versionOf(), entries: new Map(), versionOf };
		stores.set(db.$client, store);
	}
	return store;
}

/** The version of the data this connection sees now: it changes with every committed write. */
export function dataVersion(db: Db): string {
	const store = storeOf(db);
	const now = store.versionOf();
	if (now !== store.version) {
		store.version = now;
		store.entries.clear();
	}
	return now;
}

/**
 * The result of `compute` for this key and the current data version, computed at most once per
 * version. Results are shared between requests: callers must not change them.
 */
export function cached<T>(db: Db, key: string, compute: () => T): T {
	dataVersion(db);
	const store = storeOf(db);
	if (store.entries.has(key)) {
		const hit = store.entries.get(key) as T;
		// Least recently used goes first: a hit moves to the end.
		store.entries.delete(key);
		store.entries.set(key, hit);
		return hit;
	}
	const value = compute();
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
