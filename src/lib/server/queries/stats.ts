// Verdict counts for the charts and /api/stats, aggregated in SQL with the list's filters. A motion
// counts with the transcript's verdict where one exists, else the registry's (VERDICT); only a
// transcript names the cabinet member, so the counts by member are the transcripts' alone.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { MotionFilters } from '../../filters';
import { motionWhere, VERDICT } from './motions';
import { cachedQuery } from '../cache';

export type VerdictCounts = Record<string, number>;

export interface Stats {
	byVerdict: VerdictCounts;
	byMinister: Record<string, VerdictCounts>;
	byFirstSignerParty: Record<string, VerdictCounts>;
}

/** The verdicts every count shows, even at zero (the shape of the gold file's totals). */
const TOP_KEYS = ['oordeel_kamer', 'ontraden', 'overbodig'];
const NESTED_KEYS = ['oordeel_kamer', 'ontraden'];

function counts(keys: string[]): VerdictCounts {
	return Object.fromEntries(keys.map((k) => [k, 0]));
}

function group(
	rows: { key: string | null; verdict: string; n: number }[]
): Record<string, VerdictCounts> {
	const out: Record<string, VerdictCounts> = {};
	for (const r of rows) {
		const key = r.key ?? 'Onbekend';
		out[key] ??= counts(NESTED_KEYS);
		out[key][r.verdict] = (out[key][r.verdict] ?? 0) + r.n;
	}
	return out;
}

export const verdictsByVerdict = cachedQuery(
	'verdictsByVerdict',
	function verdictsByVerdict(db: Db, f: MotionFilters): VerdictCounts {
		const out = counts(TOP_KEYS);
		const rows = db.all<{ verdict: string; n: number }>(
			sql`select ${VERDICT} as verdict, count(*) as n ${motionWhere(f)} and ${VERDICT} is not null group by 1`
		);
		for (const r of rows) out[r.verdict] = r.n;
		return out;
	}
);

export const verdictsByMinister = cachedQuery(
	'verdictsByMinister',
	function verdictsByMinister(db: Db, f: MotionFilters): Record<string, VerdictCounts> {
		return group(
			db.all(sql`select a.minister_name as key, a.verdict as verdict, count(*) as n
			${motionWhere(f, { appraised: true })}
			group by a.minister_name, a.verdict order by a.minister_name`)
		);
	}
);

/** By the first signer's fraction, or (signers = 'all') by every fraction that signed. */
export const verdictsByFraction = cachedQuery(
	'verdictsByFraction',
	function verdictsByFraction(db: Db, f: MotionFilters): Record<string, VerdictCounts> {
		if (f.signers === 'all') {
			return group(
				db.all(sql`select sf.name as key, ${VERDICT} as verdict, count(distinct s.motion_id) as n
				from motion_signers s
				join motions sm on sm.id = s.motion_id and sm.document_id = s.document_id
				join fractions sf on sf.id = s.fraction_id
				left join appraisals a on a.motion_id = s.motion_id and a.final = 1
				left join registry_motions rm on rm.motion_id = s.motion_id
				where s.motion_id in (select m.id ${motionWhere(f)}) and ${VERDICT} is not null
				group by sf.name, 2 order by sf.name`)
			);
		}
		return group(
			db.all(sql`select f.name as key, ${VERDICT} as verdict, count(*) as n ${motionWhere(f)}
			and ${VERDICT} is not null group by f.name, 2 order by f.name`)
		);
	}
);

export function stats(db: Db, f: MotionFilters): Stats {
	return {
		byVerdict: verdictsByVerdict(db, f),
		byMinister: verdictsByMinister(db, f),
		byFirstSignerParty: verdictsByFraction(db, { ...f, signers: 'first' })
	};
}
