// "Nieuw sinds" as a person uses it: the week before the newest change by default, a date to
// choose, counts by kind that are the data's own (checked against the list and the feed), and the
// tables behind the charts downloaded as .xlsx reading back to the numbers on the page.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { parseXml } from '@rgrove/parse-xml';
import { readFileSync } from 'node:fs';
import { children, RFC3339, text } from '../helpers/atom';

const count = async (page: Page, kind: string) =>
	Number(
		await page
			.getByTestId('change-counts')
			.locator(`li[data-kind="${kind}"]`)
			.getAttribute('data-count')
	);

/** An Atom feed's entries, checked against the RFC 4287 rules that matter. */
function atomEntries(xml: string) {
	const feed = parseXml(xml).root!;
	expect(feed.name).toBe('feed');
	expect(text(feed, 'id')).toMatch(/^http/);
	expect(text(feed, 'updated')).toMatch(RFC3339);
	expect(children(feed, 'link').some((l) => l.attributes.rel === 'self')).toBe(true);
	const entries = children(feed, 'entry').map((e) => ({
		id: text(e, 'id')!,
		title: text(e, 'title')!,
		updated: text(e, 'updated')!,
		link: children(e, 'link')[0]?.attributes.href ?? ''
	}));
	expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	for (const e of entries) {
		expect(e.updated).toMatch(RFC3339);
		expect(e.title).toBeTruthy();
		expect(e.link).toMatch(/^http:\/\/localhost:\d+\//);
	}
	return entries;
}

test('Nieuw sinds: linked from the menu, the week before the newest change, real counts', async ({
	page,
	request
}) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Nieuw sinds' })
		.click();
	await expect(page).toHaveURL(/\/nieuw$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw sinds');

	// The default: a week before the newest change in the data.
	const latest = (await page.locator('.lead time').getAttribute('datetime'))!;
	const since = await page.getByLabel('Sinds').inputValue();
	const week = new Date(`${latest}T00:00:00Z`);
	week.setUTCDate(week.getUTCDate() - 7);
	expect(since).toBe(week.toISOString().slice(0, 10));

	// New motions: as many as the list holds from that day on.
	const motions = await count(page, 'moties');
	expect(motions).toBeGreaterThan(50);
	await expect(page.getByRole('heading', { name: /^Nieuwe moties/ })).toContainText(
		motions.toLocaleString('nl-NL')
	);
	await expect(page.locator('section[data-group="moties"] li')).toHaveCount(50);
	const more = page.getByTestId('more-motions');
	await more.click();
	await expect(page).toHaveURL(new RegExp(`/moties\\?from=${since}`));
	expect(Number(await page.locator('.count').getAttribute('data-total'))).toBe(motions);

	// Decisions: the page's list is every decision of those days (fewer than 50), each in the feed.
	await page.goto(`/nieuw?sinds=${since}`);
	const votes = await count(page, 'besluiten');
	expect(votes).toBeGreaterThan(0);
	await expect(page.locator('section[data-group="besluiten"] li[data-vote]')).toHaveCount(
		Math.min(votes, 50)
	);
	const feedHref = (await page.getByTestId('feed-link').getAttribute('href'))!;
	expect(feedHref).toBe(`/nieuw/atom.xml?sinds=${since}`);
	const entries = atomEntries(await (await request.get(feedHref)).text());
	const voteKeys = await page
		.locator('section[data-group="besluiten"] li[data-vote]')
		.evaluateAll((li) => li.map((l) => l.getAttribute('data-vote')));
	for (const key of voteKeys) expect(entries.some((e) => e.id.endsWith(`#${key}`))).toBe(true);

	// Another day: the count follows the form.
	await page.getByLabel('Sinds').fill(latest);
	await page.getByRole('button', { name: 'Tonen' }).click();
	await expect(page).toHaveURL(`/nieuw?sinds=${latest}`);
	expect(await count(page, 'moties')).toBeLessThan(motions);
	expect(await count(page, 'besluiten')).toBeLessThanOrEqual(votes);
});

test('a fraction feed carries the decisions on its motions, each entry with its own id', async ({
	request
}) => {
	// The fraction with the most motions decided on in the newest week: the SP signs many.
	const xml = await (await request.get('/moties/atom.xml?fraction=SP&signers=all')).text();
	const entries = atomEntries(xml);
	const votes = entries.filter((e) => e.id.includes('#besluit-'));
	expect(votes.length).toBeGreaterThan(0);
	for (const v of votes) {
		expect(v.title).toMatch(
			/^[\w-]+: (Aangenomen|Verworpen|Stemmen staakten|Aangehouden|Ingetrokken)/
		);
		expect(v.link).toMatch(/\/moties\/[\w-]+#levensloop$/);
	}
	// Appraisals stay in the same feed.
	expect(entries.some((e) => /#(verslag|register)-/.test(e.id))).toBe(true);
});

test('a dossier and a search link their feeds', async ({ page }) => {
	await page.goto('/zoeken?q=36045');
	await expect(page).toHaveURL(/\/moties\?dossier=36045/);
	expect(await page.getByTestId('feed-link').getAttribute('href')).toContain('dossier=36045');
	await page.goto('/zoeken?q=luchtverdediging');
	expect(await page.getByTestId('feed-link').getAttribute('href')).toBe(
		'/moties/atom.xml?q=luchtverdediging'
	);
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
		'href',
		'/moties/atom.xml?q=luchtverdediging'
	);
});

/** A chart's table on the page: group → the numbers of its row. */
async function chartRows(page: Page, chart: string) {
	return page
		.locator(`#${chart} table tbody tr`)
		.evaluateAll((rows) =>
			rows.map((r) => [
				r.getAttribute('data-group'),
				...[...r.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/\D/g, '')))
			])
		);
}

async function download(page: Page, section: string, name: string): Promise<Buffer> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(section).getByRole('link', { name }).click()
	]);
	return readFileSync((await file.path())!);
}

