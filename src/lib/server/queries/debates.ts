// The debate pages: which debate holds which motions and verdicts.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { pivot, type VerdictTotals } from './signatures';

export interface Debate {
	id: number;
	title: string | null;
	date: string | null;
	documentId: number;
}

export interface DebateSummary extends Debate {
	motions: number;
	verdicts: VerdictTotals;
}

export interface DebateList {
	debates: DebateSummary[];
	total: number;
	page: number;
	perPage: number;
}

/**
 * A page of debates, newest first, with its number of motions and their standing verdicts. The
 * order is the date index's (ties by id), so a deep page skips index entries, not sorted rows; the
 * counts are read for the page's debates only.
 */
export function debateSummaries(db: Db, req: { page: number; perPage: number }): DebateList {
	const total = db.get<{ n: number }>(sql`select count(*) as n from debates`)?.n ?? 0;
	const page = Math.min(Math.max(1, req.page), Math.max(1, Math.ceil(total / req.perPage)));
	const debates = db.all<Omit<DebateSummary, 'verdicts'>>(sql`
		select d.id, d.title, d.date, d.document_id as documentId,
			(select count(*) from motions m where m.debate_id = d.id and m.replaced_by is null) as motions
		from debates d
		order by d.date desc, d.id desc
		limit ${req.perPage} offset ${(page - 1) * req.perPage}`);
	// A motion replaced by its amended version counts nowhere, as in the motion list.
	const ids = debates.map((d) => d.id);
	const verdicts = pivot(
		ids.length
			? db.all(sql`select m.debate_id as key, a.verdict as verdict, count(*) as n
				from motions m join appraisals a on a.motion_id = m.id and a.final = 1
				where m.debate_id in (${sql.join(ids, sql`, `)}) and m.replaced_by is null
				group by m.debate_id, a.verdict`)
			: []
	);
	return {
		debates: debates.map((d) => ({ ...d, verdicts: verdicts.get(d.id) ?? {} })),
		total,
		page,
		perPage: req.perPage
	};
}

export function debateById(db: Db, id: number): Debate | null {
	return (
		db.get<Debate>(sql`select id, title, date, document_id as documentId from debates
			where id = ${id}`) ?? null
	);
}
