// axe-core on the pages people use most: no serious or critical accessibility violations.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = [
	['het overzicht', '/'],
	['de motielijst', '/moties'],
	['een motie', '/moties/36045-216'],
	['een fractie', '/fracties/SP'],
	['een document', '(het eerste document bij luchtverdediging)'],
	['zoeken', '/zoeken?q=luchtverdediging'],
	['nieuw sinds', '/nieuw'],
	['advies en uitkomst', '/advies-en-uitkomst']
] as const;

for (const [name, path] of PAGES) {
	test(`${name} (${path}) has no serious or critical axe violations`, async ({ page }) => {
		// A transcript's page holds every line: axe takes its time over it.
		test.setTimeout(90_000);
		let url: string = path;
		if (path === '(het eerste document bij luchtverdediging)') {
			// The first document the search finds for the minister's word.
			await page.goto('/zoeken?q=luchtverdediging');
			url = (await page.getByTestId('document-hits').locator('a').first().getAttribute('href'))!;
		}
		await page.goto(url);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		const bad = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`
			);
		expect(bad, `${url}\n${bad.join('\n')}`).toEqual([]);
	});
}

// A table wider than a phone scrolls in its own box: a keyboard must reach and scroll that box too.
test('every scroll box is a named region a keyboard can reach, also where it overflows', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	for (const path of ['/fracties', '/advies-en-uitkomst', '/kamerleden', '/debatten']) {
		await page.goto(path);
		const boxes = await page.locator('.table-scroll').evaluateAll((els) =>
			els.map((el) => ({
				tabindex: el.getAttribute('tabindex'),
				role: el.getAttribute('role'),
				label: el.getAttribute('aria-label') ?? '',
				overflows: el.scrollWidth > el.clientWidth
			}))
		);
		expect(boxes.length, path).toBeGreaterThan(0);
		for (const box of boxes) {
			expect(box, path).toMatchObject({ tabindex: '0', role: 'region' });
			expect(box.label, path).not.toBe('');
		}
		// Every box that scrolls at this width, and any other: axe's own rule.
		const results = await new AxeBuilder({ page })
			.withRules(['scrollable-region-focusable', 'color-contrast'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`),
			path
		).toEqual([]);
	}
	// Tabbing into the first overflowing box and pressing → scrolls it.
	await page.goto('/advies-en-uitkomst');
	const box = page.locator('.table-scroll').first();
	await box.focus();
	await expect(box).toBeFocused();
	if (await box.evaluate((el) => el.scrollWidth > el.clientWidth)) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	}
});

test('the disabled pager and the "Geen appreciatie" badge reach WCAG AA contrast', async ({
	page
}) => {
	// The first page of the list: "← Vorige" is disabled; motions without a verdict show the badge.
	await page.goto('/moties?verdict=none&status=tabled');
	await expect(page.locator('.pagination .off').first()).toBeVisible();
	await expect(page.locator('.badge.none').first()).toBeVisible();
	const results = await new AxeBuilder({ page })
		.include('.pagination')
		.include('table.motions')
		.withRules(['color-contrast'])
		.analyze();
	expect(results.violations).toEqual([]);
	expect(results.passes.map((p) => p.id)).toContain('color-contrast');
});
