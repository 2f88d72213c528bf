// Pages people follow announce their Atom feed, and the feed serves the page's appraisals.
import { expect, test } from '@playwright/test';

test('a fraction page links to its feed, which lists the appraisals of its motions', async ({
	page,
	request
}) => {
	await page.goto('/fracties/SP');
	const link = page.getByTestId('feed-link');
	const href = await link.getAttribute('href');
	expect(href).toBe('/moties/atom.xml?fraction=SP');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
		'href',
		href!
	);
	const response = await request.get(href!);
	expect(response.headers()['content-type']).toContain('application/atom+xml');
	const xml = await response.text();
	expect(xml).toContain('<title>Motiemonitor — appreciaties en stemmingen: fractie SP</title>');
	// Dobbe's motions in seed 003, appraised in the debate.
	expect(xml).toMatch(/<title>36045-2\d\d: (Oordeel Kamer|Ontraden)[^<]*<\/title>/);
});
