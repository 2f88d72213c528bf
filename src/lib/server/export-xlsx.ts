// The motion list as a real Excel workbook: a header row, frozen, with filters on every column,
// columns as wide as their contents need, dates typed as dates and numbers as numbers. Written
// with ExcelJS's streaming writer as the rows are read (export-stream.ts), so the whole Kamer's
// list never sits in memory at once.
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { Db } from './db';
import type { ListOptions, MotionFilters } from '../filters';
import { CSV_COLUMNS, exportCells } from './export';
import { motionRuns, RUN } from './export-stream';
import type { DataTable } from '../chart-tables';

/** Widths in characters: enough for the usual value, the rest readable in the cell. */
const WIDTHS: Record<(typeof CSV_COLUMNS)[number], number> = {
	id: 14,
	dossier: 10,
	nummer: 8,
	onderwerp: 60,
	datum: 12,
	debat: 40,
	status: 16,
	indiener: 22,
	fractie_indiener: 16,
	medeindieners: 14,
	ondertekenaars: 50,
	appreciatie: 18,
	appreciatie_code: 18,
	voorwaardelijk: 14,
	voorwaarde: 40,
	bewindspersoon: 22,
	uitkomst: 16,
	uitkomst_code: 12
};

const DATE = CSV_COLUMNS.indexOf('datum');

/** An ISO day as the Date ExcelJS writes as that day (it counts in UTC). */
export function day(iso: string): Date | string {
	const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

export function motionsXlsxStream(
	db: Db,
	f: MotionFilters,
	o: Pick<ListOptions, 'sort' | 'dir'>
): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream: out,
		useStyles: true,
		useSharedStrings: false
	});
	workbook.creator = 'Motiemonitor';
	const sheet = workbook.addWorksheet('Moties', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = CSV_COLUMNS.map((key, i) => ({
		header: key,
		key,
		width: WIDTHS[key],
		style: i === DATE ? { numFmt: 'dd-mm-yyyy' } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_COLUMNS.length } };
	(async () => {
		for (const run of motionRuns(db, f, o, RUN)) {
			for (const r of run) {
				const cells = exportCells(r);
				if (cells[DATE]) cells[DATE] = day(String(cells[DATE])) as never;
				sheet.addRow(cells).commit();
			}
			// Let other requests in between two runs.
			await new Promise((resolve) => setImmediate(resolve));
		}
		sheet.commit();
		await workbook.commit();
	})().catch((e: Error) => out.destroy(e));
	return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/**
 * A small table (the one behind a chart) as a workbook: the same header row, frozen and filtered,
 * widths per column, numbers as numbers and days as dates.
 */
export async function tableXlsx(table: DataTable): Promise<ArrayBuffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Motiemonitor';
	const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.columns = table.columns.map((c, i) => ({
		header: c.header,
		key: `c${i}`,
		width: c.width,
		style: c.type === 'date' ? { numFmt: 'dd-mm-yyyy' } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
	for (const row of table.rows)
		sheet.addRow(
			row.map((v, i) => (table.columns[i]?.type === 'date' && typeof v === 'string' ? day(v) : v))
		);
	// A copy into an ArrayBuffer of its own: what a Response takes.
	return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer as ArrayBuffer;
}
