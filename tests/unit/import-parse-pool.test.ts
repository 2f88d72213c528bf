// Parsing on worker threads (what `cli import` does with several files) stores exactly what
// parsing in process stores, in the same order, and refuses the same files with the same words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths, importFiles, type ImportSummary } from '../../src/lib/server/import/files';
import { ParsePool } from '../../src/lib/server/import/parse-pool';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';
import { dump, tempDb, type TempDb } from '../helpers/db';
import { SHARED } from '../helpers/paths';

const registry = loadRegistry();
let folder: string;
let inProcess: TempDb;
let pooled: TempDb;
let a: ImportSummary;
let b: ImportSummary;

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'motiemonitor-pool-'));
	const copy = (from: string, name = from.split('/').pop()!) =>
		copyFileSync(from, join(folder, name));
	for (const f of readdirSync(join(SHARED, 'seeds')))
		if (f.endsWith('.txt')) copy(join(SHARED, 'seeds', f), `1_${f}`);
	for (const dir of ['samples/vlos-xml', 'samples/handelingen-xml'])
		for (const f of readdirSync(join(SHARED, dir)))
			if (f.endsWith('.xml')) copy(join(SHARED, dir, f), `2_${f}`);
	const motions = readdirSync(join(SHARED, 'opendata-2023-2025/motions')).sort().slice(0, 40);
	for (const f of motions) copy(join(SHARED, 'opendata-2023-2025/motions', f), `3_${f}`);
	writeFileSync(join(folder, '4_empty.txt'), '');
	writeFileSync(join(folder, '4_broken.xml'), '<verslag><tekst>niet gesloten');
	const { files } = expandPaths([folder]);

	inProcess = tempDb();
	syncRegistry(inProcess.db, registry);
	a = await importFiles(inProcess.db, files, registry);

	pooled = tempDb();
	syncRegistry(pooled.db, registry);
	const pool = new ParsePool(registry, pooled.path, 2);
	try {
		b = await importFiles(pooled.db, files, registry, { pool });
	} finally {
		await pool.close();
	}
}, 120_000);

afterAll(() => {
	inProcess?.close();
	pooled?.close();
	rmSync(folder, { recursive: true, force: true });
});

// Import runs carry the clock; everything else must be byte for byte the same.
const withoutClock = (s: string) =>
	s
		.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME')
		.replace(/"duration_ms":\d+/g, '')
		// file_stats: when each file was read, in milliseconds
		.replace(/,\d{13}\]$/gm, ',TIME]');

describe('parsing on worker threads', () => {
	it('imports the same documents with the same reports, in file order', () => {
		expect(b.reports.map((r) => r.fileName)).toEqual(a.reports.map((r) => r.fileName));
		expect(b.reports.length).toBe(5 + 4 + 40);
		const motions = (s: ImportSummary) => s.reports.reduce((n, r) => n + r.motionsAdded, 0);
		expect(motions(b)).toBe(motions(a));
		expect(motions(a)).toBeGreaterThan(70);
		expect(b.reports.map((r) => r.warnings)).toEqual(a.reports.map((r) => r.warnings));
	});

	it('refuses the same files with the same messages (errors cross the thread as DocumentErrors)', () => {
		expect(b.refused).toEqual(a.refused);
		expect(a.refused.map((r) => r.file.split('/').pop())).toEqual(['4_broken.xml', '4_empty.txt']);
		expect(a.refused[1]!.message).toContain('the file is empty');
	});

	it('leaves the database as parsing in process does', () => {
		expect(withoutClock(dump(pooled.db))).toBe(withoutClock(dump(inProcess.db)));
	});
});