test('the overview’s table by fraction downloads as .xlsx and CSV with the page’s numbers', async ({
	page
}) => {
	await page.goto('/');
	const onPage = await chartRows(page, 'chart-fracties');
	expect(onPage.length).toBeGreaterThan(5);
	const headers = await page
		.locator('#chart-fracties table thead th')
		.evaluateAll((th) => th.map((t) => t.textContent!.trim()));

	const section = 'section.card:has(#chart-fracties)';
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(new Uint8Array(await download(page, section, 'Excel (.xlsx)')).buffer);
	const sheet = book.worksheets[0]!;
	const rows: unknown[][] = [];
	sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
	expect(rows[0]).toEqual(['Fractie', ...headers.slice(1)]);
	expect(rows.slice(1)).toEqual(onPage);
	expect(sheet.autoFilter).toBeTruthy();

	const csvBytes = await download(page, section, 'CSV voor Excel');
	expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = parse(csvBytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
	expect(csv.slice(1)).toEqual(onPage.map((r) => r.map(String)));
});

test('a fraction’s table by cabinet member and the advice-and-outcome matrix read back the same', async ({
	page
}) => {
	await page.goto('/fracties/SP');
	const onPage = await chartRows(page, 'chart-fractie-bewindspersonen');
	const section = 'section.card:has(#chart-fractie-bewindspersonen)';
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(new Uint8Array(await download(page, section, 'Excel (.xlsx)')).buffer);
	const rows: unknown[][] = [];
	book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
	// Name, post, then the counts: every member the chart shows, with the same numbers.
	const byName = new Map(rows.slice(1).map((r) => [r[0], [r[0], ...r.slice(2)]]));
	for (const row of onPage.filter((r) => !String(r[0]).startsWith('Overige')))
		expect(byName.get(row[0])).toEqual(row);

	await page.goto('/advies-en-uitkomst');
	const total = Number(await page.locator('.lead').getAttribute('data-covered'));
	const matrix = new ExcelJS.Workbook();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator('[data-table-downloads="advies-en-uitkomst"]')
			.getByRole('link', { name: 'Excel (.xlsx)' })
			.click()
	]);
	await matrix.xlsx.load(new Uint8Array(readFileSync((await file.path())!)).buffer);
	const last = matrix.worksheets[0]!.lastRow!;
	expect(last.getCell(1).value).toBe('Totaal');
	expect(last.getCell(last.cellCount).value).toBe(total);
});
