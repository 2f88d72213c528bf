// The Overzicht page as a person reads it: the big numbers, the charts' tables, the filters.
import { test, expect, type Locator, type Page } from '@playwright/test';

const SHOTS = 'tests/e2e/screenshots';
/** Wait until the page's scripts have loaded, so hydration does not reset what the test chose. */
const READY = { waitUntil: 'networkidle' } as const;

/** A chart's table view (opened like a person would) as group → column → number. */
async function chartTable(figure: Locator): Promise<Record<string, Record<string, number>>> {
	await figure.getByText('Tabel met dezelfde cijfers').click();
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
	const out: Record<string, Record<string, number>> = {};
	for (const row of await table.locator('tbody tr').all()) {
		const group = (await row.locator('th').innerText()).split(' — ')[0]!.trim();
		const cells = await row.locator('td').allInnerTexts();
		out[group] = Object.fromEntries(cells.map((c, i) => [headers[i + 1]!, Number(c)]));
	}
	return out;
}

const totals = (page: Page) => page.getByRole('region', { name: 'Appreciaties' });

test('the overview shows the verdict totals and the charts with the gold numbers', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();

	await expect(totals(page).getByRole('link', { name: '9 Oordeel Kamer' })).toBeVisible();
	await expect(totals(page).getByRole('link', { name: '11 Ontraden' })).toBeVisible();
	await expect(totals(page).getByRole('link', { name: '0 Geen appreciatie' })).toBeVisible();
	await expect(totals(page).getByRole('link', { name: '3 Alleen geciteerd' })).toBeVisible();

	const fractions = page.locator('figure#chart-fracties');
	await expect(fractions).toContainText('Appreciatie per fractie (eerste indiener)');
	const byFraction = await chartTable(fractions);
	expect(byFraction['SP']).toMatchObject({ 'Oordeel Kamer': 0, Ontraden: 4 });
	expect(byFraction['GroenLinks-PvdA']).toMatchObject({ 'Oordeel Kamer': 3, Ontraden: 0 });
	// The figure's data carries the same numbers the chart draws.
	const series = JSON.parse((await fractions.getAttribute('data-series')) ?? '{}');
	expect(series['SP']).toEqual({ oordeel_kamer: 0, ontraden: 4 });
	await expect(fractions.getByRole('link', { name: 'SP', exact: true })).toHaveAttribute(
		'href',
		'/fracties/SP'
	);

	const ministers = page.locator('figure#chart-bewindspersonen');
	const byMinister = await chartTable(ministers);
	expect(byMinister['Schoof']).toMatchObject({ 'Oordeel Kamer': 2, Ontraden: 4, Totaal: 6 });
	expect(byMinister['Van Weel']).toMatchObject({ 'Oordeel Kamer': 4, Ontraden: 4, Totaal: 8 });
	expect(byMinister['Brekelmans']).toMatchObject({ 'Oordeel Kamer': 3, Ontraden: 3, Totaal: 6 });
	await expect(ministers.getByRole('row', { name: /Schoof/ })).toContainText(
		'minister-president, minister van Algemene Zaken'
	);
	await expect(ministers.getByRole('link', { name: 'Schoof' })).toHaveAttribute(
		'href',
		/^\/bewindspersonen\/\d+$/
	);

	// One debate day: no chart over time yet.
	await expect(page.locator('figure#chart-tijd')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
});

test('the overview filters drive every total and chart, and live in the URL', async ({ page }) => {
	await page.goto('/', READY);
	await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/[?&]fraction=SP/);
	await expect(totals(page).getByRole('link', { name: '0 Oordeel Kamer' })).toBeVisible();
	await expect(totals(page).getByRole('link', { name: '4 Ontraden' })).toBeVisible();
	const byMinister = await chartTable(page.locator('figure#chart-bewindspersonen'));
	expect(Object.values(byMinister).reduce((n, r) => n + r['Totaal']!, 0)).toBe(4);

	// The big number leads to exactly these motions in the list.
	await totals(page).getByRole('link', { name: '4 Ontraden' }).click();
	await expect(page).toHaveURL(/\/moties\?.*fraction=SP/);
	await expect(page.locator('tbody tr[data-motion]')).toHaveCount(4);

	// Minister filter on its own.
	await page.goto('/?minister=Van+Weel');
	await expect(totals(page).getByRole('link', { name: '4 Oordeel Kamer' })).toBeVisible();
	await expect(totals(page).getByRole('link', { name: '4 Ontraden' })).toBeVisible();

	await page.getByRole('link', { name: 'Filters wissen' }).click();
	await expect(totals(page).getByRole('link', { name: '9 Oordeel Kamer' })).toBeVisible();
});

test('the switch counts every signing fraction instead of only the first signer', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Alle ondertekenende fracties tellen' }).click();
	await expect(page).toHaveURL(/signers=all/);
	const fractions = page.locator('figure#chart-fracties');
	await expect(fractions).toContainText('Appreciatie per fractie (alle indieners)');
	const byFraction = await chartTable(fractions);
	// Every fraction that signed counts: more groups, and no fewer motions for any of them.
	expect(byFraction['SP']!['Ontraden']).toBeGreaterThanOrEqual(4);
	expect(byFraction['GroenLinks-PvdA']!['Oordeel Kamer']).toBeGreaterThanOrEqual(3);
	expect(Object.keys(byFraction).length).toBeGreaterThanOrEqual(10);
	// The totals count motions, not signatures.
	await expect(totals(page).getByRole('link', { name: '9 Oordeel Kamer' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'alle indieners' })).toBeChecked();
});

test('odd query strings give the page, not an error', async ({ page }) => {
	for (const q of ['from=gisteren&debate=x', 'fraction=%00%27', 'minister=Niemand&signers=all']) {
		const response = await page.goto(`/?${q}`);
		expect(response?.status()).toBe(200);
		await expect(totals(page)).toBeVisible();
	}
});

test('at phone width the overview fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	await page
		.locator('figure#chart-bewindspersonen')
		.getByText('Tabel met dezelfde cijfers')
		.click();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375);
	await page.screenshot({ path: `${SHOTS}/overview-phone.png`, fullPage: true });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filter form still filters', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(/fraction=SP/);
		await expect(totals(page).getByRole('link', { name: '4 Ontraden' })).toBeVisible();
		const byFraction = await chartTable(page.locator('figure#chart-fracties'));
		expect(byFraction).toEqual({ SP: { 'Oordeel Kamer': 0, Ontraden: 4, Totaal: 4 } });
	});
});
