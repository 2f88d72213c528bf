// The list's Excel downloads, clicked from the page and read back with a real xlsx reader and a CSV
// parser: exactly the motions the filtered page shows, in its order, Dutch characters intact.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

const FILTERED = '/moties?dossier=36045&from=2025-09-11&to=2025-09-11';

const pageIds = (page: Page) =>
	page
		.locator('table.motions tbody tr[data-motion]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-motion')));

async function download(page: Page, name: string): Promise<Buffer> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click()
	]);
	return readFileSync((await file.path())!);
}

test('the .xlsx and the CSV for Excel hold exactly the motions of the filtered page', async ({
	page
}) => {
	await page.goto(FILTERED);
	const ids = await pageIds(page);
	expect(ids.length).toBeGreaterThan(5);
	expect(Number(await page.locator('.count').getAttribute('data-total'))).toBe(ids.length);

	const book = new ExcelJS.Workbook();
	await book.xlsx.load(new Uint8Array(await download(page, 'Excel (.xlsx)')).buffer);
	const sheet = book.getWorksheet('Moties')!;
	const xlsxIds: unknown[] = [];
	sheet.eachRow((row, n) => {
		if (n > 1) xlsxIds.push(row.getCell(1).value);
	});
	expect(xlsxIds).toEqual(ids);
	const date = sheet.getRow(2).getCell(5).value;
	expect(date).toBeInstanceOf(Date);
	expect((date as Date).toISOString().slice(0, 10)).toBe('2025-09-11');

	const csvBytes = await download(page, 'CSV voor Excel');
	expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = parse(csvBytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
	expect(csv.slice(1).map((r) => r[0])).toEqual(ids);
	expect(csv.slice(1).every((r) => r[4] === '11-09-2025')).toBe(true);
	const signers = csv.map((r) => r[10]).join(' ');
	const names = (await page.locator('table.motions tbody').innerText()).match(
		/Yeşilgöz|Timmermans/
	);
	expect(names).not.toBeNull();
	expect(signers).toContain(names![0]);
});
