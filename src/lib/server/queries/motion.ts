// One motion as its page shows it: text, signers, every appraisal of it, the registry's record of
// it, disagreements between documents, and the documents that cite it. Plain rows; the page
// decides how they read.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { motionSubject } from '../../motion-subject';
import type { NoVerdictKind, Verdict } from '../../verdicts';
import type { MotionOutcome } from '../../outcomes';
import { motionVotes, type MotionVote } from './votes';

export interface MotionPart {
	kind: string;
	text: string;
}

export interface MotionDetail {
	id: string;
	dossier: string;
	number: number;
	status: 'tabled' | 'cited';
	subject: string | null;
	parts: MotionPart[];
	/** The whole text as read, for a motion whose parts could not be told apart. */
	text: string | null;
	date: string | null;
	lineFrom: number | null;
	lineTo: number | null;
	documentId: number | null;
	debate: { id: number; title: string | null; date: string | null } | null;
	reader: { id: number; name: string } | null;
	/** An amended motion: the id it replaces ("was nr. 234"). */
	replaces: string | null;
	/** The amended motion that replaced this one. */
	replacedBy: string | null;
	/** What the Kamer decided: 'replaced' once an amended version took its place. */
	outcome: MotionOutcome;
}

export interface MotionSigner {
	position: number;
	personId: number;
	name: string;
	fraction: string | null;
}

/** A post in the cabinet, as the registry states it. */
export interface CabinetPost {
	role: string;
	ministry: string;
}

export interface MotionAppraisal {
	id: number;
	documentId: number;
	documentTitle: string | null;
	documentKind: string;
	documentDate: string | null;
	sequence: number;
	verdict: string;
	cabinetMemberId: number | null;
	ministerName: string | null;
	/** The posts the cabinet member held on the date of the statement. */
	posts: CabinetPost[];
	conditional: boolean;
	condition: string | null;
	quote: string;
	lineFrom: number;
	lineTo: number;
	spokenBy: 'cabinet' | 'chair' | 'letter';
	final: boolean;
	conflict: boolean;
}

export interface MotionConflict {
	field: 'signers' | 'verdict';
	documentId: number;
	documentTitle: string | null;
	otherDocumentId: number;
	otherDocumentTitle: string | null;
	value: string;
	otherValue: string;
}

export interface DocumentSignatory {
	position: number;
	personId: number | null;
	name: string;
	role: string;
	ministry: string | null;
}

export interface MotionCitation {
	documentId: number;
	documentTitle: string | null;
	documentKind: string;
	documentDate: string | null;
	fileName: string;
	asWritten: string;
	line: number;
	sentence: string;
	/** The signers as the citing text names them. */
	signers: string[];
	via: 'id' | 'footnote' | 'unresolved';
	signatories: DocumentSignatory[];
}

/** The Kamer's registry record of the motion (open data: the Zaak and its motion document). */
export interface RegistryRecord {
	zaakNumber: string;
	documentNumber: string | null;
	/** "kst-36045-225" */
	publication: string | null;
	/** 'Motie' or 'Motie (gewijzigd/nader)'. */
	documentKind: string | null;
	/** Zaak.Onderwerp: "Motie van het lid Paternotte c.s. over …". */
	subject: string;
	dossierTitle: string | null;
	startedOn: string | null;
	/** The Kabinetsappreciatie exactly as the registry holds it. */
	appraisalLabel: string | null;
	verdict: Verdict | null;
	noVerdict: NoVerdictKind | null;
	/** Afgedaan. */
	done: boolean;
	/** The motion's own published document, where it was imported. */
	documentId: number | null;
}

/** A document that wrote the motion's id otherwise: "nr. 225 (36046)" for 36045-225. */
export interface MotionAlias {
	writtenId: string;
	documentId: number;
	documentTitle: string | null;
	documentKind: string;
	reason: string;
}

/** A motion linked by an amendment, and whether we hold it. */
export interface LinkedMotion {
	id: string;
	known: boolean;
}

/** The signers as one document lists them (the debate, the motion's own document). */
export interface SignerList {
	documentId: number;
	documentTitle: string | null;
	documentKind: string;
	/** The document the motion's text and counts come from. */
	current: boolean;
	signers: MotionSigner[];
}

