// What a feed follows: the newest appraisals of the motions a list's filters select — those read
// from a transcript (dated by the import of their document) and the registry's labels (dated by the
// registry's own change time) — and the Kamer's decisions on them (dated by the vote), newest first.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { MotionFilters } from '../../filters';
import type { Verdict } from '../../verdicts';
import type { Decision, VoteKind } from '../../outcomes';
import { cachedQuery } from '../cache';
import { motionWhere, SUBJECT } from './motions';

export interface FeedEntry {
	/** Unique and stable per statement: 'verslag-<appraisal>' or 'register-<Zaak id>'. */
	key: string;
	source: 'transcript' | 'registry';
	motionId: string;
	subject: string | null;
	verdict: Verdict;
	minister: string | null;
	conditional: boolean;
	condition: string | null;
	quote: string | null;
	documentId: number | null;
	documentTitle: string | null;
	/** When it became known here (ISO 8601, UTC). */
	updated: string;
}

/** Entries a feed carries at most. */
export const FEED_ENTRIES = 50;

export const recentAppraisals = cachedQuery(
	'recentAppraisals',
	function recentAppraisals(db: Db, f: MotionFilters, limit: number = FEED_ENTRIES): FeedEntry[] {
		const rows = db.all<Omit<FeedEntry, 'conditional'> & { conditional: number }>(sql`
			with sel as (select m.id, ${SUBJECT} as subject ${motionWhere(f)})
			select * from (
				select 'verslag-' || a.id as key, 'transcript' as source, sel.id as motionId,
					sel.subject, a.verdict, a.minister_name as minister, a.conditional, a.condition,
					a.quote, doc.id as documentId, doc.title as documentTitle, doc.imported_at as updated
				from sel join appraisals a on a.motion_id = sel.id and a.final = 1
				join documents doc on doc.id = a.document_id
				union all
				select 'register-' || r.zaak_id, 'registry', sel.id, sel.subject, r.verdict, null, 0, null,
					r.appraisal_label, null, null, r.changed_at
				from sel join registry_motions r on r.motion_id = sel.id
				where r.verdict is not null and r.changed_at is not null
			)
			order by updated desc, key
			limit ${limit}`);
		return rows.map((r) => ({ ...r, conditional: r.conditional === 1 }));
	}
);

export interface VoteFeedEntry {
	/** Unique and stable per decision: 'besluit-<Besluit id>' or 'stemming-<document>-<line>'. */
	key: string;
	motionId: string;
	subject: string | null;
	kind: VoteKind;
	declared: Decision;
	asWritten: string;
	seatsFor: number | null;
	seatsAgainst: number | null;
	/** The tally covers every fraction seated that day (else it decides nothing). */
	complete: boolean;
	/** The day of the decision. */
	updated: string;
}

/** The newest decisions of the Kamer (votes, held, withdrawn) on the motions the filters select. */
export const recentVotes = cachedQuery(
	'recentVotes',
	function recentVotes(db: Db, f: MotionFilters, limit: number = FEED_ENTRIES): VoteFeedEntry[] {
		const rows = db.all<Omit<VoteFeedEntry, 'complete'> & { complete: number }>(sql`
			with sel as (select m.id, ${SUBJECT} as subject ${motionWhere(f)})
			select case when v.besluit_id is not null then 'besluit-' || v.besluit_id
					else 'stemming-' || v.document_id || '-' || v.line end as key,
				sel.id as motionId, sel.subject, v.kind, v.declared, v.as_written as asWritten,
				v.seats_for as seatsFor, v.seats_against as seatsAgainst, v.complete, v.date as updated
			from sel join votes v on v.motion_id = sel.id
			where v.date is not null
			order by v.date desc, key
			limit ${limit}`);
		return rows.map((r) => ({ ...r, complete: r.complete === 1 }));
	}
);

/** A feed's entries: appraisals and decisions together, newest first, at most `limit`. */
export function recentEntries(
	db: Db,
	f: MotionFilters,
	limit: number = FEED_ENTRIES
): (FeedEntry | VoteFeedEntry)[] {
	const stamp = (e: { updated: string }) =>
		/^\d{4}-\d\d-\d\d$/.test(e.updated) ? `${e.updated}T00:00:00Z` : e.updated;
	return [...recentAppraisals(db, f, limit), ...recentVotes(db, f, limit)]
		.sort((a, b) => {
			const x = stamp(a);
			const y = stamp(b);
			return x < y ? 1 : x > y ? -1 : a.key.localeCompare(b.key);
		})
		.slice(0, limit);
}
