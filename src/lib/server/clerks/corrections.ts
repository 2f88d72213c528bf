// A clerk corrects what was read about a motion. The correction is a statement of its own (who,
// when, before, after, why); the reader's statement stays beside it. A correction of the verdict,
// the cabinet member or the condition stands as the motion's appraisal (a 'clerk' appraisals row,
// final), so every chart and list counts it; a signer or a signer's fraction is set on the signer
// the motion shows, and an import that says otherwise puts the difference on the review list.
import type { Db } from '../db';
import type { CorrectionField } from '../db/schema';
import { isVerdict, VERDICT_LABELS, type Verdict } from '../../verdicts';
import { recordAudit } from './audit';
import { CORRECTION_FIELD_LABELS } from '../../correction-fields';

export class CorrectionError extends Error {}

export interface CorrectionInput {
	motionId: string;
	field: CorrectionField;
	/** The signer's place (0 = first), for signer and signer_fraction. */
	position?: number | null;
	/** The new value: a verdict id, a name, a fraction, a condition ('' for none); for 'reading' what is wrong. */
	value: string;
	reason: string;
}

/** Every field a correction can name has its label (checked by the type). */
export const FIELD_LABELS: Record<CorrectionField, string> = CORRECTION_FIELD_LABELS;

interface Standing {
	id: number;
	verdict: Verdict;
	cabinet_member_id: number | null;
	minister_name: string | null;
	conditional: number;
	condition: string | null;
	quote: string;
	line_from: number;
	line_to: number;
}

