// The reads behind the fraction, member, cabinet member and debate pages: who signed how much,
// who signs with whom, who held which post, which debate holds what. Counted in SQL.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { cachedQuery } from '../cache';

/**
 * A signature on the current version of a motion (the document the motion's text comes from), of
 * a motion that still counts: one replaced by its amended version counts nowhere.
 */
const CURRENT_SIGNERS = sql`motion_signers s join motions m on m.id = s.motion_id and m.document_id = s.document_id and m.replaced_by is null`;

export type VerdictTotals = Record<string, number>;

function pivot(rows: { key: number; verdict: string; n: number }[]): Map<number, VerdictTotals> {
	const out = new Map<number, VerdictTotals>();
	for (const r of rows) {
		const totals = out.get(r.key) ?? {};
		totals[r.verdict] = r.n;
		out.set(r.key, totals);
	}
	return out;
}

function list(value: unknown): string[] {
	return typeof value === 'string' && value ? value.split(',') : [];
}

// ── Fractions ────────────────────────────────────────────────────────────────────────────────

export interface Fraction {
	id: number;
	name: string;
	abbreviation: string;
	colour: string;
}

export interface FractionSummary extends Fraction {
	firstSigned: number;
	coSigned: number;
	/** Motions with at least one signature from the fraction. */
	signed: number;
	signers: number;
}

/** Every fraction that signed a motion: motions as first signer, as co-signer, and how many members signed. */
export const fractionSummaries = cachedQuery(
	'fractionSummaries',
	function fractionSummaries(db: Db): FractionSummary[] {
		return db.all<FractionSummary>(sql`
		select f.id, f.name, f.abbreviation, f.colour,
			count(distinct case when s.position = 0 then s.motion_id end) as firstSigned,
			count(distinct case when s.position > 0 then s.motion_id end) as coSigned,
			count(distinct s.motion_id) as signed,
			count(distinct s.person_id) as signers
		from ${CURRENT_SIGNERS} join fractions f on f.id = s.fraction_id
		group by f.id
		order by firstSigned desc, signed desc, f.name`);
	}
);

export const fractionCount = cachedQuery('fractionCount', function fractionCount(db: Db): number {
	return db.get<{ n: number }>(sql`select count(*) as n from fractions`)?.n ?? 0;
});

/** A fraction by its name, or failing that by its abbreviation or any casing of either. */
export function fractionByName(db: Db, name: string): Fraction | null {
	return (
		db.get<Fraction>(sql`
			select id, name, abbreviation, colour from fractions
			where name = ${name} or lower(name) = lower(${name}) or lower(abbreviation) = lower(${name})
			order by name = ${name} desc, lower(name) = lower(${name}) desc
			limit 1`) ?? null
	);
}

export interface CoSigningFraction {
	name: string;
	/** Motions on which both fractions appear among the signers. */
	motions: number;
}

/** The fractions whose members sign the same motions as this fraction's, most often first. */
export const coSigningFractions = cachedQuery(
	'coSigningFractions',
	function coSigningFractions(db: Db, fractionId: number, limit = 20): CoSigningFraction[] {
		return db.all<CoSigningFraction>(sql`
		select o.name as name, count(distinct s.motion_id) as motions
		from ${CURRENT_SIGNERS}
		join motion_signers t on t.motion_id = s.motion_id and t.document_id = s.document_id
			and t.fraction_id <> s.fraction_id
		join fractions o on o.id = t.fraction_id
		where s.fraction_id = ${fractionId}
		group by o.id
		order by motions desc, o.name
		limit ${limit}`);
	}
);

export interface FractionMember {
	id: number;
	name: string;
	fullName: string | null;
	from: string | null;
	/** Null while the membership lasts (or when no membership is registered). */
	to: string | null;
	registered: boolean;
	firstSigned: number;
	coSigned: number;
}

