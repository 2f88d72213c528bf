// What changed since a day ("Nieuw sinds"): new motions, appraisals, the Kamer's decisions, letters
// citing motions and clerks' corrections — each a count and the newest few, every query walking an
// index from that day on. Days are the data's own: a motion's date, a document's, a vote's, the
// registry's change time, the moment a clerk corrected.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import type { Verdict } from '../../verdicts';
import type { Decision, VoteKind } from '../../outcomes';
import type { CorrectionField } from '../db/schema';
import { cachedQuery } from '../cache';
import { SUBJECT } from './motions';

/** Items a group shows at most. */
export const CHANGES_PER_GROUP = 50;

export interface ChangeGroup<T> {
	/** Every change of this kind since the day. */
	total: number;
	/** The newest, at most the limit asked for. */
	items: T[];
}

export interface NewMotion {
	id: string;
	subject: string | null;
	date: string;
	status: 'tabled' | 'cited';
}

export interface AppraisalChange {
	/** Unique per statement, as the feeds write it: 'verslag-<appraisal>' or 'register-<Zaak id>'. */
	key: string;
	source: 'transcript' | 'registry';
	motionId: string;
	subject: string | null;
	verdict: Verdict;
	minister: string | null;
	/** The day of the document, or the registry record's change time. */
	date: string;
	documentId: number | null;
	documentTitle: string | null;
}

export interface VoteChange {
	id: number;
	/** Unique per decision, as the feeds write it: 'besluit-<Besluit id>' or 'stemming-<document>-<line>'. */
	key: string;
	motionId: string;
	subject: string | null;
	date: string;
	kind: VoteKind;
	declared: Decision;
	seatsFor: number | null;
	seatsAgainst: number | null;
	complete: boolean;
}

export interface CitingLetter {
	documentId: number;
	kind: string;
	title: string | null;
	date: string;
	/** The motions it cites, by id. */
	motions: string[];
}

export interface CorrectionChange {
	id: number;
	motionId: string;
	field: CorrectionField;
	before: string | null;
	after: string | null;
	author: string;
	at: string;
}

export interface Changes {
	since: string;
	motions: ChangeGroup<NewMotion>;
	appraisals: ChangeGroup<AppraisalChange>;
	votes: ChangeGroup<VoteChange>;
	letters: ChangeGroup<CitingLetter> & { citations: number };
	corrections: ChangeGroup<CorrectionChange>;
}

/** Documents that state things about motions: every kind but a motion's own document. */
const STATEMENT_KINDS = sql`('debate', 'letter', 'answers', 'consultation')`;
/** Documents the cabinet writes. */
const LETTER_KINDS = sql`('letter', 'answers', 'consultation')`;

/**
 * The newest day anything happened in the data: a motion tabled, a document, a decision, a
 * registry change, a clerk's action. Cached per data version: the registry's change time has no
 * index of its own.
 */
export const latestChangeDay = cachedQuery('latestChangeDay', function latestChangeDay(db: Db):
	string | null {
	// Each max its own subquery, so SQLite reads it from the end of an index.
	const row = db.get<{ day: string | null }>(sql`
			select max(day) as day from (
				select max(date) as day from motions
				union all select max(date) from documents where kind = 'debate'
				union all select max(date) from documents where kind = 'letter'
				union all select max(date) from documents where kind = 'answers'
				union all select max(date) from documents where kind = 'consultation'
				union all select max(date) from votes where complete = 0
				union all select max(date) from votes where complete = 1
				union all select substr(max(changed_at), 1, 10) from registry_motions
				union all select substr(max(at), 1, 10) from audit_events
			)`);
	return row?.day ?? null;
});

