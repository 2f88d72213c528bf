// The command line as a clerk runs it: exit codes, messages naming the file, the export's CSV.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, DOCUMENTS, SEEDS, seed } from '../helpers/paths';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'motiemonitor-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
	const r = spawnSync(
		process.execPath,
		[join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/index.ts'), ...args],
		{ cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }
	);
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parse', () => {
	it('exits 2 with a one-line message naming an empty file', () => {
		const file = join(dir, 'leeg.txt');
		writeFileSync(file, '');
		const r = cli(['parse', file, '--json']);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(file);
		expect(r.stderr).toMatch(/empty/);
	});

	it('exits 2 with one line naming the file for an image, a zip, another XML and a missing file', () => {
		const file = join(dir, 'plaatje.txt');
		writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
		const bin = cli(['parse', file]);
		expect(bin.code).toBe(2);
		expect(bin.stderr).toMatch(
			new RegExp(`^motiemonitor parse: ${file}: a PNG image is not a format`)
		);
		expect(bin.stderr.trim().split('\n')).toHaveLength(1);
		const zip = join(dir, 'moties.zip');
		writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));
		expect(cli(['parse', zip, '--json'])).toMatchObject({
			code: 2,
			stdout: '',
			stderr: expect.stringMatching(/moties\.zip: a zip archive/)
		});
		const rss = join(dir, 'feed.xml');
		writeFileSync(rss, '<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
		expect(cli(['parse', rss])).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(
				/feed\.xml: an XML document of another kind \(root element <rss>\)/
			)
		});
		const missing = cli(['parse', join(dir, 'bestaat-niet.txt')]);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('bestaat-niet.txt');
	});

	it('converts a Windows-1252 file and reads it', () => {
		const file = join(dir, 'cp1252.txt');
		const text = readFileSync(seed(SEEDS.letter), 'utf8').replace(/[^\t\n\r\u0020-\u00ff]/g, '?');
		writeFileSync(file, Buffer.from(text, 'latin1'));
		const r = cli(['parse', file, '--json', '--date', '2025-09-12']);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.references.map((x: { motion: string }) => x.motion)).toEqual([
			'36045-191',
			'21501-02-3047'
		]);
		expect(json.document.date).toBe('2025-09-12');
	});

	it('prints a readable summary without --json', () => {
		const r = cli(['parse', seed(SEEDS.debate)]);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('36045-233');
		expect(r.stdout).toMatch(/history: Ontraden → Oordeel Kamer/);
	});

	it('exits 2 on a usage error', () => {
		expect(cli(['parse', seed(SEEDS.debate), '--date', '11-09-2025']).code).toBe(2);
		expect(cli(['nonsense']).code).toBe(2);
	});
});

describe('import, export and migrate', () => {
	it('migrate takes an empty file to the latest schema', () => {
		const db = join(dir, 'migrate.db');
		writeFileSync(db, '');
		const r = cli(['migrate'], { DATABASE_URL: db });
		expect(r.code).toBe(0);
		const sqlite = new Database(db, { readonly: true });
		const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
			name: string;
		}[];
		sqlite.close();
		const names = tables.map((t) => t.name);
		for (const t of [
			'documents',
			'motions',
			'motion_signers',
			'appraisals',
			'motion_references',
			'import_runs',
			'motions_fts'
		]) {
			expect(names).toContain(t);
		}
	});

	it('import exits 1 when some files are refused, still importing the others, and says so', () => {
		const folder = join(dir, 'docs');
		mkdirSync(folder);
		copyFileSync(join(DOCUMENTS, SEEDS.debate), join(folder, SEEDS.debate));
		copyFileSync(join(DOCUMENTS, 'manifest.json'), join(folder, 'manifest.json'));
		writeFileSync(join(folder, 'leeg.txt'), '');
		const db = join(dir, 'import.db');
		const r = cli(['import', folder], { DATABASE_URL: db });
		expect(r.code).toBe(1);
		expect(r.stdout).toContain(`refused ${join(folder, 'leeg.txt')}`);
		expect(r.stdout).toMatch(/Motions: 20 added/);
		// The import warmed the dashboard's aggregates for the data it left: a server finds them.
		const check = new Database(db, { readonly: true });
		const warmed = check
			.prepare(
				'select key from query_cache where version = (select version from data_version) order by key'
			)
			.pluck()
			.all() as string[];
		check.close();
		expect(warmed.some((k) => k.startsWith('verdictsByVerdict['))).toBe(true);
		expect(warmed.some((k) => k.startsWith('fractionSummaries['))).toBe(true);
		const again = cli(['import', folder], { DATABASE_URL: db });
		expect(again.stdout).toContain('already imported, nothing changed');

		const csv = cli(['export', '--fraction', 'SP', '--verdict', 'ontraden'], { DATABASE_URL: db });
		expect(csv.code).toBe(0);
		expect(csv.stdout.startsWith('\uFEFFid,')).toBe(true);
		const ids = csv.stdout
			.trim()
			.split('\r\n')
			.slice(1)
			.map((l) => l.split(',')[0]);
		expect(ids).toEqual(['36045-226', '36045-227', '36045-228', '36045-229']);

		const json = cli(['export', '--format', 'json', '--minister', 'Brekelmans'], {
			DATABASE_URL: db
		});
		const rows = JSON.parse(json.stdout) as { id: string; verdict: string }[];
		expect(rows).toHaveLength(6);
		expect(rows.filter((m) => m.verdict === 'oordeel_kamer')).toHaveLength(3);
	}, 60_000);

	it('the full-text index survives a VACUUM (keyed on an integer primary key) and reindex rebuilds it alike', () => {
		const db = join(dir, 'import.db');
		const sqlite = new Database(db);
		sqlite.exec(
			'delete from motion_texts where motion_id = (select min(motion_id) from motion_texts)'
		);
		sqlite.exec('vacuum');
		sqlite.close();
		const search = () => {
			const check = new Database(db, { readonly: true });
			const hits = check
				.prepare(
					'select t.motion_id as id from motion_texts t where t.id in (select rowid from motions_fts where motions_fts match \'"Dutch" "Dome"\')'
				)
				.all();
			check.close();
			return hits;
		};
		expect(search()).toEqual([{ id: '36045-230' }]);
		expect(cli(['reindex'], { DATABASE_URL: db }).code).toBe(0);
		expect(search()).toEqual([{ id: '36045-230' }]);
	});

	it('import exits 2 on a usage error', () => {
		expect(cli(['import', seed(SEEDS.debate), '--kind', 'roman']).code).toBe(2);
	});
});
