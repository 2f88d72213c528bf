// The suggestions a filter fetches as a person types, and the lookups that turn a typed name into
// the id the URL keeps, on a real database: the seed debate's motions from the registry snapshot
// and the sample documents. Each query is checked for its plan too: no full scan of the big tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import { REGISTRY_SNAPSHOT, SAMPLE_DOCUMENTS } from '../../src/lib/server/bootstrap';
import { kamerstukOf } from '../../src/lib/parse/readers/zaak';
import {
	canonicalFilterParams,
	debateLabel,
	memberLabel,
	MAX_SUGGESTIONS,
	resolveDebate,
	resolveMember,
	suggest,
	suggestDebates,
	suggestDossiers,
	suggestFractions,
	suggestMembers,
	suggestMinisters
} from '../../src/lib/server/queries/suggest';
import { filterOptions } from '../../src/lib/server/queries/overview';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { tempDb, type TempDb } from '../helpers/db';

/** The seed debate's motions, and a few other dossiers starting with 3604 and 21501. */
const WANTED = (id: string) => /^36045-2[1-3]\d$/.test(id) || /^(3604[0-9]|21501)-/.test(id);

let t: TempDb;
let dobbe: number;
let debate: number;

beforeAll(async () => {
	t = tempDb();
	const registry = loadRegistry();
	syncRegistry(t.db, registry);
	const entries = readSnapshot(REGISTRY_SNAPSHOT).filter((e) => {
		const k = kamerstukOf(e.zaak);
		return k !== null && WANTED(`${k.dossier}-${k.number}`);
	});
	importZaken(t.db, entries, registry);
	await importFiles(t.db, expandPaths([SAMPLE_DOCUMENTS]).files, registry);
	dobbe = t.db.$client
		.prepare("select id from people where name = 'Dobbe'")
		.pluck()
		.get() as number;
	debate = t.db.$client.prepare('select id from debates').pluck().get() as number;
}, 120_000);

afterAll(() => t.close());

/** The plan of every statement `run` prepares: what SQLite reads to answer it. */
function plans(run: () => unknown): string[] {
	const sqlite = t.db.$client;
	const prepare = sqlite.prepare.bind(sqlite);
	const statements: string[] = [];
	sqlite.prepare = ((source: string) => {
		statements.push(source);
		return prepare(source);
	}) as typeof sqlite.prepare;
	try {
		run();
	} finally {
		sqlite.prepare = prepare;
	}
	return statements.flatMap((source) => {
		const params = (source.match(/\?/g) ?? []).map(() => 'x');
		return (prepare(`explain query plan ${source}`).all(...params) as { detail: string }[]).map(
			(r) => r.detail
		);
	});
}

/** A full pass over a table that grows with the motions. */
const BIG_SCAN = /^SCAN (motions|motion_signers|appraisals|registry_motions)\b|^SCAN (m|s|a|r)\b/;

