// What a feed follows: the newest appraisals of the motions a list's filters select — those read
// from a transcript (dated by the import of their document) and the registry's labels (dated by the
// registry's own change time) — newest first.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { MotionFilters } from '../../filters';
import type { Verdict } from '../../verdicts';
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
