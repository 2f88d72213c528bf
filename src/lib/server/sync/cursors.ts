// Sync cursors in the database (sync_cursors): where each entity's last committed page left off.
// Saved inside the transaction that writes the page's records, so both commit or neither does.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../import/registry';
import { syncCursors } from '../db/schema';
import { parseCursor, type Cursor, type CursorStore } from './state';

/** The saved cursor for `key`, validated; null when there is none. */
export function loadCursor(db: DbOrTx, key: string): Cursor | null {
	const row = db
		.select({ cursor: syncCursors.cursor })
		.from(syncCursors)
		.where(eq(syncCursors.entity, key))
		.get();
	return row ? parseCursor(row.cursor, key) : null;
}

/** Save (insert or replace) the cursor for `key`; call it inside the page's transaction. */
export function saveCursor(db: DbOrTx, key: string, cursor: Cursor, now: Date = new Date()): void {
	const values = { cursor: JSON.stringify(cursor), updatedAt: now.toISOString() };
	db.insert(syncCursors)
		.values({ entity: key, ...values })
		.onConflictDoUpdate({ target: syncCursors.entity, set: values })
		.run();
}

/** Forget where `key` stood: its next sync starts from the beginning (or from --since). */
export function deleteCursor(db: DbOrTx, key: string): boolean {
	return db.delete(syncCursors).where(eq(syncCursors.entity, key)).run().changes > 0;
}

/** The CursorStore of state.ts over the database, for syncEntity and other callers. */
export function databaseCursorStore(db: DbOrTx, now: () => Date = () => new Date()): CursorStore {
	return {
		load: (key) => loadCursor(db, key),
		save: (key, cursor) => saveCursor(db, key, cursor, now())
	};
}
