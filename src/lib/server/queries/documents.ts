// The imported documents: the list, one document with its text and what it states, and the
// motions only cited so far. The text itself is rendered a window at a time (server/document-text.ts).
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { EMPTY_FILTERS } from '../../filters';
import { listMotions, VERDICT, VERDICT_SOURCE, type MotionRow } from './motions';
import type { NoVerdictKind } from '../../verdicts';
import { parseJsonArray, signatoriesOf, type DocumentSignatory } from './motion';
import type { ReferenceSpan } from '../reference-span';

export interface DocumentSummary {
	id: number;
	kind: string;
	title: string | null;
	date: string | null;
	fileName: string;
	current: boolean;
	lineCount: number;
	debateId: number | null;
	tabled: number;
	cited: number;
	unresolved: number;
	signatories: DocumentSignatory[];
}

export interface DocumentListRequest {
	/** One kind only; null: every kind but the motions' own documents, which would flood the list. */
	kind: string | null;
	page: number;
	perPage: number;
}

export interface DocumentList {
	documents: DocumentSummary[];
	total: number;
	page: number;
	perPage: number;
}

/** A page of documents, newest first (undated last), with how many motions each tables and cites. */
export function listDocuments(db: Db, req: DocumentListRequest): DocumentList {
	const where = req.kind === null ? sql`d.kind <> 'motion'` : sql`d.kind = ${req.kind}`;
	const total =
		db.get<{ n: number }>(sql`select count(*) as n from documents d where ${where}`)?.n ?? 0;
	const page = Math.min(Math.max(1, req.page), Math.max(1, Math.ceil(total / req.perPage)));
	// The page's ids first: the counts below are subqueries, run only for the rows shown.
	const order = sql`d.date is null, d.date desc, d.file_name, d.id desc`;
	const rows = db.all<Record<string, unknown>>(sql`
		with shown as (
			select d.id from documents d where ${where}
			order by ${order} limit ${req.perPage} offset ${(page - 1) * req.perPage}
		), tabled as (
			-- One pass over the motions for the whole page (motions.document_id has no index).
			select document_id, count(*) as n from motions
			where status = 'tabled' and document_id in (select id from shown)
			group by document_id
		)
		select d.id, d.kind, d.title, d.date, d.file_name, d.current, d.line_count,
			db.id as debate_id, coalesce(t.n, 0) as tabled,
			(select count(distinct r.motion_id) from motion_references r where r.document_id = d.id) as cited,
			(select count(*) from motion_references r where r.document_id = d.id and r.motion_id is null) as unresolved
		from shown join documents d on d.id = shown.id
		left join tabled t on t.document_id = d.id
		left join debates db on db.document_id = d.id
		order by ${order}`);
	const signatories = signatoriesOf(
		db,
		rows.map((r) => r.id as number)
	);
	return {
		total,
		page,
		perPage: req.perPage,
		documents: rows.map((r) => ({
			id: r.id as number,
			kind: r.kind as string,
			title: (r.title as string | null) ?? null,
			date: (r.date as string | null) ?? null,
			fileName: r.file_name as string,
			current: Boolean(r.current),
			lineCount: r.line_count as number,
			debateId: (r.debate_id as number | null) ?? null,
			tabled: Number(r.tabled ?? 0),
			cited: Number(r.cited ?? 0),
			unresolved: Number(r.unresolved ?? 0),
			signatories: signatories.get(r.id as number) ?? []
		}))
	};
}

/** How many documents of each kind are held, most first. */
export function documentKindCounts(db: Db): { kind: string; n: number }[] {
	return db.all<{ kind: string; n: number }>(
		sql`select kind, count(*) as n from documents group by kind order by n desc, kind`
	);
}

