// The fraction pages: who signed how much, who signs with whom, and the fraction's members.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { cachedQuery } from '../cache';
import { CURRENT_SIGNERS } from './signatures';

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
