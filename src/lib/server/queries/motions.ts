// The motion list and everything filtered like it: the list page, /api/motions, the export.
// One WHERE clause built from MotionFilters, so every view of "these motions" agrees.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { EMPTY_FILTERS, type ListOptions, type MotionFilters } from '../../filters';
import type { NoVerdictKind } from '../../verdicts';
import type { MotionOutcome } from '../../outcomes';
import { cachedQuery } from '../cache';
import { motionSubject } from '../../motion-subject';

/**
 * The verdict a motion counts with: the standing appraisal read from a transcript where one
 * exists, else the registry's label when that is a verdict. A kind of "no verdict" stays null.
 */
export const VERDICT = sql`coalesce(a.verdict, rm.verdict)`;

/**
 * What a motion is about: the transcript's summary ("Verzoekt de regering …") where a debate read
 * it, else the registry's Onderwerp ("Motie van het lid … over …"), which says more than the title
 * of the motion's own document.
 */
export const SUBJECT = sql`coalesce(case when m.debate_id is null then rm.subject end, m.subject)`;

/**
 * The subject as the pages show it (motionSubject: the registry's title after "over", else the
 * stored sentence), in SQL for sorting; lower case, as a reader's alphabet ignores it.
 */
const SUBJECT_ORDER = sql`lower(coalesce(case when instr(rm.subject, 'over ') > 0
	then ltrim(substr(rm.subject, instr(rm.subject, 'over ') + 5)) end, m.subject, rm.subject))`;

/** A motion's status: 'replaced' once an amended version took its place, else what the Kamer decided. */
export const OUTCOME = sql`case when m.replaced_by is not null then 'replaced' else m.outcome end`;

/** Where that verdict comes from: 'transcript', 'registry', or null for none. */
export const VERDICT_SOURCE = sql`case when a.verdict is not null then 'transcript' when rm.verdict is not null then 'registry' end`;

export interface MotionRow {
	id: string;
	dossier: string;
	number: number;
	subject: string | null;
	date: string | null;
	status: 'tabled' | 'cited';
	debateId: number | null;
	debate: string | null;
	firstSignerId: number | null;
	firstSigner: string | null;
	firstSignerFraction: string | null;
	coSigners: number;
	/** The verdict the motion counts with (see VERDICT). */
	verdict: string | null;
	minister: string | null;
	ministerId: number | null;
	conditional: boolean;
	citations: number;
	/** Where the verdict comes from; absent in rows built outside these queries. */
	verdictSource?: 'transcript' | 'registry' | null;
	/** The registry's kind of "no verdict", for a motion without one. */
	noVerdict?: NoVerdictKind | null;
	/** What the Kamer decided (see OUTCOME); absent in rows built outside these queries. */
	outcome?: MotionOutcome;
}

/**
 * The FROM … WHERE of every motion query. Aliases: m motion, fs first signer, f fraction,
 * a final appraisal, rm the registry's record. `appraised`: only motions a transcript appraised
 * (an inner join, so SQLite starts from the few appraisals instead of every motion).
 */
export function motionWhere(
	f: MotionFilters,
	opts: { replaced?: boolean; appraised?: boolean } = {}
): SQL {
	// A motion replaced by its amended version no longer counts anywhere (only `replaced` asks
	// for them, to say how many were left out).
	// The status 'replaced' asks for exactly those.
	// (A range, not "is not null": SQLite walks the index over the few replaced ones; ids start with a digit.)
	const conds: SQL[] = [
		opts.replaced || f.outcome === 'replaced'
			? sql`m.replaced_by between '0' and '9~'`
			: sql`m.replaced_by is null`
	];
	if (f.outcome && f.outcome !== 'replaced') conds.push(sql`m.outcome = ${f.outcome}`);
	if (f.verdict === 'none') conds.push(sql`${VERDICT} is null`);
	else if (f.verdict) conds.push(sql`${VERDICT} = ${f.verdict}`);
	// Each condition on the signers is a set of (motion, document) pairs found through an index of
	// motion_signers, so SQLite starts from the few signatures instead of every motion.
	if (f.fraction) {
		const fraction = sql`(select id from fractions where name = ${f.fraction})`;
		if (f.signers === 'all') {
			conds.push(sql`(m.id, m.document_id) in (select s.motion_id, s.document_id from motion_signers s
				where s.fraction_id = ${fraction})`);
		} else conds.push(sql`fs.fraction_id = ${fraction}`);
	}
	if (f.member !== null) {
		conds.push(
			sql`(m.id, m.document_id) in (select s.motion_id, s.document_id from motion_signers s where s.person_id = ${f.member})`
		);
	}
	if (f.minister) conds.push(sql`a.minister_name = ${f.minister}`);
	if (f.dossier) conds.push(sql`m.dossier = ${f.dossier}`);
	if (f.debate !== null) conds.push(sql`m.debate_id = ${f.debate}`);
	if (f.from) conds.push(sql`m.date >= ${f.from}`);
	if (f.to) conds.push(sql`m.date <= ${f.to}`);
	if (f.conditional) conds.push(sql`a.conditional = 1`);
	if (f.status) conds.push(sql`m.status = ${f.status}`);
	const match = ftsQuery(f.q);
	if (match)
		conds.push(sql`m.id in (select t.motion_id from motion_texts t
			where t.id in (select rowid from motions_fts where motions_fts match ${match}))`);
	return sql`from motions m
		left join motion_signers fs on fs.motion_id = m.id and fs.document_id = m.document_id and fs.position = 0
		left join people p on p.id = fs.person_id
		left join fractions f on f.id = fs.fraction_id
		${opts.appraised ? sql`join` : sql`left join`} appraisals a on a.motion_id = m.id and a.final = 1
		left join registry_motions rm on rm.motion_id = m.id
		left join debates d on d.id = m.debate_id
		where ${sql.join(conds, sql` and `)}`;
}

