// The reads over the registry beside the transcripts: which verdict a motion counts with, what the
// overview says it covers, the motion page's registry record, slip and amendments, the data-quality
// lists and the document list. A real slice of the snapshot (the seed debate's motions, their
// amended versions, two records without a verdict) and the sample documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import { REGISTRY_SNAPSHOT, SAMPLE_DOCUMENTS } from '../../src/lib/server/bootstrap';
import { kamerstukOf } from '../../src/lib/parse/readers/zaak';
import { countMotions, listMotions } from '../../src/lib/server/queries/motions';
import { stats, verdictsByVerdict } from '../../src/lib/server/queries/stats';
import { coverage, filterOptions, overviewTotals } from '../../src/lib/server/queries/overview';
import { motionPage } from '../../src/lib/server/queries/motion';
import { documentKindCounts, listDocuments } from '../../src/lib/server/queries/documents';
import {
	registryExtent,
	registryLacksVerdict,
	registryWithoutTranscript,
	signersWithoutFraction,
	slips,
	transcriptWithoutRegistry,
	unknownSigners,
	verdictAgreement,
	verdictDisagreements
} from '../../src/lib/server/queries/quality';
import { DEFAULT_SORT, EMPTY_FILTERS } from '../../src/lib/filters';
import { goldMotions } from '../helpers/paths';
import { tempDb, type TempDb } from '../helpers/db';

const SEED = Array.from({ length: 20 }, (_, i) => `36045-${216 + i}`);
const AMENDED = ['36045-237', '36045-238'];
/** Two registry records whose label is a kind of "no verdict". */
const NO_VERDICT = ['Nog niet bekend', 'Niet beschikbaar bij gewijzigde moties en/of amendementen'];
const ALL = { page: 1, perPage: 100 };

let t: TempDb;
const noVerdictIds: string[] = [];

beforeAll(async () => {
	t = tempDb();
	const registry = loadRegistry();
	syncRegistry(t.db, registry);
	const idOf = (e: ReturnType<typeof readSnapshot>[number]) => {
		const k = kamerstukOf(e.zaak);
		return k ? `${k.dossier}-${k.number}` : null;
	};
	const snapshot = readSnapshot(REGISTRY_SNAPSHOT);
	const wanted = new Set([...SEED, ...AMENDED]);
	const entries = snapshot.filter((e) => wanted.has(idOf(e) ?? ''));
	for (const label of NO_VERDICT) {
		const e = snapshot.find(
			(e) =>
				e.zaak.Kabinetsappreciatie === label && idOf(e) && !/t\.v\.v\./.test(e.zaak.Onderwerp ?? '')
		)!;
		entries.push(e);
		noVerdictIds.push(idOf(e)!);
	}
	importZaken(t.db, entries, registry);
	await importFiles(t.db, expandPaths([SAMPLE_DOCUMENTS]).files, registry);
}, 120_000);

afterAll(() => t.close());

