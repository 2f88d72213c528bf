// Every format through the importer: the stored body is the display text the parsed lines point
// into, so the document page shows an XML report as it shows a text transcript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/lib/server/import/document';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { bodyText } from '../../src/lib/server/document-body';
import { loadRegistry } from '../../src/lib/server/registry';
import { count, tempDb, type TempDb } from '../helpers/db';
import { SHARED } from '../helpers/paths';

const registry = loadRegistry();
const VLOS = join(SHARED, 'samples/vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml');
const HANDELINGEN = join(SHARED, 'samples/handelingen-xml/h-tk-20172018-70-3.xml');
const MOTION = join(SHARED, 'opendata-2023-2025/motions/kst-36740-XVI-9.xml');

let t: TempDb;
beforeAll(async () => {
	t = tempDb();
	syncRegistry(t.db, registry);
	await importFile(t.db, { fileName: 'verslag.xml', bytes: readFileSync(VLOS) }, registry);
	await importFile(
		t.db,
		{ fileName: 'h-tk-20172018-70-3.xml', bytes: readFileSync(HANDELINGEN), date: '2018-04-05' },
		registry
	);
	await importFile(
		t.db,
		{ fileName: 'kst-36740-XVI-9.xml', bytes: readFileSync(MOTION) },
		registry
	);
});
afterAll(() => t.close());

const doc = (file: string) => {
	const row = t.db.$client
		.prepare('select id, kind, format, interim, date, title from documents where file_name = ?')
		.get(file) as {
		id: number;
		kind: string;
		format: string;
		interim: number;
		date: string;
		title: string;
	};
	return { ...row, body: bodyText(t.db.$client, row.id)! };
};

describe('importing XML documents', () => {
	it('stores each with its format, kind, date and interim status', () => {
		expect(doc('verslag.xml')).toMatchObject({
			kind: 'debate',
			format: 'vlos',
			interim: 1,
			date: '2025-07-02',
			title: 'Jaarverslag 2024 van het ministerie van VWS'
		});
		expect(doc('h-tk-20172018-70-3.xml')).toMatchObject({
			kind: 'debate',
			format: 'handelingen',
			interim: 0,
			date: '2018-04-05'
		});
		expect(doc('kst-36740-XVI-9.xml')).toMatchObject({
			kind: 'motion',
			format: 'motion',
			date: '2025-07-02'
		});
	});

	it('stores the rendered display text, and every appraisal quote stands on the lines it points to', () => {
		const vlos = doc('verslag.xml');
		expect(vlos.body).not.toContain('<alinea');
		expect(vlos.body).toContain('Mevrouw Slagt-Tichelman (GroenLinks-PvdA):');
		const lines = vlos.body.split('\n');
		const rows = t.db.$client
			.prepare('select motion_id, quote, line_from, line_to from appraisals where document_id = ?')
			.all(vlos.id) as { motion_id: string; quote: string; line_from: number; line_to: number }[];
		expect(rows.length).toBeGreaterThanOrEqual(9);
		for (const r of rows) {
			// A quote joins the sentence naming the motion and the one with the verdict: both stand there.
			const shown = lines.slice(r.line_from - 1, r.line_to).join(' ');
			expect(shown, r.motion_id).toContain(r.quote.slice(0, 20));
			expect(shown, r.motion_id).toContain(r.quote.slice(-20));
		}
	});

	it('the motion read from the report and from its own document is one motion; the report owns the row', () => {
		expect(count(t.db, "select count(*) from motions where id = '36740-XVI-9'")).toBe(1);
		const owner = t.db.$client
			.prepare(
				"select d.format from motions m join documents d on d.id = m.document_id where m.id = '36740-XVI-9'"
			)
			.get();
		expect(owner).toEqual({ format: 'vlos' });
		expect(
			count(
				t.db,
				"select count(distinct document_id) from motion_signers where motion_id = '36740-XVI-9'"
			)
		).toBe(2);
		expect(count(t.db, "select count(*) from conflicts where motion_id = '36740-XVI-9'")).toBe(0);
	});

	it('the 2018 Handelingen motions get their fractions from the labels and the 2008+ registry', () => {
		const signers = t.db.$client
			.prepare(
				`select s.motion_id, p.name, f.name as fraction from motion_signers s
				 join people p on p.id = s.person_id left join fractions f on f.id = s.fraction_id
				 where s.motion_id in ('34104-212', '34104-213') order by s.motion_id, s.position`
			)
			.all();
		expect(signers).toEqual([
			{ motion_id: '34104-212', name: 'Bergkamp', fraction: 'D66' },
			{ motion_id: '34104-212', name: 'Segers', fraction: 'ChristenUnie' },
			{ motion_id: '34104-212', name: 'Dijksma', fraction: 'PvdA' },
			{ motion_id: '34104-213', name: 'Bergkamp', fraction: 'D66' },
			{ motion_id: '34104-213', name: 'Sazias', fraction: '50PLUS' }
		]);
	});
});

describe('a VLOS report that holds several debates', () => {
	/** The sitting's report as the API serves one with two debates: EUFOR's activity before VWS's. */
	function twoDebates(): string {
		const vws = readFileSync(VLOS, 'utf8');
		const eufor = readFileSync(
			join(SHARED, 'samples/vlos-xml/vlos_2025-07-03_commissiedebat_eufor-althea.xml'),
			'utf8'
		);
		const activity = /<activiteit soort="Commissiedebat"[^]*?<\/activiteit>/.exec(eufor)![0];
		const at = vws.indexOf('<activiteit soort="Wetgevingsoverleg"');
		return vws.slice(0, at) + activity + vws.slice(at);
	}

	it('gives one debate per activity, each motion in its own debate', async () => {
		const u = tempDb();
		try {
			syncRegistry(u.db, registry);
			const report = await importFile(
				u.db,
				{ fileName: 'sitting.xml', bytes: Buffer.from(twoDebates()) },
				registry
			);
			expect(report.motionsAdded).toBe(10);
			const rows = u.db.$client
				.prepare(
					`select d.position, d.title, count(m.id) as motions from debates d
					 left join motions m on m.debate_id = d.id group by d.id order by d.position`
				)
				.all();
			expect(rows).toEqual([
				{ position: 0, title: 'Artikel 100-bijdrage aan EUFOR Althea', motions: 0 },
				{ position: 1, title: 'Jaarverslag 2024 van het ministerie van VWS', motions: 10 }
			]);
		} finally {
			u.close();
		}
	});
});
