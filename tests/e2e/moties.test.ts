// The motion list as a person uses it: filter with the form, reload the link, download, search, sort.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const SHOTS = 'tests/e2e/screenshots';
/** Wait until the page's scripts have loaded, so hydration does not reset what the test chose. */
const READY = { waitUntil: 'networkidle' } as const;

const rows = (page: Page) => page.locator('table.motions tbody tr[data-motion]');
const motionIds = (page: Page) => rows(page).locator('td:first-child').allInnerTexts();
/** The texts of one column, by its header's position. */
async function column(page: Page, header: string): Promise<string[]> {
	const headers = (await page.locator('table.motions thead th').allInnerTexts()).map((h) =>
		h.replace(/[▲▼]/g, '').trim()
	);
	const index = headers.indexOf(header);
	expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
	return (
		await rows(page)
			.locator(`td:nth-child(${index + 1})`)
			.allInnerTexts()
	).map((t) => t.trim());
}

test('the list shows every motion with its count and pages', async ({ page }) => {
	await page.goto('/moties');
	await expect(page.getByRole('heading', { name: 'Moties', level: 1 })).toBeVisible();
	await expect(page.locator('.count')).toContainText('23 moties');
	await expect(rows(page)).toHaveCount(23);
	await expect(page.getByRole('navigation', { name: 'Paginering' })).toContainText('1–23 van 23');
	// A tabled motion reads as a person expects it.
	const row = page.locator('tr[data-motion="36045-216"]');
	await expect(row).toContainText('Timmermans');
	await expect(row).toContainText('GroenLinks-PvdA');
	await expect(row).toContainText('2025-09-11');

	await page.goto('/moties?perPage=10');
	const pager = page.getByRole('navigation', { name: 'Paginering' });
	await expect(pager).toContainText('1–10 van 23');
	await pager.getByRole('link', { name: /Volgende/ }).click();
	await expect(pager).toContainText('11–20 van 23');
	await expect(rows(page)).toHaveCount(10);
	await pager.getByRole('link', { name: /Volgende/ }).click();
	await expect(pager).toContainText('21–23 van 23');
	await expect(pager.getByRole('link', { name: /Volgende/ })).toHaveCount(0);
	await pager.getByRole('link', { name: /Vorige/ }).click();
	await expect(pager).toContainText('11–20 van 23');
	await page.screenshot({ path: `${SHOTS}/moties.png`, fullPage: true });
});

test('filtering on fraction SP and verdict Ontraden shows 4 motions, also after a reload and in the CSV', async ({
	page
}) => {
	await page.goto('/moties', READY);
	await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
	await page.getByRole('combobox', { name: 'Appreciatie', exact: true }).selectOption('ontraden');
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/fraction=SP/);
	await expect(page).toHaveURL(/verdict=ontraden/);
	await expect(rows(page)).toHaveCount(4);
	await expect(page.locator('.count')).toContainText('4 moties');
	expect(await column(page, 'Fractie')).toEqual(['SP', 'SP', 'SP', 'SP']);
	expect(await column(page, 'Appreciatie')).toEqual(Array(4).fill('Ontraden'));
	const ids = await motionIds(page);
	await page.screenshot({ path: `${SHOTS}/moties-sp-ontraden.png`, fullPage: true });

	await page.reload();
	await expect(rows(page)).toHaveCount(4);
	expect(await motionIds(page)).toEqual(ids);
	await expect(page.getByRole('combobox', { name: 'Fractie', exact: true })).toHaveValue('SP');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('moties.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const lines = csv.slice(1).trim().split(/\r?\n/);
	expect(lines[0]).toMatch(/^id,/);
	expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids);

	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'JSON' }).click()
	]);
	const motions = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string }[];
	expect(motions.map((m) => m.id)).toEqual(ids);

	await page.getByRole('link', { name: 'Filters wissen' }).click();
	await expect(rows(page)).toHaveCount(23);
});

test('searching "Dutch Dome" finds 36045-230', async ({ page }) => {
	await page.goto('/moties', READY);
	await page.getByLabel('Zoeken').fill('Dutch Dome');
	await page.getByLabel('Zoeken').press('Enter');
	await expect(page).toHaveURL(/q=Dutch/);
	await expect(rows(page)).toHaveCount(1);
	expect(await motionIds(page)).toEqual(['36045-230']);
	await expect(rows(page).first()).toContainText('Dutch Dome');
	await page.screenshot({ path: `${SHOTS}/moties-search.png`, fullPage: true });
});

test('sorting by a column changes the order and keeps the filters', async ({ page }) => {
	await page.goto('/moties?status=tabled');
	const before = await motionIds(page);
	await page.getByRole('link', { name: 'Onderwerp' }).click();
	await expect(page).toHaveURL(/sort=subject/);
	await expect(page).toHaveURL(/status=tabled/);
	const after = await motionIds(page);
	expect(after).toHaveLength(20);
	expect(after).not.toEqual(before);
	const subjects = await column(page, 'Onderwerp');
	expect(subjects).toEqual([...subjects].sort((a, b) => a.localeCompare(b, 'nl')));

	// The same column again flips the direction.
	await page.getByRole('link', { name: /Onderwerp/ }).click();
	await expect(page).toHaveURL(/dir=desc/);
	expect(await motionIds(page)).toEqual([...after].reverse());

	await page.getByRole('link', { name: 'Medeindieners' }).click();
	await expect(page).toHaveURL(/sort=cosigners/);
	const coSigners = (await column(page, 'Medeindieners')).map(Number);
	expect(coSigners).toEqual([...coSigners].sort((a, b) => a - b));
	await page.screenshot({ path: `${SHOTS}/moties-sorted.png`, fullPage: true });
});

test('a member filter shows their name; conditional and cited-only filters work', async ({
	page
}) => {
	await page.goto('/moties', READY);
	await page
		.getByRole('combobox', { name: 'Kamerlid (indiener)' })
		.selectOption({ label: 'Dobbe (SP)' });
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/member=\d+/);
	await expect(page.locator('.count')).toContainText('ondertekend door Dobbe');

	await page.goto('/moties?conditional=1');
	await expect(rows(page)).toHaveCount(2);
	await page.goto('/moties?status=cited');
	await expect(rows(page)).toHaveCount(3);
	await expect(rows(page).first()).toContainText('alleen geciteerd');
});

test('odd query strings give the list, not an error', async ({ page }) => {
	for (const q of ['page=999', 'sort=%27;drop&dir=x', 'q=%22%22*', 'member=abc&perPage=-1']) {
		const response = await page.goto(`/moties?${q}`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { name: 'Moties', level: 1 })).toBeVisible();
	}
});

test('at phone width the list scrolls inside its box, not the page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/moties');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: `${SHOTS}/moties-phone.png`, fullPage: true });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form, the sort links and the pages still work', async ({ page }) => {
		await page.goto('/moties');
		await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
		await page.getByRole('combobox', { name: 'Appreciatie', exact: true }).selectOption('ontraden');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(/fraction=SP/);
		await expect(rows(page)).toHaveCount(4);
		await page.getByRole('link', { name: 'Datum' }).click();
		await expect(page).toHaveURL(/sort=date/);
		await expect(rows(page)).toHaveCount(4);
	});
});
