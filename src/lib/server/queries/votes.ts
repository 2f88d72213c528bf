// The Kamer's decisions on a motion, as the motion page's timeline shows them, and how fractions
// voted: for motions the cabinet advised against, and alike with which other fractions.
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { Choice, Decision, VoteKind } from '../../outcomes';
import { cachedQuery } from '../cache';
import { VERDICT } from './motions';

export interface VoteFraction {
	name: string;
	choice: Choice;
	seats: number | null;
	mistake: boolean;
}

export interface VoteMember {
	personId: number | null;
	name: string;
	fraction: string | null;
	choice: Choice;
}

export interface MotionVote {
	id: number;
	source: 'registry' | 'transcript';
	besluitId: string | null;
	documentId: number | null;
	documentTitle: string | null;
	line: number | null;
	date: string | null;
	kind: VoteKind;
	declared: Decision;
	asWritten: string;
	requestedBy: string | null;
	seatsFor: number | null;
	seatsAgainst: number | null;
	complete: boolean;
	warning: string | null;
	fractions: VoteFraction[];
	members: VoteMember[];
}

/** Every decision on the motion, oldest first, with how each fraction (and member) voted. */
export function motionVotes(db: Db, motionId: string): MotionVote[] {
	const rows = db.all<Record<string, unknown>>(sql`
		select v.id, v.source, v.besluit_id, v.document_id, d.title as document_title, v.line, v.date,
			v.kind, v.declared, v.as_written, v.requested_by, v.seats_for, v.seats_against, v.complete,
			v.warning,
			(select json_group_array(json_object('name', f.name, 'choice', vf.choice, 'seats', vf.seats,
					'mistake', vf.mistake))
				from (select * from vote_fractions where vote_id = v.id order by choice, seats desc) vf
				join fractions f on f.id = vf.fraction_id) as fractions,
			(select json_group_array(json_object('personId', vm.person_id, 'name', vm.name,
					'fraction', f.name, 'choice', vm.choice))
				from (select * from vote_members where vote_id = v.id order by position) vm
				left join fractions f on f.id = vm.fraction_id) as members
		from votes v
		left join documents d on d.id = v.document_id
		where v.motion_id = ${motionId}
		order by v.date is null, v.date, v.id`);
	return rows.map((r) => ({
		id: r.id as number,
		source: r.source as MotionVote['source'],
		besluitId: (r.besluit_id as string | null) ?? null,
		documentId: (r.document_id as number | null) ?? null,
		documentTitle: (r.document_title as string | null) ?? null,
		line: (r.line as number | null) ?? null,
		date: (r.date as string | null) ?? null,
		kind: r.kind as VoteKind,
		declared: r.declared as Decision,
		asWritten: r.as_written as string,
		requestedBy: (r.requested_by as string | null) ?? null,
		seatsFor: (r.seats_for as number | null) ?? null,
		seatsAgainst: (r.seats_against as number | null) ?? null,
		complete: Boolean(r.complete),
		warning: (r.warning as string | null) ?? null,
		fractions: (JSON.parse((r.fractions as string) || '[]') as VoteFraction[]).map((f) => ({
			...f,
			mistake: Boolean(f.mistake)
		})),
		members: JSON.parse((r.members as string) || '[]') as VoteMember[]
	}));
}

export interface FractionVoting {
	/** Complete votes the fraction took part in. */
	votes: number;
	/** Of those on motions the cabinet advised against (ontraden): how many, and how often it voted for. */
	advisedAgainst: number;
	forAdvisedAgainst: number;
	/** The fractions it voted alike with, most often first: in how many of the votes both took part in. */
	alike: { name: string; same: number; together: number }[];
}

/**
 * How a fraction voted in the complete votes: for motions the cabinet advised against, and alike
 * with which fractions. Cached per data version like the other aggregates.
 */
export const fractionVoting = cachedQuery(
	'fractionVoting',
	function fractionVoting(db: Db, fractionId: number): FractionVoting {
		const own = db.get<{ votes: number; advised: number; voted_for: number }>(sql`
			select count(*) as votes,
				coalesce(sum(${VERDICT} = 'ontraden'), 0) as advised,
				coalesce(sum(${VERDICT} = 'ontraden' and vf.choice = 'for'), 0) as voted_for
			from vote_fractions vf
			join votes v on v.id = vf.vote_id and v.complete = 1
			join motions m on m.id = v.motion_id
			left join appraisals a on a.motion_id = m.id and a.final = 1
			left join registry_motions rm on rm.motion_id = m.id
			where vf.fraction_id = ${fractionId} and vf.choice <> 'absent'`);
		const alike = db.all<{ name: string; same: number; together: number }>(sql`
			select f.name, sum(o.choice = mine.choice) as same, count(*) as together
			from vote_fractions mine
			join votes v on v.id = mine.vote_id and v.complete = 1
			join vote_fractions o on o.vote_id = mine.vote_id and o.fraction_id <> mine.fraction_id
				and o.choice <> 'absent'
			join fractions f on f.id = o.fraction_id
			where mine.fraction_id = ${fractionId} and mine.choice <> 'absent'
			group by o.fraction_id
			order by same * 1.0 / count(*) desc, same desc, f.name`);
		return {
			votes: own?.votes ?? 0,
			advisedAgainst: own?.advised ?? 0,
			forAdvisedAgainst: own?.voted_for ?? 0,
			alike
		};
	}
);