export interface DocumentMeta {
	id: number;
	kind: string;
	title: string | null;
	date: string | null;
	fileName: string;
	sha256: string;
	importedAt: string;
	lineCount: number;
	current: boolean;
	debateId: number | null;
	/** The version this one corrects. */
	supersedes: { id: number; importedAt: string } | null;
	/** For a superseded version: the version that stands now. */
	currentVersion: { id: number; importedAt: string } | null;
}

export interface QuestionsByFraction {
	fraction: string;
	numbers: number[];
	firstLine: number;
}

export interface CitedMotion {
	motionId: string | null;
	status: 'tabled' | 'cited' | null;
	subject: string | null;
	/** The verdict the motion counts with: the transcript's, else the registry's. */
	verdict: string | null;
	verdictSource: 'transcript' | 'registry' | null;
	noVerdict: NoVerdictKind | null;
	conditional: boolean;
	asWritten: string;
	line: number;
	sentence: string;
	/** Where its words stand, found at import (null: not found); undefined for a row from before. */
	span?: ReferenceSpan | null;
}

/** Lines that hold a motion's text or a statement about it. */
export interface LineBlock {
	kind: 'motion' | 'appraisal';
	motionId: string;
	from: number;
	to: number;
	verdict: string | null;
}

export interface DocumentPage {
	document: DocumentMeta;
	signatories: DocumentSignatory[];
	questions: QuestionsByFraction[];
	tabledMotions: MotionRow[];
	citedMotions: CitedMotion[];
	/** For a motion's own document: the motion(s) it is the text of. */
	ownMotions: string[];
	/** Motions tabled here that an amended version replaced: they count nowhere. */
	replacedMotions: { id: string; replacedBy: string }[];
}

function documentMeta(db: Db, id: number): DocumentMeta | null {
	const r = db.get<Record<string, unknown>>(sql`
		select d.id, d.kind, d.title, d.date, d.file_name, d.sha256, d.imported_at, d.line_count,
			d.current, db.id as debate_id, prev.id as prev_id, prev.imported_at as prev_imported_at
		from documents d
		left join debates db on db.document_id = d.id and db.position = 0
		left join documents prev on prev.id = d.supersedes_id
		where d.id = ${id}`);
	if (!r) return null;
	const current = Boolean(r.current);
	// Follow the chain of corrections forward to the version that stands.
	const standing = current
		? undefined
		: db.get<{ id: number; importedAt: string }>(sql`
				with recursive later(id) as (
					select id from documents where supersedes_id = ${id}
					union all
					select d.id from documents d join later l on d.supersedes_id = l.id
				)
				select d.id, d.imported_at as importedAt from documents d
				where d.id in (select id from later) and d.current = 1
				limit 1`);
	return {
		id: r.id as number,
		kind: r.kind as string,
		title: (r.title as string | null) ?? null,
		date: (r.date as string | null) ?? null,
		fileName: r.file_name as string,
		sha256: r.sha256 as string,
		importedAt: r.imported_at as string,
		lineCount: r.line_count as number,
		current,
		debateId: (r.debate_id as number | null) ?? null,
		supersedes:
			r.prev_id == null
				? null
				: { id: r.prev_id as number, importedAt: r.prev_imported_at as string },
		currentVersion: standing ?? null
	};
}

function questionsByFraction(db: Db, documentId: number): QuestionsByFraction[] {
	const rows = db.all<{ fraction: string; numbers: string; firstLine: number }>(sql`
		select fraction, json_group_array(number) as numbers, min(line) as firstLine
		from (select * from consultation_questions where document_id = ${documentId} order by position)
		group by fraction
		order by min(position)`);
	return rows.map((r) => ({
		fraction: r.fraction,
		numbers: JSON.parse(r.numbers) as number[],
		firstLine: r.firstLine
	}));
}

