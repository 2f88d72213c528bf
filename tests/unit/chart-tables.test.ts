// The tables behind the charts as downloads: the workbook and the Dutch semicolon CSV read back
// (ExcelJS, a CSV parser) to exactly the counts the charts draw, numbers as numbers, days as dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { chartTable } from '../../src/lib/server/chart-tables';
import { tableXlsx } from '../../src/lib/server/export-xlsx';
import { tableCsv } from '../../src/lib/server/export';
import { verdictsByFraction, verdictsByMinister } from '../../src/lib/server/queries/stats';
import { verdictsOverTime } from '../../src/lib/server/queries/overview';
import { adviceOutcome } from '../../src/lib/server/queries/outcomes';
import { CHART_TABLES, shownVerdicts } from '../../src/lib/chart-tables';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { VERDICT_LABELS } from '../../src/lib/verdicts';
import { total } from '../../src/lib/outcomes';
import { DOCUMENTS } from '../helpers/paths';

let t: TempDb;
beforeAll(async () => {
	// The sample documents alone: one debate day, so the chart over time counts by day.
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
});
afterAll(() => t.close());

async function readXlsx(bytes: ArrayBuffer) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes);
	const sheet = book.worksheets[0]!;
	const rows: unknown[][] = [];
	sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
	return { sheet, rows };
}

const readCsv = (text: string) => {
	expect(text.startsWith('\uFEFF')).toBe(true);
	return parse(text, { bom: true, delimiter: ';' }) as string[][];
};

describe('the table behind a chart', () => {
	it('by fraction: one row per fraction with the counts the chart draws, and the total', async () => {
		const counts = verdictsByFraction(t.db, EMPTY_FILTERS);
		expect(Object.keys(counts).length).toBeGreaterThan(1);
		const table = chartTable(t.db, 'appreciatie-per-fractie', EMPTY_FILTERS);
		const verdicts = shownVerdicts(counts);
		const header = ['Fractie', ...verdicts.map((v) => VERDICT_LABELS[v]), 'Totaal'];
		const expected = Object.entries(counts).map(([name, c]) => [
			name,
			...verdicts.map((v) => c[v] ?? 0),
			Object.values(c).reduce((a, b) => a + b, 0)
		]);

		const { sheet, rows } = await readXlsx(await tableXlsx(table));
		expect(rows[0]).toEqual(header);
		expect(rows.slice(1)).toEqual(expected);
		expect(sheet.getRow(1).font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBeTruthy();
		expect(sheet.getColumn(1).width).toBeGreaterThan(10);

		const csv = readCsv(tableCsv(table));
		expect(csv[0]).toEqual(header);
		expect(csv.slice(1)).toEqual(expected.map((r) => r.map(String)));
	});

	it('by cabinet member: every member with the post, the counts of the transcripts', async () => {
		const counts = verdictsByMinister(t.db, EMPTY_FILTERS);
		const { rows } = await readXlsx(
			await tableXlsx(chartTable(t.db, 'appreciatie-per-bewindspersoon', EMPTY_FILTERS))
		);
		expect(rows[0]!.slice(0, 2)).toEqual(['Bewindspersoon', 'Post']);
		expect(rows.slice(1).map((r) => r[0])).toEqual(Object.keys(counts));
		for (const r of rows.slice(1))
			expect(r.at(-1)).toBe(Object.values(counts[r[0] as string]!).reduce((a, b) => a + b, 0));
		// The posts the overview labels its bars with (the debate's ministers hold one).
		expect(rows.slice(1).some((r) => typeof r[1] === 'string' && r[1].length > 0)).toBe(true);
	});

	it('over time: the debate day typed as a date in the workbook, dd-mm-jjjj in the CSV', async () => {
		const { unit, data } = verdictsOverTime(t.db, EMPTY_FILTERS);
		expect(unit).toBe('day');
		const [day] = Object.keys(data) as [string];
		const table = chartTable(t.db, 'appreciatie-in-de-tijd', EMPTY_FILTERS);
		const { sheet, rows } = await readXlsx(await tableXlsx(table));
		expect(rows[1]![0]).toEqual(new Date(`${day}T00:00:00Z`));
		expect(sheet.getCell('A2').numFmt).toBe('dd-mm-yyyy');
		const [y, m, d] = day.split('-');
		expect(readCsv(tableCsv(table))[1]![0]).toBe(`${d}-${m}-${y}`);
	});

	it('advice and outcome: the matrix, its totals row equal to the motions counted', async () => {
		const figures = adviceOutcome(t.db, EMPTY_FILTERS);
		const { rows } = await readXlsx(
			await tableXlsx(chartTable(t.db, 'advies-en-uitkomst', EMPTY_FILTERS))
		);
		const totals = rows.at(-1)!;
		expect(totals[0]).toBe('Totaal');
		expect(totals.at(-1)).toBe(figures.motions);
		expect(totals.at(-1)).toBe(total(figures.matrix));
		const perFraction = await readXlsx(
			await tableXlsx(chartTable(t.db, 'advies-en-uitkomst-per-fractie', EMPTY_FILTERS))
		);
		expect(perFraction.rows.slice(1).map((r) => [r[0], r[1]])).toEqual(
			Object.entries(figures.byFraction)
				.map(([name, matrix]) => [name, total(matrix)])
				.sort(
					(a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))
				)
		);
	});

	it('every table can be written, both ways', async () => {
		for (const name of CHART_TABLES) {
			const table = chartTable(t.db, name, EMPTY_FILTERS);
			const { rows } = await readXlsx(await tableXlsx(table));
			expect(rows.length).toBe(table.rows.length + 1);
			expect(readCsv(tableCsv(table))).toHaveLength(table.rows.length + 1);
		}
	});
});
