// "Nieuw sinds" on the default data (the registry snapshot, its decisions, the sample documents):
// each group's count is what the data holds since the day, counted here another way (from the
// bundled decisions themselves, or row by row), and a list feed gains an entry for a new decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '@rgrove/parse-xml';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap, REGISTRY_DECISIONS } from '../../src/lib/server/bootstrap';
import { loadRegistry } from '../../src/lib/server/registry';
import { importDecisions, readDecisions } from '../../src/lib/server/import/votes';
import { readBesluit, type BesluitRecord } from '../../src/lib/parse/readers/besluit';
import { addUser } from '../../src/lib/server/auth/users';
import { applyCorrection } from '../../src/lib/server/clerks/corrections';
import {
	CHANGES_PER_GROUP,
	changesSince,
	citingLetters,
	defaultSinceDay,
	latestChangeDay,
	newAppraisals,
	newCorrections,
	newMotions,
	newVotes
} from '../../src/lib/server/queries/changes';
import { recentEntries } from '../../src/lib/server/queries/feed';
import { atomFeed, motionsFeed } from '../../src/lib/server/atom';
import { changesEntries } from '../../src/lib/server/changes-feed';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { countMotions } from '../../src/lib/server/queries/motions';
import { children, RFC3339, text } from '../helpers/atom';

const ORIGIN = 'http://localhost:3000';

let t: TempDb;
let decisions: BesluitRecord[];
/** The newest decision on a motion we hold: imported last, by the feed test. */
let held: { record: BesluitRecord; motionId: string; date: string; dossier: string };

const rows = <T>(query: string, ...params: unknown[]) =>
	t.db.$client.prepare(query).all(...params) as T[];

beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { decisions: null });
	decisions = readDecisions(REGISTRY_DECISIONS);
	const zaken = new Map(
		rows<{ zaak: string; motion: string; dossier: string }>(
			`select r.zaak_id as zaak, r.motion_id as motion, m.dossier from registry_motions r
			join motions m on m.id = r.motion_id`
		).map((r) => [r.zaak, r])
	);
	const candidates = decisions.flatMap((record) => {
		const read = readBesluit(record);
		const zaak = read.ok ? zaken.get(read.zaakId) : undefined;
		return read.ok && zaak && read.vote.date && !record.Verwijderd
			? [{ record, motionId: zaak.motion, date: read.vote.date, dossier: zaak.dossier }]
			: [];
	});
	candidates.sort((a, b) => b.date.localeCompare(a.date) || a.record.Id.localeCompare(b.record.Id));
	held = candidates[0]!;
	importDecisions(
		t.db,
		decisions.filter((d) => d !== held.record),
		loadRegistry()
	);
}, 120_000);
afterAll(() => t.close());