export interface MotionPage {
	motion: MotionDetail;
	/** The signers of the document the motion counts from, first signer first. */
	signers: MotionSigner[];
	/** Every document's list of signers, the counting one first. */
	signerLists: SignerList[];
	appraisals: MotionAppraisal[];
	conflicts: MotionConflict[];
	citations: MotionCitation[];
	registry: RegistryRecord | null;
	aliases: MotionAlias[];
	/** Amendments both ways, from the documents ("was nr. 234") and the registry ("t.v.v."). */
	replaces: LinkedMotion[];
	replacedBy: LinkedMotion[];
	/** The Kamer's decisions on it, oldest first. */
	votes: MotionVote[];
}

/** A JSON array stored in a text column (parts, posts, signers); anything else reads as empty. */
export function parseJsonArray<T>(value: unknown): T[] {
	if (typeof value !== 'string') return [];
	try {
		const parsed: unknown = JSON.parse(value);
		return Array.isArray(parsed) ? (parsed as T[]) : [];
	} catch {
		return [];
	}
}

export function motionDetail(db: Db, id: string): MotionDetail | null {
	const r = db.get<Record<string, unknown>>(sql`
		select m.id, m.dossier, m.number, m.status, m.subject,
			(select rm.subject from registry_motions rm where rm.motion_id = m.id) as registry_subject,
			t.parts, t.text, m.date, m.line_from, m.line_to,
			m.document_id, d.id as debate_id, d.title as debate_title, d.date as debate_date,
			m.reader_id, rp.name as reader_name, m.replaces, m.replaced_by,
			case when m.replaced_by is not null then 'replaced' else m.outcome end as outcome
		from motions m
		left join motion_texts t on t.motion_id = m.id
		left join debates d on d.id = m.debate_id
		left join people rp on rp.id = m.reader_id
		where m.id = ${id}`);
	if (!r) return null;
	const parts = parseJsonArray<MotionPart>(r.parts).filter(
		(p) => typeof p?.text === 'string' && typeof p?.kind === 'string'
	);
	return {
		id: r.id as string,
		dossier: r.dossier as string,
		number: r.number as number,
		status: r.status as 'tabled' | 'cited',
		subject: motionSubject({
			registry: r.registry_subject as string | null,
			parts,
			stored: r.subject as string | null
		}),
		parts,
		text: (r.text as string | null) ?? null,
		date: (r.date as string | null) ?? null,
		lineFrom: (r.line_from as number | null) ?? null,
		lineTo: (r.line_to as number | null) ?? null,
		documentId: (r.document_id as number | null) ?? null,
		debate:
			r.debate_id == null
				? null
				: {
						id: r.debate_id as number,
						title: (r.debate_title as string | null) ?? null,
						date: (r.debate_date as string | null) ?? null
					},
		reader:
			r.reader_id == null ? null : { id: r.reader_id as number, name: r.reader_name as string },
		replaces: r.replaces == null ? null : `${r.dossier as string}-${r.replaces as number}`,
		replacedBy: (r.replaced_by as string | null) ?? null,
		outcome: r.outcome as MotionOutcome
	};
}

/** The signers as the motion's own document lists them, first signer first. */
export function motionSigners(db: Db, motionId: string, documentId: number | null): MotionSigner[] {
	if (documentId == null) return [];
	return db.all<MotionSigner>(sql`
		select s.position, s.person_id as personId, p.name, f.name as fraction
		from motion_signers s
		join people p on p.id = s.person_id
		left join fractions f on f.id = s.fraction_id
		where s.motion_id = ${motionId} and s.document_id = ${documentId}
		order by s.position`);
}