describe('the verdict a motion counts with', () => {
	it('is the transcript’s where one exists, else the registry’s; replaced motions count nowhere', () => {
		// 216–233 from the debate, 237 and 238 (which replace 234 and 235) from the registry, the
		// two records without a verdict, and the three motions the letters cite.
		expect(countMotions(t.db, EMPTY_FILTERS)).toBe(18 + 2 + 2 + 3);
		const rows = listMotions(t.db, EMPTY_FILTERS, {
			sort: 'id',
			dir: 'asc',
			page: 1,
			perPage: 100
		});
		const byId = new Map(rows.map((r) => [r.id, r]));
		expect(byId.has('36045-234')).toBe(false);
		expect(byId.get('36045-216')).toMatchObject({
			verdictSource: 'transcript',
			minister: 'Van Weel'
		});
		expect(byId.get('36045-237')).toMatchObject({
			verdict: 'oordeel_kamer',
			verdictSource: 'registry',
			minister: null
		});
		const none = byId.get(noVerdictIds[0]!)!;
		expect(none).toMatchObject({
			verdict: null,
			verdictSource: null,
			noVerdict: 'nog_niet_bekend'
		});
		expect(byId.get(noVerdictIds[1]!)).toMatchObject({
			verdict: null,
			noVerdict: 'niet_beschikbaar'
		});
	});

	it('counts verdicts from both sources, kinds of "no verdict" under none of them', () => {
		const gold = goldMotions();
		// The transcript's verdicts of the 18 motions that still count, plus 237 and 238's registry label.
		const expected: Record<string, number> = { oordeel_kamer: 0, ontraden: 0, overbodig: 0 };
		for (const m of gold.motions) {
			const id = m.id === '36046-225' ? '36045-225' : m.id;
			if (id === '36045-234' || id === '36045-235') continue;
			expected[m.verdict] = (expected[m.verdict] ?? 0) + 1;
		}
		// 237: "Oordeel Kamer" in the registry; 238: "Niet beschikbaar …", a kind of no verdict.
		expected.oordeel_kamer! += 1;
		expect(verdictsByVerdict(t.db, EMPTY_FILTERS)).toEqual(expected);
		const totals = overviewTotals(t.db, EMPTY_FILTERS, expected);
		expect(totals.withoutAppraisal).toBe(3);
		expect(countMotions(t.db, { ...EMPTY_FILTERS, verdict: 'none', status: 'tabled' })).toBe(3);
		// Only a transcript names a cabinet member: the amended motions are in no minister's count.
		const byMinister = stats(t.db, EMPTY_FILTERS).byMinister;
		const appraised = Object.values(byMinister).flatMap((v) => Object.values(v));
		expect(appraised.reduce((a, b) => a + b, 0)).toBe(18);
	});

	it('a disagreement keeps the transcript’s verdict and is listed', () => {
		const before = verdictDisagreements(t.db, ALL);
		expect(before.total).toBe(0);
		expect(verdictAgreement(t.db)).toEqual({ compared: 20, agree: 20 });
		t.db.$client
			.prepare("update registry_motions set verdict = 'ontraden' where motion_id = '36045-216'")
			.run();
		try {
			const after = verdictDisagreements(t.db, ALL);
			expect(after.total).toBe(1);
			expect(after.rows[0]).toMatchObject({
				motionId: '36045-216',
				registryVerdict: 'ontraden',
				transcriptVerdict: 'oordeel_kamer',
				minister: 'Van Weel'
			});
			expect(verdictAgreement(t.db)).toEqual({ compared: 20, agree: 19 });
			const row = listMotions(
				t.db,
				{ ...EMPTY_FILTERS, verdict: 'oordeel_kamer' },
				{ sort: 'id', dir: 'asc', page: 1, perPage: 100 }
			);
			expect(row.map((r) => r.id)).toContain('36045-216');
		} finally {
			t.db.$client
				.prepare(
					"update registry_motions set verdict = 'oordeel_kamer' where motion_id = '36045-216'"
				)
				.run();
		}
	});
});

