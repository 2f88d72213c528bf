// Decisions of the Kamer on motions into the database: the registry's Besluit records (keyed by
// their id, linked to the motion through the decision's Zaak only) and the votes a transcript's
// "Stemmingen" record. Each is weighed against the fractions seated that day (parse/tally.ts); a
// motion's status follows the latest decision that stands.
import { sql } from 'drizzle-orm';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Db } from '../db';
import { DocumentError } from '../../parse/decode';
import type { Registry } from '../../parse/types';
import { readBesluit, type BesluitRecord } from '../../parse/readers/besluit';
import { seatsOn, tallyVote, type Tally, type VoteDraft } from '../../parse/tally';
import { ensureFraction, type DbOrTx } from './registry';

export interface DecisionsReport {
	decisions: number;
	added: number;
	updated: number;
	unchanged: number;
	removed: number;
	/** Decisions whose tally covers every seated fraction and agrees with the outcome. */
	complete: number;
	incomplete: number;
	warnings: { besluit: string; message: string }[];
}

export function emptyDecisionsReport(decisions = 0): DecisionsReport {
	return {
		decisions,
		added: 0,
		updated: 0,
		unchanged: 0,
		removed: 0,
		complete: 0,
		incomplete: 0,
		warnings: []
	};
}

/** The bundled decisions: gzipped JSON lines, one Besluit each. */
export function readDecisions(path: string): BesluitRecord[] {
	const text = gunzipSync(readFileSync(path)).toString('utf8');
	const out: BesluitRecord[] = [];
	let lineNo = 0;
	for (const line of text.split('\n')) {
		lineNo++;
		if (!line.trim()) continue;
		let record: BesluitRecord;
		try {
			record = JSON.parse(line) as BesluitRecord;
		} catch (e) {
			throw new DocumentError(`not a JSON line: ${(e as Error).message}`, path, lineNo);
		}
		if (typeof record?.Id !== 'string')
			throw new DocumentError('a Besluit record without its Id', path, lineNo);
		out.push(record);
	}
	return out;
}

/** Who the seats are counted for: the member registry's fractions on a day, computed once per day. */
export function seatCounter(registry: Registry) {
	const byDay = new Map<string, Map<string, number>>();
	return (date: string | null) => {
		const key = date ?? '';
		let seats = byDay.get(key);
		if (!seats) byDay.set(key, (seats = seatsOn(registry.members, date)));
		return seats;
	};
}

export interface VoteKey {
	source: 'registry' | 'transcript';
	besluitId?: string | null;
	documentId?: number | null;
}

/** Write one decision with its fractions (and members of a roll call). Returns the vote's id. */
export function writeVote(
	tx: DbOrTx,
	motionId: string,
	key: VoteKey,
	draft: VoteDraft,
	tally: Tally
): number {
	const vote = tx.get<{
		id: number;
	}>(sql`insert into votes (motion_id, source, besluit_id, document_id, line, date,
			kind, declared, as_written, requested_by, seats_for, seats_against, complete, warning)
		values (${motionId}, ${key.source}, ${key.besluitId ?? null}, ${key.documentId ?? null}, ${draft.line},
			${draft.date}, ${draft.kind}, ${draft.declared}, ${draft.asWritten}, ${draft.requestedBy},
			${draft.kind === 'none' ? null : tally.seatsFor}, ${draft.kind === 'none' ? null : tally.seatsAgainst},
			${tally.complete ? 1 : 0}, ${tally.warning})
		returning id`)!.id;
	for (const f of tally.fractions) {
		tx.run(sql`insert or ignore into vote_fractions (vote_id, fraction_id, choice, seats, mistake)
			values (${vote}, ${ensureFraction(tx, f.name)}, ${f.choice}, ${f.seats}, ${f.mistake ? 1 : 0})`);
	}
	draft.members.forEach((m, position) => {
		const person = m.personId
			? (tx.get<{ id: number }>(
					sql`select id from people where kamer_person_id = ${m.personId} limit 1`
				)?.id ?? null)
			: (tx.get<{ id: number }>(sql`select id from people where name = ${m.name} limit 1`)?.id ??
				null);
		tx.run(sql`insert into vote_members (vote_id, position, person_id, name, fraction_id, choice)
			values (${vote}, ${position}, ${person}, ${m.name}, ${m.fraction ? ensureFraction(tx, m.fraction) : null}, ${m.choice})`);
	});
	return vote;
}