export function citedMotions(db: Db, documentId: number): CitedMotion[] {
	return db
		.all<Record<string, unknown>>(
			sql`
		select r.motion_id, m.status, m.subject, ${VERDICT} as verdict, ${VERDICT_SOURCE} as verdict_source,
			rm.no_verdict, a.conditional, r.as_written, r.line, r.sentence, r.located,
			r.span_line, r.span_start, r.span_end_line, r.span_end
		from motion_references r
		left join motions m on m.id = r.motion_id
		left join appraisals a on a.motion_id = m.id and a.final = 1
		left join registry_motions rm on rm.motion_id = m.id
		where r.document_id = ${documentId}
		order by r.line, r.id`
		)
		.map((r) => ({
			motionId: (r.motion_id as string | null) ?? null,
			status: (r.status as CitedMotion['status']) ?? null,
			subject: (r.subject as string | null) ?? null,
			verdict: (r.verdict as string | null) ?? null,
			verdictSource: (r.verdict_source as CitedMotion['verdictSource']) ?? null,
			noVerdict: r.verdict == null ? ((r.no_verdict as NoVerdictKind | null) ?? null) : null,
			conditional: Boolean(r.conditional),
			asWritten: r.as_written as string,
			line: r.line as number,
			sentence: r.sentence as string,
			...(r.located
				? {
						span:
							r.span_line == null
								? null
								: {
										line: r.span_line as number,
										start: r.span_start as number,
										endLine: r.span_end_line as number,
										end: r.span_end as number
									}
					}
				: {})
		}));
}

export function lineBlocks(db: Db, documentId: number): LineBlock[] {
	return db
		.all<Record<string, unknown>>(
			sql`
		select 'motion' as kind, id as motion_id, line_from, line_to, null as verdict
		from motions where document_id = ${documentId} and line_from is not null and line_to is not null
		union all
		select 'appraisal', motion_id, line_from, line_to, verdict
		from appraisals where document_id = ${documentId}
		order by 3, 1 desc`
		)
		.map((r) => ({
			kind: r.kind as LineBlock['kind'],
			motionId: r.motion_id as string,
			from: r.line_from as number,
			to: r.line_to as number,
			verdict: (r.verdict as string | null) ?? null
		}));
}

/** The tabled motions of a debate document, as the motion list shows them. */
function tabledMotions(db: Db, debateId: number | null): MotionRow[] {
	if (debateId == null) return [];
	return listMotions(
		db,
		{ ...EMPTY_FILTERS, debate: debateId, status: 'tabled' },
		{ sort: 'id', dir: 'asc', page: 1, perPage: 10_000 }
	);
}

function replacedMotions(db: Db, debateId: number | null): { id: string; replacedBy: string }[] {
	if (debateId == null) return [];
	return db.all<{ id: string; replacedBy: string }>(sql`
		select id, replaced_by as replacedBy from motions
		where debate_id = ${debateId} and replaced_by is not null
		order by dossier, number`);
}

/** The motion a motion document is the text of: by the registry's publication id, or as read. */
function ownMotions(db: Db, id: number, fileName: string): string[] {
	return db
		.all<{ id: string }>(
			sql`select motion_id as id from registry_motions where publication = ${fileName.replace(/\.xml$/, '')}
				union select id from motions where document_id = ${id} and debate_id is null
				order by 1`
		)
		.map((r) => r.id);
}

export function documentPage(db: Db, id: number): DocumentPage | null {
	const document = documentMeta(db, id);
	if (!document) return null;
	const cited = citedMotions(db, id);
	return {
		document,
		signatories: signatoriesOf(db, [id]).get(id) ?? [],
		questions: document.kind === 'consultation' ? questionsByFraction(db, id) : [],
		// A superseded debate version keeps no statements; its debate points at the new version.
		tabledMotions: document.current ? tabledMotions(db, document.debateId) : [],
		citedMotions: cited,
		ownMotions: document.kind === 'motion' ? ownMotions(db, id, document.fileName) : [],
		replacedMotions: document.current ? replacedMotions(db, document.debateId) : []
	};
}

