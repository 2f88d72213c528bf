// The fraction, member, cabinet member and debate pages, read as a visitor reads them: reached by
// clicking through the lists. What only the transcript knows (cabinet members, the debate) is
// checked against the gold file; counts over the whole Kamer against the API that lists them.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { goldMotions } from '../helpers/paths';
import { registryFacts } from './registry-data';

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

/** A count as the page writes it ("1.234"), read back. */
const count = (text: string) => Number(text.trim().replace(/\./g, ''));

/** The numbers table under a verdict chart, opened as a visitor opens it: group → column → number. */
async function chartTable(page: Page, chartId: string) {
	const figure = page.locator(`figure#${chartId}`);
	await figure.getByText('Tabel met dezelfde cijfers').click();
	const rows = await tableRows(page, `figure#${chartId} table`);
	return Object.fromEntries(
		rows.map((r) => [
			r['Groep']!.split(' — ')[0]!.trim(),
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^[\d.]+$/.test(v) ? count(v) : v]))
		])
	) as Record<string, Record<string, number>>;
}

const verdictOf = (row: Record<string, string>) =>
	row['Appreciatie']!.replace(/\s*register$/, '')
		.replace('*', '')
		.trim();

/** How many motions the list gives for a query string (the same filters as the pages). */
async function listTotal(request: APIRequestContext, query: string): Promise<number> {
	return (
		(await (await request.get(`/api/motions?${query}&perPage=1`)).json()) as { total: number }
	).total;
}

/** The seed debate's motions that still count (an amended version replaced 234 and 235). */
const seedMotions = () => {
	const { replaced } = registryFacts();
	return goldMotions().motions.filter((m) => !replaced.has(m.id));
};
const partyOf = (signer: string) => goldMotions().parties[signer];

/** The seed debate's verdicts per cabinet member, for the motions `keep` selects. */
function byMinister(keep: (m: ReturnType<typeof seedMotions>[number]) => boolean) {
	const out: Record<string, Record<string, number>> = {};
	for (const m of seedMotions().filter(keep)) {
		out[m.minister] ??= { oordeel_kamer: 0, ontraden: 0 };
		out[m.minister]![m.verdict]! += 1;
	}
	return out;
}

/** The verdict badges of a page's totals ("Oordeel Kamer 3 · Ontraden 3") as verdict → count. */
async function verdictTotals(page: Page, selector: string): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const total of await page.locator(`${selector} .verdict-totals .total`).all()) {
		const verdict = (await total.getAttribute('data-verdict'))!;
		out[verdict] = count((await total.innerText()).match(/([\d.]+)\s*$/)![1]!);
	}
	return out;
}