/** The default day of "Nieuw sinds": a week before the newest change (null without any data). */
export function defaultSinceDay(db: Db): string | null {
	const latest = latestChangeDay(db);
	if (!latest) return null;
	const d = new Date(`${latest}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 7);
	return d.toISOString().slice(0, 10);
}

/**
 * Motions tabled on or after the day, newest first, as the list counts them: one replaced by its
 * amended version no longer counts (motions_current_order_idx, walked from the newest).
 */
export function newMotions(
	db: Db,
	since: string,
	limit: number = CHANGES_PER_GROUP
): ChangeGroup<NewMotion> {
	const where = sql`where m.replaced_by is null and m.date >= ${since}`;
	const total = db.get<{ n: number }>(sql`select count(*) as n from motions m ${where}`)?.n ?? 0;
	const items = db.all<NewMotion>(sql`
		select m.id, ${SUBJECT} as subject, m.date, m.status
		from motions m
		left join registry_motions rm on rm.motion_id = m.id
		${where}
		order by m.date desc, m.dossier desc, m.number desc
		limit ${limit}`);
	return { total, items };
}

/**
 * Appraisals that became known on or after the day: those read from a debate or letter of that day
 * or later (the document's date, through documents_kind_date_idx), and the registry's labels whose
 * record changed since (its change time, through registry_motions_changed_idx).
 */
export function newAppraisals(
	db: Db,
	since: string,
	limit: number = CHANGES_PER_GROUP
): ChangeGroup<AppraisalChange> {
	// CROSS JOIN: SQLite keeps the documents of those days as the outer loop, never every appraisal.
	const fromDocuments = sql`from documents d
		cross join appraisals a on a.document_id = d.id and a.final = 1
		where d.kind in ${STATEMENT_KINDS} and d.date >= ${since}`;
	const fromRegistry = sql`from registry_motions r
		where r.verdict is not null and r.changed_at >= ${since}`;
	const count = (from: SQL) => db.get<{ n: number }>(sql`select count(*) as n ${from}`)?.n ?? 0;
	const transcript = db.all<AppraisalChange>(sql`
		select 'verslag-' || a.id as key, 'transcript' as source, a.motion_id as motionId,
			m.subject as subject, a.verdict, a.minister_name as minister, d.date as date,
			d.id as documentId, d.title as documentTitle
		from documents d
		cross join appraisals a on a.document_id = d.id and a.final = 1
		join motions m on m.id = a.motion_id
		where d.kind in ${STATEMENT_KINDS} and d.date >= ${since}
		order by d.date desc, a.id desc
		limit ${limit}`);
	const registry = db.all<AppraisalChange>(sql`
		select 'register-' || r.zaak_id as key, 'registry' as source, r.motion_id as motionId,
			coalesce(case when m.debate_id is null then r.subject end, m.subject) as subject,
			r.verdict, null as minister, r.changed_at as date, null as documentId, null as documentTitle
		from registry_motions r
		join motions m on m.id = r.motion_id
		where r.verdict is not null and r.changed_at >= ${since}
		order by r.changed_at desc, r.zaak_id
		limit ${limit}`);
	const items = [...transcript, ...registry]
		.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.key.localeCompare(b.key)))
		.slice(0, limit);
	return { total: count(fromDocuments) + count(fromRegistry), items };
}

/**
 * The Kamer's decisions (votes, and decisions not to vote) dated on or after the day, newest first
 * (votes_complete_date_idx: both values of complete, each a range of dates).
 */
export function newVotes(
	db: Db,
	since: string,
	limit: number = CHANGES_PER_GROUP
): ChangeGroup<VoteChange> {
	const where = sql`where v.complete in (0, 1) and v.date >= ${since}`;
	const total = db.get<{ n: number }>(sql`select count(*) as n from votes v ${where}`)?.n ?? 0;
	const rows = db.all<Omit<VoteChange, 'complete'> & { complete: number }>(sql`
		select v.id, case when v.besluit_id is not null then 'besluit-' || v.besluit_id
				else 'stemming-' || v.document_id || '-' || v.line end as key,
			v.motion_id as motionId, ${SUBJECT} as subject, v.date, v.kind, v.declared,
			v.seats_for as seatsFor, v.seats_against as seatsAgainst, v.complete
		from votes v
		join motions m on m.id = v.motion_id
		left join registry_motions rm on rm.motion_id = m.id
		${where}
		order by v.date desc, v.id desc
		limit ${limit}`);
	return { total, items: rows.map((r) => ({ ...r, complete: r.complete === 1 })) };
}

/**
 * Letters (and answers, written consultations) dated on or after the day that cite a motion we
 * hold, newest first, each with the motions it cites (documents_kind_date_idx, then the document's
 * references).
 */
export function citingLetters(
	db: Db,
	since: string,
	limit: number = CHANGES_PER_GROUP
): ChangeGroup<CitingLetter> & { citations: number } {
	const from = sql`from documents d
		cross join motion_references r on r.document_id = d.id and r.motion_id is not null
		where d.kind in ${LETTER_KINDS} and d.date >= ${since} and d.current = 1`;
	const counts = db.get<{ letters: number; citations: number }>(
		sql`select count(distinct d.id) as letters, count(distinct d.id || ' ' || r.motion_id) as citations ${from}`
	);
	const rows = db.all<Omit<CitingLetter, 'motions'> & { motions: string }>(sql`
		select d.id as documentId, d.kind, d.title, d.date,
			json_group_array(distinct r.motion_id) as motions
		${from}
		group by d.id
		order by d.date desc, d.id desc
		limit ${limit}`);
	return {
		total: counts?.letters ?? 0,
		citations: counts?.citations ?? 0,
		items: rows.map((r) => ({ ...r, motions: (JSON.parse(r.motions) as string[]).sort() }))
	};
}

/** Clerks' corrections made on or after the day, newest first (through corrections_created_idx). */
export function newCorrections(
	db: Db,
	since: string,
	limit: number = CHANGES_PER_GROUP
): ChangeGroup<CorrectionChange> {
	const from = sql`from corrections c
		join users u on u.id = c.user_id
		where c.created_at >= ${since}`;
	const total = db.get<{ n: number }>(sql`select count(*) as n ${from}`)?.n ?? 0;
	const items = db.all<CorrectionChange>(sql`
		select c.id, c.motion_id as motionId, c.field, c.before, c.after, u.name as author,
			c.created_at as at
		${from}
		order by c.created_at desc, c.id desc
		limit ${limit}`);
	return { total, items };
}

/** Everything "Nieuw sinds" shows for a day. */
export function changesSince(db: Db, since: string, limit: number = CHANGES_PER_GROUP): Changes {
	return {
		since,
		motions: newMotions(db, since, limit),
		appraisals: newAppraisals(db, since, limit),
		votes: newVotes(db, since, limit),
		letters: citingLetters(db, since, limit),
		corrections: newCorrections(db, since, limit)
	};
}
