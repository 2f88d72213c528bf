// The import on a real SQLite file: counts, gold aggregates, idempotence, atomicity, refusals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDb, dump, count, type TempDb } from '../helpers/db';
import { DOCUMENTS, ROOT, goldMotions, goldReferences, SEEDS, seed } from '../helpers/paths';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import {
	importFile,
	importParsed,
	importSource,
	sha256
} from '../../src/lib/server/import/document';
import { stats } from '../../src/lib/server/queries/stats';
import { motionAppraisals, motionDetail } from '../../src/lib/server/queries/motion';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { DocumentError } from '../../src/lib/parse/decode';
import { parseDocument } from '../../src/lib/parse';
import { openDatabase } from '../../src/lib/server/db';

const registry = loadRegistry();
let t: TempDb;

beforeEach(() => {
	t = tempDb();
});
afterEach(() => t.close());

async function importSamples() {
	const summary = await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
	expect(summary?.refused).toEqual([]);
	return summary!;
}

describe('importing the sample data', () => {
	it('gives 20 motions, 54 signer rows, 20 final appraisals and three cited-only motions', async () => {
		await importSamples();
		expect(count(t.db, "select count(*) from motions where status = 'tabled'")).toBe(20);
		expect(count(t.db, 'select count(*) from motion_signers')).toBe(54);
		expect(count(t.db, 'select count(*) from appraisals where final = 1')).toBe(20);
		const cited = t.db.$client
			.prepare(
				"select m.id, count(r.id) as n from motions m join motion_references r on r.motion_id = m.id where m.status = 'cited' group by m.id order by m.id"
			)
			.all();
		expect(cited).toEqual([
			{ id: '21501-02-2962', n: 1 },
			{ id: '21501-02-3047', n: 1 },
			{ id: '36045-191', n: 2 }
		]);
	});

	it('links each cited motion to exactly the documents of references.json, and stores no notMotion as a motion', async () => {
		await importSamples();
		const gold = goldReferences();
		const links = t.db.$client
			.prepare(
				'select r.motion_id as motion, d.file_name as file from motion_references r join documents d on d.id = r.document_id where r.motion_id is not null order by d.file_name, r.line'
			)
			.all();
		expect(links).toEqual(
			gold.references.map((r) => ({ motion: r.motion, file: r.source.replace('seeds/', '') }))
		);
		for (const not of gold.notMotions)
			expect(count(t.db, 'select count(*) from motions where id = ?', not)).toBe(0);
	});

	it('SQL aggregates equal the gold totals', async () => {
		await importSamples();
		const gold = goldMotions().totals;
		expect(stats(t.db, EMPTY_FILTERS)).toEqual(gold);
		const byFirstSigner = t.db.$client
			.prepare(
				`select f.name as fraction, a.verdict, count(*) as n from motions m
				 join motion_signers s on s.motion_id = m.id and s.position = 0
				 join fractions f on f.id = s.fraction_id
				 join appraisals a on a.motion_id = m.id and a.final = 1 group by f.name, a.verdict`
			)
			.all() as { fraction: string; verdict: string; n: number }[];
		for (const r of byFirstSigner)
			expect(gold.byFirstSignerParty[r.fraction]![r.verdict]).toBe(r.n);
	});

	it('reads each letter’s signatories', async () => {
		await importSamples();
		const signed = (file: string) =>
			(
				t.db.$client
					.prepare(
						'select s.name from document_signatories s join documents d on d.id = s.document_id where d.file_name = ? order by s.position'
					)
					.all(file) as { name: string }[]
			).map((r) => r.name);
		expect(signed(SEEDS.answers)).toEqual(['Van Weel', 'Brekelmans']);
		expect(signed(SEEDS.letter)).toEqual(['Van Weel', 'Brekelmans']);
		expect(signed(SEEDS.letter2)).toEqual(['Veldkamp', 'Brekelmans']);
	});

	it('a second import of everything changes no row', async () => {
		await importSamples();
		const before = dump(t.db);
		const { files } = expandPaths([DOCUMENTS]);
		syncRegistry(t.db, registry);
		const again = await importFiles(t.db, files, registry);
		expect(again.reports.map((r) => r.outcome)).toEqual(files.map(() => 'unchanged'));
		expect(dump(t.db)).toBe(before);
	});

	it('a failure forced in the middle of an import leaves the database exactly as before', async () => {
		syncRegistry(t.db, registry);
		// A real failure inside the transaction: SQLite refuses the eleventh appraisal.
		t.db.$client.exec(`create trigger forced_failure before insert on appraisals
			when new.motion_id = '36045-230' begin select raise(abort, 'forced failure'); end`);
		const before = dump(t.db);
		const { files } = expandPaths([DOCUMENTS]);
		const debate = files.find((f) => f.endsWith(SEEDS.debate))!;
		const summary = await importFiles(t.db, [debate], registry);
		expect(summary.refused).toHaveLength(1);
		expect(summary.refused[0]!.message).toMatch(/forced failure/);
		expect(dump(t.db)).toBe(before);
		expect(count(t.db, 'select count(*) from motions')).toBe(0);
	});

	it('a dry run reports what it would do and stores nothing', async () => {
		syncRegistry(t.db, registry);
		const before = dump(t.db);
		const summary = await importFiles(t.db, [seed(SEEDS.debate)], registry, {
			date: '2025-09-11',
			dryRun: true
		});
		expect(summary.reports[0]!.motionsAdded).toBe(20);
		expect(dump(t.db)).toBe(before);
	});
});

