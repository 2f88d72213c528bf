// The member pages: members of the Kamer, their memberships and what they signed.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { cachedQuery } from '../cache';
import { CURRENT_SIGNERS, list } from './signatures';

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
