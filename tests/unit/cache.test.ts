// Aggregates are computed once per version of the data: a write by this connection or by another
// process (a CLI import) makes the next read compute afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { tempDb, type TempDb } from '../helpers/db';
import { openDatabase } from '../../src/lib/server/db';
import { cached, cachedQuery, dataVersion } from '../../src/lib/server/cache';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';
import { stats } from '../../src/lib/server/queries/stats';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { DOCUMENTS } from '../helpers/paths';

let t: TempDb;
beforeAll(() => {
	t = tempDb();
	syncRegistry(t.db, loadRegistry());
});
afterAll(() => t.close());

const countDocuments = (db: TempDb['db']) =>
	(db.$client.prepare('select count(*) as n from documents').get() as { n: number }).n;

describe('cache by data version', () => {
	it('computes once while nothing is written', () => {
		let runs = 0;
		const count = () => cached(t.db, 'documents', () => (runs++, countDocuments(t.db)));
		expect(count()).toBe(0);
		expect(count()).toBe(0);
		expect(runs).toBe(1);
	});

	it('a write by this connection gives a new version and a fresh result', async () => {
		const before = dataVersion(t.db);
		const report = await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
		expect(report?.refused).toEqual([]);
		expect(dataVersion(t.db)).not.toBe(before);
		expect(cached(t.db, 'documents', () => countDocuments(t.db))).toBe(5);
		// The named queries follow: the seed debate's 20 appraised motions are counted.
		const total = Object.values(stats(t.db, EMPTY_FILTERS).byVerdict).reduce((a, b) => a + b, 0);
		expect(total).toBe(20);
	});

	it('a write by another process gives a new version too', () => {
		const before = dataVersion(t.db);
		const other = new Database(t.path);
		other.prepare('delete from import_runs where id = (select max(id) from import_runs)').run();
		other.close();
		expect(dataVersion(t.db)).not.toBe(before);
	});

	it('a result is kept in the database: another connection (a restart) finds it computed', () => {
		const version = dataVersion(t.db);
		expect(cached(t.db, 'kept', () => ({ n: 42 }))).toEqual({ n: 42 });
		const restarted = openDatabase(t.path);
		try {
			expect(dataVersion(restarted)).toBe(version);
			expect(cached(restarted, 'kept', () => ({ n: -1 }))).toEqual({ n: 42 });
			// Keeping it wrote no data: the version stands.
			expect(dataVersion(restarted)).toBe(version);
		} finally {
			restarted.$client.close();
		}
	});

	it('a restart with nothing changed writes nothing: the data version and its caches stand', async () => {
		await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
		const before = dataVersion(t.db);
		expect(await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null })).toBeNull();
		expect(dataVersion(t.db)).toBe(before);
	});

	it('a cached query is keyed by its arguments', () => {
		let runs = 0;
		const twice = cachedQuery('twice', (_db, n: number) => (runs++, n * 2));
		expect([twice(t.db, 2), twice(t.db, 3), twice(t.db, 2)]).toEqual([4, 6, 4]);
		expect(runs).toBe(2);
	});
});
