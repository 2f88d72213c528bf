// Suggestions for the filters whose choices grow with the data (members, dossiers, debates,
// cabinet members), fetched as a person types, and the one lookup that names a value in the URL.
// Every query is bounded and served by an index, or reads a small table (people, debates, fractions).
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { postPhrase } from '../../cabinet';

export const SUGGEST_KINDS = ['member', 'dossier', 'debate', 'minister', 'fraction'] as const;
export type SuggestKind = (typeof SUGGEST_KINDS)[number];

export function isSuggestKind(kind: unknown): kind is SuggestKind {
	return (SUGGEST_KINDS as readonly unknown[]).includes(kind);
}

export interface Suggestion {
	/** What the filter parameter takes: a person or debate id, a dossier, a name. */
	value: string;
	/** What the input shows once chosen. */
	label: string;
	/** A second line in the list: a full name, a post, a number of motions. */
	detail: string | null;
}

/** No list of suggestions is longer than this. */
export const MAX_SUGGESTIONS = 20;

/** A LIKE pattern matching `q` literally (its % and _ escaped with \). */
function likeEscape(q: string): string {
	return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "Dobbe (SP)" → { name: "Dobbe", extra: "SP" }: a label as the inputs show it, read back. */
function splitLabel(text: string): { name: string; extra: string | null } {
	const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
	return m && m[1]
		? { name: m[1].trim(), extra: m[2]!.trim() }
		: { name: text.trim(), extra: null };
}

/** A member's fraction for the label: the latest registered membership, else the latest signature. */
const MEMBER_FRACTION = sql`coalesce(
	(select f.name from memberships ms join fractions f on f.id = ms.fraction_id
		where ms.person_id = p.id order by ms."from" desc limit 1),
	(select f.name from motion_signers s join fractions f on f.id = s.fraction_id
		where s.person_id = p.id order by s.document_id desc limit 1))`;

interface MemberRow {
	id: number;
	name: string;
	fullName: string | null;
	fraction: string | null;
}

const memberSuggestion = (r: MemberRow): Suggestion => ({
	value: String(r.id),
	label: r.fraction ? `${r.name} (${r.fraction})` : r.name,
	detail: r.fullName && r.fullName !== r.name ? r.fullName : null
});

/** Members who signed a motion whose name (or full name) holds `q`; names starting with it first. */
export function suggestMembers(db: Db, q: string, limit = MAX_SUGGESTIONS): Suggestion[] {
	const text = q.trim();
	if (!text) return [];
	const anywhere = `%${likeEscape(text)}%`;
	const start = `${likeEscape(text)}%`;
	// people is small (one row per member and cabinet member): a LIKE over it is cheap.
	return db
		.all<MemberRow>(
			sql`select p.id as id, p.name as name, p.full_name as fullName, ${MEMBER_FRACTION} as fraction
			from people p
			where (p.name like ${anywhere} escape '\\' or p.full_name like ${anywhere} escape '\\')
				and exists (select 1 from motion_signers s where s.person_id = p.id)
			order by p.name like ${start} escape '\\' desc, p.name collate nocase, p.id
			limit ${bound(limit)}`
		)
		.map(memberSuggestion);
}

/** The member a filter names, for the input's label: one lookup by id. */
export function memberLabel(db: Db, id: number): (Suggestion & { name: string }) | null {
	const r = db.get<MemberRow>(
		sql`select p.id as id, p.name as name, p.full_name as fullName, ${MEMBER_FRACTION} as fraction
		from people p where p.id = ${id}`
	);
	return r ? { ...memberSuggestion(r), name: r.name } : null;
}

/**
 * The member a typed text means ("Dobbe", "Dobbe (SP)", "S.E.M. Dobbe"): an exact name, or failing
 * that the one member whose name starts with it. Null when none or several match.
 */
export function resolveMember(db: Db, text: string): number | null {
	const { name, extra } = splitLabel(text);
	if (!name) return null;
	const rows = db.all<{ id: number; fraction: string | null; exact: number }>(sql`
		select p.id as id, ${MEMBER_FRACTION} as fraction,
			(lower(p.name) = lower(${name}) or lower(p.full_name) = lower(${name})) as exact
		from people p
		where (p.name like ${`${likeEscape(name)}%`} escape '\\' or lower(p.full_name) = lower(${name}))
			and exists (select 1 from motion_signers s where s.person_id = p.id)
		limit 50`);
	const exact = rows.filter((r) => r.exact);
	let pool = exact.length ? exact : rows;
	if (extra && pool.length > 1) pool = pool.filter((r) => r.fraction === extra);
	return pool.length === 1 ? pool[0]!.id : null;
}

/**
 * Dossiers starting with `q`, in order, each with its number of motions. A range over the
 * (dossier, number) index: only the matching dossiers' entries are read.
 */
export function suggestDossiers(db: Db, q: string, limit = MAX_SUGGESTIONS): Suggestion[] {
	const text = q.trim();
	if (!text || text.length > 40) return [];
	const rows = db.all<{ dossier: string; n: number; title: string | null }>(sql`
		select g.dossier as dossier, g.n as n,
			(select r.dossier_title from motions m2 join registry_motions r on r.motion_id = m2.id
				where m2.dossier = g.dossier and r.dossier_title is not null limit 1) as title
		from (select dossier, count(*) as n from motions
			where dossier >= ${text} and dossier < ${`${text}\uffff`}
			group by dossier order by dossier limit ${bound(limit)}) g
		order by g.dossier`);
	return rows.map((r) => ({
		value: r.dossier,
		label: r.dossier,
		detail: [`${r.n} ${r.n === 1 ? 'motie' : 'moties'}`, r.title?.trim()]
			.filter(Boolean)
			.join(' · ')
	}));
}

interface DebateRow {
	id: number;
	title: string | null;
	date: string | null;
}

const debateSuggestion = (r: DebateRow): Suggestion => ({
	value: String(r.id),
	label: [r.date, r.title ?? `Debat ${r.id}`].filter(Boolean).join(' '),
	detail: null
});

/**
 * Debates whose title holds `q`, or whose date starts with it ("2025-09"), newest first. With
 * nothing typed, the latest debates. debates is small (one row per debate, not per motion).
 */
export function suggestDebates(db: Db, q: string, limit = MAX_SUGGESTIONS): Suggestion[] {
	const text = q.trim();
	const where = text
		? sql`where d.title like ${`%${likeEscape(text)}%`} escape '\\' or d.date like ${`${likeEscape(text)}%`} escape '\\'`
		: sql``;
	return db
		.all<DebateRow>(
			sql`select d.id as id, d.title as title, d.date as date from debates d ${where}
			order by d.date desc, d.id desc limit ${bound(limit)}`
		)
		.map(debateSuggestion);
}

export function debateLabel(db: Db, id: number): Suggestion | null {
	const r = db.get<DebateRow>(sql`select id, title, date from debates where id = ${id}`);
	return r ? debateSuggestion(r) : null;
}

/** The debate a typed text means: its label ("2025-09-11 Title"), or the one debate whose title starts with it. */
export function resolveDebate(db: Db, text: string): number | null {
	const m = /^(\d{4}-\d{2}-\d{2})\s+(.*)$/.exec(text.trim());
	const date = m ? m[1]! : null;
	const title = (m ? m[2]! : text).trim();
	if (!title) return null;
	const rows = db.all<{ id: number }>(sql`
		select id from debates
		where title like ${`${likeEscape(title)}%`} escape '\\'
			${date ? sql`and date = ${date}` : sql``}
		order by lower(title) = lower(${title}) desc limit 2`);
	return rows.length === 1 ? rows[0]!.id : null;
}

/**
 * Members of the cabinet who gave a standing appraisal, by the name the appraisals give them (the
 * minister filter's value), with their latest post. Read from people and cabinet_posts (small).
 */
export function suggestMinisters(db: Db, q: string, limit = MAX_SUGGESTIONS): Suggestion[] {
	const text = q.trim();
	if (!text) return [];
	const rows = db.all<{ name: string; role: string | null; ministry: string | null }>(sql`
		select x.name as name, cp.role as role, cp.ministry as ministry
		from (select p.id as id,
				(select a.minister_name from appraisals a
					where a.final = 1 and a.cabinet_member_id = p.id and a.minister_name is not null
					limit 1) as name
			from people p
			where (p.name like ${`%${likeEscape(text)}%`} escape '\\'
				or p.full_name like ${`%${likeEscape(text)}%`} escape '\\')
				and exists (select 1 from cabinet_posts c where c.person_id = p.id)) x
		left join cabinet_posts cp on cp.id = (select c.id from cabinet_posts c
			where c.person_id = x.id order by c."from" desc limit 1)
		where x.name is not null
		order by x.name like ${`${likeEscape(text)}%`} escape '\\' desc, x.name collate nocase
		limit ${bound(limit)}`);
	return rows.map((r) => ({
		value: r.name,
		label: r.name,
		detail: r.role ? postPhrase({ role: r.role, ministry: r.ministry }) : null
	}));
}

/** Fractions whose name or abbreviation holds `q` (fractions is a table of a few dozen rows). */
export function suggestFractions(db: Db, q: string, limit = MAX_SUGGESTIONS): Suggestion[] {
	const pattern = `%${likeEscape(q.trim())}%`;
	return db
		.all<{ name: string; abbreviation: string }>(
			sql`select name, abbreviation from fractions
			where name like ${pattern} escape '\\' or abbreviation like ${pattern} escape '\\'
			order by name collate nocase limit ${bound(limit)}`
		)
		.map((r) => ({
			value: r.name,
			label: r.name,
			detail: r.abbreviation !== r.name ? r.abbreviation : null
		}));
}

function bound(limit: number): number {
	return Number.isInteger(limit) && limit > 0 ? Math.min(limit, MAX_SUGGESTIONS) : MAX_SUGGESTIONS;
}

/** The suggestions of one kind for what was typed. */
export function suggest(db: Db, kind: SuggestKind, q: string, limit?: number): Suggestion[] {
	switch (kind) {
		case 'member':
			return suggestMembers(db, q, limit);
		case 'dossier':
			return suggestDossiers(db, q, limit);
		case 'debate':
			return suggestDebates(db, q, limit);
		case 'minister':
			return suggestMinisters(db, q, limit);
		case 'fraction':
			return suggestFractions(db, q, limit);
	}
}

/**
 * A filter query string with a member or debate typed as text (a form sent without JavaScript)
 * rewritten to the id it means, so the URL keeps `?member=<id>` and `?debate=<id>`. Null when
 * nothing needs rewriting; a text that means no single member or debate is dropped.
 */
export function canonicalFilterParams(db: Db, params: URLSearchParams): URLSearchParams | null {
	let changed = false;
	const out = new URLSearchParams(params);
	const resolvers = { member: resolveMember, debate: resolveDebate } as const;
	for (const [key, resolve] of Object.entries(resolvers)) {
		const raw = params.get(key);
		const text = raw?.trim().slice(0, 200);
		if (!text || /^\d{1,9}$/.test(text)) continue;
		changed = true;
		const id = resolve(db, text);
		if (id === null) out.delete(key);
		else out.set(key, String(id));
	}
	return changed ? out : null;
}
