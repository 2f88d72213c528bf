// The exports for Excel: the workbook and the semicolon CSV read back, with a real xlsx reader and
// a CSV parser, to exactly the rows of the list, dates typed as dates, Dutch characters intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { exportMotions, type ExportRow } from '../../src/lib/server/queries/motions';
import { CSV_COLUMNS, CSV_EXCEL_NL } from '../../src/lib/server/export';
import { motionsCsvStream } from '../../src/lib/server/export-stream';
import { motionsXlsxStream } from '../../src/lib/server/export-xlsx';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { DOCUMENTS } from '../helpers/paths';

let t: TempDb;
let rows: ExportRow[];
let sheet: ExcelJS.Worksheet;
let csv: string[][];
const order = { sort: 'id', dir: 'asc' } as const;

beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
	rows = exportMotions(t.db, EMPTY_FILTERS, order);
	const book = new ExcelJS.Workbook();
	const bytes = await new Response(motionsXlsxStream(t.db, EMPTY_FILTERS, order)).arrayBuffer();
	await book.xlsx.load(bytes);
	sheet = book.getWorksheet('Moties')!;
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
		await new Response(motionsCsvStream(t.db, EMPTY_FILTERS, order, 7, CSV_EXCEL_NL)).arrayBuffer()
	);
	expect(text.startsWith('\uFEFF')).toBe(true);
	csv = parse(text, { bom: true, delimiter: ';' }) as string[][];
});
afterAll(() => t.close());

const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name) + 1;

describe('the .xlsx export', () => {
	it('has the header row, frozen, with a filter over every column, and one row per motion', () => {
		expect(rows.length).toBe(23);
		expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...CSV_COLUMNS]);
		expect(sheet.getRow(1).font?.bold).toBe(true);
		expect(sheet.autoFilter).toBeTruthy();
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.rowCount).toBe(rows.length + 1);
		expect(sheet.getColumn(column('onderwerp')).width).toBe(60);
	});

	it('holds each motion with its date as a date and its number as a number', () => {
		rows.forEach((r, i) => {
			const row = sheet.getRow(i + 2);
			expect(row.getCell(column('id')).value).toBe(r.id);
			expect(row.getCell(column('nummer')).value).toBe(r.number);
			const date = row.getCell(column('datum')).value;
			if (r.date) {
				expect(date).toBeInstanceOf(Date);
				expect((date as Date).toISOString().slice(0, 10)).toBe(r.date);
				expect(row.getCell(column('datum')).numFmt).toBe('dd-mm-yyyy');
			}
			expect(row.getCell(column('indiener')).value ?? '').toBe(r.firstSigner ?? '');
			expect(row.getCell(column('bewindspersoon')).value ?? '').toBe(r.minister ?? '');
		});
	});

	it('keeps Dutch characters', () => {
		const signers = rows.map((r) => r.signers.map((s) => s.name).join('; ')).join('; ');
		expect(signers).toMatch(/[ëöïéş]/);
		const cells = rows.map((_, i) =>
			String(sheet.getRow(i + 2).getCell(column('ondertekenaars')).value ?? '')
		);
		expect(cells.join('; ')).toBe(
			rows
				.map((r) => r.signers.map((s) => `${s.name} (${s.fraction ?? 'onbekend'})`).join('; '))
				.join('; ')
		);
	});
});

describe('the CSV for Dutch Excel', () => {
	it('is separated by semicolons and reads back to the same motions', () => {
		expect(csv[0]).toEqual([...CSV_COLUMNS]);
		expect(csv.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
	});

	it('writes dates as dd-mm-jjjj and keeps names with semicolons in one cell', () => {
		rows.forEach((r, i) => {
			const cells = csv[i + 1]!;
			const [y, m, d] = (r.date ?? '--').split('-');
			expect(cells[column('datum') - 1]).toBe(r.date ? `${d}-${m}-${y}` : '');
			expect(cells).toHaveLength(CSV_COLUMNS.length);
			expect(cells[column('ondertekenaars') - 1]).toBe(
				r.signers.map((s) => `${s.name} (${s.fraction ?? 'onbekend'})`).join('; ')
			);
		});
	});
});
