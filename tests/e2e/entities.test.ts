// The fraction, member, cabinet member and debate pages, read as a visitor reads them: reached by
// clicking through the lists, checked against the numbers in the sample data.
import { test, expect, type Page } from '@playwright/test';

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

/** A table's body rows as objects keyed by the column headers a visitor sees. */
async function tableRows(page: Page, selector: string): Promise<Record<string, string>[]> {
	const table = page.locator(selector);
	const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
	const rows: Record<string, string>[] = [];
	for (const row of await table.locator('tbody tr').all()) {
		const cells = (await row.locator('th, td').allInnerTexts()).map((c) => c.trim());
		rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
	}
	return rows;
}

/** The numbers table under a verdict chart, opened as a visitor opens it: group → column → number. */
async function chartTable(page: Page, chartId: string) {
	const figure = page.locator(`figure#${chartId}`);
	await figure.getByText('Tabel met dezelfde cijfers').click();
	const rows = await tableRows(page, `figure#${chartId} table`);
	return Object.fromEntries(
		rows.map((r) => [
			r['Groep']!.split(' — ')[0]!.trim(),
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]))
		])
	) as Record<string, Record<string, number>>;
}

const verdictOf = (row: Record<string, string>) => row['Appreciatie']!.replace('*', '').trim();