/** People registered as members of the fraction, or who signed a motion for it, with their signatures for it. */
export const fractionMembers = cachedQuery(
	'fractionMembers',
	function fractionMembers(db: Db, fractionId: number): FractionMember[] {
		const rows = db.all<Omit<FractionMember, 'registered'> & { registered: number }>(sql`
		with signed as (
			select s.person_id,
				count(distinct case when s.position = 0 then s.motion_id end) as first_signed,
				count(distinct case when s.position > 0 then s.motion_id end) as co_signed
			from ${CURRENT_SIGNERS}
			where s.fraction_id = ${fractionId}
			group by s.person_id
		), registered as (
			select person_id, min("from") as "from",
				case when count(*) > count("to") then null else max("to") end as "to"
			from memberships where fraction_id = ${fractionId}
			group by person_id
		)
		select p.id, p.name, p.full_name as fullName, r."from" as "from", r."to" as "to",
			r.person_id is not null as registered,
			coalesce(sg.first_signed, 0) as firstSigned, coalesce(sg.co_signed, 0) as coSigned
		from people p
		left join signed sg on sg.person_id = p.id
		left join registered r on r.person_id = p.id
		where sg.person_id is not null or r.person_id is not null
		order by firstSigned + coSigned desc, p.name`);
		return rows.map((r) => ({ ...r, registered: Boolean(r.registered) }));
	}
);

// ── Members of the Kamer ─────────────────────────────────────────────────────────────────────

export interface MemberSummary {
	id: number;
	name: string;
	fullName: string | null;
	/** The fractions they signed for, or (with no signatures) their last registered fraction. */
	fractions: string[];
	firstSigned: number;
	coSigned: number;
}

export interface MemberList {
	members: MemberSummary[];
	/** Members in the list, and of them those who signed a motion. */
	total: number;
	signed: number;
	page: number;
	perPage: number;
}

/**
 * A page of the members who signed motions (with `everyone`, every member in the registry too),
 * most first signatures first. One row per member (a few hundred): the page is cut in SQL.
 */
/** The members list's page size: the first page is warmed with it. */
export const MEMBERS_PER_PAGE = 100;

export const memberSummaries = cachedQuery('memberSummaries', memberList);

function memberList(db: Db, req: { everyone: boolean; page: number; perPage: number }): MemberList {
	const base = sql`
		with signed as (
			select s.person_id,
				count(distinct case when s.position = 0 then s.motion_id end) as first_signed,
				count(distinct case when s.position > 0 then s.motion_id end) as co_signed,
				group_concat(distinct f.name) as fractions
			from ${CURRENT_SIGNERS} left join fractions f on f.id = s.fraction_id
			group by s.person_id
		), latest as (
			select ms.person_id, f.name as fraction,
				row_number() over (partition by ms.person_id order by ms."from" desc) as rn
			from memberships ms join fractions f on f.id = ms.fraction_id
		)
		select p.id, p.name, p.full_name as fullName,
			coalesce(sg.fractions, l.fraction) as fractions,
			coalesce(sg.first_signed, 0) as firstSigned, coalesce(sg.co_signed, 0) as coSigned,
			count(*) over () as total, count(sg.person_id) over () as signedTotal
		from people p
		left join signed sg on sg.person_id = p.id
		left join latest l on l.person_id = p.id and l.rn = 1
		where sg.person_id is not null ${req.everyone ? sql`or l.person_id is not null` : sql``}
		order by firstSigned desc, coSigned desc, p.name, p.id`;
	const at = (page: number) =>
		db.all<Record<string, unknown>>(
			sql`${base} limit ${req.perPage} offset ${(page - 1) * req.perPage}`
		);
	let rows = at(req.page);
	let page = req.page;
	// A page past the end (an old link) shows the last page.
	if (!rows.length && page > 1) {
		const total = db.get<{ n: number }>(sql`select count(*) as n from (${base})`)?.n ?? 0;
		page = Math.max(1, Math.ceil(total / req.perPage));
		rows = at(page);
	}
	return {
		members: rows.map((r) => ({
			id: r.id as number,
			name: r.name as string,
			fullName: (r.fullName as string | null) ?? null,
			fractions: list(r.fractions),
			firstSigned: r.firstSigned as number,
			coSigned: r.coSigned as number
		})),
		total: Number(rows[0]?.total ?? 0),
		signed: Number(rows[0]?.signedTotal ?? 0),
		page,
		perPage: req.perPage
	};
}