/** The signers as each document lists them: the document the motion counts from first. */
export function signerLists(db: Db, motionId: string, documentId: number | null): SignerList[] {
	const rows = db.all<
		MotionSigner & { documentId: number; title: string | null; kind: string }
	>(sql`
		select s.document_id as documentId, d.title, d.kind, s.position, s.person_id as personId,
			p.name, f.name as fraction
		from motion_signers s
		join documents d on d.id = s.document_id
		join people p on p.id = s.person_id
		left join fractions f on f.id = s.fraction_id
		where s.motion_id = ${motionId}
		order by s.document_id = ${documentId ?? -1} desc, d.kind = 'motion', d.date, s.document_id, s.position`);
	const lists: SignerList[] = [];
	for (const { documentId: id, title, kind, ...signer } of rows) {
		let list = lists.at(-1);
		if (list?.documentId !== id) {
			list = {
				documentId: id,
				documentTitle: title ?? null,
				documentKind: kind,
				current: id === documentId,
				signers: []
			};
			lists.push(list);
		}
		list.signers.push(signer);
	}
	return lists;
}

/** The registry's record of the motion, with its own document where imported. */
export function registryRecord(db: Db, motionId: string): RegistryRecord | null {
	const r = db.get<Omit<RegistryRecord, 'done'> & { done: number }>(sql`
		select rm.zaak_number as zaakNumber, rm.document_number as documentNumber,
			rm.publication, rm.document_kind as documentKind, rm.subject,
			rm.dossier_title as dossierTitle, rm.started_on as startedOn,
			rm.appraisal_label as appraisalLabel, rm.verdict, rm.no_verdict as noVerdict, rm.done,
			(select d.id from documents d where d.file_name = rm.publication || '.xml'
				and d.kind = 'motion' order by d.current desc, d.id desc limit 1) as documentId
		from registry_motions rm
		where rm.motion_id = ${motionId}`);
	return r ? { ...r, done: Boolean(r.done) } : null;
}

export function motionAliases(db: Db, motionId: string): MotionAlias[] {
	return db.all<MotionAlias>(sql`
		select a.written_id as writtenId, a.document_id as documentId, d.title as documentTitle,
			d.kind as documentKind, a.reason
		from motion_aliases a
		join documents d on d.id = a.document_id
		where a.motion_id = ${motionId}
		order by d.date, a.document_id`);
}

/**
 * Amendments both ways: what this motion replaces and what replaced it, as the documents say it
 * ("was nr. 234") and as the registry does ("(t.v.v. 36045-234)").
 */
export function amendments(
	db: Db,
	motion: MotionDetail
): { replaces: LinkedMotion[]; replacedBy: LinkedMotion[] } {
	const rows = db.all<{ way: 'replaces' | 'replacedBy'; id: string; known: number }>(sql`
		with linked(way, id) as (
			select 'replaces', ${motion.replaces}
			union select 'replaces', replaces_id from registry_motions where motion_id = ${motion.id}
			union select 'replacedBy', ${motion.replacedBy}
			union select 'replacedBy', motion_id from registry_motions where replaces_id = ${motion.id}
			union select 'replacedBy', id from motions
				where dossier = ${motion.dossier} and replaces = ${motion.number} and status = 'tabled'
		)
		select l.way, l.id, exists (select 1 from motions m where m.id = l.id) as known
		from linked l where l.id is not null and l.id <> ${motion.id}
		order by l.way, l.id`);
	const pick = (way: string) =>
		rows.filter((r) => r.way === way).map((r) => ({ id: r.id, known: Boolean(r.known) }));
	return { replaces: pick('replaces'), replacedBy: pick('replacedBy') };
}

