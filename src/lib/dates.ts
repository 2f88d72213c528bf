// Dates as the project writes them: ISO YYYY-MM-DD, and a real day of the calendar.

export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Dates as a person reads them: in Dutch, "11 september 2025". Pages only; exports, feeds and the
// API keep ISO. Month names by hand so a day never shifts with a time zone.
export const MONTHS: readonly string[] = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];
/** The Taalunie's abbreviations: a full stop except after "mei". */
const SHORT_MONTHS = [
	'jan.',
	'feb.',
	'mrt.',
	'apr.',
	'mei',
	'jun.',
	'jul.',
	'aug.',
	'sep.',
	'okt.',
	'nov.',
	'dec.'
] as const;

function parts(iso: string): [number, number, number] | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? [y, mo, d] : null;
}

/**
 * "2025-09-11" → "11 september 2025" (no leading zero, the month in lower case). Also takes the
 * day of a timestamp ("2025-09-11T…"). Null gives ''; a value that is no date comes back as it is.
 */
export function formatDateNl(iso: string | null | undefined): string {
	if (!iso) return '';
	const p = parts(iso);
	return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

/** "2025-09-11" → "11 sep. 2025": for a narrow column or a chart's axis. */
export function formatDateShortNl(iso: string | null | undefined): string {
	if (!iso) return '';
	const p = parts(iso);
	return p ? `${p[2]} ${SHORT_MONTHS[p[1] - 1]} ${p[0]}` : iso;
}

/** "2025-09" → "september 2025"; "2025" stays "2025". */
export function formatMonthNl(month: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(month);
	const i = m ? Number(m[2]) - 1 : -1;
	return m && i >= 0 && i < 12 ? `${MONTHS[i]} ${m[1]}` : month;
}

const TIME = new Intl.DateTimeFormat('nl-NL', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/**
 * A moment as a person in the Netherlands reads it: "2025-09-11T12:05:00.000Z" →
 * "11 september 2025, 14:05" (Dutch time, summer or winter). Null gives ''; no date, as it is.
 */
export function formatDateTimeNl(iso: string | null | undefined): string {
	if (!iso) return '';
	// A timestamp without a zone ("2025-09-11 12:05:00", SQLite's own) is UTC.
	const at = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso.replace(' ', 'T') + 'Z');
	if (Number.isNaN(at.getTime()) || !/T|\d \d/.test(iso)) return formatDateNl(iso);
	const fields = TIME.formatToParts(at);
	const get = (type: string) => fields.find((p) => p.type === type)?.value ?? '';
	const day = `${get('year')}-${get('month')}-${get('day')}`;
	return `${formatDateNl(day)}, ${get('hour')}:${get('minute')}`;
}