/** How many people the members' registry holds. */
export const registeredMemberCount = cachedQuery(
	'registeredMemberCount',
	function registeredMemberCount(db: Db): number {
		return (
			db.get<{ n: number }>(sql`select count(distinct person_id) as n from memberships`)?.n ?? 0
		);
	}
);

export interface Person {
	id: number;
	name: string;
	fullName: string | null;
}

export function personById(db: Db, id: number): Person | null {
	return (
		db.get<Person>(sql`select id, name, full_name as fullName from people where id = ${id}`) ?? null
	);
}

export interface Membership {
	fraction: string;
	from: string | null;
	to: string | null;
}

export function membershipsOf(db: Db, personId: number): Membership[] {
	return db.all<Membership>(sql`
		select f.name as fraction, ms."from" as "from", ms."to" as "to"
		from memberships ms join fractions f on f.id = ms.fraction_id
		where ms.person_id = ${personId}
		order by ms."from" nulls first, f.name`);
}

export interface SigningCounts {
	firstSigned: number;
	coSigned: number;
}

export const signingCountsOf = cachedQuery(
	'signingCountsOf',
	function signingCountsOf(db: Db, personId: number): SigningCounts {
		return (
			db.get<SigningCounts>(sql`
			select count(distinct case when s.position = 0 then s.motion_id end) as firstSigned,
				count(distinct case when s.position > 0 then s.motion_id end) as coSigned
			from ${CURRENT_SIGNERS} where s.person_id = ${personId}`) ?? {
				firstSigned: 0,
				coSigned: 0
			}
		);
	}
);

// ── Members of the cabinet ───────────────────────────────────────────────────────────────────

export interface CabinetPost {
	role: string;
	ministry: string;
	party: string | null;
	from: string | null;
	to: string | null;
}

export function cabinetPostsOf(db: Db, personId: number): CabinetPost[] {
	return db.all<CabinetPost>(sql`
		select role, ministry, party, "from", "to" from cabinet_posts
		where person_id = ${personId}
		order by "from" nulls first, role, ministry`);
}

export interface CabinetMemberSummary {
	id: number;
	name: string;
	fullName: string | null;
	/** The name the appraisals give (the transcript's surname), for the motion filters. */
	ministerName: string;
	/** Posts held on the dates of their appraisals (every post where a date is unknown). */
	posts: CabinetPost[];
	verdicts: VerdictTotals;
	appraised: number;
}

/** Members of the cabinet who gave a standing appraisal, with verdict counts and their posts at the time. */
export const cabinetMemberSummaries = cachedQuery(
	'cabinetMemberSummaries',
	function cabinetMemberSummaries(db: Db): CabinetMemberSummary[] {
		const people = db.all<Omit<CabinetMemberSummary, 'posts' | 'verdicts'>>(sql`
		select p.id, p.name, p.full_name as fullName, max(a.minister_name) as ministerName,
			count(distinct a.motion_id) as appraised
		from appraisals a join people p on p.id = a.cabinet_member_id
		join motions m on m.id = a.motion_id and m.replaced_by is null
		where a.final = 1
		group by p.id
		order by appraised desc, p.name`);
		// As in the motion list: a motion replaced by its amended version counts nowhere.
		const verdicts = pivot(
			db.all(sql`select a.cabinet_member_id as key, a.verdict, count(*) as n from appraisals a
			join motions m on m.id = a.motion_id and m.replaced_by is null
			where a.final = 1 and a.cabinet_member_id is not null
			group by a.cabinet_member_id, a.verdict`)
		);
		const posts = postsAtAppraisal(db);
		return people.map((p) => ({
			...p,
			posts: posts.get(p.id) ?? [],
			verdicts: verdicts.get(p.id) ?? {}
		}));
	}
);

