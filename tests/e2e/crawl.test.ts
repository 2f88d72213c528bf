// The whole site answers: every internal link reachable from the overview returns no server
// error, odd query strings included, and the overview fits a phone screen.
import { test, expect } from '@playwright/test';

const MAX_PAGES = 400;

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&lt;': '<',
	'&gt;': '>'
};
const decode = (s: string) => s.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e]!);

/** The internal links of a page's HTML, as path + query, without hashes and download links. */
function internalLinks(html: string, base: string, origin: string): string[] {
	const out: string[] = [];
	for (const [tag, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"[^>]*>/g)) {
		if (/\sdownload\b/.test(tag)) continue;
		let url: URL;
		try {
			url = new URL(decode(href!), base);
		} catch {
			continue;
		}
		if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
		if (/\.(csv|json)$/i.test(url.pathname)) continue;
		out.push(url.pathname + url.search);
	}
	return out;
}

test('every internal link answers without a server error', async ({ page, baseURL }) => {
	test.setTimeout(600_000);
	const origin = new URL(baseURL!).origin;
	const queue = ['/'];
	const seen = new Set(queue);
	const failures: string[] = [];
	const paths = new Set<string>();
	let visited = 0;

	while (queue.length && visited < MAX_PAGES) {
		const path = queue.shift()!;
		const response = await page.request.get(path);
		visited++;
		if (response.status() >= 500) failures.push(`${response.status()} ${path}`);
		paths.add(new URL(response.url()).pathname);
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		for (const link of internalLinks(await response.text(), response.url(), origin)) {
			if (seen.has(link)) continue;
			seen.add(link);
			queue.push(link);
		}
	}

	console.log(`crawled ${visited} pages (${seen.size} links found, ${paths.size} paths)`);
	expect(failures).toEqual([]);
	expect(visited).toBeGreaterThanOrEqual(Math.min(seen.size, MAX_PAGES));
	for (const nav of ['/fracties', '/kamerleden', '/bewindspersonen', '/debatten', '/datakwaliteit'])
		expect(seen.has(nav), nav).toBe(true);
});

test('odd query strings give no server error', async ({ page }) => {
	test.setTimeout(300_000);
	const odd = [
		'page=-1&perPage=0&sort=%3Bdrop&dir=sideways',
		'signers=%00&verdict=%3Cscript%3E&fraction=%27%22&member=1e9&debate=abc',
		'from=2025-13-45&to=x&q=%22%28*&conditional=maybe&status=nope&alle=2&page=99999999999'
	];
	const paths = [
		'/',
		'/moties',
		'/fracties',
		'/fracties/SP',
		'/kamerleden',
		'/kamerleden/1',
		'/bewindspersonen',
		'/debatten',
		'/debatten/1',
		'/documenten',
		'/nog-niet-geladen',
		'/datakwaliteit',
		'/moties/36045-225'
	];
	const failures: string[] = [];
	for (const path of paths)
		for (const query of odd) {
			const response = await page.request.get(`${path}?${query}`);
			if (response.status() >= 500) failures.push(`${response.status()} ${path}?${query}`);
		}
	expect(failures).toEqual([]);
});

test('the overview fits a phone screen', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	await page.screenshot({ path: 'tests/e2e/screenshots/overzicht-telefoon.png', fullPage: true });
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375 + 1);
});
