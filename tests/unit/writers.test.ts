// Two writers at once, as real processes: two imports of different folders and two of the same
// folder into one fresh database. Each waits its turn for the write lock (BEGIN IMMEDIATE with a
// busy timeout); both exit 0 and every document is stored exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DOCUMENTS, ROOT } from '../helpers/paths';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'text');
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'motiemonitor-writers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importer(database: string, folder: string) {
	const child = spawn(
		process.execPath,
		[join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/index.ts'), 'import', folder],
		{ cwd: ROOT, env: { ...process.env, DATABASE_URL: database } }
	);
	let out = '';
	child.stdout.on('data', (c: Buffer) => (out += c.toString()));
	child.stderr.on('data', (c: Buffer) => (out += c.toString()));
	return new Promise<{ code: number | null; out: string }>((resolve) =>
		child.on('exit', (code) => resolve({ code, out }))
	);
}

const documentsIn = (folder: string) => readdirSync(folder).filter((f) => /\.(txt|xml)$/.test(f));

function stored(database: string) {
	const db = new Database(database, { readonly: true });
	try {
		return db
			.prepare(
				'select file_name as file, count(*) as n from documents group by file_name order by 1'
			)
			.all() as { file: string; n: number }[];
	} finally {
		db.close();
	}
}

describe('two imports at once', () => {
	it('of different folders, and of the same folder, both exit 0 with every document stored once', async () => {
		const apart = join(dir, 'apart.db');
		const [a, b] = await Promise.all([importer(apart, DOCUMENTS), importer(apart, FIXTURES)]);
		expect(a.out).not.toMatch(/database is locked|SQLITE_BUSY|UNIQUE/);
		expect(b.out).not.toMatch(/database is locked|SQLITE_BUSY|UNIQUE/);
		expect([a.code, b.code], a.out + b.out).toEqual([0, 0]);
		const expected = [...documentsIn(DOCUMENTS), ...documentsIn(FIXTURES)].sort();
		expect(stored(apart)).toEqual(expected.map((file) => ({ file, n: 1 })));

		const same = join(dir, 'same.db');
		const [c, d] = await Promise.all([importer(same, DOCUMENTS), importer(same, DOCUMENTS)]);
		expect([c.code, d.code], c.out + d.out).toEqual([0, 0]);
		expect(stored(same)).toEqual(documentsIn(DOCUMENTS).map((file) => ({ file, n: 1 })));
		// Each document was stored by one of the two; the other found it there ("already imported").
		const added = (out: string) => (out.match(/: new /g) ?? []).length;
		const unchanged = (out: string) => (out.match(/already imported/g) ?? []).length;
		expect(added(c.out) + added(d.out)).toBe(documentsIn(DOCUMENTS).length);
		expect(unchanged(c.out) + unchanged(d.out)).toBe(documentsIn(DOCUMENTS).length);
	}, 180_000);
});
