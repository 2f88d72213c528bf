// The Overzicht page as a person reads it: what it covers, the big numbers, the charts' tables, the
// filters. Expected numbers come from the Kamer's open data (zaken.jsonl) and the gold file.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { goldMotions } from '../helpers/paths';
import { LABEL_VERDICTS, registryFacts } from './registry-data';

const SHOTS = 'tests/e2e/screenshots';
/** Wait until the page's scripts have loaded, so hydration does not reset what the test chose. */
const READY = { waitUntil: 'networkidle' } as const;
const SOURCE_NOTE = 'bron: verslag waar beschikbaar, anders het register van de Kamer';
/** A count as the page writes it: 2.930. */
const nl = (n: number) => n.toLocaleString('nl-NL');

/** A chart's table view (opened like a person would) as group → column → number. */
async function chartTable(figure: Locator): Promise<Record<string, Record<string, number>>> {
	// Opened once: after a client-side navigation the same details element may still be open.
	if (!(await figure.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
		await figure.getByText('Tabel met dezelfde cijfers').click();
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
	const out: Record<string, Record<string, number>> = {};
	for (const row of await table.locator('tbody tr').all()) {
		// The group's key (a fraction, a cabinet member, a month "2025-09"), not its label.
		const group = (await row.getAttribute('data-group'))!;
		const cells = await row.locator('td').allInnerTexts();
		out[group] = Object.fromEntries(
			cells.map((c, i) => [headers[i + 1]!, Number(c.replace(/\./g, ''))])
		);
	}
	return out;
}

const totals = (page: Page) => page.getByRole('region', { name: 'Appreciaties' });
/** The big number of one verdict ('none': without one), as the page counts it. */
async function bigNumber(page: Page, verdict: string): Promise<number> {
	const li = totals(page).locator(`li[data-verdict="${verdict}"]`);
	if (!(await li.count())) return 0;
	return Number(await li.getAttribute('data-count'));
}

/** The seed debate's motions per cabinet member and verdict, leaving out the replaced ones. */
function goldByMinister(keep: (m: ReturnType<typeof goldMotions>['motions'][number]) => boolean) {
	const { replaced } = registryFacts();
	const out: Record<string, Record<string, number>> = {};
	for (const m of goldMotions().motions) {
		if (replaced.has(m.id) || !keep(m)) continue;
		out[m.minister] ??= {};
		out[m.minister]![m.verdict] = (out[m.minister]![m.verdict] ?? 0) + 1;
	}
	return out;
}

test('the overview covers the whole Kamer and counts verdicts as zaken.jsonl and the transcript give them', async ({
	page
}) => {
	const facts = registryFacts();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();

	// What it covers: the period, the motions, and where their verdicts come from.
	const cover = page.getByTestId('coverage');
	// In Dutch, with the ISO date for machines: the snapshot runs 7 December 2023 – 2 October 2025.
	expect([facts.from, facts.to]).toEqual(['2023-12-07', '2025-10-02']);
	await expect(cover.getByTestId('period-from')).toHaveText('7 december 2023');
	await expect(cover.getByTestId('period-to')).toHaveText('2 oktober 2025');
	await expect(cover.getByTestId('period-to').locator('time')).toHaveAttribute(
		'datetime',
		facts.to
	);
	await expect(cover.getByTestId('motion-count')).toHaveAttribute(
		'data-count',
		String(facts.counted.length)
	);
	await expect(cover.getByTestId('motion-count')).toHaveText(`${nl(facts.counted.length)} moties`);
	await expect(cover.getByTestId('replaced-count')).toHaveAttribute(
		'data-count',
		String(facts.replaced.size)
	);
	const transcribed = facts.counted.filter((m) => facts.transcript.has(m.id)).length;
	await expect(cover.getByTestId('with-transcript')).toHaveAttribute(
		'data-count',
		String(transcribed)
	);
	await expect(cover.getByTestId('in-registry')).toHaveAttribute(
		'data-count',
		String(facts.counted.length)
	);
	await expect(cover.getByTestId('with-registry-verdict')).toHaveAttribute(
		'data-count',
		String(facts.withRegistryVerdict)
	);

	// Every verdict's big number is the count computed from the open data itself.
	for (const [verdict, n] of Object.entries(facts.verdicts))
		expect(await bigNumber(page, verdict), verdict).toBe(n);
	expect(await bigNumber(page, 'none')).toBe(facts.withoutVerdict);
	await expect(
		totals(page).getByRole('link', {
			name: `${nl(facts.verdicts['oordeel_kamer']!)} Oordeel Kamer`
		})
	).toBeVisible();
	await expect(
		totals(page).getByRole('link', { name: `${nl(facts.withoutVerdict)} Geen appreciatie` })
	).toBeVisible();
	// Kinds of "no verdict" are named as such, and counted under none of the verdicts.
	await expect(page.getByTestId('no-verdict-kinds')).toContainText('Niet beschikbaar');

	// The chart by fraction counts every motion with a verdict, and says where verdicts come from.
	const fractions = page.locator('figure#chart-fracties');
	await expect(fractions).toContainText('Appreciatie per fractie (eerste indiener)');
	await expect(fractions).toContainText(SOURCE_NOTE);
	const byFraction = await chartTable(fractions);
	const sum = (column: string) =>
		Object.values(byFraction).reduce((n, row) => n + (row[column] ?? 0), 0);
	expect(sum('Oordeel Kamer')).toBe(facts.verdicts['oordeel_kamer']);
	expect(sum('Ontraden')).toBe(facts.verdicts['ontraden']);
	expect(sum('Totaal')).toBe(Object.values(facts.verdicts).reduce((a, b) => a + b, 0));
	await expect(fractions.getByRole('link', { name: 'SP', exact: true })).toHaveAttribute(
		'href',
		'/fracties/SP'
	);
	// The figure's data carries the same numbers the chart draws.
	const series = JSON.parse((await fractions.getAttribute('data-series')) ?? '{}');
	expect(series['SP']['ontraden']).toBe(byFraction['SP']!['Ontraden']);

	// By cabinet member: only what a transcript says, with how many motions that covers.
	const ministers = page.locator('figure#chart-bewindspersonen');
	const byMinister = await chartTable(ministers);
	const expected = goldByMinister(() => true);
	for (const [name, verdicts] of Object.entries(expected)) {
		expect(byMinister[name]).toMatchObject({
			'Oordeel Kamer': verdicts['oordeel_kamer'] ?? 0,
			Ontraden: verdicts['ontraden'] ?? 0
		});
	}
	expect(Object.keys(byMinister).sort()).toEqual(Object.keys(expected).sort());
	await expect(page.getByTestId('minister-coverage')).toHaveAttribute(
		'data-count',
		String(transcribed)
	);
	await expect(page.getByTestId('minister-coverage')).toContainText(
		`${nl(transcribed)} moties van de ${nl(facts.counted.length)}`
	);
	await expect(ministers.getByRole('row', { name: /Schoof/ })).toContainText(
		'minister-president, minister van Algemene Zaken'
	);
	await expect(ministers.getByRole('link', { name: 'Schoof' })).toHaveAttribute(
		'href',
		/^\/bewindspersonen\/\d+$/
	);

	// Over time: one group per month that has a motion with a verdict.
	const months = new Set(
		facts.counted
			.filter((m) => facts.transcript.has(m.id) || (m.label && m.label in LABEL_VERDICTS))
			.map((m) => m.date!.slice(0, 7))
	);
	const overTime = page.locator('figure#chart-tijd');
	await expect(overTime).toContainText('Appreciaties per maand');
	expect(Object.keys(await chartTable(overTime)).sort()).toEqual([...months].sort());
	// A month reads in Dutch.
	await expect(overTime.locator('tr[data-group="2025-09"] th')).toHaveText('september 2025');
	await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
});

test('the overview filters drive every total and chart, and live in the URL', async ({ page }) => {
	await page.goto('/', READY);
	await page.getByRole('combobox', { name: 'Fractie', exact: true }).selectOption('SP');
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/[?&]fraction=SP/);
	const spOntraden = await bigNumber(page, 'ontraden');
	expect(spOntraden).toBeGreaterThan(0);
	const byFraction = await chartTable(page.locator('figure#chart-fracties'));
	expect(Object.keys(byFraction)).toEqual(['SP']);
	expect(byFraction['SP']!['Ontraden']).toBe(spOntraden);
	// The transcript's SP motions are Dobbe's four, all ontraden (gold file).
	const byMinister = await chartTable(page.locator('figure#chart-bewindspersonen'));
	const sp = goldMotions().motions.filter((m) => goldMotions().parties[m.signers[0]!] === 'SP');
	expect(Object.values(byMinister).reduce((n, r) => n + r['Totaal']!, 0)).toBe(sp.length);

	// The big number leads to exactly these motions in the list.
	await totals(page)
		.getByRole('link', { name: `${nl(spOntraden)} Ontraden` })
		.click();
	await expect(page).toHaveURL(/\/moties\?.*fraction=SP/);
	await expect(page.locator('.count')).toHaveAttribute('data-total', String(spOntraden));

	// Minister filter on its own: only the transcript names one.
	await page.goto('/?minister=Van+Weel');
	const vanWeel = goldByMinister((m) => m.minister === 'Van Weel')['Van Weel']!;
	expect(await bigNumber(page, 'oordeel_kamer')).toBe(vanWeel['oordeel_kamer']);
	expect(await bigNumber(page, 'ontraden')).toBe(vanWeel['ontraden']);

	await page.getByRole('link', { name: 'Filters wissen' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect
		.poll(() => bigNumber(page, 'oordeel_kamer'))
		.toBe(registryFacts().verdicts['oordeel_kamer']);
});

test('the switch counts every signing fraction instead of only the first signer', async ({
	page
}) => {
	await page.goto('/');
	const first = await chartTable(page.locator('figure#chart-fracties'));
	await page.getByRole('link', { name: 'Alle ondertekenende fracties tellen' }).click();
	await expect(page).toHaveURL(/signers=all/);
	const fractions = page.locator('figure#chart-fracties');
	await expect(fractions).toContainText('Appreciatie per fractie (alle indieners)');
	await expect(fractions.locator('tbody tr')).not.toHaveCount(Object.keys(first).length);
	const all = await chartTable(fractions);
	// Every fraction that signed counts: no fewer motions for any of them.
	for (const [name, row] of Object.entries(first)) {
		if (name === 'Onbekend') continue;
		expect(all[name]!['Totaal'], name).toBeGreaterThanOrEqual(row['Totaal']!);
	}
	// The totals count motions, not signatures.
	expect(await bigNumber(page, 'oordeel_kamer')).toBe(registryFacts().verdicts['oordeel_kamer']);
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
		const byFraction = await chartTable(page.locator('figure#chart-fracties'));
		expect(Object.keys(byFraction)).toEqual(['SP']);
		expect(byFraction['SP']!['Ontraden']).toBe(await bigNumber(page, 'ontraden'));
		expect(byFraction['SP']!['Oordeel Kamer']).toBe(await bigNumber(page, 'oordeel_kamer'));
	});
});
