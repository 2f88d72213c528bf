// A clerk's correction is never undone by an import: where a document says otherwise than a standing
// correction, the correction stays and the difference goes on the review list for a clerk to decide.
import type Database from 'better-sqlite3';
import { prepared } from './registry';

interface CorrectedAppraisal {
	verdict: string;
	ministerName: string | null;
	condition: string | null;
}

/** One open review item, unless the same difference already waits. Returns 1 when one was added. */
function addReviewItem(
	client: Database.Database,
	item: {
		motionId: string;
		correctionId: number;
		documentId: number;
		field: string;
		corrected: string | null;
		imported: string | null;
		now: string;
	}
): number {
	const waiting = prepared(
		client,
		`select 1 from review_items where motion_id = ? and field = ? and status = 'open'
			and correction_id = ? and imported is ?`
	).get(item.motionId, item.field, item.correctionId, item.imported);
	if (waiting) return 0;
	prepared(
		client,
		`insert into review_items (motion_id, correction_id, document_id, field, corrected, imported, created_at)
			values (?, ?, ?, ?, ?, ?, ?)`
	).run(
		item.motionId,
		item.correctionId,
		item.documentId,
		item.field,
		item.corrected,
		item.imported,
		item.now
	);
	return 1;
}

/** The document's appraisal against the clerk's standing one: each field that differs waits for review. */
export function reviewCorrectedAppraisal(
	client: Database.Database,
	args: {
		motionId: string;
		correctionId: number;
		documentId: number;
		now: string;
		corrected: CorrectedAppraisal;
		imported: CorrectedAppraisal;
	}
): number {
	const { corrected, imported } = args;
	const fields: [string, string | null, string | null][] = [
		['verdict', corrected.verdict, imported.verdict],
		['cabinet_member', corrected.ministerName, imported.ministerName],
		['condition', corrected.condition, imported.condition]
	];
	let added = 0;
	for (const [field, mine, theirs] of fields) {
		if ((mine ?? null) === (theirs ?? null)) continue;
		added += addReviewItem(client, {
			motionId: args.motionId,
			correctionId: args.correctionId,
			documentId: args.documentId,
			field,
			corrected: mine,
			imported: theirs,
			now: args.now
		});
	}
	return added;
}

interface SignerCorrection {
	id: number;
	field: 'signer' | 'signer_fraction';
	position: number;
	after: string | null;
	afterId: number | null;
}

/**
 * The signers this document states, for its motions whose signers a clerk corrected: the correction
 * is applied again where the document says otherwise, and the difference waits for review.
 */
export function keepCorrectedSigners(ctx: {
	client: Database.Database;
	documentId: number;
	now: string;
	parsed: { motions: { id: string }[] };
	report: { reviewItems: number };
}): void {
	const { client } = ctx;
	if (!prepared(client, 'select 1 from corrections limit 1').get()) return;
	// The latest correction per motion, field and position; only on the signers the motion shows.
	const latest = prepared(
		client,
		`select c.id, c.field, c.position, c.after, c.after_id as afterId from corrections c
		join motions m on m.id = c.motion_id and m.document_id = ?
		where c.motion_id = ? and c.field in ('signer', 'signer_fraction')
			and c.id = (select max(c2.id) from corrections c2 where c2.motion_id = c.motion_id
				and c2.field = c.field and c2.position = c.position)`
	);
	const current = prepared(
		client,
		`select s.person_id as personId, p.name as person, s.fraction_id as fractionId, f.name as fraction
		from motion_signers s join people p on p.id = s.person_id
		left join fractions f on f.id = s.fraction_id
		where s.motion_id = ? and s.document_id = ? and s.position = ?`
	);
	for (const { id: motionId } of ctx.parsed.motions) {
		const rows = latest.all(ctx.documentId, motionId) as SignerCorrection[];
		for (const c of rows) {
			const now = current.get(motionId, ctx.documentId, c.position) as
				| { personId: number; person: string; fractionId: number | null; fraction: string | null }
				| undefined;
			if (!now || c.afterId === null) continue;
			const signer = c.field === 'signer';
			if ((signer ? now.personId : now.fractionId) === c.afterId) continue;
			prepared(
				client,
				`update motion_signers set ${signer ? 'person_id' : 'fraction_id'} = ?
				where motion_id = ? and document_id = ? and position = ?`
			).run(c.afterId, motionId, ctx.documentId, c.position);
			ctx.report.reviewItems += addReviewItem(client, {
				motionId,
				correctionId: c.id,
				documentId: ctx.documentId,
				field: c.field,
				corrected: c.after,
				imported: signer ? now.person : now.fraction,
				now: ctx.now
			});
		}
	}
}
