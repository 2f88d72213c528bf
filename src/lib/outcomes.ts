// The vocabulary of a motion's life after the debate: what a decision of the Kamer says, and the
// status a motion has from it — ids, Dutch labels and colours, one place for parser, database and pages.

/** What one decision on a motion says: voted on (adopted, rejected, tied) or not voted on (held, withdrawn). */
export const DECISIONS = ['adopted', 'rejected', 'tied', 'held', 'withdrawn'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A motion's status: open until a decision stands; replaced once an amended version took its place. */
export const MOTION_OUTCOMES = [
	'open',
	'held',
	'withdrawn',
	'adopted',
	'rejected',
	'tied',
	'replaced'
] as const;
export type MotionOutcome = (typeof MOTION_OUTCOMES)[number];

/** The outcomes of a vote (the columns of the matrix on /advies-en-uitkomst). */
export const VOTE_RESULTS = ['adopted', 'rejected', 'tied'] as const satisfies readonly Decision[];

export const OUTCOME_LABELS: Record<MotionOutcome, string> = {
	open: 'Open',
	held: 'Aangehouden',
	withdrawn: 'Ingetrokken',
	adopted: 'Aangenomen',
	rejected: 'Verworpen',
	tied: 'Stemmen staakten',
	replaced: 'Vervangen'
};

/** Okabe–Ito, like the verdicts: adopted green, rejected vermilion. */
export const OUTCOME_COLOURS: Record<MotionOutcome, string> = {
	open: '#cccccc',
	held: '#56B4E9',
	withdrawn: '#999999',
	adopted: '#009E73',
	rejected: '#D55E00',
	tied: '#E69F00',
	replaced: '#CC79A7'
};

/** How the Kamer voted: a show of hands (per fraction), a roll call (per member), or no vote. */
export const VOTE_KINDS = ['hands', 'roll-call', 'unanimous', 'none'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
	hands: 'handopsteken',
	'roll-call': 'hoofdelijke stemming',
	unanimous: 'met algemene stemmen',
	none: 'geen stemming'
};

/** A fraction's or a member's part in a vote. */
export const CHOICES = ['for', 'against', 'absent'] as const;
export type Choice = (typeof CHOICES)[number];

export const CHOICE_LABELS: Record<Choice, string> = {
	for: 'voor',
	against: 'tegen',
	absent: 'niet deelgenomen'
};

export function isMotionOutcome(value: unknown): value is MotionOutcome {
	return typeof value === 'string' && (MOTION_OUTCOMES as readonly string[]).includes(value);
}

export function outcomeLabel(value: string | null | undefined): string {
	return isMotionOutcome(value) ? OUTCOME_LABELS[value] : OUTCOME_LABELS.open;
}

export function outcomeColour(value: string | null | undefined): string {
	return isMotionOutcome(value) ? OUTCOME_COLOURS[value] : OUTCOME_COLOURS.open;
}

/** verdict (or 'none') → outcome → motions: the matrix of /advies-en-uitkomst. */
export type OutcomeMatrix = Record<string, Record<string, number>>;

/** The sum of a matrix's cells, optionally for one verdict or one outcome. */
export function total(
	m: OutcomeMatrix | undefined,
	verdict: string | null = null,
	outcome: string | null = null
): number {
	let n = 0;
	for (const [v, row] of Object.entries(m ?? {})) {
		if (verdict !== null && v !== verdict) continue;
		for (const [o, c] of Object.entries(row)) if (outcome === null || o === outcome) n += c;
	}
	return n;
}