describe('refusing bad input', () => {
	it('an empty file and a binary file each get a clear message naming the file', async () => {
		const empty = join(t.dir, 'empty.txt');
		const binary = join(t.dir, 'binary.txt');
		writeFileSync(empty, '');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
		for (const [file, message] of [
			[empty, /empty/],
			// The refusal names the file once, in `file`: the message says what is wrong with it.
			[binary, /^a PNG image is not a format Motiemonitor reads/]
		] as const) {
			await expect(
				importFile(t.db, { fileName: file, bytes: readFileSync(file) }, registry)
			).rejects.toThrowError(DocumentError);
			const summary = await importFiles(t.db, [file], registry);
			expect(summary.refused).toEqual([{ file, message: expect.stringMatching(message) }]);
		}
		expect(count(t.db, 'select count(*) from documents')).toBe(0);
	});

	it('a folder with one bad file among good ones: the good files land, the bad one is named', async () => {
		const folder = join(t.dir, 'docs');
		mkdirSync(folder);
		for (const f of [SEEDS.letter, SEEDS.debate]) copyFileSync(join(DOCUMENTS, f), join(folder, f));
		copyFileSync(join(DOCUMENTS, 'manifest.json'), join(folder, 'manifest.json'));
		writeFileSync(join(folder, '002_broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0]));
		syncRegistry(t.db, registry);
		const { files } = expandPaths([folder]);
		const summary = await importFiles(t.db, files, registry);
		expect(summary.refused.map((r) => r.file)).toEqual([join(folder, '002_broken.txt')]);
		expect(summary.reports.map((r) => r.fileName)).toEqual([SEEDS.letter, SEEDS.debate]);
		expect(count(t.db, "select count(*) from motions where status = 'tabled'")).toBe(20);
		expect(count(t.db, 'select count(*) from documents')).toBe(2);
	});
});

describe('corrections and disagreements', () => {
	const debateText = () => readFileSync(seed(SEEDS.debate), 'utf8');

	it('a corrected version of the transcript updates what changed and records the change', async () => {
		syncRegistry(t.db, registry);
		const name = SEEDS.debate;
		await importFile(
			t.db,
			{ fileName: name, bytes: Buffer.from(debateText()), date: '2025-09-11' },
			registry
		);
		const corrected = debateText().replace(
			'De motie op stuk nr. 231, van de heer Ceder, geef ik oordeel Kamer.',
			'De motie op stuk nr. 231, van de heer Ceder, moet ik ontraden.'
		);
		const report = await importFile(
			t.db,
			{ fileName: name, bytes: Buffer.from(corrected), date: '2025-09-11' },
			registry
		);
		expect(report.outcome).toBe('corrected');
		expect(report.motionsUpdated).toBe(1);
		expect(report.motionsUnchanged).toBe(19);
		expect(report.changes).toEqual([
			expect.objectContaining({
				motion: '36045-231',
				field: 'verdict',
				before: 'oordeel_kamer',
				after: 'ontraden'
			})
		]);
		expect(count(t.db, 'select count(*) from motions')).toBe(20);
		expect(count(t.db, 'select count(*) from appraisals where final = 1')).toBe(20);
		expect(
			count(
				t.db,
				"select count(*) from appraisals where final = 1 and motion_id = '36045-231' and verdict = 'ontraden'"
			)
		).toBe(1);
		expect(count(t.db, 'select count(*) from documents where current = 1')).toBe(1);
		expect(count(t.db, 'select count(*) from debates')).toBe(1);
		const run = t.db.$client
			.prepare("select changes from import_runs where outcome = 'corrected'")
			.get() as { changes: string };
		expect(JSON.parse(run.changes)).toHaveLength(1);
	});

	it('importing an earlier version again makes it the current version once more', async () => {
		syncRegistry(t.db, registry);
		const name = SEEDS.debate;
		const v1 = Buffer.from(debateText());
		const v2 = Buffer.from(
			debateText().replace(
				'De motie op stuk nr. 231, van de heer Ceder, geef ik oordeel Kamer.',
				'De motie op stuk nr. 231, van de heer Ceder, moet ik ontraden.'
			)
		);
		await importFile(t.db, { fileName: name, bytes: v1, date: '2025-09-11' }, registry);
		await importFile(t.db, { fileName: name, bytes: v2, date: '2025-09-11' }, registry);
		const back = await importFile(
			t.db,
			{ fileName: name, bytes: v1, date: '2025-09-11' },
			registry
		);
		expect(back.outcome).toBe('corrected');
		expect(back.changes).toEqual([
			expect.objectContaining({
				motion: '36045-231',
				field: 'verdict',
				before: 'ontraden',
				after: 'oordeel_kamer'
			})
		]);
		expect(count(t.db, 'select count(*) from documents')).toBe(2);
		expect(count(t.db, 'select count(*) from documents where current = 1')).toBe(1);
		expect(
			count(
				t.db,
				"select count(*) from appraisals where final = 1 and motion_id = '36045-231' and verdict = 'oordeel_kamer'"
			)
		).toBe(1);
		expect(count(t.db, 'select count(*) from motion_signers')).toBe(54);
	});

	it('another document with the same file name is not taken for a corrected version', async () => {
		syncRegistry(t.db, registry);
		const debate = (number: number) => `De heer Dassen (Volt):
Voorzitter.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering iets te doen,

en gaat over tot de orde van de dag.

De voorzitter:
Deze motie is voorgesteld door het lid Dassen.

Zij krijgt nr. ${number} (36045).
`;
		await importFile(
			t.db,
			{
				fileName: 'handelingen.txt',
				bytes: Buffer.from(debate(300)),
				date: '2025-10-01'
			},
			registry
		);
		const second = await importFile(
			t.db,
			{
				fileName: 'handelingen.txt',
				bytes: Buffer.from(debate(301)),
				date: '2025-10-02'
			},
			registry
		);
		expect(second.outcome).toBe('added');
		expect(count(t.db, "select count(*) from motions where status = 'tabled'")).toBe(2);
		expect(count(t.db, 'select count(*) from documents where current = 1')).toBe(2);
		expect(count(t.db, 'select count(*) from debates')).toBe(2);
	});

	it('an amended motion replaces the old one, which then counts nowhere', async () => {
		await importSamples();
		const amended = `De heer Vermeer (BBB):
Voorzitter.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering te borgen dat er voorafgaand aan enige inzet van Nederlandse militairen in Oekraïne een extractieplan klaarligt,

en gaat over tot de orde van de dag.

De voorzitter:
Deze motie is voorgesteld door het lid Vermeer.

Zij krijgt nr. 241, was nr. 234 (36045).

Minister Brekelmans:
De gewijzigde motie op stuk nr. 241: oordeel Kamer.
`;
		await importFile(
			t.db,
			{ fileName: 'stemmingen.txt', bytes: Buffer.from(amended), date: '2025-09-23' },
			registry
		);
		expect(
			count(
				t.db,
				"select count(*) from motions where id = '36045-234' and replaced_by = '36045-241'"
			)
		).toBe(1);
		const totals = stats(t.db, EMPTY_FILTERS);
		// 234 (ontraden) is out, 241 (oordeel Kamer) is in.
		expect(totals.byVerdict).toEqual({ oordeel_kamer: 10, ontraden: 10, overbodig: 0 });
		expect(totals.byMinister.Brekelmans).toEqual({ oordeel_kamer: 4, ontraden: 2 });
		expect(motionDetail(t.db, '36045-234')!.replacedBy).toBe('36045-241');
		expect(motionDetail(t.db, '36045-241')!.replaces).toBe('36045-234');
	});

	it('the member who read a motion out is the first signer, with their fraction', async () => {
		await importSamples();
		const readers = t.db.$client
			.prepare(
				'select count(*) as n from motions m join motion_signers s on s.motion_id = m.id and s.position = 0 where m.reader_id = s.person_id'
			)
			.get() as { n: number };
		expect(readers.n).toBe(20);
	});

	it('two documents that disagree keep both statements and mark the conflict', async () => {
		syncRegistry(t.db, registry);
		await importFile(
			t.db,
			{ fileName: SEEDS.debate, bytes: Buffer.from(debateText()), date: '2025-09-11' },
			registry
		);
		const other = debateText()
			.replace(
				'De motie op stuk nr. 231, van de heer Ceder, geef ik oordeel Kamer.',
				'De motie op stuk nr. 231, van de heer Ceder, moet ik ontraden.'
			)
			.replace(
				'Deze motie is voorgesteld door de leden Dassen en Paternotte.',
				'Deze motie is voorgesteld door het lid Dassen.'
			);
		const report = await importFile(
			t.db,
			{ fileName: 'other-record.txt', bytes: Buffer.from(other), date: '2025-09-11' },
			registry
		);
		expect(report.conflicts).toBe(2);
		const conflicts = t.db.$client
			.prepare('select motion_id, field, value, other_value from conflicts order by motion_id')
			.all();
		expect(conflicts).toEqual([
			{
				motion_id: '36045-219',
				field: 'signers',
				value: 'Dassen (Volt)',
				other_value: 'Dassen (Volt), Paternotte (D66)'
			},
			{ motion_id: '36045-231', field: 'verdict', value: 'ontraden', other_value: 'oordeel_kamer' }
		]);
		// The standing verdict is not overwritten; both statements are kept.
		expect(count(t.db, "select count(*) from appraisals where motion_id = '36045-231'")).toBe(2);
		expect(
			count(
				t.db,
				"select count(*) from appraisals where final = 1 and motion_id = '36045-231' and verdict = 'oordeel_kamer'"
			)
		).toBe(1);
	});

	it('each statement of an appraisal history keeps its own cabinet member', async () => {
		syncRegistry(t.db, registry);
		const debate = `De heer Dassen (Volt):
Voorzitter.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering iets te doen,

en gaat over tot de orde van de dag.

De voorzitter:
Deze motie is voorgesteld door het lid Dassen.

Zij krijgt nr. 300 (36045).

Minister Van Weel:
De motie op stuk nr. 300: ontraden.

Minister Brekelmans:
De motie op stuk nr. 300: oordeel Kamer.
`;
		await importFile(
			t.db,
			{ fileName: 'two-ministers.txt', bytes: Buffer.from(debate), date: '2025-10-01' },
			registry
		);
		const history = motionAppraisals(t.db, '36045-300');
		const personName = (id: number | null) =>
			(t.db.$client.prepare('select name from people where id = ?').get(id) as { name: string })
				.name;
		expect(
			history.map((h) => [h.verdict, h.ministerName, personName(h.cabinetMemberId), h.final])
		).toEqual([
			['ontraden', 'Van Weel', 'Van Weel', false],
			['oordeel_kamer', 'Brekelmans', 'Brekelmans', true]
		]);
		// The posts shown beside each statement are its own speaker's on that day.
		expect(history.map((h) => h.posts.map((p) => p.ministry).sort())).toEqual([
			['Asiel en Migratie', 'Buitenlandse Zaken'],
			['Defensie']
		]);
	});

	it('a cited-only motion is completed when its debate arrives', async () => {
		syncRegistry(t.db, registry);
		const letter = readFileSync(seed(SEEDS.letter), 'utf8');
		await importFile(t.db, { fileName: SEEDS.letter, bytes: Buffer.from(letter) }, registry);
		expect(
			count(t.db, "select count(*) from motions where id = '36045-191' and status = 'cited'")
		).toBe(1);
		const debate = `De heer Timmermans (GroenLinks-PvdA):
Voorzitter.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering Oekraïne onverminderd te steunen,

en gaat over tot de orde van de dag.

De voorzitter:
Deze motie is voorgesteld door de leden Timmermans en Yeşilgöz-Zegerius.

Zij krijgt nr. 191 (36045).

Minister Schoof:
De motie op stuk nr. 191: oordeel Kamer.
`;
		const report = await importFile(
			t.db,
			{ fileName: 'debate-191.txt', bytes: Buffer.from(debate), date: '2025-02-13' },
			registry
		);
		expect(report.motionsAdded).toBe(1);
		expect(
			count(t.db, "select count(*) from motions where id = '36045-191' and status = 'tabled'")
		).toBe(1);
		expect(
			count(t.db, "select count(*) from motion_references where motion_id = '36045-191'")
		).toBe(1);
	});
});

describe('two importers at once', () => {
	it('a file another connection stored meanwhile is recognised inside the transaction', async () => {
		syncRegistry(t.db, registry);
		const text = readFileSync(seed(SEEDS.debate), 'utf8');
		const bytes = Buffer.from(text);
		// The second importer read the file before the first one stored it.
		const parsed = parseDocument(text, { date: '2025-09-11', registry });
		const first = await importFile(
			t.db,
			{ fileName: SEEDS.debate, bytes, date: '2025-09-11' },
			registry
		);
		const other = openDatabase(t.path);
		try {
			const before = dump(other);
			const second = importParsed(
				other,
				parsed,
				importSource(parsed, SEEDS.debate, sha256(bytes)),
				registry
			);
			expect(second).toMatchObject({ outcome: 'unchanged', documentId: first.documentId });
			expect(dump(other)).toBe(before);
		} finally {
			other.$client.close();
		}
	});

	it('two import commands on one database both succeed and store each document once', async () => {
		// tempDb has migrated the file; the two processes then start together.
		const run = () =>
			new Promise<{ code: number | null; out: string }>((resolve) => {
				const child = spawn(
					process.execPath,
					[
						join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
						join(ROOT, 'src/cli/index.ts'),
						'import',
						DOCUMENTS
					],
					{ cwd: ROOT, env: { ...process.env, DATABASE_URL: t.path } }
				);
				let out = '';
				child.stdout.on('data', (d) => (out += d));
				child.stderr.on('data', (d) => (out += d));
				child.on('close', (code) => resolve({ code, out }));
			});
		const results = await Promise.all([run(), run()]);
		for (const r of results) {
			expect(r.out).not.toMatch(/locked|UNIQUE|refused \//);
			expect(r.code).toBe(0);
		}
		expect(count(t.db, 'select count(*) from documents')).toBe(5);
		expect(count(t.db, "select count(*) from motions where status = 'tabled'")).toBe(20);
		expect(count(t.db, 'select count(*) from import_runs')).toBe(5);
	}, 30_000);
});