/** A user's search words as an FTS5 query: every word must occur (prefix match on the last). */
export function ftsQuery(q: string | null): string | null {
	if (!q) return null;
	const words = q.match(/[\p{L}\p{N}]+/gu);
	if (!words?.length) return null;
	return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Co-signers: every signer of the motion's own document but the first. */
const CO_SIGNERS = sql`max(0, (select count(*) from motion_signers s where s.motion_id = m.id and s.document_id = m.document_id) - 1)`;

const ORDER: Record<Exclude<ListOptions['sort'], 'id'>, SQL> = {
	date: sql`m.date`,
	subject: SUBJECT_ORDER,
	signer: sql`p.name`,
	fraction: sql`f.name`,
	cosigners: CO_SIGNERS,
	minister: sql`a.minister_name`,
	verdict: VERDICT,
	outcome: OUTCOME
};

/**
 * The list's order; ties, and the order by id, go by dossier and number in the same direction.
 * `citedLast`: by date, the motions only cited after the tabled ones (the list gets that from
 * two walks of an index, see pageIds; an export sorts every row anyway).
 */
function orderBy(o: Pick<ListOptions, 'sort' | 'dir'>, citedLast = false): SQL {
	const dir = o.dir === 'desc' ? sql`desc` : sql`asc`;
	const byId = sql`m.dossier ${dir}, m.number ${dir}`;
	if (o.sort === 'id') return byId;
	const order = sql`${ORDER[o.sort]} ${dir} nulls last, ${byId}`;
	return citedLast && o.sort === 'date' ? sql`m.status = 'cited', ${order}` : order;
}

/** The ids of one page of the list, in its order. */
function pageIds(db: Db, f: MotionFilters, o: ListOptions): string[] {
	const offset = (o.page - 1) * o.perPage;
	const ids = (filters: MotionFilters, limit: number, skip: number) =>
		db
			.all<{ id: string }>(
				sql`select m.id ${motionWhere(filters)}
				order by ${orderBy(o)}
				limit ${limit} offset ${skip}`
			)
			.map((r) => r.id);
	if (o.sort !== 'date' || f.status) return ids(f, o.perPage, offset);
	// By date the tabled motions come first and the ones only cited (no text of their own, and
	// mostly no date) after them, in two walks of the date index instead of a sort of every row.
	// (One walk would need an index on (replaced_by, status, date, dossier, number).)
	const tabled = countMotions(db, { ...f, status: 'tabled' });
	const page = offset < tabled ? ids({ ...f, status: 'tabled' }, o.perPage, offset) : [];
	if (page.length === o.perPage) return page;
	return page.concat(
		ids({ ...f, status: 'cited' }, o.perPage - page.length, Math.max(0, offset - tabled))
	);
}

/**
 * One page of the list, in two steps: the page's ids from the motions' own indexes (a deep page
 * walks an index, not joined rows), then those motions with everything the list shows.
 */
export function listMotions(db: Db, f: MotionFilters, o: ListOptions): MotionRow[] {
	const ids = pageIds(db, f, o);
	if (!ids.length) return [];
	const rows = db.all<Record<string, unknown>>(sql`
		select m.id, m.dossier, m.number, m.subject as stored_subject, rm.subject as registry_subject,
			m.date, m.status, m.debate_id as debateId,
			d.title as debate, fs.person_id as firstSignerId, p.name as firstSigner,
			f.name as firstSignerFraction,
			${CO_SIGNERS} as co_signers,
			${VERDICT} as verdict, ${VERDICT_SOURCE} as verdict_source, rm.no_verdict, ${OUTCOME} as outcome,
			a.minister_name as minister, a.cabinet_member_id as ministerId, a.conditional,
			(select count(*) from motion_references r where r.motion_id = m.id) as citations
		${motionWhere(EMPTY_FILTERS)} and m.id in (${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)})`);
	const at = new Map(ids.map((id, i) => [id, i]));
	return rows
		.map((r) => ({ ...toRow(r), subject: subjectOf(r) }))
		.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
}

export const countMotions = cachedQuery(
	'countMotions',
	function countMotions(db: Db, f: MotionFilters): number {
		return db.get<{ n: number }>(sql`select count(*) as n ${motionWhere(f)}`)?.n ?? 0;
	}
);

/** A row's subject for a page, from the two it was selected with (see motionSubject). */
export function subjectOf(r: Record<string, unknown>): string | null {
	return motionSubject({
		registry: r.registry_subject as string | null,
		stored: r.stored_subject as string | null
	});
}

function toRow(r: Record<string, unknown>): MotionRow {
	return {
		id: r.id as string,
		dossier: r.dossier as string,
		number: r.number as number,
		subject: (r.subject as string | null) ?? null,
		date: (r.date as string | null) ?? null,
		status: r.status as 'tabled' | 'cited',
		debateId: (r.debateId as number | null) ?? null,
		debate: (r.debate as string | null) ?? null,
		firstSignerId: (r.firstSignerId as number | null) ?? null,
		firstSigner: (r.firstSigner as string | null) ?? null,
		firstSignerFraction: (r.firstSignerFraction as string | null) ?? null,
		coSigners: Number(r.co_signers ?? 0),
		verdict: (r.verdict as string | null) ?? null,
		minister: (r.minister as string | null) ?? null,
		ministerId: (r.ministerId as number | null) ?? null,
		conditional: Boolean(r.conditional),
		citations: Number(r.citations ?? 0),
		verdictSource: (r.verdict_source as MotionRow['verdictSource']) ?? null,
		noVerdict: r.verdict == null ? ((r.no_verdict as NoVerdictKind | null) ?? null) : null,
		outcome: (r.outcome as MotionOutcome | null) ?? 'open'
	};
}

export interface ExportRow extends MotionRow {
	signers: { name: string; fraction: string | null }[];
	condition: string | null;
	debateDate: string | null;
}

/** The statement behind every export: each motion the filters select, with all signers and the condition. */
export function exportQuery(f: MotionFilters, o: Pick<ListOptions, 'sort' | 'dir'>): SQL {
	return sql`
		select m.id, m.dossier, m.number, ${SUBJECT} as subject, m.date, m.status, m.debate_id as debateId,
			d.title as debate, fs.person_id as firstSignerId, p.name as firstSigner,
			f.name as firstSignerFraction,
			${CO_SIGNERS} as co_signers,
			${VERDICT} as verdict, ${VERDICT_SOURCE} as verdict_source, rm.no_verdict, ${OUTCOME} as outcome,
			a.minister_name as minister, a.cabinet_member_id as ministerId, a.conditional,
			a.condition as condition,
			(select count(*) from motion_references r where r.motion_id = m.id) as citations,
			(select json_group_array(json_object('name', sp.name, 'fraction', sf.name))
				from (select s.person_id, s.fraction_id from motion_signers s
					where s.motion_id = m.id and s.document_id = m.document_id order by s.position) x
				join people sp on sp.id = x.person_id left join fractions sf on sf.id = x.fraction_id) as signers
		${motionWhere(f)}
		order by ${orderBy(o, true)}`;
}

/** A row of exportQuery as the exports write it. */
export function toExportRow(r: Record<string, unknown>): ExportRow {
	return {
		...toRow(r),
		signers: JSON.parse((r.signers as string | null) ?? '[]') as ExportRow['signers'],
		condition: (r.condition as string | null) ?? null,
		debateDate: (r.date as string | null) ?? null
	};
}

/** Every motion the filters select, in memory: for the command line (the web streams them). */
export function exportMotions(
	db: Db,
	f: MotionFilters,
	o: Pick<ListOptions, 'sort' | 'dir'>
): ExportRow[] {
	return db.all<Record<string, unknown>>(exportQuery(f, o)).map(toExportRow);
}
