// One search over everything: people and fractions by name, motions by their words (motions_fts),
// documents by theirs (documents_fts) with the lines that match. A motion id or a dossier is not
// searched but opened (the page redirects).
import { sql, type SQL } from 'drizzle-orm';
import { bodyLines } from '../document-body';
import type { Db } from '../db';
import type { Verdict } from '../../verdicts';
import { fold, searchTerms } from '../../search';
import { cabinetMemberIdsByName } from './cabinet';
import { suggestFractions, suggestMembers, suggestMinisters, type Suggestion } from './suggest';
import { subjectOf, VERDICT } from './motions';

/** Results per kind on the page. */
export const SEARCH_RESULTS = 20;
/** Matching lines shown per document. */
const LINES_PER_DOCUMENT = 3;

export interface NamedResult extends Suggestion {
	href: string;
}

export interface MotionHit {
	id: string;
	subject: string | null;
	date: string | null;
	verdict: Verdict | null;
}

/** The two subjects a hit is selected with; the page shows motionSubject of them. */
const SUBJECTS = sql`m.subject as stored_subject, rm.subject as registry_subject`;

export interface DocumentHit {
	id: number;
	title: string | null;
	date: string | null;
	kind: string;
	/** The first lines holding a searched word (1-based line numbers). */
	lines: { line: number; text: string }[];
}

export interface SearchResults {
	terms: string[];
	members: NamedResult[];
	fractions: NamedResult[];
	ministers: NamedResult[];
	/** The motions the first member found signed, newest first. */
	memberMotions: MotionHit[];
	motions: MotionHit[];
	motionCount: number;
	documents: DocumentHit[];
	documentCount: number;
}

/** A motion by the id people type, or by an id a document wrote it under. */
export function findMotion(db: Db, id: string): string | null {
	return (
		db.get<{ id: string }>(sql`select id from motions where id = ${id}
			union all select motion_id from motion_aliases where written_id = ${id} limit 1`)?.id ?? null
	);
}

export function dossierExists(db: Db, dossier: string): boolean {
	return Boolean(db.get(sql`select 1 from motions where dossier = ${dossier} limit 1`));
}

/** The first lines of a text holding one of the terms (as the index compares: no accents, any case). */
function matchingLines(
	lines: Iterable<{ line: number; text: string }>,
	terms: string[]
): { line: number; text: string }[] {
	const words = terms.map((t) => t.replace(/\*$/, '')).filter(Boolean);
	const out: { line: number; text: string }[] = [];
	for (const { line, text } of lines) {
		if (!text.trim()) continue;
		const folded = fold(text);
		if (words.some((w) => folded.includes(w))) {
			out.push({ line, text: text.length > 400 ? `${text.slice(0, 400)} …` : text });
			if (out.length === LINES_PER_DOCUMENT) break;
		}
	}
	return out;
}

export function search(db: Db, q: string): SearchResults {
	const hits = (query: SQL): MotionHit[] =>
		db.all<Record<string, unknown>>(query).map((r) => ({
			id: r.id as string,
			subject: subjectOf(r),
			date: (r.date as string | null) ?? null,
			verdict: (r.verdict as Verdict | null) ?? null
		}));
	const { match, terms } = searchTerms(q);
	const text = q.trim();
	const ministerIds = cabinetMemberIdsByName(db);
	const members = text.length >= 2 ? suggestMembers(db, text, 10) : [];
	const results: SearchResults = {
		terms,
		members: members.map((m) => ({ ...m, href: `/kamerleden/${m.value}` })),
		fractions:
			text.length >= 2
				? suggestFractions(db, text, 10).map((f) => ({
						...f,
						href: `/fracties/${encodeURIComponent(f.value)}`
					}))
				: [],
		ministers:
			text.length >= 2
				? suggestMinisters(db, text, 10).flatMap((m) =>
						ministerIds[m.value] ? [{ ...m, href: `/bewindspersonen/${ministerIds[m.value]}` }] : []
					)
				: [],
		memberMotions: [],
		motions: [],
		motionCount: 0,
		documents: [],
		documentCount: 0
	};
	if (members.length === 1 || (members[0] && fold(members[0].label).startsWith(fold(text)))) {
		results.memberMotions = hits(sql`
			select m.id, ${SUBJECTS}, m.date, ${VERDICT} as verdict
			from motions m
			left join appraisals a on a.motion_id = m.id and a.final = 1
			left join registry_motions rm on rm.motion_id = m.id
			where m.replaced_by is null and (m.id, m.document_id) in
				(select s.motion_id, s.document_id from motion_signers s where s.person_id = ${Number(members[0]!.value)})
			order by m.date desc, m.dossier desc, m.number desc
			limit ${SEARCH_RESULTS}`);
	}
	if (!match) return results;
	const motionIds = sql`select t.motion_id from motion_texts t
		where t.id in (select rowid from motions_fts where motions_fts match ${match})`;
	results.motionCount =
		db.get<{ n: number }>(sql`select count(*) as n from motions m
			where m.replaced_by is null and m.id in (${motionIds})`)?.n ?? 0;
	results.motions = hits(sql`
		select m.id, ${SUBJECTS}, m.date, ${VERDICT} as verdict
		from motions m
		left join appraisals a on a.motion_id = m.id and a.final = 1
		left join registry_motions rm on rm.motion_id = m.id
		where m.replaced_by is null and m.id in (${motionIds})
		order by m.date desc, m.dossier desc, m.number desc
		limit ${SEARCH_RESULTS}`);
	results.documentCount =
		db.get<{ n: number }>(
			sql`select count(*) as n from documents_fts where documents_fts match ${match}`
		)?.n ?? 0;
	const docs = db.all<Omit<DocumentHit, 'lines'>>(sql`
		select d.id, d.title, d.date, d.kind
		from (select rowid as id, rank from documents_fts where documents_fts match ${match}
			order by rank limit ${SEARCH_RESULTS}) hit
		join documents d on d.id = hit.id
		order by hit.rank`);
	// The text a piece at a time, up to the last line shown.
	results.documents = docs.map((d) => ({
		...d,
		lines: matchingLines(bodyLines(db.$client, d.id), terms)
	}));
	return results;
}
