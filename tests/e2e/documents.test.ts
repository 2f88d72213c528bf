// The documents, one document with its numbered text, and the motions not loaded yet, as a reader
// sees them. Expected counts come from the bundled documents, the gold files and the open data.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, goldMotions, SHARED } from '../helpers/paths';
import { LABEL_VERDICTS, registryFacts } from './registry-data';

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

test('/documenten lists every document with its kind, date, signatories and motions', async ({
	page
}) => {
	await page.goto('/documenten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documenten');
	// The sample documents, not the thousands of motions' own documents.
	const samples = readdirSync(DOCUMENTS).filter((f) => f.endsWith('.txt'));
	const rows = page.locator('table.documents tbody tr');
	await expect(rows).toHaveCount(samples.length);
	await expect(page.locator('[data-kind="motion"]')).toHaveCount(0);

	const debate = rows.filter({ hasText: 'Ontwikkelingen rondom de onderhandelingen' });
	await expect(debate.locator('td').nth(1)).toHaveText('debat');
	// A date as a person reads it, with the ISO date kept for machines.
	await expect(debate.locator('td').nth(2)).toHaveText('11 september 2025');
	await expect(debate.locator('td').nth(2).locator('time')).toHaveAttribute(
		'datetime',
		'2025-09-11'
	);
	await expect(debate.locator('td').nth(4)).toHaveText(String(goldMotions().motionCount));

	// A document is its title and date: no file name in the list.
	await expect(page.locator('table.documents')).not.toContainText('.txt');
	const letter = rows.filter({ hasText: 'Kamerbrief over veiligheidsgaranties' });
	await expect(letter.locator('td').nth(1)).toHaveText('brief');
	await expect(letter.locator('td').nth(2)).toHaveText('10 september 2025');
	await expect(letter.locator('td').nth(3)).toHaveText('Van Weel, Brekelmans');
	await expect(letter.locator('td').nth(5)).toHaveText('2');

	await expect(
		rows.filter({ hasText: 'Antwoorden op schriftelijke vragen' }).locator('td').nth(1)
	).toHaveText('antwoorden');
	await expect(
		rows.filter({ hasText: 'Schriftelijk overleg over' }).locator('td').nth(1)
	).toHaveText('schriftelijk overleg');
	await shot(page, 'documenten');
});