test('the SP page lists its 4 motions, all Ontraden', async ({ page }) => {
	await page.goto('/fracties');
	await page.locator('table.fractions').getByRole('link', { name: 'SP', exact: true }).click();
	await expect(page).toHaveURL(/\/fracties\/SP$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('SP');
	await expect(page.getByTestId('motion-count')).toHaveText('4 moties');

	const motions = await tableRows(page, 'table.motions');
	expect(motions).toHaveLength(4);
	expect(motions.map(verdictOf)).toEqual(['Ontraden', 'Ontraden', 'Ontraden', 'Ontraden']);
	expect(motions.every((m) => m['Indiener'] === 'Dobbe' && m['Fractie'] === 'SP')).toBe(true);

	// With every signer counted, SP also signed 36045-216 and 36046-225 (Dobbe as co-signer).
	await page.getByRole('link', { name: 'alle indieners (ook medeindieners)' }).click();
	await expect(page).toHaveURL(/signers=all/);
	await expect(page.getByTestId('motion-count')).toHaveText('6 moties');
	await shot(page, 'fractie-sp');
});

test('GroenLinks-PvdA: 3 times Oordeel Kamer, most often co-signing with Volt', async ({
	page
}) => {
	await page.goto('/fracties');
	const overview = await chartTable(page, 'chart-fracties');
	expect(overview['GroenLinks-PvdA']).toMatchObject({ 'Oordeel Kamer': 3, Ontraden: 0, Totaal: 3 });
	expect(overview['SP']).toMatchObject({ 'Oordeel Kamer': 0, Ontraden: 4 });
	await shot(page, 'fracties');

	await page.locator('table.fractions').getByRole('link', { name: 'GroenLinks-PvdA' }).click();
	await expect(page).toHaveURL(/\/fracties\/GroenLinks-PvdA$/);
	await expect(page.getByTestId('motion-count')).toHaveText('3 moties');

	const byMinister = await chartTable(page, 'chart-fractie-bewindspersonen');
	const oordeelKamer = Object.values(byMinister).reduce((n, r) => n + r['Oordeel Kamer']!, 0);
	expect(oordeelKamer).toBe(3);
	expect(byMinister['Schoof']).toMatchObject({ 'Oordeel Kamer': 2, Ontraden: 0 });
	expect(byMinister['Van Weel']).toMatchObject({ 'Oordeel Kamer': 1, Ontraden: 0 });

	const coSigners = page.locator('ol.co-signers li');
	await expect(coSigners.first()).toHaveText(/Volt\s+— 4 moties/);
	await expect(coSigners.filter({ hasText: 'Volt' })).toHaveCount(1);

	const members = await tableRows(page, 'table.members');
	expect(members[0]).toMatchObject({ 'Eerste indiener': '3', Medeindiener: '1' });
	expect(members[0]!['Kamerlid']).toContain('Timmermans');
	await shot(page, 'fractie-groenlinks-pvda');
});

test('Brekelmans, minister van Defensie, appraised 6 motions: 3 Oordeel Kamer, 3 Ontraden', async ({
	page
}) => {
	await page.goto('/bewindspersonen');
	const list = await tableRows(page, 'table.cabinet-members');
	expect(list.find((r) => r['Bewindspersoon'] === 'Brekelmans')).toMatchObject({
		Post: 'minister van Defensie',
		'Oordeel Kamer': '3',
		Ontraden: '3',
		Totaal: '6'
	});
	await shot(page, 'bewindspersonen');

	await page.getByRole('link', { name: 'Brekelmans' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brekelmans');
	await expect(page.getByText('Bij de appreciaties: minister van Defensie')).toBeVisible();
	await expect(page.getByTestId('appraised-count')).toHaveText(
		'6 moties van een appreciatie voorzien'
	);

	const motions = await tableRows(page, 'table.motions');
	expect(motions).toHaveLength(6);
	expect(motions.every((m) => m['Bewindspersoon'] === 'Brekelmans')).toBe(true);
	expect(motions.filter((m) => verdictOf(m) === 'Oordeel Kamer')).toHaveLength(3);
	expect(motions.filter((m) => verdictOf(m) === 'Ontraden')).toHaveLength(3);

	const posts = await tableRows(page, 'table.posts');
	expect(posts.map((p) => p['Post'])).toContain('minister van Defensie');

	const letters = page.locator('ul.letters li');
	await expect(letters).toHaveCount(3);
	await expect(letters.first()).toContainText('als minister van Defensie');
	await shot(page, 'bewindspersoon-brekelmans');
});

test('the debate of 11 September 2025 holds 20 motions', async ({ page }) => {
	await page.goto('/debatten');
	const debates = await tableRows(page, 'table.debates');
	expect(debates).toHaveLength(1);
	expect(debates[0]).toMatchObject({ Datum: '2025-09-11', Moties: '20' });
	await shot(page, 'debatten');

	await page.getByRole('link', { name: /onderhandelingen over de oorlog in Oekraïne/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne'
	);
	await expect(page.getByTestId('motion-count')).toHaveText('20 moties');
	expect(await tableRows(page, 'table.motions')).toHaveLength(20);
	await expect(page.getByRole('link', { name: /Het verslag/ })).toHaveAttribute(
		'href',
		/^\/documenten\/\d+$/
	);

	const byMinister = await chartTable(page, 'chart-debat-bewindspersonen');
	expect(byMinister['Brekelmans']).toMatchObject({ 'Oordeel Kamer': 3, Ontraden: 3 });
	const byFraction = await chartTable(page, 'chart-debat-fracties');
	expect(byFraction['SP']).toMatchObject({ Ontraden: 4 });
	await shot(page, 'debat');
});

test('Teunissen (PvdD) co-signed motion 36046-225', async ({ page }) => {
	await page.goto('/kamerleden');
	await expect(page.getByText(/Het register bevat \d+ Kamerleden/)).toBeVisible();
	await shot(page, 'kamerleden');
	await page.getByRole('link', { name: 'Teunissen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teunissen');
	await expect(page.getByText('C. (Christine) Teunissen')).toBeVisible();

	const memberships = await tableRows(page, 'table.memberships');
	expect(memberships.map((m) => m['Fractie'])).toEqual(['PvdD']);
	await expect(page.getByTestId('first-signed')).toHaveText('0');
	await expect(page.getByTestId('co-signed')).toHaveText('1');

	const motions = await tableRows(page, 'table.motions');
	expect(motions.map((m) => m['Motie'])).toEqual(['36046-225']);
	await shot(page, 'kamerlid-teunissen');
});

test('unknown fractions, members, cabinet members and debates give a Dutch 404', async ({
	page
}) => {
	for (const [path, text] of [
		['/fracties/Onbekende%20Partij', 'Er is geen fractie met de naam “Onbekende Partij”.'],
		['/kamerleden/999999', 'Er is geen Kamerlid met nummer 999999.'],
		['/kamerleden/abc', 'Er is geen Kamerlid met nummer abc.'],
		['/bewindspersonen/999999', 'Er is geen bewindspersoon met nummer 999999.'],
		['/debatten/999999', 'Er is geen debat met nummer 999999.']
	] as const) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niet gevonden');
		await expect(page.getByText(text)).toBeVisible();
	}
	await shot(page, 'niet-gevonden');
});

test('the entity pages fit a phone screen', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of [
		'/fracties',
		'/fracties/GroenLinks-PvdA',
		'/kamerleden',
		'/bewindspersonen',
		'/debatten',
		'/debatten/1'
	]) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(376);
	}
	await page.goto('/fracties/GroenLinks-PvdA');
	await shot(page, 'fractie-groenlinks-pvda-phone');
});
