// The Atom feeds: valid by the rules of RFC 4287 that matter (a feed id, title, updated, author and
// self link; each entry a unique id, an RFC 3339 updated, a title and a link), and a fraction's feed
// gains entries when a transcript with new appraisals of its motions is imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml } from '@rgrove/parse-xml';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { importFile } from '../../src/lib/server/import/document';
import { loadRegistry } from '../../src/lib/server/registry';
import { recentEntries } from '../../src/lib/server/queries/feed';
import { motionsFeed, rfc3339 } from '../../src/lib/server/atom';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { DOCUMENTS, SHARED } from '../helpers/paths';
import { children, RFC3339, text } from '../helpers/atom';

const ORIGIN = 'http://localhost:3000';
const VLOS = join(SHARED, 'samples/vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml');

let t: TempDb;
beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
});
afterAll(() => t.close());

const feedFor = (fraction: string) => {
	const filters = { ...EMPTY_FILTERS, fraction, signers: 'all' as const };
	return motionsFeed(recentEntries(t.db, filters), {
		self: `${ORIGIN}/moties/atom.xml?fraction=${fraction}&signers=all`,
		page: `${ORIGIN}/moties?fraction=${fraction}&signers=all`,
		title: `Motiemonitor — appreciaties en stemmingen: fractie ${fraction}`,
		origin: ORIGIN
	});
};

/** The RFC 4287 rules a reader relies on; returns the entries' ids. */
function checkAtom(xml: string): string[] {
	const feed = parseXml(xml).root!;
	expect(feed.name).toBe('feed');
	expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
	expect(text(feed, 'id')).toMatch(/^http/);
	expect(text(feed, 'title')).toBeTruthy();
	expect(text(feed, 'updated')).toMatch(RFC3339);
	expect(children(feed, 'author')[0] && text(children(feed, 'author')[0]!, 'name')).toBeTruthy();
	expect(children(feed, 'link').some((l) => l.attributes.rel === 'self')).toBe(true);
	const entries = children(feed, 'entry');
	const ids = entries.map((e) => text(e, 'id')!);
	expect(new Set(ids).size).toBe(ids.length);
	const updated = entries.map((e) => text(e, 'updated')!);
	for (const e of entries) {
		expect(text(e, 'id')).toMatch(/^http:\/\/localhost:3000\/moties\/[^#]+#/);
		expect(text(e, 'updated')).toMatch(RFC3339);
		expect(text(e, 'title')).toBeTruthy();
		const link = children(e, 'link')[0]!;
		expect(link.attributes.href).toMatch(/^http:\/\/localhost:3000\/moties\//);
	}
	// Newest first, and the feed's updated is the newest entry's.
	expect([...updated].sort().reverse()).toEqual(updated);
	if (updated.length) expect(text(feed, 'updated')).toBe(updated[0]);
	return ids;
}

describe('Atom feeds of appraisals', () => {
	it('a fraction feed is valid Atom with one entry per appraisal of its motions', () => {
		const ids = checkAtom(feedFor('SP'));
		// Seed 003: the four SP motions (Dobbe) all got a verdict.
		expect(ids.length).toBeGreaterThanOrEqual(4);
		expect(ids.every((id) => id.includes('#verslag-'))).toBe(true);
	});

	it('gains entries when a transcript with new appraisals of its motions is imported', async () => {
		const before = checkAtom(feedFor('PVV'));
		const report = await importFile(
			t.db,
			{ fileName: 'vlos.xml', bytes: readFileSync(VLOS) },
			loadRegistry()
		);
		expect(report.appraisals).toBeGreaterThan(0);
		const after = checkAtom(feedFor('PVV'));
		expect(after.length).toBeGreaterThan(before.length);
		expect(
			after.filter((id) => !before.includes(id)).every((id) => id.includes('36740-XVI-1'))
		).toBe(true);
	});

	it('writes stored times and bare days as RFC 3339 in UTC', () => {
		expect(rfc3339('2025-09-11')).toBe('2025-09-11T00:00:00.000Z');
		expect(rfc3339('2024-02-19T12:56:38.0501325Z')).toBe('2024-02-19T12:56:38.050Z');
	});
});