describe('suggestions as a person types', () => {
	it('"Dob" suggests the member Dobbe with her fraction', () => {
		const found = suggestMembers(t.db, 'Dob');
		expect(found[0]).toEqual({ value: String(dobbe), label: 'Dobbe (SP)', detail: 'S.E.M. Dobbe' });
		// Any part of the name, in any case: "hijum" finds Van Hijum only if he signed.
		expect(suggestMembers(t.db, 'dobb').map((s) => s.label)).toContain('Dobbe (SP)');
	});

	it('only suggests members who signed a motion, names starting with the letters first', () => {
		const found = suggestMembers(t.db, 'a');
		expect(found.length).toBeGreaterThan(0);
		expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		const signers = new Set(
			t.db.$client.prepare('select distinct person_id from motion_signers').pluck().all()
		);
		expect(found.every((s) => signers.has(Number(s.value)))).toBe(true);
		const starts = found.map((s) => /^a/i.test(s.label));
		expect(starts).toEqual([...starts].sort((x, y) => Number(y) - Number(x)));
	});

	it('a dossier prefix "3604" suggests 36045 with its number of motions and title', () => {
		const found = suggestDossiers(t.db, '3604');
		expect(found.map((s) => s.value)).toContain('36045');
		expect(found.every((s) => s.value.startsWith('3604'))).toBe(true);
		const n = t.db.$client
			.prepare("select count(*) from motions where dossier = '36045'")
			.pluck()
			.get() as number;
		expect(found.find((s) => s.value === '36045')!.detail).toMatch(
			new RegExp(`^${n} moties · Situatie in Oekraïne`)
		);
		expect(suggestDossiers(t.db, '99999')).toEqual([]);
	});

	it('debates by a word of their title or by date; cabinet members by the name the appraisals give', () => {
		const label = '2025-09-11 Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne';
		expect(suggestDebates(t.db, 'oorlog')).toEqual([
			{ value: String(debate), label, detail: null }
		]);
		expect(suggestDebates(t.db, '2025-09').map((s) => s.value)).toEqual([String(debate)]);
		expect(suggestDebates(t.db, 'begroting')).toEqual([]);
		expect(suggestMinisters(t.db, 'weel')).toEqual([
			{ value: 'Van Weel', label: 'Van Weel', detail: 'minister van Buitenlandse Zaken' }
		]);
		expect(suggestFractions(t.db, 'groen').map((s) => s.value)).toContain('GroenLinks-PvdA');
	});

	it('letters that mean a pattern are read literally, and the list is bounded', () => {
		expect(suggestMembers(t.db, '%')).toEqual([]);
		expect(suggestMembers(t.db, '_')).toEqual([]);
		expect(suggestMembers(t.db, '   ')).toEqual([]);
		expect(suggest(t.db, 'fraction', '', 500).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		expect(suggest(t.db, 'member', 'e', 3)).toHaveLength(3);
	});

	it('reads no table that grows with the motions from end to end', () => {
		for (const run of [
			() => suggestMembers(t.db, 'Dob'),
			() => suggestDossiers(t.db, '3'),
			() => suggestDebates(t.db, 'oorlog'),
			() => suggestMinisters(t.db, 'we'),
			() => memberLabel(t.db, dobbe),
			() => debateLabel(t.db, debate),
			() => resolveMember(t.db, 'Dobbe (SP)'),
			() => resolveDebate(t.db, 'Ontwikkelingen'),
			() => filterOptions(t.db, { ...EMPTY_FILTERS, member: dobbe, debate })
		]) {
			const plan = plans(run);
			expect(plan.length).toBeGreaterThan(0);
			expect(plan.filter((p) => BIG_SCAN.test(p))).toEqual([]);
		}
	});
});

describe('a value typed without JavaScript', () => {
	it('names a member by name, by label or by full name; several or none resolve to nothing', () => {
		expect(resolveMember(t.db, 'Dobbe')).toBe(dobbe);
		expect(resolveMember(t.db, 'dobbe (SP)')).toBe(dobbe);
		expect(resolveMember(t.db, 'S.E.M. Dobbe')).toBe(dobbe);
		expect(resolveMember(t.db, 'Dob')).toBe(dobbe);
		expect(resolveMember(t.db, 'Niemand')).toBeNull();
		expect(resolveMember(t.db, 'e')).toBeNull();
	});

	it('names a debate by its label or the start of its title', () => {
		expect(resolveDebate(t.db, debateLabel(t.db, debate)!.label)).toBe(debate);
		expect(resolveDebate(t.db, 'Ontwikkelingen rondom')).toBe(debate);
		expect(resolveDebate(t.db, '2020-01-01 Ontwikkelingen')).toBeNull();
	});

	it('becomes the id in the URL; ids and empty fields are left as they are', () => {
		const canonical = canonicalFilterParams(
			t.db,
			new URLSearchParams({ member: 'Dobbe (SP)', debate: 'Ontwikkelingen', dossier: '36045' })
		);
		expect(canonical?.toString()).toBe(
			new URLSearchParams({
				member: String(dobbe),
				debate: String(debate),
				dossier: '36045'
			}).toString()
		);
		expect(
			canonicalFilterParams(t.db, new URLSearchParams({ member: '12', debate: '' }))
		).toBeNull();
		expect(
			canonicalFilterParams(t.db, new URLSearchParams({ member: 'Niemand' }))?.toString()
		).toBe('');
	});

	it('the selected member and debate are labelled as the suggestions label them', () => {
		const o = filterOptions(t.db, { ...EMPTY_FILTERS, member: dobbe, debate });
		expect(o.selected.member).toMatchObject({ label: 'Dobbe (SP)', name: 'Dobbe' });
		expect(o.selected.debate?.label).toMatch(/^2025-09-11 Ontwikkelingen/);
		expect(filterOptions(t.db, { ...EMPTY_FILTERS, member: 999999 }).selected.member).toBeNull();
	});
});