test('the SP page counts its motions as the list does, with the verdicts of /api/stats', async ({
	page,
	request
}) => {
	await page.goto('/fracties');
	await page.locator('table.fractions').getByRole('link', { name: 'SP', exact: true }).click();
	await expect(page).toHaveURL(/\/fracties\/SP$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('SP');
	const n = await listTotal(request, 'fraction=SP');
	await expect(page.getByTestId('motion-count')).toHaveText(`${n.toLocaleString('nl-NL')} moties`);
	const stats = (await (await request.get('/api/stats?fraction=SP')).json()) as {
		byVerdict: Record<string, number>;
	};
	const nonZero = Object.fromEntries(Object.entries(stats.byVerdict).filter(([, v]) => v > 0));
	expect(await verdictTotals(page, 'p.summary')).toEqual(nonZero);

	const motions = await tableRows(page, 'table.motions');
	expect(motions).toHaveLength(Math.min(n, 50));
	expect(motions.every((m) => m['Fractie'] === 'SP')).toBe(true);
	// Newest first (the dates read in Dutch; <time datetime> keeps them ISO).
	const dates = await page
		.locator('table.motions tbody td.c-date time')
		.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
	expect(dates).toHaveLength(motions.length);
	expect(dates).toEqual([...dates].sort().reverse());

	// With every signer counted: the motions SP members co-signed too.
	await page.getByRole('link', { name: 'alle indieners (ook mede-indieners)' }).click();
	await expect(page).toHaveURL(/signers=all/);
	const all = await listTotal(request, 'fraction=SP&signers=all');
	expect(all).toBeGreaterThan(n);
	await expect(page.getByTestId('motion-count')).toHaveText(
		`${all.toLocaleString('nl-NL')} moties`
	);
	await shot(page, 'fractie-sp');
});

test('GroenLinks-PvdA: the charts agree with /api/stats and the transcript', async ({
	page,
	request
}) => {
	const stats = (await (await request.get('/api/stats')).json()) as {
		byFirstSignerParty: Record<string, Record<string, number>>;
	};
	await page.goto('/fracties');
	const overview = await chartTable(page, 'chart-fracties');
	for (const name of ['GroenLinks-PvdA', 'SP']) {
		const expected = stats.byFirstSignerParty[name]!;
		expect(overview[name]).toMatchObject({
			'Oordeel Kamer': expected['oordeel_kamer'],
			Ontraden: expected['ontraden']
		});
	}
	await shot(page, 'fracties');

	await page.locator('table.fractions').getByRole('link', { name: 'GroenLinks-PvdA' }).click();
	await expect(page).toHaveURL(/\/fracties\/GroenLinks-PvdA$/);
	const n = await listTotal(request, 'fraction=GroenLinks-PvdA');
	await expect(page.getByTestId('motion-count')).toHaveText(`${n.toLocaleString('nl-NL')} moties`);

	// By cabinet member: only the transcript names one (gold file).
	const expected = byMinister((m) => partyOf(m.signers[0]!) === 'GroenLinks-PvdA');
	const chart = await chartTable(page, 'chart-fractie-bewindspersonen');
	for (const [name, verdicts] of Object.entries(expected))
		expect(chart[name]).toMatchObject({
			'Oordeel Kamer': verdicts['oordeel_kamer'],
			Ontraden: verdicts['ontraden']
		});

	// Co-signing fractions, most shared motions first.
	const shared = (await page.locator('ol.co-signers li').allInnerTexts()).map((t) =>
		count(t.match(/— ([\d.]+) moties?/)![1]!)
	);
	expect(shared.length).toBeGreaterThan(0);
	expect(shared).toEqual([...shared].sort((a, b) => b - a));

	const members = await tableRows(page, 'table.members');
	const signed = members.map((m) => count(m['Eerste indiener']!) + count(m['Mede-indiener']!));
	expect(signed).toEqual([...signed].sort((a, b) => b - a));
	expect(members.some((m) => m['Kamerlid']!.includes('Timmermans'))).toBe(true);
	await shot(page, 'fractie-groenlinks-pvda');
});

test('Brekelmans, minister van Defensie, as the transcript has him', async ({ page }) => {
	const mine = seedMotions().filter((m) => m.minister === 'Brekelmans');
	const oordeelKamer = mine.filter((m) => m.verdict === 'oordeel_kamer').length;
	const ontraden = mine.filter((m) => m.verdict === 'ontraden').length;
	await page.goto('/bewindspersonen');
	const list = await tableRows(page, 'table.cabinet-members');
	expect(list.find((r) => r['Bewindspersoon'] === 'Brekelmans')).toMatchObject({
		Post: 'minister van Defensie',
		'Oordeel Kamer': String(oordeelKamer),
		Ontraden: String(ontraden),
		Totaal: String(mine.length)
	});
	await shot(page, 'bewindspersonen');

	await page.getByRole('link', { name: 'Brekelmans' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brekelmans');
	await expect(page.getByText('Bij de appreciaties: minister van Defensie')).toBeVisible();
	await expect(page.getByTestId('appraised-count')).toHaveText(
		`${mine.length} moties van een appreciatie voorzien`
	);

	const motions = await tableRows(page, 'table.motions');
	expect(motions.map((m) => m['Motie']).sort()).toEqual(mine.map((m) => m.id).sort());
	expect(motions.every((m) => m['Bewindspersoon'] === 'Brekelmans')).toBe(true);
	expect(motions.filter((m) => verdictOf(m) === 'Oordeel Kamer')).toHaveLength(oordeelKamer);
	expect(motions.filter((m) => verdictOf(m) === 'Ontraden')).toHaveLength(ontraden);

	const posts = await tableRows(page, 'table.posts');
	expect(posts.map((p) => p['Post'])).toContain('minister van Defensie');

	const letters = page.locator('ul.letters li');
	await expect(letters).toHaveCount(3);
	await expect(letters.first()).toContainText('als minister van Defensie');
	await shot(page, 'bewindspersoon-brekelmans');
});

test('the debate of 11 September 2025 holds the motions that still count', async ({ page }) => {
	const motions = seedMotions();
	await page.goto('/debatten');
	const debates = await tableRows(page, 'table.debates');
	expect(debates).toHaveLength(1);
	expect(debates[0]).toMatchObject({
		Datum: '11 september 2025',
		Moties: String(motions.length),
		Verslag: 'Verslag'
	});
	await shot(page, 'debatten');

	await page.getByRole('link', { name: /onderhandelingen over de oorlog in Oekraïne/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne'
	);
	await expect(page.getByTestId('motion-count')).toHaveText(`${motions.length} moties`);
	const rows = await tableRows(page, 'table.motions');
	// The registry's id for the transcript's "36046-225".
	const ids = motions.map((m) => (m.id === '36046-225' ? '36045-225' : m.id)).sort();
	expect(rows.map((r) => r['Motie']).sort()).toEqual(ids);
	await expect(page.getByRole('link', { name: /Het verslag/ })).toHaveAttribute(
		'href',
		/^\/documenten\/\d+$/
	);

	const chart = await chartTable(page, 'chart-debat-bewindspersonen');
	const expected = byMinister(() => true);
	for (const [name, verdicts] of Object.entries(expected))
		expect(chart[name]).toMatchObject({
			'Oordeel Kamer': verdicts['oordeel_kamer'],
			Ontraden: verdicts['ontraden']
		});
	const sp = motions.filter((m) => partyOf(m.signers[0]!) === 'SP');
	const byFraction = await chartTable(page, 'chart-debat-fracties');
	expect(byFraction['SP']).toMatchObject({ Ontraden: sp.length });
	await shot(page, 'debat');
});

test('Teunissen (PvdD) co-signed motion 36045-225 and signs as the list counts', async ({
	page,
	request
}) => {
	await page.goto('/kamerleden');
	await expect(page.getByText(/Het register bevat \d+ Kamerleden/)).toBeVisible();
	await shot(page, 'kamerleden');
	await page.getByRole('link', { name: 'Teunissen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teunissen');
	await expect(page.getByText('C. (Christine) Teunissen')).toBeVisible();
	const id = page.url().match(/\/kamerleden\/(\d+)/)![1]!;

	const memberships = await tableRows(page, 'table.memberships');
	expect(new Set(memberships.map((m) => m['Fractie']))).toEqual(new Set(['PvdD']));
	const first = count(await page.getByTestId('first-signed').innerText());
	const co = count(await page.getByTestId('co-signed').innerText());
	expect(co).toBeGreaterThan(0);
	expect(first + co).toBe(await listTotal(request, `member=${id}`));

	// Among her co-signed motions: 36045-225 (gold file: the eleventh signer).
	expect(goldMotions().motions.find((m) => m.id === '36046-225')!.signers).toContain('Teunissen');
	await page.goto(`/moties?member=${id}&dossier=36045&from=2025-09-11&to=2025-09-11`);
	await expect(page.locator('tr[data-motion="36045-225"]')).toBeVisible();
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
