// Real SQLite files in a temp folder for the integration tests: no mocks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/lib/server/db';

export interface TempDb {
	db: Db;
	path: string;
	dir: string;
	close: () => void;
}

export function tempDb(): TempDb {
	const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-test-'));
	const path = join(dir, 'test.db');
	const db = openDatabase(path);
	return {
		db,
		path,
		dir,
		close: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Every row of every table (and the schema), in a stable order: equal dumps mean an unchanged database. */
export function dump(db: Db, options: { except?: string[] } = {}): string {
	const sqlite = db.$client;
	const tables = sqlite
		.prepare(
			"select name, sql from sqlite_master where type in ('table', 'index', 'trigger', 'view') and name not like 'sqlite_%' order by name"
		)
		.all() as { name: string; sql: string | null }[];
	const out: string[] = [];
	for (const t of tables) {
		out.push(`-- ${t.name}: ${t.sql ?? ''}`);
		const isTable =
			(
				sqlite.prepare('select type from sqlite_master where name = ?').get(t.name) as {
					type: string;
				}
			).type === 'table';
		// Full-text shadow tables (motions_fts_*, documents_fts_*; some WITHOUT ROWID) follow their index.
		if (!isTable || /_fts_/.test(t.name) || options.except?.includes(t.name)) continue;
		const rows = sqlite.prepare(`select * from "${t.name}" order by rowid`).raw().all();
		for (const r of rows) out.push(JSON.stringify(r));
	}
	return out.join('\n');
}

export function count(db: Db, query: string, ...params: unknown[]): number {
	const row = db.$client
		.prepare(query)
		.raw()
		.get(...params) as unknown[] | undefined;
	return Number(row?.[0] ?? 0);
}