test('the motions’ own documents are a kind to choose, paged', async ({ page }) => {
	// Every registry motion whose published document is in the open data.
	const dir = join(SHARED, 'opendata-2023-2025', 'motions');
	const expected = [...registryFacts().motions.keys()].filter((id) =>
		existsSync(join(dir, `kst-${id}.xml`))
	).length;
	await page.goto('/documenten', { waitUntil: 'networkidle' });
	await page
		.getByRole('combobox', { name: 'Soort' })
		.selectOption({ label: `Motie (eigen document) (${expected.toLocaleString('nl-NL')})` });
	await page.getByRole('button', { name: 'Tonen' }).click();
	await expect(page).toHaveURL(/soort=motion/);
	await expect(page.locator('p.count')).toHaveAttribute('data-total', String(expected));
	const rows = page.locator('table.documents tbody tr');
	await expect(rows).toHaveCount(50);
	await expect(rows.first().locator('[data-kind="motion"]')).toHaveText('Motie (eigen document)');
	const pager = page.getByRole('navigation', { name: 'Paginering' });
	await expect(pager).toContainText(`1–50 van ${expected.toLocaleString('nl-NL')}`);
	await pager.getByRole('link', { name: /Volgende/ }).click();
	await expect(pager).toContainText(`51–100 van ${expected.toLocaleString('nl-NL')}`);
	await expect(page).toHaveURL(/soort=motion/);

	// One motion's own document leads to its motion.
	await page.goto('/moties/36045-225');
	await page.getByRole('link', { name: 'de gepubliceerde motietekst' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Motie van het lid Paternotte c.s.'
	);
	await expect(page.locator('dl.meta')).toContainText('Motie (eigen document)');
	await expect(
		page.locator('dl.meta').getByRole('link', { name: 'motie 36045-225' })
	).toHaveAttribute('href', '/moties/36045-225');
	await shot(page, 'documenten-motie');
});

test('a letter shows its signatories, the motions it cites and the references in its text', async ({
	page
}) => {
	await page.goto('/documenten');
	await page.getByRole('link', { name: /Kamerbrief over veiligheidsgaranties/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Kamerbrief over veiligheidsgaranties voor Oekraïne en de Coalition of the Willing'
	);
	await expect(page.locator('dl.meta')).toContainText(
		'Van Weel (minister van Buitenlandse Zaken), Brekelmans (minister van Defensie)'
	);
	await expect(page.locator('dl.meta')).toContainText('10 september 2025');
	// The file name, only in the document's metadata.
	await expect(page.locator('dl.meta')).toContainText('001_5a2fb29aceb06802.txt');

	const cited = page.getByRole('region', { name: /Geciteerde moties/ }).locator('tbody tr');
	await expect(cited).toHaveCount(2);
	await expect(cited.nth(0)).toContainText('36045-191');
	await expect(cited.nth(1)).toContainText('21501-02-3047');
	// Both are in the registry now: their label, marked as the registry's (zaken.jsonl).
	const facts = registryFacts();
	for (const [i, id] of ['36045-191', '21501-02-3047'].entries()) {
		const verdict = LABEL_VERDICTS[facts.motions.get(id)!.label!]!;
		const cell = cited.nth(i).locator('td').nth(3);
		await expect(cell.locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
		await expect(cell).toContainText('register');
	}

	// In the text, the reference wraps over lines 138–140 and links to the motion on each line.
	const line139 = page.locator('#L139');
	await expect(line139.getByRole('link', { name: /36045-191/ })).toHaveAttribute(
		'href',
		'/moties/36045-191'
	);
	await expect(
		page.locator('#L140').getByRole('link', { name: /Paternotte en Van Campen/ })
	).toHaveAttribute('href', '/moties/21501-02-3047');
	await shot(page, 'document-brief-001');
});

test('the debate document numbers 3994 lines and highlights a requested range', async ({
	page
}) => {
	await page.goto('/documenten');
	await page.getByRole('link', { name: /Ontwikkelingen rondom de onderhandelingen/ }).click();
	await expect(page.locator('dl.meta')).toContainText('3.994 regels');
	// The debate's motions that still count; the two its amended versions replaced are named apart.
	const { replaced } = registryFacts();
	const counting = goldMotions().motions.filter((m) => !replaced.has(m.id));
	const tabled = page.getByRole('region', { name: `Ingediende moties (${counting.length})` });
	await expect(tabled.locator('tbody tr')).toHaveCount(counting.length);
	await expect(tabled.locator('p.replaced')).toContainText('36045-234 door 36045-237');
	await expect(tabled.locator('p.replaced')).toContainText('36045-235 door 36045-238');
	// A window of 500 lines at a time, paged.
	await expect(page.locator('.source .line')).toHaveCount(500);
	const pager = page.getByRole('navigation', { name: "Tekstpagina's" }).first();
	await expect(pager).toContainText('regels 1–500 van 3.994');
	await pager.getByRole('link', { name: 'volgende regels →' }).click();
	await expect(page).toHaveURL(/\?pagina=2$/);
	await expect(page.locator('.source .line').first()).toHaveId('L501');
	await expect(page.locator('.source .line')).toHaveCount(500);

	const url = new URL(page.url());
	await page.goto(`${url.pathname}?from=3931&to=3944#L3931`);
	await expect(page.locator('#L3931')).toBeInViewport();
	await expect(page.locator('.line.hl')).toHaveCount(14);
	await expect(page.locator('#L3931')).toContainText('De motie op stuk nr. 233');
	// Odd query strings never break the page.
	const odd = await page.goto(`${url.pathname}?from=abc&to=-3`);
	expect(odd?.status()).toBe(200);
	await expect(page.locator('.line.hl')).toHaveCount(0);
	const past = await page.goto(`${url.pathname}?from=99999`);
	expect(past?.status()).toBe(200);
	await expect(page.locator('.line.hl')).toHaveCount(1);
	await expect(page.locator('.line.hl')).toHaveId('L3994');
});

test('a written consultation shows the fractions that asked questions', async ({ page }) => {
	await page.goto('/documenten');
	await page
		.getByRole('link', { name: /Schriftelijk overleg over de geannoteerde agenda/ })
		.click();
	const asked = page.getByRole('region', { name: 'Vragen gesteld door' }).getByRole('listitem');
	await expect(asked.first()).toContainText('D66: 8 vragen');
	await expect(asked.filter({ hasText: 'PVV' })).toContainText('PVV: 11');
	await expect(asked.filter({ hasText: 'BBB' })).toContainText('BBB: 7 vragen');
	// The text shows 500 lines at a time: line 512 is on the second page.
	await page
		.getByRole('navigation', { name: "Tekstpagina's" })
		.first()
		.getByRole('link', { name: 'volgende regels →' })
		.click();
	await expect(page).toHaveURL(/\?pagina=2$/);
	await expect(page.locator('#L512').getByRole('link', { name: /motie Boswijk/ })).toHaveAttribute(
		'href',
		'/moties/21501-02-2962'
	);
	await shot(page, 'document-schriftelijk-overleg');
});

test('/nog-niet-geladen lists the cited motions the registry does not hold either', async ({
	page
}) => {
	const facts = registryFacts();
	const cited = [
		...new Set(
			(
				JSON.parse(readFileSync(join(SHARED, 'gold', 'references.json'), 'utf8')) as {
					references: { motion: string }[];
				}
			).references.map((r) => r.motion)
		)
	];
	const missing = cited.filter((id) => !facts.motions.has(id));
	await page.goto('/nog-niet-geladen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog niet geladen');
	await expect(page.locator('table.not-loaded tbody tr[data-motion]')).toHaveCount(missing.length);
	if (!missing.length)
		await expect(page.getByText('Alle genoemde moties zijn geladen.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Niet herleide verwijzingen (0)' })).toBeVisible();
	await shot(page, 'nog-niet-geladen');

	// A motion the letters cite, now known from the registry, still shows where it is cited.
	expect(facts.motions.has('36045-191')).toBe(true);
	await page.goto('/moties/36045-191');
	const m191 = page.getByRole('region', { name: /Genoemd in/ });
	await m191.getByRole('link', { name: 'regel 139 in de tekst' }).click();
	await expect(page.locator('#L139')).toBeInViewport();
	await expect(page.locator('#L139')).toHaveClass(/\bhl\b/);
});

test('the document pages fit a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of ['/documenten', '/documenten?soort=motion', '/nog-niet-geladen']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.goto('/moties/36045-191');
	await page.getByRole('link', { name: 'regel 357 in de tekst' }).click();
	await expect(page.locator('#L357')).toBeInViewport();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.screenshot({ path: 'tests/e2e/screenshots/document-telefoon.png' });
});
