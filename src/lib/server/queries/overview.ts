// What the Overzicht page and the filter forms need beyond the verdict counts: the choices a filter
// offers, the totals in big numbers, each cabinet member's post on the motions' dates, verdicts over time.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { EMPTY_FILTERS, type MotionFilters } from '../../filters';
import type { CabinetPost } from '../../cabinet';
import { motionWhere } from './motions';
import type { VerdictCounts } from './stats';

export interface MinisterOption {
	/** The surname as the transcripts name them: the value of the minister filter. */
	name: string;
	id: number | null;
	/** The posts held on the dates of the motions they appraised. */
	posts: CabinetPost[];
}

export interface MemberOption {
	id: number;
	name: string;
	/** The fraction they last signed a motion for. */
	fraction: string | null;
}

export interface FilterOptions {
	fractions: string[];
	ministers: MinisterOption[];
	members: MemberOption[];
	debates: { id: number; title: string | null; date: string | null }[];
	dossiers: string[];
	dateRange: { from: string | null; to: string | null };
}

/** Everything the filter forms can offer, taken from what the database holds. */
export function filterOptions(db: Db): FilterOptions {
	const fractions = db
		.all<{ name: string }>(
			sql`select distinct f.name as name from motion_signers s join fractions f on f.id = s.fraction_id
				order by f.name collate nocase`
		)
		.map((r) => r.name);
	const members = db.all<MemberOption>(sql`
		select p.id as id, p.name as name,
			(select f.name from motion_signers s2 join fractions f on f.id = s2.fraction_id
				where s2.person_id = p.id order by s2.document_id desc limit 1) as fraction
		from people p where exists (select 1 from motion_signers s where s.person_id = p.id)
		order by p.name collate nocase`);
	const debates = db.all<{ id: number; title: string | null; date: string | null }>(
		sql`select id, title, date from debates order by date desc, id desc`
	);
	const dossiers = db
		.all<{ dossier: string }>(sql`select distinct dossier from motions order by dossier`)
		.map((r) => r.dossier);
	const dateRange = db.get<{ from: string | null; to: string | null }>(
		sql`select min(date) as "from", max(date) as "to" from motions`
	) ?? { from: null, to: null };
	return {
		fractions,
		ministers: Object.values(ministerPosts(db, EMPTY_FILTERS)),
		members,
		debates,
		dossiers,
		dateRange
	};
}

/**
 * Each cabinet member who appraised a motion in the selection, with the posts (cabinet_posts) they
 * held on those motions' dates, keyed by the name the charts group on.
 */
export function ministerPosts(db: Db, f: MotionFilters): Record<string, MinisterOption> {
	const rows = db.all<{
		name: string;
		id: number | null;
		role: string | null;
		ministry: string | null;
	}>(sql`
		select x.name as name, x.id as id, cp.role as role, cp.ministry as ministry
		from (select distinct a.minister_name as name, a.cabinet_member_id as id, m.date as date
			${motionWhere(f)} and a.minister_name is not null) x
		left join cabinet_posts cp on cp.person_id = x.id
			and (cp."from" is null or cp."from" <= x.date)
			and (cp."to" is null or cp."to" > x.date)
		group by x.name, x.id, cp.role, cp.ministry
		order by x.name collate nocase, case cp.role when 'minister-president' then 0 else 1 end,
			min(cp."from"), cp.ministry`);
	const out: Record<string, MinisterOption> = {};
	for (const r of rows) {
		const entry = (out[r.name] ??= { name: r.name, id: r.id, posts: [] });
		entry.id ??= r.id;
		if (r.role && r.ministry !== null) entry.posts.push({ role: r.role, ministry: r.ministry });
	}
	return out;
}

export interface OverviewTotals {
	byVerdict: VerdictCounts;
	/** Tabled motions in the selection. */
	tabled: number;
	/** Tabled motions the cabinet has not (yet) appraised. */
	withoutAppraisal: number;
	/** Motions only known because a document cites them. */
	citedOnly: number;
	conditional: number;
}

/** The big numbers of the Overzicht page, counted in one pass over the selection. */
export function overviewTotals(db: Db, f: MotionFilters, byVerdict: VerdictCounts): OverviewTotals {
	const r = db.get<{ tabled: number; without: number; cited: number; conditional: number }>(sql`
		select coalesce(sum(m.status = 'tabled'), 0) as tabled,
			coalesce(sum(m.status = 'tabled' and a.verdict is null), 0) as without,
			coalesce(sum(m.status = 'cited'), 0) as cited,
			coalesce(sum(a.conditional = 1), 0) as conditional
		${motionWhere(f)}`);
	return {
		byVerdict,
		tabled: r?.tabled ?? 0,
		withoutAppraisal: r?.without ?? 0,
		citedOnly: r?.cited ?? 0,
		conditional: r?.conditional ?? 0
	};
}

export interface VerdictsOverTime {
	/** Months when the selection spans more than one month, otherwise days. */
	unit: 'month' | 'day';
	/** 'YYYY-MM' or 'YYYY-MM-DD' → verdict → count, in date order. */
	data: Record<string, VerdictCounts>;
}

export function verdictsOverTime(db: Db, f: MotionFilters): VerdictsOverTime {
	const months =
		db.get<{ n: number }>(
			sql`select count(distinct substr(m.date, 1, 7)) as n ${motionWhere(f)} and a.verdict is not null`
		)?.n ?? 0;
	const unit = months > 1 ? 'month' : 'day';
	const key = unit === 'month' ? sql`substr(m.date, 1, 7)` : sql`m.date`;
	const rows = db.all<{ key: string; verdict: string; n: number }>(sql`
		select ${key} as key, a.verdict as verdict, count(*) as n ${motionWhere(f)}
			and a.verdict is not null and m.date is not null
		group by 1, 2 order by 1`);
	const data: Record<string, VerdictCounts> = {};
	for (const r of rows) {
		const counts = (data[r.key] ??= { oordeel_kamer: 0, ontraden: 0 });
		counts[r.verdict] = (counts[r.verdict] ?? 0) + r.n;
	}
	return { unit, data };
}
