// On a 390 px wide phone the motion list is a column of cards: number, subject, fraction and
// verdict of each motion on screen, nothing to scroll sideways for.
import { expect, test } from '@playwright/test';

test("the motion list on a phone shows the first row's verdict inside the viewport", async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/moties?fraction=SP');
	const first = page.locator('table.motions tbody tr[data-motion]').first();
	for (const cell of ['c-id', 'c-subject', 'c-fraction', 'c-verdict']) {
		const box = (await first.locator(`td.${cell}`).boundingBox())!;
		expect(box, cell).not.toBeNull();
		expect(box.x, cell).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, cell).toBeLessThanOrEqual(390);
		expect(box.y + box.height, cell).toBeLessThanOrEqual(844 * 3);
	}
	// Scrolled down to (past the filters), the whole row is on screen, its verdict too.
	await first.scrollIntoViewIfNeeded();
	await expect(first.locator('td.c-verdict [data-verdict]')).toBeInViewport({ ratio: 1 });
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(390);
});

test('the first Tab stop is a link to the content, which takes the focus there', async ({
	page
}) => {
	await page.goto('/moties');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#inhoud')).toBeFocused();
});