function postsAtAppraisal(db: Db, personId?: number): Map<number, CabinetPost[]> {
	const rows = db.all<CabinetPost & { personId: number }>(sql`
		select distinct cp.person_id as personId, cp.role, cp.ministry, cp.party, cp."from", cp."to"
		from appraisals a
		join motions m on m.id = a.motion_id
		join documents doc on doc.id = a.document_id
		join cabinet_posts cp on cp.person_id = a.cabinet_member_id
		where a.final = 1 ${personId === undefined ? sql`` : sql`and a.cabinet_member_id = ${personId}`}
			and (coalesce(doc.date, m.date) is null or (
				(cp."from" is null or cp."from" <= coalesce(doc.date, m.date))
				and (cp."to" is null or coalesce(doc.date, m.date) < cp."to")))
		order by cp.person_id, cp."from", cp.role, cp.ministry`);
	const out = new Map<number, CabinetPost[]>();
	for (const { personId: id, ...post } of rows) out.set(id, [...(out.get(id) ?? []), post]);
	return out;
}

/** The posts a member of the cabinet held when appraising motions. */
export const postsAtAppraisalOf = cachedQuery(
	'postsAtAppraisalOf',
	function postsAtAppraisalOf(db: Db, personId: number): CabinetPost[] {
		return postsAtAppraisal(db, personId).get(personId) ?? [];
	}
);

/** How many people the cabinet registry holds. */
export const registeredCabinetMemberCount = cachedQuery(
	'registeredCabinetMemberCount',
	function registeredCabinetMemberCount(db: Db): number {
		return (
			db.get<{ n: number }>(sql`select count(distinct person_id) as n from cabinet_posts`)?.n ?? 0
		);
	}
);

export interface RegisteredCabinetMember extends Person {
	posts: CabinetPost[];
}

/** Everyone in the cabinet registry with every post they held, by name. */
export const cabinetRegistry = cachedQuery(
	'cabinetRegistry',
	function cabinetRegistry(db: Db): RegisteredCabinetMember[] {
		const rows = db.all<Person & CabinetPost>(sql`
		select p.id, p.name, p.full_name as fullName, cp.role, cp.ministry, cp.party,
			cp."from" as "from", cp."to" as "to"
		from cabinet_posts cp join people p on p.id = cp.person_id
		order by p.name, p.id, cp."from" nulls first, cp.role, cp.ministry`);
		const out = new Map<number, RegisteredCabinetMember>();
		for (const { id, name, fullName, ...post } of rows) {
			const member = out.get(id) ?? { id, name, fullName, posts: [] };
			member.posts.push(post);
			out.set(id, member);
		}
		return [...out.values()];
	}
);

/** The id behind each name the appraisals give a member of the cabinet, for links from charts. */
export const cabinetMemberIdsByName = cachedQuery(
	'cabinetMemberIdsByName',
	function cabinetMemberIdsByName(db: Db): Record<string, number> {
		const rows = db.all<{ name: string; id: number }>(sql`
		select minister_name as name, min(cabinet_member_id) as id from appraisals
		where minister_name is not null and cabinet_member_id is not null
		group by minister_name`);
		return Object.fromEntries(rows.map((r) => [r.name, r.id]));
	}
);

/** The name(s) the appraisals give this member of the cabinet, most used first. */
export function ministerNameOf(db: Db, personId: number): string | null {
	return (
		db.get<{ name: string }>(sql`
			select minister_name as name from appraisals
			where cabinet_member_id = ${personId} and minister_name is not null
			group by minister_name order by count(*) desc limit 1`)?.name ?? null
	);
}

export interface SignedLetter {
	documentId: number;
	title: string | null;
	kind: string;
	date: string | null;
	role: string;
	ministry: string | null;
	current: boolean;
}

/** The letters and answers this person signed (document_signatories). */
export const lettersSignedBy = cachedQuery(
	'lettersSignedBy',
	function lettersSignedBy(db: Db, personId: number): SignedLetter[] {
		const rows = db.all<Omit<SignedLetter, 'current'> & { current: number }>(sql`
		select doc.id as documentId, doc.title, doc.kind, doc.date, ds.role, ds.ministry,
			doc."current" as "current"
		from document_signatories ds join documents doc on doc.id = ds.document_id
		where ds.person_id = ${personId}
		order by doc.date desc nulls last, doc.id desc`);
		return rows.map((r) => ({ ...r, current: Boolean(r.current) }));
	}
);

// ── Debates ──────────────────────────────────────────────────────────────────────────────────

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