describe('the list as it opens', () => {
	it('is newest first, with the motions only cited after every tabled one, on any page', () => {
		const rows = listMotions(t.db, EMPTY_FILTERS, { ...DEFAULT_SORT, ...ALL });
		const status = rows.map((r) => r.status);
		const firstCited = status.indexOf('cited');
		expect(firstCited).toBeGreaterThan(0);
		expect(status.slice(firstCited).every((s) => s === 'cited')).toBe(true);
		const dates = rows.slice(0, firstCited).map((r) => r.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		// Paged across the border between tabled and cited, nothing is lost or repeated.
		const paged = [1, 2, 3, 4, 5, 6, 7].flatMap((page) =>
			listMotions(t.db, EMPTY_FILTERS, { ...DEFAULT_SORT, page, perPage: 4 }).map((r) => r.id)
		);
		expect(paged).toEqual(rows.map((r) => r.id));
	});

	it('shows a subject from the registry title, not a cut-off sentence', () => {
		const [row] = listMotions(
			t.db,
			{ ...EMPTY_FILTERS, dossier: '36045' },
			{ sort: 'id', dir: 'asc', ...ALL }
		).filter((r) => r.id === '36045-228');
		// Onderwerp: "Motie van het lid Dobbe over geen wapens leveren die in strijd zijn met het
		// humanitair oorlogsrecht".
		expect(row?.subject).toBe(
			'Geen wapens leveren die in strijd zijn met het humanitair oorlogsrecht'
		);
	});
});

describe('what the overview covers', () => {
	it('gives the period, the motions and where their verdicts come from', () => {
		const c = coverage(t.db, EMPTY_FILTERS);
		expect(c).toMatchObject({
			from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			to: '2025-09-23',
			motions: 25,
			replaced: 2,
			withTranscript: 18,
			withCabinetMember: 18,
			inRegistry: 22,
			withRegistryVerdict: 19,
			registryOnly: 1
		});
		expect(c.noVerdict).toEqual([
			{ kind: 'niet_beschikbaar', n: 2 },
			{ kind: 'nog_niet_bekend', n: 1 }
		]);
		// With a filter, the counts follow it: the debate's 18, 237 and 238, and the cited 36045-191.
		expect(coverage(t.db, { ...EMPTY_FILTERS, dossier: '36045' }).motions).toBe(18 + 2 + 1);
	});

	it('offers the fractions and the period, and names only the member and debate filtered on', () => {
		const o = filterOptions(t.db);
		expect(o.fractions).toContain('SP');
		expect(o.dateRange.to).toBe(coverage(t.db, EMPTY_FILTERS).to);
		expect(o.selected).toEqual({ member: null, debate: null });
		// Members, dossiers and debates are typed with suggestions, never listed on the page.
		expect(Object.keys(o).sort()).toEqual(['dateRange', 'fractions', 'selected']);
	});
});

describe('the motion page', () => {
	it('36045-225: the registry record, the slip and both lists of signers', () => {
		const p = motionPage(t.db, '36045-225')!;
		expect(p.registry).toMatchObject({
			verdict: 'oordeel_kamer',
			appraisalLabel: 'Oordeel Kamer',
			done: true,
			publication: 'kst-36045-225',
			zaakNumber: expect.stringMatching(/^\d{4}Z\d+$/),
			documentNumber: expect.stringMatching(/^\d{4}D\d+$/)
		});
		expect(p.registry!.documentId).not.toBeNull();
		expect(p.aliases).toEqual([
			expect.objectContaining({ writtenId: '36046-225', documentId: p.motion.documentId })
		]);
		expect(p.signerLists.map((l) => [l.documentKind, l.current, l.signers.length])).toEqual([
			['debate', true, 11],
			['motion', false, 11]
		]);
		expect(p.appraisals.find((a) => a.final)?.verdict).toBe('oordeel_kamer');
	});

	it('36045-234 and 237: replaced and replacing, both ways', () => {
		expect(motionPage(t.db, '36045-234')!.replacedBy).toEqual([{ id: '36045-237', known: true }]);
		const p = motionPage(t.db, '36045-237')!;
		expect(p.replaces).toEqual([{ id: '36045-234', known: true }]);
		expect(p.replacedBy).toEqual([]);
		expect(p.appraisals).toEqual([]);
		expect(p.registry?.documentKind).toBe('Motie (gewijzigd/nader)');
	});
});

describe('the data-quality lists', () => {
	it('registry motions without a transcript appraisal, paged', () => {
		const all = registryWithoutTranscript(t.db, ALL);
		expect(all.rows.map((r) => r.motionId).sort()).toEqual([...AMENDED, ...noVerdictIds].sort());
		const page2 = registryWithoutTranscript(t.db, { page: 2, perPage: 3 });
		expect(page2).toMatchObject({ total: 4, page: 2, perPage: 3 });
		expect(page2.rows).toHaveLength(1);
		// A page past the end shows the last page.
		expect(registryWithoutTranscript(t.db, { page: 99, perPage: 3 }).page).toBe(2);
	});

	it('transcript motions unknown to the registry: none, and the one slip', () => {
		expect(transcriptWithoutRegistry(t.db, ALL).total).toBe(0);
		expect(slips(t.db, ALL).rows).toEqual([
			expect.objectContaining({ motionId: '36045-225', writtenId: '36046-225' })
		]);
	});

	it('no verdict in the registry while the transcript gives one is listed apart', () => {
		expect(registryLacksVerdict(t.db, ALL).total).toBe(0);
	});

	it('signers without a fraction and unknown names are counted in SQL', () => {
		const without = signersWithoutFraction(t.db, ALL);
		expect(without.rows).toHaveLength(without.total);
		const unknown = unknownSigners(t.db, ALL);
		expect(unknown.rows.every((r) => r.signatures > 0)).toBe(true);
		// A grouped list counts its groups, not the rows of the first.
		expect(unknown.total).toBe(unknown.rows.length);
		expect(unknown.total).toBe(
			t.db.$client
				.prepare(
					"select count(distinct p.id) as n from people p join motion_signers s on s.person_id = p.id where p.key like 'name:%'"
				)
				.pluck()
				.get()
		);
	});

	it('says what the stored registry covers', () => {
		expect(registryExtent(t.db)).toMatchObject({ records: 24, withDocument: 24 });
	});
});

describe('the document list', () => {
	it('leaves the motions’ own documents out by default and offers them as a kind', () => {
		const kinds = Object.fromEntries(documentKindCounts(t.db).map((k) => [k.kind, k.n]));
		expect(kinds['motion']).toBe(24);
		const list = listDocuments(t.db, { kind: null, page: 1, perPage: 50 });
		expect(list.total).toBe(5);
		expect(list.documents.every((d) => d.kind !== 'motion')).toBe(true);
		const debate = list.documents.find((d) => d.kind === 'debate')!;
		expect(debate.tabled).toBe(20);
		const motions = listDocuments(t.db, { kind: 'motion', page: 2, perPage: 10 });
		expect(motions).toMatchObject({ total: 24, page: 2, perPage: 10 });
		expect(motions.documents).toHaveLength(10);
	});
});
