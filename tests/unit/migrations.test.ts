// Upgrading a database made by an earlier release: rows survive a migration that rebuilds a table.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db';
import { ROOT, SEEDS, seed } from '../helpers/paths';
import { bodyText } from '../../src/lib/server/document-body';
import { cutBody } from '../../src/lib/server/body-cut';
import { renderWindow } from '../../src/lib/server/document-text';

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
						`insert into documents (sha256, file_name, kind, format, imported_at, line_count) values ('x', 'x', 'motion', 'vlos-html', 'now', 0)`
					)
					.run()
			).toThrow(/CHECK constraint failed/);
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});

	it("0007–0009 move a motion's wording beside its row and keep it searchable", () => {
		const path = join(dir, 'wide.db');
		const before = process.env.MIGRATIONS_DIR;
		try {
			process.env.MIGRATIONS_DIR = migrationsUpTo(6);
			const db = openDatabase(path);
			const sqlite = db.$client;
			sqlite.exec(`insert into motions (id, dossier, number, subject, text, parts, status)
				values ('36045-230', '36045', 230, 'Dutch Dome', 'verzoekt de regering de Dutch Dome te steunen',
					'[{"kind":"verzoekt","text":"verzoekt de regering de Dutch Dome te steunen"}]', 'tabled'),
				('36045-231', '36045', 231, null, null, null, 'cited')`);
			process.env.MIGRATIONS_DIR = join(ROOT, 'drizzle');
			migrateDatabase(db);
			const columns = (sqlite.pragma('table_info(motions)') as { name: string }[]).map(
				(c) => c.name
			);
			expect(columns).not.toContain('text');
			expect(columns).not.toContain('parts');
			expect(sqlite.prepare('select motion_id, text, parts from motion_texts').all()).toEqual([
				{
					motion_id: '36045-230',
					text: 'verzoekt de regering de Dutch Dome te steunen',
					parts: '[{"kind":"verzoekt","text":"verzoekt de regering de Dutch Dome te steunen"}]'
				}
			]);
			const search = (q: string) =>
				sqlite
					.prepare(
						`select t.motion_id as id from motion_texts t where t.id in (select rowid from motions_fts where motions_fts match ?)`
					)
					.all(q);
			expect(search('steunen')).toEqual([{ id: '36045-230' }]);
			// The subject is indexed from the motion row and follows its changes.
			sqlite.exec(`update motions set subject = 'Koepel' where id = '36045-230'`);
			expect(search('koepel')).toEqual([{ id: '36045-230' }]);
			expect(search('dome')).toEqual([{ id: '36045-230' }]);
			sqlite.exec(`delete from motions where id = '36045-230'`);
			expect(search('steunen')).toEqual([]);
			expect(sqlite.prepare('select count(*) as n from motion_texts').get()).toEqual({ n: 0 });
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});

	it('the clerks migration keeps every appraisal, lets a clerk state one, and keeps moving the data version', () => {
		const path = join(dir, 'clerks.db');
		const before = process.env.MIGRATIONS_DIR;
		try {
			const journal = JSON.parse(
				readFileSync(join(ROOT, 'drizzle', 'meta', '_journal.json'), 'utf8')
			) as { entries: { idx: number; tag: string }[] };
			const clerks = journal.entries.find((e) => e.tag.endsWith('_clerks'))!;
			process.env.MIGRATIONS_DIR = migrationsUpTo(clerks.idx - 1);
			const db = openDatabase(path);
			const sqlite = db.$client;
			sqlite.exec(`insert into documents (sha256, file_name, kind, imported_at, body, line_count)
					values ('abc', '003.txt', 'debate', 'now', 'x', 1);
				insert into motions (id, dossier, number, status, document_id) values ('36045-230', '36045', 230, 'tabled', 1);
				insert into appraisals (motion_id, document_id, sequence, verdict, quote, line_from, line_to, spoken_by, final)
					values ('36045-230', 1, 1, 'ontraden', 'ontraden', 3, 3, 'cabinet', 1);`);
			process.env.MIGRATIONS_DIR = join(ROOT, 'drizzle');
			migrateDatabase(db);
			expect(
				sqlite
					.prepare('select motion_id, document_id, verdict, final, correction_id from appraisals')
					.all()
			).toEqual([
				{
					motion_id: '36045-230',
					document_id: 1,
					verdict: 'ontraden',
					final: 1,
					correction_id: null
				}
			]);
			const version = () =>
				(sqlite.prepare('select version from data_version').get() as { version: number }).version;
			const v = version();
			sqlite.exec(`insert into users (name, password_hash, created_at) values ('griffier', 'scrypt$x', 'now');
				insert into corrections (motion_id, field, before, after, reason, user_id, created_at)
					values ('36045-230', 'verdict', 'ontraden', 'oordeel_kamer', 'video', 1, 'now');
				update appraisals set final = 0;
				insert into appraisals (motion_id, document_id, sequence, verdict, quote, line_from, line_to, spoken_by, final, correction_id)
					values ('36045-230', null, 1, 'oordeel_kamer', '', 0, 0, 'clerk', 1, 1);`);
			expect(version()).toBeGreaterThan(v);
			// A statement is a document's or a clerk's, never neither.
			expect(() =>
				sqlite.exec(`insert into appraisals (motion_id, document_id, sequence, verdict, quote, line_from, line_to, spoken_by)
					values ('36045-230', null, 2, 'ontraden', '', 0, 0, 'cabinet')`)
			).toThrow(/CHECK constraint failed/);
			// Sessions and sign-in attempts are not data: they leave the version (and the pages) alone.
			const w = version();
			sqlite.exec(`insert into sessions (id, user_id, created_at, expires_at) values ('h', 1, 'now', 'later');
				insert into login_attempts (at, name, address) values ('now', 'x', '::1')`);
			expect(version()).toBe(w);
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});

	it('0015/0016 give every motion the status open and move the data version with a vote', () => {
		const path = join(dir, 'votes.db');
		const before = process.env.MIGRATIONS_DIR;
		try {
			process.env.MIGRATIONS_DIR = migrationsUpTo(14);
			const db = openDatabase(path);
			const sqlite = db.$client;
			sqlite.exec(
				`insert into motions (id, dossier, number, status) values ('36045-216', '36045', 216, 'tabled')`
			);
			process.env.MIGRATIONS_DIR = join(ROOT, 'drizzle');
			migrateDatabase(db);
			expect(sqlite.prepare('select id, outcome from motions').all()).toEqual([
				{ id: '36045-216', outcome: 'open' }
			]);
			const version = () =>
				(sqlite.prepare('select version from data_version').get() as { version: number }).version;
			const v0 = version();
			sqlite.exec(`insert into votes (motion_id, source, besluit_id, kind, declared, as_written, complete)
				values ('36045-216', 'registry', 'b-1', 'hands', 'adopted', 'Aangenomen.', 1)`);
			expect(version()).toBe(v0 + 1);
			expect(() =>
				sqlite.exec(`insert into votes (motion_id, source, kind, declared, as_written, complete)
					values ('36045-216', 'registry', 'hands', 'aangenomen', 'x', 1)`)
			).toThrow(/CHECK constraint failed/);
			// A motion's votes go with it.
			sqlite.exec(`delete from motions where id = '36045-216'`);
			expect(sqlite.prepare('select count(*) as n from votes').get()).toEqual({ n: 0 });
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});
	it("0018 cuts every stored body into pieces as the import cuts them, and the search and a page's marks go on", () => {
		const path = join(dir, 'chunks.db');
		const before = process.env.MIGRATIONS_DIR;
		try {
			const journal = JSON.parse(
				readFileSync(join(ROOT, 'drizzle', 'meta', '_journal.json'), 'utf8')
			) as { entries: { idx: number; tag: string }[] };
			const chunks = journal.entries.find((e) => e.tag.endsWith('_document_chunks'))!;
			process.env.MIGRATIONS_DIR = migrationsUpTo(chunks.idx - 1);
			const db = openDatabase(path);
			const sqlite = db.$client;
			const debate = readFileSync(seed(SEEDS.debate), 'utf8');
			const bodies = [
				debate,
				// Many pieces, with every kind of line end.
				debate
					.repeat(6)
					.replace(/\n\n/g, '\r\n\n')
					.replace(/Voorzitter/g, 'Voorzitter\r'),
				'',
				'één regel',
				'x'.repeat(600_000) + '\nslotwoord\n',
				debate.slice(0, 5000)
			];
			const insert = sqlite.prepare(
				`insert into documents (sha256, file_name, kind, imported_at, body, line_count, current)
				values (?, ?, 'debate', 'now', ?, ?, ?)`
			);
			bodies.forEach((body, i) =>
				insert.run(`sha-${i}`, `${i}.txt`, body, body.split(/\r\n|\r|\n/).length, i === 5 ? 0 : 1)
			);
			// A reference stored before its place was: found when the page shows it.
			const lines = debate.split('\n');
			const line = lines.findIndex((l) => /\bmotie\b/.test(l)) + 1;
			const asWritten = /\bmotie\b.{0,20}\S/.exec(lines[line - 1]!)![0];
			sqlite
				.prepare(
					`insert into motion_references (document_id, motion_id, as_written, line, sentence, signers, via)
					values (1, null, ?, ?, '', '[]', 'unresolved')`
				)
				.run(asWritten, line);
			process.env.MIGRATIONS_DIR = join(ROOT, 'drizzle');
			migrateDatabase(db);

			const columns = (sqlite.pragma('table_info(documents)') as { name: string }[]).map(
				(c) => c.name
			);
			expect(columns).not.toContain('body');
			bodies.forEach((body, i) => {
				const stored = sqlite
					.prepare(
						'select seq, first_line as firstLine, line_count as lineCount, text from document_chunks where document_id = ? order by seq'
					)
					.all(i + 1);
				expect(stored).toEqual(cutBody(body));
				expect(bodyText(sqlite, i + 1)).toBe(body);
			});
			expect(cutBody(bodies[1]!).length).toBeGreaterThan(4);
			const found = (q: string) =>
				sqlite
					.prepare('select rowid from documents_fts where documents_fts match ? order by rowid')
					.pluck()
					.all(q);
			expect(found('slotwoord')).toEqual([5]);
			expect(found('voorzitter')).toEqual([1, 2]);
			// A version that stops being current leaves the index; current again, it is found from its pieces.
			sqlite.exec('update documents set current = 0 where id = 2');
			expect(found('voorzitter')).toEqual([1]);
			sqlite.exec('update documents set current = 1 where id = 2');
			expect(found('voorzitter')).toEqual([1, 2]);
			expect(sqlite.prepare('select located, span_line from motion_references').all()).toEqual([
				{ located: 0, span_line: null }
			]);
			const html = renderWindow(db, 1, { from: line, to: line + 10 }, null)!;
			expect(html).toContain('<mark class="ref unresolved"');
			db.$client.close();
		} finally {
			if (before === undefined) delete process.env.MIGRATIONS_DIR;
			else process.env.MIGRATIONS_DIR = before;
		}
	});
});
