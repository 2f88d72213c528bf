// Motions as CSV (UTF-8 with BOM, for Excel) and JSON: the same rows for the CLI and the web download.
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './queries/motions';
import { verdictLabel } from '../verdicts';

export const CSV_COLUMNS = [
	'id',
	'dossier',
	'nummer',
	'onderwerp',
	'datum',
	'debat',
	'status',
	'indiener',
	'fractie_indiener',
	'medeindieners',
	'ondertekenaars',
	'appreciatie',
	'appreciatie_code',
	'voorwaardelijk',
	'voorwaarde',
	'bewindspersoon'
] as const;

/** A cell Excel would run as a formula ("=", "+", "-", "@" first) is kept as text. */
function cell(value: string | number): string | number {
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function motionsToCsv(rows: ExportRow[]): string {
	const records = rows.map((r) =>
		[
			r.id,
			r.dossier,
			r.number,
			r.subject ?? '',
			r.date ?? '',
			r.debate ?? '',
			r.status === 'cited' ? 'alleen geciteerd' : 'ingediend',
			r.firstSigner ?? '',
			r.firstSignerFraction ?? '',
			r.coSigners,
			r.signers.map((s) => `${s.name} (${s.fraction ?? 'onbekend'})`).join('; '),
			r.verdict ? verdictLabel(r.verdict) : '',
			r.verdict ?? '',
			r.conditional ? 'ja' : 'nee',
			r.condition ?? '',
			r.minister ?? ''
		].map(cell)
	);
	return '\uFEFF' + stringify([[...CSV_COLUMNS], ...records], { record_delimiter: '\r\n' });
}

export function motionsToJson(rows: ExportRow[]): string {
	return (
		JSON.stringify(
			rows.map((r) => ({
				id: r.id,
				dossier: r.dossier,
				number: r.number,
				subject: r.subject,
				date: r.date,
				debate: r.debate,
				status: r.status,
				signers: r.signers.map((s) => ({ name: s.name, party: s.fraction })),
				verdict: r.verdict,
				minister: r.minister,
				conditional: r.conditional,
				condition: r.condition,
				citations: r.citations
			})),
			null,
			2
		) + '\n'
	);
}
