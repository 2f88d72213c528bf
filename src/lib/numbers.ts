// Numbers as a Dutch reader writes them: 7.937 and 12,5 %. Pages and chart labels only; the API
// and the exports keep plain numbers.
const COUNT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 7937 → "7.937". */
export function formatNumberNl(value: number): string {
	return COUNT.format(value);
}

/** A share as a percentage with at most one decimal: 0.125 → "12,5 %", 1 → "100 %". */
export function formatPercentNl(share: number): string {
	return `${DECIMAL.format(share * 100)} %`;
}
