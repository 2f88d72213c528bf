// The search indexes are written by the importer at the end of each transaction (search-backlog.ts),
// not row by row: after the sample documents, the registry snapshot's first records and a dry run,
// every motion text and every current document has exactly one row in its index, and the words of
// a snapshot motion find it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDb, count, type TempDb } from '../helpers/db';
import { bootstrap, REGISTRY_SNAPSHOT } from '../../src/lib/server/bootstrap';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { importFile } from '../../src/lib/server/import/document';
import { loadRegistry } from '../../src/lib/server/registry';
import { DOCUMENTS, SHARED } from '../helpers/paths';

let t: TempDb;
const ids = (sql: string) =>
	(t.db.$client.prepare(sql).pluck().all() as number[]).sort((a, b) => a - b);

beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
	importZaken(t.db, readSnapshot(REGISTRY_SNAPSHOT).slice(0, 150), loadRegistry());
	// A dry run indexes nothing it does not keep.
	const seed = join(SHARED, 'seeds', '002_d88359ce39742adb.txt');
	await importFile(
		t.db,
		{ fileName: 'droog.txt', bytes: readFileSync(seed), kind: 'debate', date: '2025-09-11' },
		loadRegistry(),
		{ dryRun: true }
	);
}, 60_000);
afterAll(() => t.close());

describe('the search indexes after an import', () => {
	it('hold one row per motion text and per current document, no more', () => {
		expect(count(t.db, 'select count(*) from motion_texts')).toBeGreaterThan(150);
		expect(ids('select rowid from motions_fts')).toEqual(ids('select id from motion_texts'));
		expect(ids('select rowid from documents_fts')).toEqual(
			ids('select id from documents where current = 1')
		);
	});

	it('find a snapshot motion by the words of its text and of its document', () => {
		const row = t.db.$client
			.prepare(
				`select t.id, t.motion_id, d.id as document_id from motion_texts t
				 join motions m on m.id = t.motion_id join documents d on d.id = m.document_id
				 where d.kind = 'motion' and length(t.text) > 200 order by t.id limit 1`
			)
			.get() as { id: number; motion_id: string; document_id: number };
		expect(row).toBeDefined();
		const text = t.db.$client
			.prepare('select text from motion_texts where id = ?')
			.pluck()
			.get(row.id) as string;
		// Three of its longer words, as a phrase-free query.
		const words = [...new Set(text.match(/\p{L}{9,}/gu) ?? [])].slice(0, 3);
		expect(words.length).toBe(3);
		const query = words.map((w) => `"${w}"`).join(' ');
		expect(ids(`select rowid from motions_fts where motions_fts match '${query}'`)).toContain(
			row.id
		);
		expect(ids(`select rowid from documents_fts where documents_fts match '${query}'`)).toContain(
			row.document_id
		);
	});
});