/**
 * A motion's status from its decisions: the latest that stands (a vote whose tally is complete,
 * or a decision to hold or withdraw it), else open. 'replaced' is read from replaced_by, not here.
 */
export function refreshOutcomes(tx: DbOrTx, motionIds: Iterable<string>): void {
	for (const id of new Set(motionIds)) {
		tx.run(sql`update motions set outcome = coalesce((select v.declared from votes v
				where v.motion_id = ${id} and v.complete = 1
				order by v.date desc nulls last, v.id desc limit 1), 'open')
			where id = ${id} and outcome is not coalesce((select v.declared from votes v
				where v.motion_id = ${id} and v.complete = 1
				order by v.date desc nulls last, v.id desc limit 1), 'open')`);
	}
}

/** What a decision says, to tell a changed record from an unchanged one. */
function summary(motionId: string, draft: VoteDraft, tally: Tally): string {
	return JSON.stringify([
		motionId,
		draft.date,
		draft.kind,
		draft.declared,
		draft.asWritten,
		tally.complete ? 1 : 0,
		tally.warning,
		draft.kind === 'none' ? null : tally.seatsFor,
		draft.kind === 'none' ? null : tally.seatsAgainst,
		tally.fractions.length,
		draft.members.length
	]);
}

const STORED_SUMMARY = (besluitId: string) => sql`select v.id, v.motion_id,
	json_array(v.motion_id, v.date, v.kind, v.declared, v.as_written, v.complete, v.warning, v.seats_for,
		v.seats_against, (select count(*) from vote_fractions f where f.vote_id = v.id),
		(select count(*) from vote_members m where m.vote_id = v.id)) as summary
	from votes v where v.besluit_id = ${besluitId}`;

/**
 * The registry's decisions in one transaction: all or nothing. A decision whose Zaak is not a
 * motion we hold is left out with a warning; one the registry removed (Verwijderd) goes.
 */
export function importDecisions(
	db: Db,
	records: BesluitRecord[],
	registry: Registry,
	options: { inTransaction?: (tx: DbOrTx) => void } = {}
): DecisionsReport {
	const report = emptyDecisionsReport(records.length);
	const seats = seatCounter(registry);
	db.transaction(
		() => {
			const touched = new Set<string>();
			for (const record of records) {
				const warn = (message: string) => report.warnings.push({ besluit: record.Id, message });
				const stored = db.get<{ id: number; motion_id: string; summary: string }>(
					STORED_SUMMARY(record.Id)
				);
				if (record.Verwijderd) {
					if (stored) {
						db.run(sql`delete from votes where id = ${stored.id}`);
						touched.add(stored.motion_id);
						report.removed++;
					}
					continue;
				}
				const read = readBesluit(record);
				if (!read.ok) {
					warn(read.message);
					continue;
				}
				const motion = db.get<{ motion_id: string }>(
					sql`select motion_id from registry_motions where zaak_id = ${read.zaakId}`
				);
				if (!motion) {
					warn(
						`Zaak ${read.zaakNumber ?? read.zaakId} is not a motion in the registry we hold; the decision is left out`
					);
					continue;
				}
				const tally = tallyVote(read.vote, seats(read.vote.date));
				if (tally.complete) report.complete++;
				else report.incomplete++;
				if (stored) {
					if (stored.summary === summary(motion.motion_id, read.vote, tally)) {
						report.unchanged++;
						continue;
					}
					db.run(sql`delete from votes where id = ${stored.id}`);
					touched.add(stored.motion_id);
					report.updated++;
				} else report.added++;
				writeVote(
					db,
					motion.motion_id,
					{ source: 'registry', besluitId: record.Id },
					read.vote,
					tally
				);
				touched.add(motion.motion_id);
			}
			refreshOutcomes(db, touched);
			options.inTransaction?.(db);
		},
		{ behavior: 'immediate' }
	);
	return report;
}
