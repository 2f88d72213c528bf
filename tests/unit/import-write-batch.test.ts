// With parse workers, several documents commit in one transaction (write-batch.ts). When SQLite
// rolls that transaction back whole (as it does on a full disk; here a trigger raises ROLLBACK),
// every document of the batch is refused and nothing of them stays, the run's later documents still
// refer only to rows that exist, and the next run imports the lost files again. And a batch never
// holds the write lock while it waits long for a file still being parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths, importFiles, type ImportSummary } from '../../src/lib/server/import/files';
import { KnownIds, syncRegistry } from '../../src/lib/server/import/registry';
import { ParsePool } from '../../src/lib/server/import/parse-pool';
import { BATCH_MS, WriteBatch } from '../../src/lib/server/import/write-batch';
import Database from 'better-sqlite3';
import { loadRegistry } from '../../src/lib/server/registry';
import { tempDb, type TempDb } from '../helpers/db';
import { SEEDS, seed } from '../helpers/paths';

const registry = loadRegistry();
let t: TempDb;
let folder: string;
let first: ImportSummary;
let second: ImportSummary;
// The fourth file is the third's debate again under another name: what the lost batch learnt of its
// people (ids of rows rolled back) must not be used for it.
const names = [`1_${SEEDS.letter}`, `2_${SEEDS.answers}`, `3_${SEEDS.debate}`, `4_${SEEDS.debate}`];

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'motiemonitor-batch-'));
	const from = [SEEDS.letter, SEEDS.answers, SEEDS.debate, SEEDS.debate];
	from.forEach((f, i) => copyFileSync(seed(f), join(folder, names[i]!)));
	t = tempDb();
	syncRegistry(t.db, registry);
	t.db.$client.exec('create table lock_probe (x integer)');
	t.db.$client.exec(`create trigger lose_batch before insert on documents
		when new.file_name = '${names[2]}' begin select raise(rollback, 'schijf vol (test)'); end`);
	const { files } = expandPaths([folder]);
	const run = async () => {
		const pool = new ParsePool(registry, t.path, 2);
		try {
			return await importFiles(t.db, files, registry, { pool });
		} finally {
			await pool.close();
		}
	};
	first = await run();
	t.db.$client.exec('drop trigger lose_batch');
	second = await run();
}, 60_000);

afterAll(() => {
	t?.close();
	rmSync(folder, { recursive: true, force: true });
});

const fileOf = (path: string) => path.slice(folder.length + 1);

describe('a batch whose transaction is rolled back', () => {
	it('refuses every document of the batch, saying why, and imports the documents after it', () => {
		expect(first.refused.map((r) => [fileOf(r.file), r.message])).toEqual([
			[names[2], 'import failed, nothing of it was stored: schijf vol (test)'],
			[names[0], 'import failed, nothing of it was stored: the transaction was rolled back'],
			[names[1], 'import failed, nothing of it was stored: the transaction was rolled back']
		]);
		expect(first.reports.map((r) => [r.fileName, r.outcome, r.motionsAdded])).toEqual([
			[names[3], 'added', 20]
		]);
	});

	it('keeps nothing of the lost documents, and no row refers to a person that is not stored', () => {
		const stored = t.db.$client
			.prepare('select file_name from documents order by id')
			.pluck()
			.all();
		// After the second run: the fourth document from the first, then the two lost ones that
		// differ from it (the third's bytes are stored, as the fourth).
		expect(stored).toEqual([names[3], names[0], names[1]]);
		expect(t.db.$client.pragma('foreign_key_check')).toEqual([]);
	});

	it('imports the lost files in the next run (their reads were not remembered as imported)', () => {
		expect(second.refused).toEqual([]);
		expect(second.reports.map((r) => [r.fileName, r.outcome])).toEqual([
			[names[0], 'added'],
			[names[1], 'added'],
			[names[2], 'unchanged'],
			[names[3], 'unchanged']
		]);
	});
});

describe('waiting for a file still being parsed', () => {
	it('commits the batch once it is BATCH_MS old, so another connection can write meanwhile', async () => {
		const batch = new WriteBatch<string>(t.db.$client, new KnownIds());
		batch.enter();
		t.db.$client.exec('insert into lock_probe values (1)');
		batch.add('written');
		const other = new Database(t.path);
		other.pragma('busy_timeout = 0');
		try {
			let committed: string[] = [];
			let otherWrote = false;
			// A parse that takes longer than a batch may hold the lock; halfway past the limit the
			// other connection takes the write lock, which only a committed batch has let go of.
			const parsing = new Promise<string>((resolve) =>
				setTimeout(() => resolve('parsed'), BATCH_MS + 400)
			);
			setTimeout(() => {
				other.exec('begin immediate; insert into lock_probe values (2); commit');
				otherWrote = true;
			}, BATCH_MS + 200);
			const parsed = await batch.wait(parsing, () => (committed = batch.commit()));
			expect(parsed).toBe('parsed');
			expect(committed).toEqual(['written']);
			expect(otherWrote).toBe(true);
			expect(other.prepare('select x from lock_probe order by x').pluck().all()).toEqual([1, 2]);
		} finally {
			other.close();
		}
	});
});