/** The RFC 4287 rules that matter; returns the entries' ids, links and updated times. */
function checkAtom(xml: string) {
	const feed = parseXml(xml).root!;
	expect(feed.name).toBe('feed');
	expect(text(feed, 'id')).toMatch(/^http/);
	expect(text(feed, 'updated')).toMatch(RFC3339);
	expect(children(feed, 'link').some((l) => l.attributes.rel === 'self')).toBe(true);
	const entries = children(feed, 'entry').map((e) => ({
		id: text(e, 'id')!,
		title: text(e, 'title')!,
		updated: text(e, 'updated')!,
		link: children(e, 'link')[0]?.attributes.href ?? ''
	}));
	expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	for (const e of entries) {
		expect(e.id).toMatch(/^http:\/\/localhost:3000\//);
		expect(e.updated).toMatch(RFC3339);
		expect(e.title).toBeTruthy();
		expect(e.link).toMatch(/^http:\/\/localhost:3000\//);
	}
	const updated = entries.map((e) => e.updated);
	expect([...updated].sort().reverse()).toEqual(updated);
	if (updated.length) expect(text(feed, 'updated')).toBe(updated[0]);
	return entries;
}

describe('a list feed carries the Kamer’s decisions', () => {
	const dossierFeed = () =>
		motionsFeed(recentEntries(t.db, { ...EMPTY_FILTERS, dossier: held.dossier }), {
			self: `${ORIGIN}/moties/atom.xml?dossier=${held.dossier}`,
			page: `${ORIGIN}/moties?dossier=${held.dossier}`,
			title: `Motiemonitor — appreciaties en stemmingen: dossier ${held.dossier}`,
			origin: ORIGIN
		});

	it('gains an entry, with its own id, date and link, when a decision is imported', () => {
		const id = `${ORIGIN}/moties/${held.motionId}#besluit-${held.record.Id}`;
		const before = checkAtom(dossierFeed());
		expect(before.map((e) => e.id)).not.toContain(id);
		const report = importDecisions(t.db, [held.record], loadRegistry());
		expect(report.added).toBe(1);
		const after = checkAtom(dossierFeed());
		const entry = after.find((e) => e.id === id);
		expect(entry).toBeDefined();
		expect(entry!.updated).toBe(`${held.date}T00:00:00.000Z`);
		expect(entry!.link).toBe(`${ORIGIN}/moties/${held.motionId}#levensloop`);
		const declared = rows<{ declared: string }>(
			'select declared from votes where besluit_id = ?',
			held.record.Id
		)[0]!.declared;
		const label = { adopted: 'Aangenomen', rejected: 'Verworpen', tied: 'Stemmen staakten' }[
			declared
		];
		if (label) expect(entry!.title).toContain(`${held.motionId}: ${label}`);
		// The appraisals stay: only the decision is new.
		expect(after.filter((e) => !before.some((b) => b.id === e.id)).map((e) => e.id)).toEqual([id]);
	});
});

describe('what changed since a day (default data)', () => {
	it('the newest change is the newest day in the data, the default a week before it', () => {
		const days = [
			...rows<{ d: string | null }>('select date as d from motions'),
			...rows<{ d: string | null }>(`select date as d from documents where kind <> 'motion'`),
			...rows<{ d: string | null }>('select date as d from votes'),
			...rows<{ d: string | null }>('select substr(changed_at, 1, 10) as d from registry_motions')
		]
			.map((r) => r.d)
			.filter((d): d is string => !!d)
			.sort();
		const latest = days.at(-1)!;
		// The newest decision of the bundled file is the newest day.
		expect(latest >= held.date).toBe(true);
		expect(latestChangeDay(t.db)).toBe(latest);
		const week = new Date(`${latest}T00:00:00Z`);
		week.setUTCDate(week.getUTCDate() - 7);
		expect(defaultSinceDay(t.db)).toBe(week.toISOString().slice(0, 10));
	});

	it('new motions: every motion tabled on or after the day, newest first, as the list counts', () => {
		expect(countMotions(t.db, { ...EMPTY_FILTERS, from: defaultSinceDay(t.db)! })).toBe(
			newMotions(t.db, defaultSinceDay(t.db)!).total
		);
		const since = defaultSinceDay(t.db)!;
		// As the list counts them: a motion replaced by its amended version counts no more.
		const expected = rows<{ id: string; date: string | null; replacedBy: string | null }>(
			'select id, date, replaced_by as replacedBy from motions'
		)
			.filter((m) => m.date && m.date >= since && !m.replacedBy)
			.sort((a, b) => b.date!.localeCompare(a.date!));
		expect(expected.length).toBeGreaterThan(CHANGES_PER_GROUP);
		const got = newMotions(t.db, since);
		expect(got.total).toBe(expected.length);
		expect(got.items).toHaveLength(CHANGES_PER_GROUP);
		expect(got.items[0]!.date).toBe(expected[0]!.date);
		expect(got.items.map((m) => m.date)).toEqual(
			expected.slice(0, CHANGES_PER_GROUP).map((m) => m.date)
		);
	});

	it('votes: the bundled decisions dated on or after the day', () => {
		const since = defaultSinceDay(t.db)!;
		const held = new Set(
			rows<{ zaak: string }>('select zaak_id as zaak from registry_motions').map((r) => r.zaak)
		);
		const expected = decisions
			.filter((d) => !d.Verwijderd)
			.map(readBesluit)
			.filter((r) => r.ok && held.has(r.zaakId) && r.vote.date !== null && r.vote.date >= since);
		expect(expected.length).toBeGreaterThan(0);
		const got = newVotes(t.db, since);
		expect(got.total).toBe(expected.length);
		expect(new Set(got.items.map((v) => v.key))).toEqual(
			new Set(expected.slice(0, CHANGES_PER_GROUP).map((r) => `besluit-${r.besluitId}`))
		);
		for (const v of got.items) expect(v.date >= since).toBe(true);
	});

	it('appraisals: from the debate of that day on, and registry labels changed since', () => {
		const debate = rows<{ date: string }>(
			`select date from documents where kind = 'debate' order by date desc limit 1`
		)[0]!.date;
		const transcript = rows<{ n: number }>(
			`select a.id as n from appraisals a join documents d on d.id = a.document_id
			where a.final = 1 and d.date >= ?`,
			debate
		).length;
		const registry = rows<{ changed: string | null; verdict: string | null }>(
			'select changed_at as changed, verdict from registry_motions'
		).filter((r) => r.verdict && r.changed && r.changed >= debate).length;
		expect(transcript).toBeGreaterThan(0);
		const got = newAppraisals(t.db, debate);
		expect(got.total).toBe(transcript + registry);
		// The debate's own appraisals are in the list, named by their statement.
		const all = newAppraisals(t.db, debate, 10_000);
		expect(all.items.filter((a) => a.source === 'transcript')).toHaveLength(transcript);
		expect(all.items.every((a) => a.date >= debate)).toBe(true);
	});

	it('letters citing motions: the dated sample letter and the motions it names', () => {
		const cited = rows<{ document: number; motion: string; date: string }>(
			`select r.document_id as document, r.motion_id as motion, d.date from motion_references r
			join documents d on d.id = r.document_id
			where r.motion_id is not null and d.kind in ('letter', 'answers', 'consultation')
				and d.date is not null`
		);
		// (An undated letter has no day to be new since: it is in the documents list only.)
		expect(cited.length).toBeGreaterThan(0);
		const since = cited.map((c) => c.date).sort()[0]!;
		const got = citingLetters(t.db, since);
		const documents = new Set(cited.map((c) => c.document));
		expect(got.total).toBe(documents.size);
		expect(got.citations).toBe(new Set(cited.map((c) => `${c.document} ${c.motion}`)).size);
		for (const l of got.items)
			expect(l.motions).toEqual(
				[...new Set(cited.filter((c) => c.document === l.documentId).map((c) => c.motion))].sort()
			);
		// A day after the newest letter: none.
		const after = new Date(
			`${cited
				.map((c) => c.date)
				.sort()
				.at(-1)}T00:00:00Z`
		);
		after.setUTCDate(after.getUTCDate() + 1);
		expect(citingLetters(t.db, after.toISOString().slice(0, 10)).total).toBe(0);
	});

	it('corrections: a clerk’s correction is new from its day, with who and what', () => {
		const motion = rows<{ id: string; verdict: string }>(
			`select motion_id as id, verdict from appraisals where final = 1 and verdict = 'ontraden' limit 1`
		)[0]!;
		const user = addUser(t.db, 'griffier-nieuw', 'een-lang-wachtwoord', 'clerk');
		const at = new Date('2025-10-06T09:30:00Z');
		applyCorrection(
			t.db,
			user.id,
			{ motionId: motion.id, field: 'verdict', value: 'oordeel_kamer', reason: 'Zie de video' },
			at
		);
		const got = newCorrections(t.db, '2025-10-06');
		expect(got.total).toBe(1);
		expect(got.items[0]).toMatchObject({
			motionId: motion.id,
			field: 'verdict',
			before: 'ontraden',
			after: 'oordeel_kamer',
			author: 'griffier-nieuw',
			at: at.toISOString()
		});
		expect(newCorrections(t.db, '2025-10-07').total).toBe(0);
		// The correction is now the newest change.
		expect(latestChangeDay(t.db)).toBe('2025-10-06');
	});

	it('the view as Atom: one valid entry per change shown, unique ids', () => {
		const since = defaultSinceDay(t.db)!;
		const changes = changesSince(t.db, since);
		const xml = atomFeed(changesEntries(changes, ORIGIN), {
			self: `${ORIGIN}/nieuw/atom.xml?sinds=${since}`,
			page: `${ORIGIN}/nieuw?sinds=${since}`,
			title: `Motiemonitor — nieuw sinds ${since}`,
			origin: ORIGIN
		});
		const entries = checkAtom(xml);
		const shown =
			changes.motions.items.length +
			changes.appraisals.items.length +
			changes.votes.items.length +
			changes.letters.items.length +
			changes.corrections.items.length;
		expect(entries).toHaveLength(shown);
		expect(entries.some((e) => e.id.includes('#besluit-'))).toBe(true);
		expect(entries.some((e) => e.id.endsWith('#ingediend'))).toBe(true);
	});
});
