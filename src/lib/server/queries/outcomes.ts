// Advice and outcome: what the cabinet advised (the verdict a motion counts with) against what the
// Kamer decided (the motion's status), in the list's filters, so every count is a list of motions.
// Aggregated in SQL and cached per data version like the other dashboard aggregates.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { MotionFilters } from '../../filters';
import { cachedQuery } from '../cache';
import { motionWhere, VERDICT } from './motions';

import type { OutcomeMatrix } from '../../outcomes';

export type { OutcomeMatrix };

export interface AdviceOutcome {
	/** Motions counted (those an amended version replaced count nowhere). */
	motions: number;
	/** Of those, with a decision that stands (adopted, rejected, tied, held, withdrawn). */
	withOutcome: number;
	/** Open: no vote known, or only a vote whose tally is incomplete. */
	withoutOutcome: number;
	/** Votes kept but incomplete (a tally cut short, or seats that contradict the outcome). */
	incompleteVotes: number;
	matrix: OutcomeMatrix;
	/** By the first signer's fraction (or, with signers=all, every fraction that signed). */
	byFraction: Record<string, OutcomeMatrix>;
	/** By the cabinet member a transcript names (the registry names none). */
	byMinister: Record<string, OutcomeMatrix>;
	/** By month (YYYY-MM) of the motion's date. */
	overTime: Record<string, OutcomeMatrix>;
}

interface Cell {
	key: string | null;
	verdict: string;
	outcome: string;
	n: number;
}

function add(into: OutcomeMatrix, verdict: string, outcome: string, n: number) {
	into[verdict] ??= {};
	into[verdict][outcome] = (into[verdict][outcome] ?? 0) + n;
}

function grouped(rows: Cell[]): Record<string, OutcomeMatrix> {
	const out: Record<string, OutcomeMatrix> = {};
	for (const r of rows) {
		if (r.key === null) continue;
		add((out[r.key] ??= {}), r.verdict, r.outcome, r.n);
	}
	return out;
}

const V = sql`coalesce(${VERDICT}, 'none')`;

export const adviceOutcome = cachedQuery(
	'adviceOutcome',
	function adviceOutcome(db: Db, f: MotionFilters): AdviceOutcome {
		const where = motionWhere(f);
		const cells = db.all<Cell>(
			sql`select null as key, ${V} as verdict, m.outcome as outcome, count(*) as n ${where} group by 2, 3`
		);
		const matrix: OutcomeMatrix = {};
		let motions = 0;
		let open = 0;
		for (const c of cells) {
			add(matrix, c.verdict, c.outcome, c.n);
			motions += c.n;
			if (c.outcome === 'open') open += c.n;
		}
		const byFraction =
			f.signers === 'all'
				? grouped(
						db.all<Cell>(sql`select sf.name as key, ${V} as verdict, sm.outcome as outcome,
							count(distinct s.motion_id) as n
						from motion_signers s
						join motions sm on sm.id = s.motion_id and sm.document_id = s.document_id
						join fractions sf on sf.id = s.fraction_id
						left join appraisals a on a.motion_id = s.motion_id and a.final = 1
						left join registry_motions rm on rm.motion_id = s.motion_id
						where s.motion_id in (select m.id ${where})
						group by 1, 2, 3`)
					)
				: grouped(
						db.all<Cell>(
							sql`select f.name as key, ${V} as verdict, m.outcome as outcome, count(*) as n ${where} group by 1, 2, 3`
						)
					);
		const byMinister = grouped(
			db.all<Cell>(sql`select a.minister_name as key, a.verdict as verdict, m.outcome as outcome, count(*) as n
				${motionWhere(f, { appraised: true })} group by 1, 2, 3`)
		);
		const overTime = grouped(
			db.all<Cell>(
				sql`select substr(m.date, 1, 7) as key, ${V} as verdict, m.outcome as outcome, count(*) as n ${where} group by 1, 2, 3`
			)
		);
		const incompleteVotes =
			db.get<{ n: number }>(
				sql`select count(*) as n from votes v where v.complete = 0 and v.motion_id in (select m.id ${where})`
			)?.n ?? 0;
		return {
			motions,
			withOutcome: motions - open,
			withoutOutcome: open,
			incompleteVotes,
			matrix,
			byFraction,
			byMinister,
			overTime
		};
	}
);

/** How many of the motions the filters select have each status (replaced ones excluded, as everywhere). */
export const outcomeCounts = cachedQuery(
	'outcomeCounts',
	function outcomeCounts(db: Db, f: MotionFilters): Record<string, number> {
		const out: Record<string, number> = {};
		for (const r of db.all<{ outcome: string; n: number }>(
			sql`select m.outcome as outcome, count(*) as n ${motionWhere(f)} group by 1`
		))
			out[r.outcome] = r.n;
		return out;
	}
);
