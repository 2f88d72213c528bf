// Fractions' display colours and short names, used by every chart and badge.

const KNOWN: Record<string, { abbreviation: string; colour: string }> = {
	PVV: { abbreviation: 'PVV', colour: '#0B2A5B' },
	'GroenLinks-PvdA': { abbreviation: 'GL-PvdA', colour: '#B5124B' },
	VVD: { abbreviation: 'VVD', colour: '#1F4E9B' },
	NSC: { abbreviation: 'NSC', colour: '#1E7B8C' },
	D66: { abbreviation: 'D66', colour: '#00A542' },
	BBB: { abbreviation: 'BBB', colour: '#8DB51E' },
	CDA: { abbreviation: 'CDA', colour: '#00745A' },
	SP: { abbreviation: 'SP', colour: '#E2001A' },
	DENK: { abbreviation: 'DENK', colour: '#00B7B2' },
	PvdD: { abbreviation: 'PvdD', colour: '#0C5F2B' },
	FVD: { abbreviation: 'FVD', colour: '#7A1A1A' },
	SGP: { abbreviation: 'SGP', colour: '#E36D1E' },
	ChristenUnie: { abbreviation: 'CU', colour: '#00A3E0' },
	Volt: { abbreviation: 'Volt', colour: '#502379' },
	JA21: { abbreviation: 'JA21', colour: '#2D3470' },
	'50PLUS': { abbreviation: '50PLUS', colour: '#92278F' },
	GroenLinks: { abbreviation: 'GL', colour: '#5BA02A' },
	PvdA: { abbreviation: 'PvdA', colour: '#D6001C' }
};

const FALLBACK = ['#6b7280', '#8b5cf6', '#0ea5e9', '#f59e0b', '#10b981', '#ef4444', '#6366f1'];

function hash(s: string): number {
	let h = 0;
	for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
	return h;
}

export function fractionColour(name: string | null | undefined): string {
	if (!name) return '#9ca3af';
	return KNOWN[name]?.colour ?? FALLBACK[hash(name) % FALLBACK.length]!;
}

export function fractionAbbreviation(name: string): string {
	return KNOWN[name]?.abbreviation ?? name;
}

/** The label for a signer whose fraction is not known. */
export const UNKNOWN_FRACTION = 'Onbekend';

/** The page of a fraction, or null for the "unknown" group. */
export function fractionHref(name: string): string | null {
	return name === UNKNOWN_FRACTION ? null : `/fracties/${encodeURIComponent(name)}`;
}
