// Upgrading a database made by an earlier release: rows survive a migration that rebuilds a table.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db';
import { ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it stood after migration `upTo` (0-based index). */
function migrationsUpTo(upTo: number): string {
	const out = join(dir, `drizzle-${upTo}`);
	cpSync(join(ROOT, 'drizzle'), out, { recursive: true });
	const journalPath = join(out, 'meta', '_journal.json');
	const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
	journal.entries = journal.entries.filter((e) => e.idx <= upTo);
	writeFileSync(journalPath, JSON.stringify(journal));
	return out;
}

describe('migrations', () => {
	it('0003/0004 (document format, kind "motion") keep every document and the rows that refer to them', () => {
		const path = join(dir, 'old.db');
		const before = process.env.MIGRATIONS_DIR;
		try {
			process.env.MIGRATIONS_DIR = migrationsUpTo(2);
			const db = openDatabase(path);
			const sqlite = db.$client;
			sqlite
				.prepare(
					`insert into documents (sha256, file_name, kind, title, date, imported_at, body, line_count, current)
					 values ('abc', '003.txt', 'debate', 'Oekraïne', '2025-09-11', '2025-09-12T08:00:00Z', 'De voorzitter:', 1, 1)`
				)
				.run();
			sqlite
				.prepare(
					`insert into debates (document_id, title, date) values (1, 'Oekraïne', '2025-09-11')`
				)
				.run();
			process.env.MIGRATIONS_DIR = join(ROOT, 'drizzle');
			migrateDatabase(db);
			expect(sqlite.prepare('select kind, format, interim, title from documents').all()).toEqual([
				{ kind: 'debate', format: 'text', interim: 0, title: 'Oekraïne' }
			]);
			expect(sqlite.prepare('select document_id from debates').all()).toEqual([{ document_id: 1 }]);
			expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
			expect(() =>
				sqlite
					.prepare(
						`insert into documents (sha256, file_name, kind, format, imported_at, body, line_count) values ('x', 'x', 'motion', 'vlos-html', 'now', '', 0)`
					)
					.run()
			).toThrow(/CHECK constraint failed/);
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});
});
