// The documents, one document with its numbered text, and the motions not loaded yet, as a reader
// sees them.
import { expect, test, type Page } from '@playwright/test';

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

test('/documenten lists every document with its kind, date, signatories and motions', async ({
	page
}) => {
	await page.goto('/documenten');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documenten');
	const rows = page.locator('table.documents tbody tr');
	await expect(rows).toHaveCount(5);

	const debate = rows.filter({ hasText: 'Ontwikkelingen rondom de onderhandelingen' });
	await expect(debate.locator('td').nth(1)).toHaveText('debat');
	await expect(debate.locator('td').nth(2)).toHaveText('2025-09-11');
	await expect(debate.locator('td').nth(4)).toHaveText('20');

	const letter = rows.filter({ hasText: '001_5a2fb29aceb06802.txt' });
	await expect(letter.locator('td').nth(1)).toHaveText('brief');
	await expect(letter.locator('td').nth(2)).toHaveText('2025-09-10');
	await expect(letter.locator('td').nth(3)).toHaveText('Van Weel, Brekelmans');
	await expect(letter.locator('td').nth(5)).toHaveText('2');

	await expect(rows.filter({ hasText: '000_' }).locator('td').nth(1)).toHaveText('antwoorden');
	await expect(rows.filter({ hasText: '002_' }).locator('td').nth(1)).toHaveText(
		'schriftelijk overleg'
	);
	await shot(page, 'documenten');
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
	await expect(page.locator('dl.meta')).toContainText('2025-09-10');

	const cited = page.getByRole('region', { name: /Geciteerde moties/ }).locator('tbody tr');
	await expect(cited).toHaveCount(2);
	await expect(cited.nth(0)).toContainText('36045-191');
	await expect(cited.nth(0)).toContainText('nog niet geladen');
	await expect(cited.nth(1)).toContainText('21501-02-3047');

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
	await expect(page.locator('dl.meta')).toContainText('3994 regels');
	await expect(
		page.getByRole('region', { name: /Ingediende moties \(20\)/ }).locator('tbody tr')
	).toHaveCount(20);
	await expect(page.locator('.source .line')).toHaveCount(3994);

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
	await expect(page.locator('#L512').getByRole('link', { name: /motie Boswijk/ })).toHaveAttribute(
		'href',
		'/moties/21501-02-2962'
	);
	await shot(page, 'document-schriftelijk-overleg');
});

test('/nog-niet-geladen lists the cited motions, how often and where', async ({ page }) => {
	await page.goto('/nog-niet-geladen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nog niet geladen');
	const rows = page.locator('table.not-loaded tbody tr');
	await expect(rows).toHaveCount(3);

	const m191 = rows.filter({ has: page.getByRole('link', { name: '36045-191', exact: true }) });
	await expect(m191.locator('td').nth(2)).toHaveText('2×');
	await expect(m191.locator('td').nth(1)).toHaveText('Timmermans, Yeşilgöz-Zegerius');
	await expect(m191.getByRole('link', { name: 'regel 139' })).toHaveAttribute(
		'href',
		/\/documenten\/\d+\?from=139#L139$/
	);
	await expect(m191.getByRole('link', { name: 'regel 357' })).toBeVisible();

	const m3047 = rows.filter({ has: page.getByRole('link', { name: '21501-02-3047' }) });
	await expect(m3047.locator('td').nth(2)).toHaveText('1×');
	await expect(m3047.locator('td').nth(1)).toHaveText('Paternotte, Van Campen');

	const m2962 = rows.filter({ has: page.getByRole('link', { name: '21501-02-2962' }) });
	await expect(m2962.locator('td').nth(2)).toHaveText('1×');
	await expect(m2962).toContainText('in lijn met de motie Boswijk (Kamerstuk 21 501-02, nr. 2962)');

	await expect(page.getByRole('heading', { name: 'Niet herleide verwijzingen (0)' })).toBeVisible();
	await shot(page, 'nog-niet-geladen');

	await m191.getByRole('link', { name: 'regel 139' }).click();
	await expect(page.locator('#L139')).toBeInViewport();
	await expect(page.locator('#L139')).toHaveClass(/\bhl\b/);
});

test('the document pages fit a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const path of ['/documenten', '/nog-niet-geladen']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.getByRole('link', { name: 'regel 357' }).click();
	await expect(page.locator('#L357')).toBeInViewport();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.screenshot({ path: 'tests/e2e/screenshots/document-telefoon.png' });
});
