// One search over everything: the box's language, and what it finds in a real database (the
// sample documents): members by name with their motions, motions and transcripts by their words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { dossierExists, findMotion, search } from '../../src/lib/server/queries/search';
import { bodyText } from '../../src/lib/server/document-body';
import { dossierIn, highlight, motionIdIn, searchTerms } from '../../src/lib/search';
import { DOCUMENTS, SEEDS, seed } from '../helpers/paths';

let t: TempDb;
beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
});
afterAll(() => t.close());

describe('the search box language', () => {
	it('reads a motion id in the forms people write it', () => {
		for (const q of [
			'36045-233',
			'36045 nr. 233',
			'36045, nr. 233',
			'kst-36045-233',
			' 36045-233 '
		])
			expect(motionIdIn(q)).toBe('36045-233');
		expect(motionIdIn('kst-36600-VII-12')).toBe('36600-VII-12');
		expect(motionIdIn('luchtverdediging')).toBeNull();
		expect(dossierIn('36045')).toBe('36045');
		expect(dossierIn('Dobbe')).toBeNull();
	});

	it('turns words, phrases, OR and prefixes into one FTS5 query', () => {
		expect(searchTerms('drones OR luchtverdediging').match).toBe('"drones" OR "luchtverdediging"');
		expect(searchTerms('"oordeel kamer" lucht*').match).toBe('"oordeel kamer" "lucht"*');
		expect(searchTerms('Yeşilgöz-Zegerius').terms).toEqual(['yesilgoz zegerius']);
		expect(searchTerms('  " ').match).toBeNull();
	});

	it('marks the matched words, accents and case aside', () => {
		const marked = highlight('Mevrouw Yeşilgöz zegt: luchtverdedigingssystemen.', [
			'yesilgoz',
			'lucht*'
		])
			.filter((s) => s.hit)
			.map((s) => s.text);
		expect(marked).toEqual(['Yeşilgöz', 'luchtverdedigingssystemen']);
	});
});

describe('searching the sample documents', () => {
	it('opens a motion by its id and knows a dossier', () => {
		expect(findMotion(t.db, '36045-233')).toBe('36045-233');
		expect(findMotion(t.db, '36045-999')).toBeNull();
		expect(dossierExists(t.db, '36045')).toBe(true);
	});

	it('"Dobbe" finds the member and the motions she signed', () => {
		const r = search(t.db, 'Dobbe');
		expect(r.members.map((m) => m.label)).toEqual(['Dobbe (SP)']);
		expect(readFileSync(seed(SEEDS.debate), 'utf8')).toContain('Dobbe');
		expect(r.memberMotions.length).toBeGreaterThanOrEqual(4);
		const signed = t.db.$client
			.prepare(
				`select distinct s.motion_id from motion_signers s join people p on p.id = s.person_id
				join motions m on m.id = s.motion_id and m.document_id = s.document_id where p.name = 'Dobbe'`
			)
			.pluck()
			.all() as string[];
		expect(r.memberMotions.map((m) => m.id).sort()).toEqual(signed.sort());
	});

	it('"luchtverdediging" finds the minister\'s words in the transcript, with the line', () => {
		const r = search(t.db, 'luchtverdediging');
		expect(r.documentCount).toBeGreaterThanOrEqual(1);
		const doc = r.documents[0]!;
		const body = bodyText(t.db.$client, doc.id)!;
		const lines = body.split(/\r\n|\r|\n/);
		expect(doc.lines.length).toBeGreaterThan(0);
		for (const l of doc.lines) {
			expect(lines[l.line - 1]).toBe(l.text);
			expect(l.text.toLowerCase()).toContain('luchtverdediging');
		}
	});

	it('a superseded or deleted document leaves the index', () => {
		const before = search(t.db, 'luchtverdediging').documentCount;
		const id = search(t.db, 'luchtverdediging').documents[0]!.id;
		t.db.$client.prepare('update documents set current = 0 where id = ?').run(id);
		expect(search(t.db, 'luchtverdediging').documentCount).toBe(before - 1);
		t.db.$client.prepare('update documents set current = 1 where id = ?').run(id);
		expect(search(t.db, 'luchtverdediging').documentCount).toBe(before);
	});
});
