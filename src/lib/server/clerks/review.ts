// A clerk decides what waits: a document that says otherwise than a correction (accept the
// document's word, or keep the correction), and two documents that disagree (pick one). Always
// with a reason, on record.
import type { Db } from '../db';
import { recordAudit } from './audit';

export class ReviewError extends Error {}

function needReason(reason: string): string {
	const r = reason.trim();
	if (r.length < 3) throw new ReviewError('Geef een reden voor uw keuze.');
	return r;
}

/** The motion's final appraisal becomes this statement (a settled conflict no longer). */
function makeFinal(db: Db, motionId: string, appraisalId: number): void {
	const client = db.$client;
	client.prepare('update appraisals set final = 0 where motion_id = ? and final = 1').run(motionId);
	client.prepare('update appraisals set final = 1, conflict = 0 where id = ?').run(appraisalId);
}

/**
 * accept: the document's statement stands from now on (its appraisal becomes final, or its signer
 * comes back); reject: the correction stays.
 */
export function decideReviewItem(
	db: Db,
	userId: number,
	itemId: number,
	decision: 'accept' | 'reject',
	reasonText: string,
	now: Date = new Date()
): void {
	const reason = needReason(reasonText);
	const client = db.$client;
	const at = now.toISOString();
	client.transaction(() => {
		const item = client.prepare(`select * from review_items where id = ?`).get(itemId) as
			| {
					id: number;
					motion_id: string;
					document_id: number | null;
					field: string;
					corrected: string | null;
					imported: string | null;
					status: string;
			  }
			| undefined;
		if (!item) throw new ReviewError('Dit punt bestaat niet (meer).');
		if (item.status !== 'open') throw new ReviewError('Over dit punt is al beslist.');
		if (decision === 'accept') {
			if (['verdict', 'cabinet_member', 'condition'].includes(item.field)) {
				// The latest statement of the document (or of its current version) stands again.
				const statement = client
					.prepare(
						`select a.id from appraisals a join documents d on d.id = a.document_id
						where a.motion_id = ? and a.correction_id is null
						order by (a.document_id = ?) desc, d.current desc, a.document_id desc, a.sequence desc limit 1`
					)
					.get(item.motion_id, item.document_id ?? -1) as { id: number } | undefined;
				if (statement) makeFinal(db, item.motion_id, statement.id);
				// The other fields of the same correction are settled with it.
				client
					.prepare(
						`update review_items set status = 'accepted', decided_by = ?, decided_at = ?, reason = ?
						where motion_id = ? and status = 'open' and field in ('verdict', 'cabinet_member', 'condition')`
					)
					.run(userId, at, reason, item.motion_id);
			} else {
				const motion = client
					.prepare(
						`select m.document_id as documentId, c.position from review_items r
						join corrections c on c.id = r.correction_id join motions m on m.id = r.motion_id where r.id = ?`
					)
					.get(item.id) as { documentId: number; position: number };
				const column = item.field === 'signer' ? 'person_id' : 'fraction_id';
				const table = item.field === 'signer' ? 'people' : 'fractions';
				const target = client
					.prepare(`select id from ${table} where name = ? order by id limit 1`)
					.get(item.imported) as { id: number } | undefined;
				if (target)
					client
						.prepare(
							`update motion_signers set ${column} = ? where motion_id = ? and document_id = ? and position = ?`
						)
						.run(target.id, item.motion_id, motion.documentId, motion.position);
			}
		}
		client
			.prepare(
				`update review_items set status = ?, decided_by = ?, decided_at = ?, reason = ? where id = ? and status = 'open'`
			)
			.run(decision === 'accept' ? 'accepted' : 'rejected', userId, at, reason, item.id);
		recordAudit(client, {
			userId,
			action: 'review',
			motionId: item.motion_id,
			documentId: item.document_id,
			at,
			summary: `${decision === 'accept' ? 'Document gevolgd' : 'Correctie behouden'} voor ${item.motion_id} (${item.field}): document zegt ${item.imported ?? '—'}, correctie ${item.corrected ?? '—'}. Reden: ${reason}`
		});
	})();
}

/** Pick one of two documents that disagree about a motion: its verdict then stands. */
export function settleConflict(
	db: Db,
	userId: number,
	conflictId: number,
	chosenDocumentId: number,
	reasonText: string,
	now: Date = new Date()
): void {
	const reason = needReason(reasonText);
	const client = db.$client;
	const at = now.toISOString();
	client.transaction(() => {
		const c = client.prepare('select * from conflicts where id = ?').get(conflictId) as
			| {
					motion_id: string;
					field: string;
					document_id: number;
					other_document_id: number;
					value: string;
					other_value: string;
			  }
			| undefined;
		if (!c) throw new ReviewError('Dit conflict bestaat niet (meer).');
		if (chosenDocumentId !== c.document_id && chosenDocumentId !== c.other_document_id)
			throw new ReviewError('Kies een van de twee documenten.');
		const chosenValue = chosenDocumentId === c.document_id ? c.value : c.other_value;
		if (c.field === 'verdict') {
			const clerk = client
				.prepare(
					'select 1 from appraisals where motion_id = ? and final = 1 and correction_id is not null'
				)
				.get(c.motion_id);
			// A clerk's correction stands over both documents; the choice is recorded all the same.
			if (!clerk) {
				const statement = client
					.prepare(
						'select id from appraisals where motion_id = ? and document_id = ? order by sequence desc limit 1'
					)
					.get(c.motion_id, chosenDocumentId) as { id: number } | undefined;
				if (statement) makeFinal(db, c.motion_id, statement.id);
			}
		}
		client
			.prepare(
				`insert into conflict_settlements (motion_id, field, document_id, other_document_id, chosen_document_id,
					chosen_value, reason, user_id, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				c.motion_id,
				c.field,
				c.document_id,
				c.other_document_id,
				chosenDocumentId,
				chosenValue,
				reason,
				userId,
				at
			);
		recordAudit(client, {
			userId,
			action: 'settlement',
			motionId: c.motion_id,
			documentId: chosenDocumentId,
			at,
			summary: `Conflict over ${c.field === 'verdict' ? 'het oordeel' : 'de indieners'} van ${c.motion_id} beslecht: document ${chosenDocumentId} (${chosenValue}). Reden: ${reason}`
		});
	})();
}
