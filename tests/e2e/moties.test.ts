// The motion list as a person uses it: filter with the form, reload the link, download, search, sort.
// Expected counts come from the Kamer's open data (zaken.jsonl, the motion documents) and the gold file.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { goldMotions, SHARED } from '../helpers/paths';
import { registryFacts } from './registry-data';

const SHOTS = 'tests/e2e/screenshots';
/** Wait until the page's scripts have loaded, so hydration does not reset what the test chose. */
const READY = { waitUntil: 'networkidle' } as const;

const rows = (page: Page) => page.locator('table.motions tbody tr[data-motion]');
/** The list's total as the page states it. */
const total = async (page: Page) => Number(await page.locator('.count').getAttribute('data-total'));
/** A verdict cell without the "register" mark (a verdict from the registry, not a transcript). */
const verdictText = (cell: string) =>
	cell
		.replace(/\s*register$/, '')
		.replace('*', '')
		.trim();
/** A count as the page writes it: 7.913. */
const nl = (n: number) => n.toLocaleString('nl-NL');
/** The ISO dates behind the Dutch ones of the list (<time datetime>). */
const isoDates = (page: Page) =>
	rows(page)
		.locator('td.c-date')
		.evaluateAll((tds) =>
			tds.map((td) => td.querySelector('time')?.getAttribute('datetime') ?? '')
		);
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
	const n = registryFacts().counted.length;
	await page.goto('/moties');
	await expect(page.getByRole('heading', { name: 'Moties', level: 1 })).toBeVisible();
	await expect(page.locator('.count')).toContainText(`${nl(n)} moties`);
	await expect(rows(page)).toHaveCount(50);
	await expect(page.getByRole('navigation', { name: 'Paginering' })).toContainText(
		`1–50 van ${nl(n)}`
	);

	// A tabled motion reads as a person expects it; a registry label is marked as such.
	await page.goto('/moties?dossier=36045&from=2025-09-11&to=2025-09-11');
	const row = page.locator('tr[data-motion="36045-216"]');
	await expect(row).toContainText('Timmermans');
	await expect(row).toContainText('GroenLinks-PvdA');
	await expect(row).toContainText('11 september 2025');
	await expect(row).toContainText('Van Weel');
	await expect(row).not.toContainText('register');

	await page.goto('/moties?perPage=10');
	const pager = page.getByRole('navigation', { name: 'Paginering' });
	await expect(pager).toContainText(`1–10 van ${nl(n)}`);
	await pager.getByRole('link', { name: /Volgende/ }).click();
	await expect(pager).toContainText(`11–20 van ${nl(n)}`);
	await expect(rows(page)).toHaveCount(10);
	await pager.getByRole('link', { name: /Vorige/ }).click();
	await expect(pager).toContainText(`1–10 van ${nl(n)}`);
	// The last page, and past it.
	const last = Math.ceil(n / 10);
	await page.goto(`/moties?perPage=10&page=${last + 5}`);
	await expect(pager).toContainText(`${nl((last - 1) * 10 + 1)}–${nl(n)} van ${nl(n)}`);
	await expect(pager.getByRole('link', { name: /Volgende/ })).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/moties.png`, fullPage: true });
});

test('the list opens on the newest tabled motion, its date in Dutch; the cited-only ones last', async ({
	page
}) => {
	const facts = registryFacts();
	// The newest date of the open data; the list breaks a tie by dossier and number.
	const top = facts.counted.reduce((a, m) => ((m.date ?? '') > (a.date ?? '') ? m : a));
	const onTop = facts.counted.filter((m) => m.date === top.date).map((m) => m.id);
	await page.goto('/moties');
	const first = rows(page).first();
	const firstId = await first.getAttribute('data-motion');
	expect(onTop).toContain(firstId);
	// 2 October 2025 is the last day of the snapshot (zaken.jsonl, GestartOp).
	expect(top.date).toBe('2025-10-02');
	await expect(first.locator('td.c-date')).toHaveText('2 oktober 2025');
	await expect(first.locator('td.c-date time')).toHaveAttribute('datetime', '2025-10-02');
	await expect(first.locator('td.c-subject')).not.toContainText('alleen geciteerd');
	const dates = await isoDates(page);
	expect(dates).toEqual([...dates].sort().reverse());

	// The last page ends with the motions only cited (no text of their own), if any.
	const n = await total(page);
	await page.goto(`/moties?page=${Math.ceil(n / 50)}`);
	const subjects = await rows(page).locator('td.c-subject').allInnerTexts();
	const firstCited = subjects.findIndex((s) => s.includes('alleen geciteerd'));
	if (firstCited >= 0)
		expect(subjects.slice(firstCited).every((s) => s.includes('alleen geciteerd'))).toBe(true);
});

test('filtering on fraction SP and verdict Ontraden, also after a reload and in the CSV', async ({
	page,
	request
}) => {
	await page.goto('/moties', READY);
	await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
	await page.getByRole('combobox', { name: 'Appreciatie', exact: true }).selectOption('ontraden');
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/fraction=SP/);
	await expect(page).toHaveURL(/verdict=ontraden/);
	await expect(page.locator('.count')).not.toHaveAttribute(
		'data-total',
		String(registryFacts().counted.length)
	);
	const n = await total(page);
	// The same count as the overview's big number with that fraction.
	const stats = (await (await request.get('/api/stats?fraction=SP')).json()) as {
		byVerdict: Record<string, number>;
	};
	expect(n).toBe(stats.byVerdict['ontraden']);
	await expect(rows(page)).toHaveCount(Math.min(n, 50));
	expect(new Set(await column(page, 'Fractie'))).toEqual(new Set(['SP']));
	expect(new Set((await column(page, 'Appreciatie')).map(verdictText))).toEqual(
		new Set(['Ontraden'])
	);
	const ids = await motionIds(page);
	await page.screenshot({ path: `${SHOTS}/moties-sp-ontraden.png`, fullPage: true });

	await page.reload();
	await expect(rows(page)).toHaveCount(Math.min(n, 50));
	expect(await motionIds(page)).toEqual(ids);
	await expect(page.getByRole('combobox', { name: 'Fractie', exact: true })).toHaveValue('SP');

	// The downloads hold every motion of the selection, in the list's order.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'CSV', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toBe('moties.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const lines = csv.slice(1).trim().split(/\r?\n/);
	expect(lines[0]).toMatch(/^id,/);
	const csvIds = lines.slice(1).map((l) => l.split(',')[0]);
	expect(csvIds).toHaveLength(n);
	expect(csvIds.slice(0, ids.length)).toEqual(ids);

	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'JSON' }).click()
	]);
	const motions = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
		id: string;
		verdict: string;
	}[];
	expect(motions).toHaveLength(n);
	expect(motions.slice(0, ids.length).map((m) => m.id)).toEqual(ids);
	expect(motions.every((m) => m.verdict === 'ontraden')).toBe(true);
	// Dobbe's four motions in the seed debate are among them (gold file).
	const dobbe = goldMotions()
		.motions.filter((m) => m.signers[0] === 'Dobbe')
		.map((m) => m.id);
	expect(dobbe).toHaveLength(4);
	for (const id of dobbe) expect(motions.map((m) => m.id)).toContain(id);

	await page.getByRole('link', { name: 'Filters wissen' }).click();
	await expect(rows(page)).toHaveCount(50);
});

test('searching "Dutch Dome" finds the motions whose text says it', async ({ page }) => {
	const facts = registryFacts();
	const dir = join(SHARED, 'opendata-2023-2025', 'motions');
	const expected = readdirSync(dir)
		.filter((f) => /dutch\s+dome/i.test(readFileSync(join(dir, f), 'utf8')))
		.map((f) => f.replace(/^kst-|\.xml$/g, ''))
		.filter((id) => facts.motions.has(id) && !facts.replaced.has(id))
		.sort();
	expect(expected).toContain('36045-230');
	await page.goto('/moties', READY);
	await page.getByLabel('Zoeken').fill('Dutch Dome');
	await page.getByLabel('Zoeken').press('Enter');
	await expect(page).toHaveURL(/q=Dutch/);
	await expect(rows(page)).toHaveCount(expected.length);
	expect((await motionIds(page)).sort()).toEqual(expected);
	await expect(page.locator('tr[data-motion="36045-230"]')).toContainText('Dutch Dome');
	await page.screenshot({ path: `${SHOTS}/moties-search.png`, fullPage: true });
});

test('sorting by a column changes the order and keeps the filters', async ({ page }) => {
	// The seed debate's day in its dossier: its motions that still count (zaken.jsonl).
	const facts = registryFacts();
	const day = facts.counted.filter((m) => m.id.startsWith('36045-') && m.date === '2025-09-11');
	const base = '/moties?dossier=36045&from=2025-09-11&to=2025-09-11';
	await page.goto(base);
	const before = await motionIds(page);
	expect(before).toHaveLength(day.length);
	await page.getByRole('link', { name: 'Onderwerp' }).click();
	await expect(page).toHaveURL(/sort=subject/);
	await expect(page).toHaveURL(/dossier=36045/);
	const after = await motionIds(page);
	expect(after).toHaveLength(day.length);
	expect(after).not.toEqual(before);
	const subjects = await column(page, 'Onderwerp');
	expect(subjects).toEqual([...subjects].sort((a, b) => a.localeCompare(b, 'nl')));

	// The same column again flips the direction.
	await page.getByRole('link', { name: /Onderwerp/ }).click();
	await expect(page).toHaveURL(/dir=desc/);
	expect(await motionIds(page)).toEqual([...after].reverse());

	await page.getByRole('link', { name: 'Mede-indieners' }).click();
	await expect(page).toHaveURL(/sort=cosigners/);
	const coSigners = (await column(page, 'Mede-indieners')).map(Number);
	expect(coSigners).toEqual([...coSigners].sort((a, b) => a - b));
	await page.screenshot({ path: `${SHOTS}/moties-sorted.png`, fullPage: true });
});

test('a member filter shows their name; conditional and cited-only filters work', async ({
	page
}) => {
	await page.goto('/moties', READY);
	await page.getByRole('combobox', { name: 'Kamerlid (indiener)' }).pressSequentially('Dobbe');
	await page.getByRole('option', { name: /Dobbe \(SP\)/ }).click();
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/member=\d+/);
	await expect(page.locator('.count')).toContainText('ondertekend door Dobbe');

	// Only a transcript says a verdict is conditional (gold file).
	const conditional = goldMotions()
		.motions.filter((m) => m.conditional)
		.map((m) => m.id);
	await page.goto('/moties?conditional=1');
	expect((await motionIds(page)).sort()).toEqual(conditional.sort());
	// Every motion the letters cite is in the registry now: none is only cited.
	const facts = registryFacts();
	const cited = [
		...new Set(
			JSON.parse(readFileSync(join(SHARED, 'gold', 'references.json'), 'utf8')).references.map(
				(r: { motion: string }) => r.motion
			) as string[]
		)
	].filter((id) => !facts.motions.has(id));
	await page.goto('/moties?status=cited');
	await expect(rows(page)).toHaveCount(cited.length);
	if (!cited.length) await expect(page.getByText('Geen moties gevonden.')).toBeVisible();
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
		const n = await total(page);
		expect(n).toBeGreaterThan(0);
		await expect(rows(page)).toHaveCount(Math.min(n, 50));
		await page.getByRole('link', { name: 'Datum' }).click();
		await expect(page).toHaveURL(/sort=date/);
		await expect(rows(page)).toHaveCount(Math.min(n, 50));
		await expect(page).toHaveURL(/dir=asc/);
		const dates = await isoDates(page);
		expect(dates).toEqual([...dates].sort());
	});
});
