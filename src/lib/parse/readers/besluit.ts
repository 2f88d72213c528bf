// The Kamer's open-data vote decisions (Besluit with its Stemming rows, in the API's own shape),
// read into the one vote model. The motion decided is the decision's Zaak, and nothing else: an
// agenda item listing several motions says nothing about which one a decision is about. Pure.
import type { Choice } from '../../outcomes';
import type { StatedFraction, StatedMember, VoteDraft } from '../tally';
import { REGISTRY_CHOICES, REGISTRY_DECISIONS, REGISTRY_VOTE_KINDS } from '../vocabulary';
import { dayOf } from './zaak';

export interface StemmingRecord {
	Id: string;
	Soort: string | null;
	FractieGrootte?: number | null;
	ActorNaam?: string | null;
	ActorFractie?: string | null;
	Vergissing?: boolean | null;
	Persoon_Id?: string | null;
	Verwijderd?: boolean | null;
}

/** A Besluit as the API gives it, with its agenda item's Zaak and its Stemming rows. */
export interface BesluitRecord {
	Id: string;
	StemmingsSoort: string | null;
	BesluitSoort: string | null;
	BesluitTekst?: string | null;
	GewijzigdOp?: string | null;
	ApiGewijzigdOp?: string | null;
	Verwijderd?: boolean | null;
	/** The decision's own Zaak (the live API), or the agenda item's when it holds exactly one. */
	Zaak?: { Id: string; Nummer?: string | null; Soort?: string | null }[] | null;
	Agendapunt?: {
		Zaak?: { Id: string; Nummer?: string | null; Soort?: string | null }[] | null;
	} | null;
	Stemming?: StemmingRecord[] | null;
}

export type BesluitReading =
	| { ok: true; besluitId: string; zaakId: string; zaakNumber: string | null; vote: VoteDraft }
	| { ok: false; besluitId: string; message: string };

/** The one motion Zaak the decision is about, or why there is none to be sure of. */
function zaakOf(b: BesluitRecord): { Id: string; Nummer: string | null } | string {
	const own = (b.Zaak ?? []).filter((z) => z.Soort == null || z.Soort === 'Motie');
	if (own.length === 1) return { Id: own[0]!.Id, Nummer: own[0]!.Nummer ?? null };
	const listed = b.Agendapunt?.Zaak ?? [];
	if (!own.length && listed.length === 1 && listed[0]!.Soort === 'Motie')
		return { Id: listed[0]!.Id, Nummer: listed[0]!.Nummer ?? null };
	if (!own.length && !listed.length) return 'names no Zaak';
	return `names ${own.length || listed.length} Zaken; which motion it decides is not certain`;
}

/** One decision into the vote model; a decision on no single motion, or of an unknown kind, is refused with the reason. */
export function readBesluit(b: BesluitRecord): BesluitReading {
	const zaak = zaakOf(b);
	if (typeof zaak === 'string') return { ok: false, besluitId: b.Id, message: `Besluit ${zaak}` };
	const declared = REGISTRY_DECISIONS[b.BesluitSoort ?? ''];
	if (!declared)
		return {
			ok: false,
			besluitId: b.Id,
			message: `BesluitSoort '${b.BesluitSoort}' is not a decision on a motion`
		};
	const rows = (b.Stemming ?? []).filter((s) => !s.Verwijderd);
	const kind =
		declared === 'held' || declared === 'withdrawn'
			? 'none'
			: (REGISTRY_VOTE_KINDS[b.StemmingsSoort ?? ''] ??
				(rows.some((r) => r.Persoon_Id) ? 'roll-call' : 'hands'));
	const choice = (s: StemmingRecord): Choice => REGISTRY_CHOICES[s.Soort ?? ''] ?? 'absent';
	const fractions: StatedFraction[] = [];
	const members: StatedMember[] = [];
	const seen = new Set<string>();
	for (const s of rows) {
		const fraction = s.ActorFractie ?? (s.Persoon_Id ? null : (s.ActorNaam ?? null));
		if (kind === 'roll-call') {
			members.push({
				name: s.ActorNaam ?? '?',
				personId: s.Persoon_Id ?? null,
				fraction,
				choice: choice(s)
			});
		}
		// In a roll call each member's row carries the fraction's size: one entry per fraction.
		if (fraction && !seen.has(fraction)) {
			seen.add(fraction);
			fractions.push({
				name: fraction,
				choice: choice(s),
				seats: s.FractieGrootte ?? null,
				mistake: !!s.Vergissing
			});
		}
	}
	return {
		ok: true,
		besluitId: b.Id,
		zaakId: zaak.Id,
		zaakNumber: zaak.Nummer,
		vote: {
			line: null,
			// The Besluit carries no date of its own; the day it was recorded is the day of the vote.
			date: dayOf(b.GewijzigdOp),
			kind,
			declared,
			asWritten: b.BesluitTekst?.trim() || (b.BesluitSoort ?? ''),
			requestedBy: null,
			fractions,
			others: null,
			members
		}
	};
}
