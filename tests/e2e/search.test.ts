// The search box in the header: a motion id opens the motion, a name finds the member and her
// motions, a word finds what the minister said in the transcript, on its line.
import { expect, test, type Page } from '@playwright/test';

async function searchFromHeader(page: Page, q: string) {
	await page.goto('/debatten');
	const box = page.getByRole('search').getByRole('searchbox');
	await box.fill(q);
	await box.press('Enter');
}

test('a motion id typed in the header search opens that motion', async ({ page }) => {
	await searchFromHeader(page, '36045-233');
	await expect(page).toHaveURL(/\/moties\/36045-233$/);
	await expect(page.locator('h1')).toContainText('36045-233');
	await searchFromHeader(page, '36045 nr. 233');
	await expect(page).toHaveURL(/\/moties\/36045-233$/);
});

test('"Dobbe" lists the member and her motions', async ({ page }) => {
	await searchFromHeader(page, 'Dobbe');
	await expect(page).toHaveURL(/\/zoeken\?q=Dobbe/);
	await expect(page.locator('li[data-kind="kamerlid"]').first()).toContainText('Dobbe (SP)');
	const motions = page.getByTestId('member-motions').locator('li');
	expect(await motions.count()).toBeGreaterThanOrEqual(4);
	// Each by its subject: the registry's title after "Motie van de leden Dobbe en Van Baarle over".
	await expect(page.getByTestId('member-motions')).toContainText(
		'21501-20-2275 Ontraden In Europees verband het initiatief nemen voor onderhandelingen tussen Rusland en Oekraïne'
	);
	await expect(page.getByTestId('member-motions')).not.toContainText('Motie van het lid');
	await expect(page.getByRole('link', { name: 'Alle moties van Dobbe (SP)' })).toHaveAttribute(
		'href',
		/^\/moties\?member=\d+$/
	);
});

test('"luchtverdediging" finds the minister\'s words in the transcript and links to the line', async ({
	page
}) => {
	await searchFromHeader(page, 'luchtverdediging');
	const hits = page.getByTestId('document-hits');
	await expect(hits.locator('mark').first()).toHaveText(/^luchtverdediging$/i);
	const line = hits.locator('a.line').first();
	const href = await line.getAttribute('href');
	expect(href).toMatch(/^\/documenten\/\d+\?from=\d+#L\d+$/);
	await line.click();
	const n = href!.split('#L')[1];
	await expect(page.locator(`#L${n}`)).toContainText(/luchtverdediging/i);
});
