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

/**
 * The registry's own "no verdict" values (Zaak.Kabinetsappreciatie): kinds of absence, kept as
 * such and never counted as a verdict.
 */
export const NO_VERDICT_KINDS = [
	'nog_niet_bekend',
	'nog_te_ontvangen',
	'niet_beschikbaar',
	'geen_appreciatie',
	'leeg'
] as const;

export type NoVerdictKind = (typeof NO_VERDICT_KINDS)[number];

export const NO_VERDICT_KIND_LABELS: Record<NoVerdictKind, string> = {
	nog_niet_bekend: 'Nog niet bekend',
	nog_te_ontvangen: 'Nog te ontvangen',
	niet_beschikbaar: 'Niet beschikbaar',
	geen_appreciatie: 'Geen (expliciete) appreciatie',
	leeg: 'Niet ingevuld'
};

export type RegistryAppraisal =
	{ verdict: Verdict; none: null } | { verdict: null; none: NoVerdictKind };

/** Map the registry's Kabinetsappreciatie to the one vocabulary; null for a value never seen. */
export function registryAppraisal(label: string | null | undefined): RegistryAppraisal | null {
	const t = (label ?? '').trim().toLowerCase();
	if (!t) return { verdict: null, none: 'leeg' };
	const verdicts: Record<string, Verdict> = {
		'oordeel kamer': 'oordeel_kamer',
		ontraden: 'ontraden',
		'ontraden, tenzij gewijzigd': 'ontraden_tenzij_gewijzigd',
		overbodig: 'overbodig',
		ontijdig: 'ontijdig',
		overgenomen: 'overgenomen',
		'verzocht motie aan te houden': 'verzocht_aan_te_houden'
	};
	const verdict = verdicts[t];
	if (verdict) return { verdict, none: null };
	if (t === 'nog niet bekend') return { verdict: null, none: 'nog_niet_bekend' };
	if (t === 'nog te ontvangen') return { verdict: null, none: 'nog_te_ontvangen' };
	if (t.startsWith('niet beschikbaar')) return { verdict: null, none: 'niet_beschikbaar' };
	if (t.startsWith('geen (expliciete) appreciatie') || t === 'geen appreciatie')
		return { verdict: null, none: 'geen_appreciatie' };
	return null;
}
