// What the Overzicht page and the filter forms need beyond the verdict counts: the few choices a
// filter lists, the totals in big numbers, each cabinet member's post on the motions' dates, verdicts over time.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { EMPTY_FILTERS, type MotionFilters } from '../../filters';
import type { CabinetPost } from '../../cabinet';
import { motionWhere, VERDICT } from './motions';
import { NO_VERDICT_KINDS, type NoVerdictKind } from '../../verdicts';
import type { VerdictCounts } from './stats';
import { cachedQuery } from '../cache';
import { debateLabel, memberLabel, type Suggestion } from './suggest';

export interface FilterOptions {
	/** Few (one per fraction), so still a list to choose from. */
	fractions: string[];
	dateRange: { from: string | null; to: string | null };
	/** The label of the member and the debate the filters name (members and debates are typed, with suggestions). */
	selected: { member: (Suggestion & { name: string }) | null; debate: Suggestion | null };
}

/**
 * What the filter forms show beside the suggestions fetched as a person types: the fractions, the
 * dates the data spans, and the label of a member or debate in the URL. Each is an indexed lookup
 * or a read of a small table, never a pass over the motions.
 */
export function filterOptions(db: Db, f: MotionFilters = EMPTY_FILTERS): FilterOptions {
	// Fractions with a first signer: one seek each in the (position, fraction) index, where asking
	// for any signature would scan motion_signers for every fraction that has none. A fraction that
	// only ever co-signed can still be linked (the form shows a value from the URL).
	const fractions = db
		.all<{ name: string }>(
			sql`select f.name as name from fractions f
				where exists (select 1 from motion_signers s where s.position = 0 and s.fraction_id = f.id)
				order by f.name collate nocase`
		)
		.map((r) => r.name);
	// Two lookups at the ends of the date index (min and max together would scan it).
	const dateRange = db.get<{ from: string | null; to: string | null }>(
		sql`select (select min(date) from motions) as "from", (select max(date) from motions) as "to"`
	) ?? { from: null, to: null };
	return {
		fractions,
		dateRange,
		selected: {
			member: f.member === null ? null : memberLabel(db, f.member),
			debate: f.debate === null ? null : debateLabel(db, f.debate)
		}
	};
}

export interface MinisterOption {
	/** The surname as the transcripts name them: the value of the minister filter. */
	name: string;
	id: number | null;
	/** The posts held on the dates of the motions they appraised. */
	posts: CabinetPost[];
}

/**
 * Each cabinet member who appraised a motion in the selection, with the posts (cabinet_posts) they
 * held on those motions' dates, keyed by the name the charts group on.
 */
