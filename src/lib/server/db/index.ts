// The one database connection: pragmas, migrations on open. DATABASE_URL overrides the file.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE = 'data/motiemonitor.db';

/**
 * How long a writer waits for another's write lock before giving up. A first start writes the
 * registry snapshot in one transaction of some seconds; an importer or a starting server meeting it
 * waits its turn rather than fail with "database is locked".
 */
export const BUSY_TIMEOUT_MS = 60_000;

export function databaseUrl(): string {
	return process.env.DATABASE_URL || DEFAULT_DATABASE;
}

/** Open (and create) a database file, switch on WAL and foreign keys, and migrate it to the latest schema. */
export function openDatabase(url: string = databaseUrl(), options: { migrate?: boolean } = {}): Db {
	const file = url.replace(/^file:/, '');
	if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
	const sqlite = new Database(file);
	if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	sqlite.pragma('synchronous = NORMAL');
	// Statement journals in memory, not in temporary files: every insert with a trigger (the data
	// version's, on every table) journals the pages it changes, and on disk that was a write call per
	// page (a third of the registry snapshot's import). Sorts and temporary indexes go there too;
	// the pages' queries are bounded by their indexes.
	sqlite.pragma('temp_store = MEMORY');
	// Pages read through a memory map: a piece of a document's text (document_chunks, up to 256 KB)
	// spans dozens of overflow pages; mapped, that walk is nearly free. 64 MB: the pages touched
	// count in the server's resident memory, and the hot ones (indexes, lists) fit.
	if (file !== ':memory:') sqlite.pragma('mmap_size = 67108864');
	const db = drizzle(sqlite, { schema }) as Db;
	if (options.migrate !== false) migrateDatabase(db);
	return db;
}

export function migrationsFolder(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
}

/**
 * Migrate to the latest schema. A migration that changes a table's constraints rebuilds the table
 * (drizzle-kit writes create-copy-drop-rename), which SQLite allows only with foreign keys off; so
 * they are off during the migration (PRAGMA foreign_keys is a no-op inside its transaction) and
 * every reference is checked before they are switched on again.
 */
export function migrateDatabase(db: Db): void {
	const sqlite = db.$client;
	const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1;
	sqlite.pragma('foreign_keys = OFF');
	try {
		const before = appliedMigrations(sqlite);
		migrateOnce(db);
		// Checking every reference reads the whole database (0.9 s at 100,000 motions): only after a
		// migration ran, not on every start.
		if (appliedMigrations(sqlite) === before) return;
		const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
		if (broken.length) {
			const first = broken[0]!;
			throw new Error(
				`after migrating, ${broken.length} rows refer to missing rows (first: ${first.table} → ${first.parent})`
			);
		}
	} finally {
		if (enforced) sqlite.pragma('foreign_keys = ON');
	}
}

/** How many migrations the database has had (none before its first). */
function appliedMigrations(sqlite: Database.Database): number {
	const table = sqlite
		.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
		.get();
	if (!table) return 0;
	return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number })
		.n;
}

/**
 * Two processes opening a new file at once both find it unmigrated; the second's migration then
 * meets the first's tables ("already exists") or its lock. Its transaction has rolled back by then,
 * so it runs again and finds the migrations applied.
 */
function migrateOnce(db: Db, attempts = 5): void {
	for (let attempt = 1; ; attempt++) {
		try {
			migrate(db, { migrationsFolder: migrationsFolder() });
			return;
		} catch (e) {
			const message = String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
			if (attempt >= attempts || !/already exists|SQLITE_BUSY|database is locked/i.test(message))
				throw e;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 * attempt);
		}
	}
}

let shared: Db | null = null;

/** The server's connection, opened on first use. */
export function getDb(): Db {
	shared ??= openDatabase();
	return shared;
}

export { schema };