export interface NotLoadedMotion {
	id: string;
	dossier: string;
	number: number;
	citations: {
		documentId: number;
		documentTitle: string | null;
		documentKind: string;
		documentDate: string | null;
		line: number;
		asWritten: string;
		sentence: string;
		signers: string[];
	}[];
}

export interface UnresolvedReference {
	documentId: number;
	documentTitle: string | null;
	documentKind: string;
	line: number;
	asWritten: string;
	sentence: string;
	signers: string[];
}

export interface PageRequest {
	page: number;
	perPage: number;
}

export interface Paged<T> {
	rows: T[];
	total: number;
	page: number;
	perPage: number;
}

/** The page a request asks for, or the last one when it asks past the end. */
function clampPage(req: PageRequest, total: number): number {
	return Math.min(Math.max(1, req.page), Math.max(1, Math.ceil(total / req.perPage)));
}

/** A page of the motions cited by a document but whose debate is not imported, most cited first. */
export function notLoadedMotions(db: Db, req: PageRequest): Paged<NotLoadedMotion> {
	const total =
		db.get<{ n: number }>(sql`select count(*) as n from motions where status = 'cited'`)?.n ?? 0;
	const page = clampPage(req, total);
	// The page's motions first, then every citation of just those.
	const rows = db.all<Record<string, unknown>>(sql`
		with shown as (
			select m.id, m.dossier, m.number,
				(select count(*) from motion_references r where r.motion_id = m.id) as n
			from motions m where m.status = 'cited'
			order by n desc, m.dossier, m.number
			limit ${req.perPage} offset ${(page - 1) * req.perPage}
		)
		select m.id, m.dossier, m.number, r.document_id, d.title, d.kind, d.date, r.line,
			r.as_written, r.sentence, r.signers, m.n as n
		from shown m
		join motion_references r on r.motion_id = m.id
		join documents d on d.id = r.document_id
		order by n desc, m.dossier, m.number, d.date is null, d.date, d.file_name, r.line`);
	const byId = new Map<string, NotLoadedMotion>();
	for (const r of rows) {
		const id = r.id as string;
		let motion = byId.get(id);
		if (!motion) {
			motion = { id, dossier: r.dossier as string, number: r.number as number, citations: [] };
			byId.set(id, motion);
		}
		motion.citations.push({
			documentId: r.document_id as number,
			documentTitle: (r.title as string | null) ?? null,
			documentKind: r.kind as string,
			documentDate: (r.date as string | null) ?? null,
			line: r.line as number,
			asWritten: r.as_written as string,
			sentence: r.sentence as string,
			signers: parseJsonArray<string>(r.signers).filter((s) => typeof s === 'string')
		});
	}
	return { rows: [...byId.values()], total, page, perPage: req.perPage };
}

/** A page of the references to a motion by name only that no imported document resolves. */
export function unresolvedReferences(db: Db, req: PageRequest): Paged<UnresolvedReference> {
	const total =
		db.get<{ n: number }>(sql`select count(*) as n from motion_references where motion_id is null`)
			?.n ?? 0;
	const page = clampPage(req, total);
	const rows = db
		.all<Record<string, unknown>>(
			sql`
		select r.document_id, d.title, d.kind, r.line, r.as_written, r.sentence, r.signers
		from motion_references r
		join documents d on d.id = r.document_id
		where r.motion_id is null
		order by d.date is null, d.date, d.file_name, r.line
		limit ${req.perPage} offset ${(page - 1) * req.perPage}`
		)
		.map((r) => ({
			documentId: r.document_id as number,
			documentTitle: (r.title as string | null) ?? null,
			documentKind: r.kind as string,
			line: r.line as number,
			asWritten: r.as_written as string,
			sentence: r.sentence as string,
			signers: parseJsonArray<string>(r.signers).filter((s) => typeof s === 'string')
		}));
	return { rows, total, page, perPage: req.perPage };
}
