// Motions as CSV (UTF-8 with BOM), JSON and, for Dutch Excel, CSV with semicolons and Dutch
// dates: the same rows for the CLI and the web downloads (export-xlsx.ts writes the .xlsx).
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './queries/motions';
import { verdictLabel } from '../verdicts';
import { outcomeLabel } from '../outcomes';
import type { DataTable } from '../chart-tables';

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
	'bewindspersoon',
	'uitkomst',
	'uitkomst_code'
] as const;

/** A cell Excel would run as a formula ("=", "+", "-", "@" first) is kept as text. */
function cell(value: string | number): string | number {
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * How a CSV is written: the comma CSV with ISO dates (for programs), or the one Dutch Excel opens
 * in columns (it expects semicolons) with dates it reads as dates (dd-mm-jjjj).
 */
export interface CsvFlavour {
	delimiter: ',' | ';';
	date: (iso: string) => string;
}

export const CSV: CsvFlavour = { delimiter: ',', date: (iso) => iso };
export const CSV_EXCEL_NL: CsvFlavour = { delimiter: ';', date: dutchNumericDate };

/** "2025-09-11" → "11-09-2025"; anything else as it is. */
export function dutchNumericDate(iso: string): string {
	const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
	return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** The header row, after the byte-order mark Excel needs to read UTF-8. */
export function csvHeader(flavour: CsvFlavour = CSV): string {
	return (
		'\uFEFF' +
		stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n', delimiter: flavour.delimiter })
	);
}

/** One motion's cells in the order of CSV_COLUMNS (dates ISO), for every tabular export. */
export function exportCells(r: ExportRow): (string | number)[] {
	return [
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
		r.minister ?? '',
		outcomeLabel(r.outcome),
		r.outcome ?? 'open'
	];
}

const DATE_COLUMN = CSV_COLUMNS.indexOf('datum');

/** Rows as CSV records, each ending in CRLF: a file is the header and any run of these. */
export function csvRecords(rows: ExportRow[], flavour: CsvFlavour = CSV): string {
	if (!rows.length) return '';
	const records = rows.map((r) =>
		exportCells(r).map((v, i) => cell(i === DATE_COLUMN && v ? flavour.date(String(v)) : v))
	);
	return stringify(records, { record_delimiter: '\r\n', delimiter: flavour.delimiter });
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
		citations: r.citations,
		outcome: r.outcome ?? 'open'
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

/** A small table (the one behind a chart) as CSV, by default the one Dutch Excel opens in columns. */
export function tableCsv(table: DataTable, flavour: CsvFlavour = CSV_EXCEL_NL): string {
	const records = [
		table.columns.map((c) => c.header),
		...table.rows.map((row) =>
			row.map((v, i) =>
				v === null ? '' : table.columns[i]?.type === 'date' ? flavour.date(String(v)) : cell(v)
			)
		)
	];
	return '\uFEFF' + stringify(records, { record_delimiter: '\r\n', delimiter: flavour.delimiter });
}