/** Every appraisal of the motion in reading order, with the member's posts on that day. */
export function motionAppraisals(db: Db, motionId: string): MotionAppraisal[] {
	const rows = db.all<Record<string, unknown>>(sql`
		select a.id, a.document_id, doc.title as document_title, doc.kind as document_kind,
			doc.date as document_date, a.sequence, a.verdict, a.cabinet_member_id, a.minister_name,
			a.conditional, a.condition, a.quote, a.line_from, a.line_to, a.spoken_by, a.final, a.conflict,
			(select json_group_array(json_object('role', cp.role, 'ministry', cp.ministry))
				from (select cp.role, cp.ministry from cabinet_posts cp
					where cp.person_id = a.cabinet_member_id
						and coalesce(doc.date, m.date) is not null
						and (cp."from" is null or cp."from" <= coalesce(doc.date, m.date))
						and (cp."to" is null or cp."to" > coalesce(doc.date, m.date))
					order by cp."from" desc) cp) as posts
		from appraisals a
		join documents doc on doc.id = a.document_id
		join motions m on m.id = a.motion_id
		where a.motion_id = ${motionId}
		order by coalesce(doc.date, '9999') , a.document_id, a.sequence`);
	return rows.map((r) => ({
		id: r.id as number,
		documentId: r.document_id as number,
		documentTitle: (r.document_title as string | null) ?? null,
		documentKind: r.document_kind as string,
		documentDate: (r.document_date as string | null) ?? null,
		sequence: r.sequence as number,
		verdict: r.verdict as string,
		cabinetMemberId: (r.cabinet_member_id as number | null) ?? null,
		ministerName: (r.minister_name as string | null) ?? null,
		posts: parseJsonArray<CabinetPost>(r.posts),
		conditional: Boolean(r.conditional),
		condition: (r.condition as string | null) ?? null,
		quote: r.quote as string,
		lineFrom: r.line_from as number,
		lineTo: r.line_to as number,
		spokenBy: r.spoken_by as MotionAppraisal['spokenBy'],
		final: Boolean(r.final),
		conflict: Boolean(r.conflict)
	}));
}

export function motionConflicts(db: Db, motionId: string): MotionConflict[] {
	return db.all<MotionConflict>(sql`
		select c.field, c.document_id as documentId, d1.title as documentTitle,
			c.other_document_id as otherDocumentId, d2.title as otherDocumentTitle,
			c.value, c.other_value as otherValue
		from conflicts c
		join documents d1 on d1.id = c.document_id
		join documents d2 on d2.id = c.other_document_id
		where c.motion_id = ${motionId}
		order by c.id`);
}

/** The signatories of some documents, keyed by document id, in the order they signed. */
export function signatoriesOf(db: Db, documentIds: number[]): Map<number, DocumentSignatory[]> {
	const byDocument = new Map<number, DocumentSignatory[]>();
	if (!documentIds.length) return byDocument;
	const rows = db.all<DocumentSignatory & { documentId: number }>(sql`
		select document_id as documentId, position, person_id as personId, name, role, ministry
		from document_signatories
		where document_id in (${sql.join(
			documentIds.map((id) => sql`${id}`),
			sql`, `
		)})
		order by document_id, position`);
	for (const { documentId, ...s } of rows)
		byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), s]);
	return byDocument;
}

/** The documents that cite the motion, each at the line where it does. */
export function motionCitations(db: Db, motionId: string): MotionCitation[] {
	const rows = db.all<Record<string, unknown>>(sql`
		select r.document_id, d.title, d.kind, d.date, d.file_name, r.as_written, r.line, r.sentence,
			r.signers, r.via
		from motion_references r
		join documents d on d.id = r.document_id
		where r.motion_id = ${motionId}
		order by d.date is null, d.date, d.file_name, r.line`);
	const signatories = signatoriesOf(db, [...new Set(rows.map((r) => r.document_id as number))]);
	return rows.map((r) => ({
		documentId: r.document_id as number,
		documentTitle: (r.title as string | null) ?? null,
		documentKind: r.kind as string,
		documentDate: (r.date as string | null) ?? null,
		fileName: r.file_name as string,
		asWritten: r.as_written as string,
		line: r.line as number,
		sentence: r.sentence as string,
		signers: parseJsonArray<string>(r.signers).filter((s) => typeof s === 'string'),
		via: r.via as MotionCitation['via'],
		signatories: signatories.get(r.document_id as number) ?? []
	}));
}

/** Everything the motion page shows, or null for a motion we do not know. */
export function motionPage(db: Db, id: string): MotionPage | null {
	const motion = motionDetail(db, id);
	if (!motion) return null;
	const lists = signerLists(db, id, motion.documentId);
	return {
		motion,
		signers: lists.find((l) => l.current)?.signers ?? [],
		signerLists: lists,
		appraisals: motionAppraisals(db, id),
		conflicts: motionConflicts(db, id),
		citations: motionCitations(db, id),
		registry: registryRecord(db, id),
		aliases: motionAliases(db, id),
		...amendments(db, motion),
		votes: motionVotes(db, id)
	};
}
