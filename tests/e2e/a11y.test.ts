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