export const ministerPosts = cachedQuery(
	'ministerPosts',
	function ministerPosts(db: Db, f: MotionFilters): Record<string, MinisterOption> {
		const rows = db.all<{
			name: string;
			id: number | null;
			role: string | null;
			ministry: string | null;
		}>(sql`
		select x.name as name, x.id as id, cp.role as role, cp.ministry as ministry
		from (select distinct a.minister_name as name, a.cabinet_member_id as id, m.date as date
			${motionWhere(f, { appraised: true })} and a.minister_name is not null) x
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
);

export interface OverviewTotals {
	byVerdict: VerdictCounts;
	/** Tabled motions in the selection. */
	tabled: number;
	/** Tabled motions with no verdict from a transcript nor from the registry. */
	withoutAppraisal: number;
	/** Motions only known because a document cites them. */
	citedOnly: number;
	conditional: number;
}

/** The big numbers of the Overzicht page, counted in one pass over the selection. */
export const overviewTotals = cachedQuery(
	'overviewTotals',
	function overviewTotals(db: Db, f: MotionFilters, byVerdict: VerdictCounts): OverviewTotals {
		const r = db.get<{ tabled: number; without: number; cited: number; conditional: number }>(sql`
		select coalesce(sum(m.status = 'tabled'), 0) as tabled,
			coalesce(sum(m.status = 'tabled' and ${VERDICT} is null), 0) as without,
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
);

export interface Coverage {
	/** The first and last date of a motion in the selection. */
	from: string | null;
	to: string | null;
	/** Motions that count (not replaced by an amended version). */
	motions: number;
	/** Motions left out because an amended version replaced them. */
	replaced: number;
	/** Motions with a standing appraisal read from a transcript. */
	withTranscript: number;
	/** …of which a transcript names the cabinet member: what the chart by cabinet member covers. */
	withCabinetMember: number;
	/** Motions the registry holds, and those whose registry label is a verdict. */
	inRegistry: number;
	withRegistryVerdict: number;
	/** Motions that count with the registry's verdict because no transcript gives one. */
	registryOnly: number;
	/** Motions without any verdict, by the registry's kind of "no verdict" (null: no registry label at all). */
	noVerdict: { kind: NoVerdictKind | null; n: number }[];
}

/** What the overview covers: its period, and where its verdicts come from. */
export const coverage = cachedQuery(
	'coverage',
	function coverage(db: Db, f: MotionFilters): Coverage {
		// Each kind of "no verdict" (and no registry record at all) counted in the same pass.
		const kinds = [...NO_VERDICT_KINDS, null] as const;
		const perKind = kinds.map(
			(kind, i) =>
				sql`coalesce(sum(m.status = 'tabled' and ${VERDICT} is null and ${
					kind === null ? sql`rm.zaak_id is null` : sql`rm.no_verdict = ${kind}`
				}), 0) as ${sql.identifier(`kind_${i}`)}`
		);
		const r = db.get<Record<string, string | number | null>>(sql`
		select min(m.date) as "from", max(m.date) as "to", count(*) as motions,
			coalesce(sum(a.verdict is not null), 0) as withTranscript,
			coalesce(sum(a.verdict is not null and a.minister_name is not null), 0) as withCabinetMember,
			coalesce(sum(rm.zaak_id is not null), 0) as inRegistry,
			coalesce(sum(rm.verdict is not null), 0) as withRegistryVerdict,
			coalesce(sum(a.verdict is null and rm.verdict is not null), 0) as registryOnly,
			${sql.join(perKind, sql`, `)}
		${motionWhere(f)}`);
		const replaced =
			db.get<{ n: number }>(sql`select count(*) as n ${motionWhere(f, { replaced: true })}`)?.n ??
			0;
		const num = (key: string) => Number(r?.[key] ?? 0);
		return {
			from: (r?.from as string | null) ?? null,
			to: (r?.to as string | null) ?? null,
			motions: num('motions'),
			replaced,
			withTranscript: num('withTranscript'),
			withCabinetMember: num('withCabinetMember'),
			inRegistry: num('inRegistry'),
			withRegistryVerdict: num('withRegistryVerdict'),
			registryOnly: num('registryOnly'),
			noVerdict: kinds
				.map((kind, i) => ({ kind, n: num(`kind_${i}`) }))
				.filter((k) => k.n > 0)
				.sort((a, b) => b.n - a.n)
		};
	}
);

export interface VerdictsOverTime {
	/** Years when the selection spans more than three years of months, months when it spans more than one, otherwise days. */
	unit: 'year' | 'month' | 'day';
	/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → verdict → count, in date order. */
	data: Record<string, VerdictCounts>;
}

/** More months than this are shown as years. */
export const MAX_MONTHS = 36;

export const verdictsOverTime = cachedQuery(
	'verdictsOverTime',
	function verdictsOverTime(
		db: Db,
		f: MotionFilters,
		maxMonths: number = MAX_MONTHS
	): VerdictsOverTime {
		const count = (key: SQL) =>
			db.all<{ key: string; verdict: string; n: number }>(sql`
			select ${key} as key, ${VERDICT} as verdict, count(*) as n ${motionWhere(f)}
				and ${VERDICT} is not null and m.date is not null
			group by 1, 2 order by 1`);
		// By month; by year when that would be more bars than a chart can label (twenty years of the
		// Kamer), by day only when every motion falls in one month.
		let unit: VerdictsOverTime['unit'] = 'month';
		let rows = count(sql`substr(m.date, 1, 7)`);
		const months = new Set(rows.map((r) => r.key)).size;
		if (months > maxMonths) {
			unit = 'year';
			rows = count(sql`substr(m.date, 1, 4)`);
		} else if (months <= 1) {
			unit = 'day';
			rows = count(sql`m.date`);
		}
		const data: Record<string, VerdictCounts> = {};
		for (const r of rows) {
			const counts = (data[r.key] ??= { oordeel_kamer: 0, ontraden: 0 });
			counts[r.verdict] = (counts[r.verdict] ?? 0) + r.n;
		}
		return { unit, data };
	}
);
