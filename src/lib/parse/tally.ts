// A vote as a source states it, weighed against the fractions seated that day: who was for and
// against with how many seats, and whether the tally can stand as a result. Pure: the member
// registry comes in as records; a reader never decides that a cut-short tally is an outcome.
import type { Choice, Decision, VoteKind } from '../outcomes';
import type { MemberRecord } from './types';

/** A fraction's part as the source states it; seats when the source gives them (FractieGrootte). */
export interface StatedFraction {
	name: string;
	choice: Choice;
	seats: number | null;
	mistake: boolean;
}

/** A member's vote in a roll call. */
export interface StatedMember {
	name: string;
	/** The Kamer's Persoon id, when the source gives it. */
	personId: string | null;
	fraction: string | null;
	choice: Choice;
}

/** One decision on one motion, as a source states it (registry Besluit or transcript text). */
export interface VoteDraft {
	/** 1-based line of the display text (transcripts); null for a registry record. */
	line: number | null;
	date: string | null;
	kind: VoteKind;
	declared: Decision;
	asWritten: string;
	requestedBy: string | null;
	fractions: StatedFraction[];
	/** "de leden van de overige fracties ertegen": what every fraction not named did. */
	others: Choice | null;
	members: StatedMember[];
}

export interface TalliedFraction {
	/** The fraction's name as the member registry writes it (or as stated, if it knows none). */
	name: string;
	choice: Choice;
	seats: number | null;
	mistake: boolean;
}

export interface Tally {
	fractions: TalliedFraction[];
	seatsFor: number | null;
	seatsAgainst: number | null;
	/** Covers every fraction seated that day and agrees with the declared outcome. */
	complete: boolean;
	/** Why not, in Dutch (shown on the motion page). */
	warning: string | null;
}

/** One key per fraction name, so "FvD" is FVD and "GroenLinks-PvdA" is "GroenLinks/PvdA". */
export const fractionKey = (name: string) =>
	name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The fractions seated on a day and their seats, counted from the member registry. A period whose
 * end is the registry's last observation (the 2023–2025 rows end at the last roll call seen) is
 * taken as still running after it.
 */
export function seatsOn(
	members: readonly MemberRecord[],
	date: string | null
): Map<string, number> {
	const seats = new Map<string, number>();
	if (!date) return seats;
	let lastSeen = '';
	for (const m of members) if (m.to && m.to > lastSeen) lastSeen = m.to;
	for (const m of members) {
		if (m.from && m.from > date) continue;
		if (m.to && m.to < date && m.to !== lastSeen) continue;
		seats.set(m.fraction, (seats.get(m.fraction) ?? 0) + 1);
	}
	return seats;
}

const DECLARED_LABEL: Record<Decision, string> = {
	adopted: 'aangenomen',
	rejected: 'verworpen',
	tied: 'gestaakt',
	held: 'aangehouden',
	withdrawn: 'ingetrokken'
};

/** What the seats decide: more for than against adopts; as many is a tie. */
export function outcomeOfSeats(seatsFor: number, seatsAgainst: number): Decision {
	return seatsFor > seatsAgainst ? 'adopted' : seatsFor < seatsAgainst ? 'rejected' : 'tied';
}

/** Weigh a stated vote against the fractions seated that day (name → seats). */
export function tallyVote(vote: VoteDraft, seated: ReadonlyMap<string, number>): Tally {
	if (vote.kind === 'none') {
		return { fractions: [], seatsFor: null, seatsAgainst: null, complete: true, warning: null };
	}
	const byKey = new Map([...seated].map(([name, seats]) => [fractionKey(name), { name, seats }]));
	const problems: string[] = [];
	if (!seated.size)
		problems.push(`het ledenregister kent op ${vote.date ?? 'een onbekende datum'} geen fracties`);
	const fractions: TalliedFraction[] = [];
	const named = new Set<string>();
	const add = (f: StatedFraction) => {
		const key = fractionKey(f.name);
		if (named.has(key)) return;
		named.add(key);
		const known = byKey.get(key);
		if (!known && f.seats === null)
			problems.push(`fractie ${f.name} zat volgens het ledenregister die dag niet in de Kamer`);
		fractions.push({
			name: known?.name ?? f.name,
			choice: f.choice,
			seats: f.seats ?? known?.seats ?? null,
			mistake: f.mistake
		});
	};

	if (vote.kind === 'unanimous') {
		for (const [name, seats] of seated) add({ name, choice: 'for', seats, mistake: false });
	} else if (vote.kind === 'hands') {
		for (const f of vote.fractions) add(f);
		if (vote.others) {
			for (const [name, seats] of seated)
				if (!named.has(fractionKey(name)))
					add({ name, choice: vote.others, seats, mistake: false });
		}
	} else {
		// A roll call: each fraction by its members; the seats for and against are members' votes.
		const perFraction = new Map<
			string,
			{ name: string; for: number; against: number; n: number; seats: number | null }
		>();
		for (const m of vote.members) {
			const name = m.fraction ?? '?';
			const key = fractionKey(name);
			const entry = perFraction.get(key) ?? { name, for: 0, against: 0, n: 0, seats: null };
			entry.n++;
			if (m.choice === 'for') entry.for++;
			if (m.choice === 'against') entry.against++;
			perFraction.set(key, entry);
		}
		for (const f of vote.fractions) {
			const entry = perFraction.get(fractionKey(f.name));
			if (entry && f.seats !== null) entry.seats = f.seats;
		}
		for (const e of perFraction.values()) {
			add({
				name: e.name,
				choice: e.for >= e.against ? (e.for ? 'for' : 'absent') : 'against',
				seats: e.seats ?? byKey.get(fractionKey(e.name))?.seats ?? null,
				mistake: false
			});
		}
		const expected = fractions.reduce((n, f) => n + (f.seats ?? 0), 0);
		if (vote.members.length < expected)
			problems.push(
				`de hoofdelijke stemming telt ${vote.members.length} van de ${expected} leden van deze fracties`
			);
	}

	const missing = [...seated.keys()].filter((name) => !named.has(fractionKey(name)));
	if (missing.length && seated.size)
		problems.push(
			`de telling noemt ${missing.length} van de ${seated.size} fracties niet (${missing.join(', ')})`
		);

	let seatsFor: number;
	let seatsAgainst: number;
	if (vote.kind === 'roll-call') {
		seatsFor = vote.members.filter((m) => m.choice === 'for').length;
		seatsAgainst = vote.members.filter((m) => m.choice === 'against').length;
	} else {
		seatsFor = fractions.filter((f) => f.choice === 'for').reduce((n, f) => n + (f.seats ?? 0), 0);
		seatsAgainst = fractions
			.filter((f) => f.choice === 'against')
			.reduce((n, f) => n + (f.seats ?? 0), 0);
	}
	if (!problems.length && ['adopted', 'rejected', 'tied'].includes(vote.declared)) {
		const bySeats = outcomeOfSeats(seatsFor, seatsAgainst);
		if (bySeats !== vote.declared)
			problems.push(
				`de zetels (${seatsFor} voor, ${seatsAgainst} tegen) spreken de uitkomst '${DECLARED_LABEL[vote.declared]}' tegen`
			);
	}
	return {
		fractions,
		seatsFor,
		seatsAgainst,
		complete: problems.length === 0,
		warning: problems.length ? `Onvolledig: ${problems.join('; ')}.` : null
	};
}
