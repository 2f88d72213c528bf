// The cabinet pages: members of the cabinet, their posts, and the letters they signed.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { cachedQuery } from '../cache';
import { pivot, type VerdictTotals } from './signatures';
import type { Person } from './members';

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
		left join documents doc on doc.id = a.document_id
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
