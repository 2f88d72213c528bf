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

/** The header row, after the byte-order mark Excel needs to read UTF-8. */
export function csvHeader(): string {
	return '\uFEFF' + stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n' });
}

/** Rows as CSV records, each ending in CRLF: a file is the header and any run of these. */
export function csvRecords(rows: ExportRow[]): string {
	if (!rows.length) return '';
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
	return stringify(records, { record_delimiter: '\r\n' });
}

export function motionsToCsv(rows: ExportRow[]): string {
	return csvHeader() + csvRecords(rows);
}

/** One motion as the JSON export writes it. */
function jsonRecord(r: ExportRow) {
	return {
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
	};
}

/**
 * The JSON export in pieces, so it can be written as rows are read: `open`, then `records` for
 * each run of rows (`first`: no comma before it), then `close`. Together they are exactly the
 * pretty-printed array motionsToJson gives.
 */
export const jsonPieces = {
	open: (empty: boolean) => (empty ? '[]\n' : '[\n'),
	records: (rows: ExportRow[], first: boolean) =>
		(first ? '' : ',\n') +
		rows.map((r) => JSON.stringify(jsonRecord(r), null, 2).replace(/^/gm, '  ')).join(',\n'),
	close: (empty: boolean) => (empty ? '' : '\n]\n')
};

export function motionsToJson(rows: ExportRow[]): string {
	const empty = rows.length === 0;
	return (
		jsonPieces.open(empty) + (empty ? '' : jsonPieces.records(rows, true)) + jsonPieces.close(empty)
	);
}
