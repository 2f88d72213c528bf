// What a clerk can correct on a motion, as the pages, the audit and the feeds name it.
export const CORRECTION_FIELD_LABELS = {
	verdict: 'oordeel',
	cabinet_member: 'bewindspersoon',
	condition: 'voorwaarde',
	signer: 'indiener',
	signer_fraction: 'fractie van indiener',
	reading: 'lezing onjuist'
} as const;

export function correctionFieldLabel(field: string): string {
	return (CORRECTION_FIELD_LABELS as Record<string, string>)[field] ?? field;
}
