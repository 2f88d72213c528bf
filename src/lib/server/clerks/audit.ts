// Every change a clerk makes is written down beside it, in the same transaction.
import type Database from 'better-sqlite3';

export type AuditAction = 'correction' | 'review' | 'settlement';

export function recordAudit(
	client: Database.Database,
	e: {
		userId: number;
		action: AuditAction;
		motionId?: string | null;
		documentId?: number | null;
		summary: string;
		at: string;
	}
): void {
	client
		.prepare(
			'insert into audit_events (at, user_id, action, motion_id, document_id, summary) values (?, ?, ?, ?, ?, ?)'
		)
		.run(e.at, e.userId, e.action, e.motionId ?? null, e.documentId ?? null, e.summary);
}

/** The audit page's filters from its query string: ?persoon=…&motie=…&document=… */
export function auditFilters(params: URLSearchParams) {
	const text = (name: string) => params.get(name)?.trim() || null;
	const document = Number(params.get('document'));
	return {
		person: text('persoon'),
		motion: text('motie'),
		document: Number.isInteger(document) && document > 0 ? document : null
	};
}