export function applyCorrection(
	db: Db,
	userId: number,
	input: CorrectionInput,
	now: Date = new Date()
): { id: number } {
	const client = db.$client;
	const reason = input.reason.trim();
	if (reason.length < 3)
		throw new CorrectionError('Geef een reden voor de correctie (minstens een paar woorden).');
	const value = input.value.trim();
	const at = now.toISOString();
	return client.transaction(() => {
		const motion = client
			.prepare('select id, document_id as documentId from motions where id = ?')
			.get(input.motionId) as { id: string; documentId: number | null } | undefined;
		if (!motion) throw new CorrectionError(`Motie ${input.motionId} bestaat niet.`);
		const insert = (before: string | null, after: string | null, afterId: number | null) =>
			Number(
				client
					.prepare(
						`insert into corrections (motion_id, field, position, before, after, after_id, reason, user_id, created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)`
					)
					.run(
						motion.id,
						input.field,
						input.position ?? null,
						before,
						after,
						afterId,
						reason,
						userId,
						at
					).lastInsertRowid
			);
		const audit = (id: number, before: string | null, after: string | null) =>
			recordAudit(client, {
				userId,
				action: 'correction',
				motionId: motion.id,
				documentId: motion.documentId,
				at,
				summary: `Correctie ${id} van ${motion.id}, ${FIELD_LABELS[input.field]}${
					input.position != null ? ` (indiener ${input.position + 1})` : ''
				}: ${before ?? '—'} → ${after ?? '—'}. Reden: ${reason}`
			});

		if (
			input.field === 'verdict' ||
			input.field === 'cabinet_member' ||
			input.field === 'condition'
		) {
			const standing = client
				.prepare('select * from appraisals where motion_id = ? and final = 1')
				.get(motion.id) as Standing | undefined;
			const registry = client
				.prepare('select verdict from registry_motions where motion_id = ?')
				.get(motion.id) as { verdict: Verdict | null } | undefined;
			let verdict = standing?.verdict ?? registry?.verdict ?? null;
			let memberId = standing?.cabinet_member_id ?? null;
			let minister = standing?.minister_name ?? null;
			let condition = standing?.condition ?? null;
			let before: string | null;
			let after: string | null;
			let afterId: number | null = null;
			if (input.field === 'verdict') {
				if (!isVerdict(value))
					throw new CorrectionError(`Kies een oordeel uit de lijst (niet "${value}").`);
				before = verdict;
				after = verdict = value;
			} else if (input.field === 'cabinet_member') {
				if (!value) throw new CorrectionError('Vul de naam van de bewindspersoon in.');
				const person = client
					.prepare(
						`select p.id, p.name from people p where p.name = ? collate nocase
						and exists (select 1 from cabinet_posts c where c.person_id = p.id) order by p.id limit 1`
					)
					.get(value) as { id: number; name: string } | undefined;
				before = minister;
				minister = person?.name ?? value;
				memberId = afterId = person?.id ?? null;
				after = minister;
			} else {
				before = condition;
				condition = value || null;
				after = condition;
			}
			if (!verdict)
				throw new CorrectionError(
					'Deze motie heeft nog geen oordeel: corrigeer eerst het oordeel, dan de bewindspersoon of voorwaarde.'
				);
			if ((before ?? null) === (after ?? null))
				throw new CorrectionError(
					'De nieuwe waarde is gelijk aan de huidige: er is niets te corrigeren.'
				);
			const id = insert(before, after, afterId);
			client
				.prepare('update appraisals set final = 0 where motion_id = ? and final = 1')
				.run(motion.id);
			client
				.prepare(
					`insert into appraisals (motion_id, document_id, sequence, verdict, cabinet_member_id, minister_name,
						conditional, condition, quote, line_from, line_to, spoken_by, final, conflict, correction_id)
					values (?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'clerk', 1, 0, ?)`
				)
				.run(
					motion.id,
					id,
					verdict,
					memberId,
					minister,
					condition ? 1 : 0,
					condition,
					standing?.quote ?? '',
					standing?.line_from ?? 0,
					standing?.line_to ?? 0,
					id
				);
			audit(id, before, after);
			return { id };
		}

		if (input.field === 'signer' || input.field === 'signer_fraction') {
			const position = input.position ?? 0;
			if (motion.documentId === null)
				throw new CorrectionError('Van deze motie zijn geen indieners gelezen.');
			const signer = client
				.prepare(
					`select s.person_id as personId, p.name as person, f.name as fraction from motion_signers s
					join people p on p.id = s.person_id left join fractions f on f.id = s.fraction_id
					where s.motion_id = ? and s.document_id = ? and s.position = ?`
				)
				.get(motion.id, motion.documentId, position) as
				{ personId: number; person: string; fraction: string | null } | undefined;
			if (!signer)
				throw new CorrectionError(`Deze motie heeft geen indiener nummer ${position + 1}.`);
			if (input.field === 'signer') {
				const people = client
					.prepare('select id, name from people where name = ? collate nocase order by id')
					.all(value) as { id: number; name: string }[];
				if (people.length !== 1)
					throw new CorrectionError(
						people.length
							? `Er zijn ${people.length} personen met de naam "${value}".`
							: `Geen Kamerlid met de naam "${value}" gevonden.`
					);
				const person = people[0]!;
				if (person.id === signer.personId)
					throw new CorrectionError('Dat is de indiener al: er is niets te corrigeren.');
				const id = insert(signer.person, person.name, person.id);
				client
					.prepare(
						'update motion_signers set person_id = ? where motion_id = ? and document_id = ? and position = ?'
					)
					.run(person.id, motion.id, motion.documentId, position);
				audit(id, signer.person, person.name);
				return { id };
			}
			const fraction = client
				.prepare(
					'select id, name from fractions where name = ? collate nocase or abbreviation = ? collate nocase'
				)
				.get(value, value) as { id: number; name: string } | undefined;
			if (!fraction) throw new CorrectionError(`Geen fractie met de naam "${value}" gevonden.`);
			if (fraction.name === signer.fraction)
				throw new CorrectionError('Dat is de fractie al: er is niets te corrigeren.');
			const id = insert(signer.fraction, fraction.name, fraction.id);
			client
				.prepare(
					'update motion_signers set fraction_id = ? where motion_id = ? and document_id = ? and position = ?'
				)
				.run(fraction.id, motion.id, motion.documentId, position);
			audit(id, signer.fraction, fraction.name);
			return { id };
		}

		// A reading marked wrong: on record and shown with the motion, for a clerk to put right.
		if (!value) throw new CorrectionError('Beschrijf wat er verkeerd gelezen is.');
		const id = insert(null, value, null);
		audit(id, null, value);
		return { id };
	})();
}

export { VERDICT_LABELS };
