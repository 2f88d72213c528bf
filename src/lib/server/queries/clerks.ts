// What clerks did and what waits for them: a motion's corrections and review items, the review
// list, the conflicts to settle, and the audit log of every change and import.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import type { CorrectionField } from '../db/schema';

export interface CorrectionRow {
	id: number;
	field: CorrectionField;
	position: number | null;
	before: string | null;
	after: string | null;
	reason: string;
	author: string;
	createdAt: string;
}

export interface ReviewRow {
	id: number;
	motionId: string;
	field: CorrectionField;
	corrected: string | null;
	imported: string | null;
	documentId: number | null;
	documentTitle: string | null;
	createdAt: string;
	status: 'open' | 'accepted' | 'rejected';
	decidedBy: string | null;
	decidedAt: string | null;
	reason: string | null;
}

export interface MotionClerkData {
	corrections: CorrectionRow[];
	reviewItems: ReviewRow[];
	/** The standing appraisal is a clerk's correction: its verdict, member and condition. */
	corrected: { verdict: string; ministerName: string | null; condition: string | null } | null;
}

const REVIEW_COLUMNS = sql`r.id, r.motion_id as motionId, r.field, r.corrected, r.imported,
	r.document_id as documentId, d.title as documentTitle, r.created_at as createdAt, r.status,
	u.name as decidedBy, r.decided_at as decidedAt, r.reason`;

export function motionClerkData(db: Db, motionId: string): MotionClerkData {
	const corrections = db.all<CorrectionRow>(sql`
		select c.id, c.field, c.position, c.before, c.after, c.reason, u.name as author, c.created_at as createdAt
		from corrections c join users u on u.id = c.user_id
		where c.motion_id = ${motionId} order by c.id desc`);
	const reviewItems = db.all<ReviewRow>(sql`select ${REVIEW_COLUMNS}
		from review_items r left join documents d on d.id = r.document_id
		left join users u on u.id = r.decided_by
		where r.motion_id = ${motionId} order by r.id desc`);
	const corrected =
		db.get<MotionClerkData['corrected'] & object>(sql`
			select verdict, minister_name as ministerName, condition from appraisals
			where motion_id = ${motionId} and final = 1 and correction_id is not null`) ?? null;
	return { corrections, reviewItems, corrected };
}

export function reviewList(db: Db, status: 'open' | 'decided'): ReviewRow[] {
	return db.all<ReviewRow>(sql`select ${REVIEW_COLUMNS}
		from review_items r left join documents d on d.id = r.document_id
		left join users u on u.id = r.decided_by
		where ${status === 'open' ? sql`r.status = 'open'` : sql`r.status <> 'open'`}
		order by r.id desc limit 500`);
}

export interface ConflictRow {
	id: number;
	motionId: string;
	field: 'signers' | 'verdict';
	documentId: number;
	documentTitle: string | null;
	otherDocumentId: number;
	otherDocumentTitle: string | null;
	value: string;
	otherValue: string;
	settledBy: string | null;
	settledAt: string | null;
	chosenDocumentId: number | null;
	reason: string | null;
}

/** Every conflict the importer recorded, with the latest settlement of the same two documents, if any. */
export function conflictList(db: Db): ConflictRow[] {
	return db.all<ConflictRow>(sql`
		select c.id, c.motion_id as motionId, c.field, c.document_id as documentId, d1.title as documentTitle,
			c.other_document_id as otherDocumentId, d2.title as otherDocumentTitle, c.value, c.other_value as otherValue,
			u.name as settledBy, s.decided_at as settledAt, s.chosen_document_id as chosenDocumentId, s.reason
		from conflicts c
		join documents d1 on d1.id = c.document_id
		join documents d2 on d2.id = c.other_document_id
		left join conflict_settlements s on s.id = (select max(s2.id) from conflict_settlements s2
			where s2.motion_id = c.motion_id and s2.field = c.field
			and s2.document_id = c.document_id and s2.other_document_id = c.other_document_id)
		left join users u on u.id = s.user_id
		order by s.id is not null, c.motion_id, c.id
		limit 1000`);
}

export interface AuditFilters {
	person: string | null;
	motion: string | null;
	document: number | null;
}

export interface AuditRow {
	at: string;
	person: string;
	action: string;
	motionId: string | null;
	documentId: number | null;
	/** The document's title, for the page (the export keeps the id). */
	documentTitle?: string | null;
	summary: string;
}

export const COMMAND_LINE = 'opdrachtregel';

/** Every import (import_runs) and every change a clerk made (audit_events), newest first. */
function auditSource(f: AuditFilters): SQL {
	const conds: SQL[] = [sql`1 = 1`];
	if (f.person) conds.push(sql`person = ${f.person}`);
	if (f.motion) conds.push(sql`motionId = ${f.motion}`);
	if (f.document !== null) conds.push(sql`documentId = ${f.document}`);
	return sql`select * from (
		select r.started_at as at, coalesce(u.name, ${COMMAND_LINE}) as person, 'import' as action,
			null as motionId, r.document_id as documentId,
			'Import van ' || r.file_name || ' (' || r.outcome || '): ' || r.motions_added || ' moties nieuw, '
				|| r.motions_updated || ' gewijzigd, ' || r.conflicts || ' tegenstrijdigheden' as summary
		from import_runs r left join users u on u.id = r.user_id
		union all
		select e.at, u.name, e.action, e.motion_id, e.document_id, e.summary
		from audit_events e join users u on u.id = e.user_id
	) where ${sql.join(conds, sql` and `)}`;
}

export function auditLog(db: Db, f: AuditFilters, limit = 500): AuditRow[] {
	return db.all<AuditRow>(sql`select a.*, d.title as documentTitle from (${auditSource(f)}) a
		left join documents d on d.id = a.documentId order by a.at desc limit ${limit}`);
}

export function auditPeople(db: Db): string[] {
	return db
		.all<{ name: string }>(sql`select name from users order by name`)
		.map((r) => r.name)
		.concat(COMMAND_LINE);
}
