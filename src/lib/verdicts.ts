// The verdict vocabulary: ids, Dutch labels and colours, in one place for parser, database and pages.

export const VERDICTS = [
	'oordeel_kamer',
	'ontraden',
	'overbodig',
	'ontijdig',
	'overgenomen',
	'ontraden_tenzij_gewijzigd',
	'verzocht_aan_te_houden'
] as const;

export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
	oordeel_kamer: 'Oordeel Kamer',
	ontraden: 'Ontraden',
	overbodig: 'Overbodig',
	ontijdig: 'Ontijdig',
	overgenomen: 'Overgenomen',
	ontraden_tenzij_gewijzigd: 'Ontraden, tenzij gewijzigd',
	verzocht_aan_te_houden: 'Verzocht aan te houden'
};

/** Colour-blind-safe palette (Okabe–Ito), so the charts read for everyone. */
export const VERDICT_COLOURS: Record<Verdict, string> = {
	oordeel_kamer: '#009E73',
	ontraden: '#D55E00',
	overbodig: '#999999',
	ontijdig: '#CC79A7',
	overgenomen: '#0072B2',
	ontraden_tenzij_gewijzigd: '#E69F00',
	verzocht_aan_te_houden: '#56B4E9'
};

/** The label and colour for a motion that has no appraisal (yet). */
export const NO_VERDICT_LABEL = 'Geen appreciatie';
export const NO_VERDICT_COLOUR = '#cccccc';

export function isVerdict(value: unknown): value is Verdict {
	return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

export function verdictLabel(value: string | null | undefined): string {
	return isVerdict(value) ? VERDICT_LABELS[value] : NO_VERDICT_LABEL;
}

export function verdictColour(value: string | null | undefined): string {
	return isVerdict(value) ? VERDICT_COLOURS[value] : NO_VERDICT_COLOUR;
}
