// Pages are served from what changes rarely: an ETag from the data version, a 304 for a browser
// that has the page, the same answer again without rendering it, and downloads left to stream.
import { test, expect } from '@playwright/test';

test('a page carries the data version as its ETag and answers 304 to a browser that has it', async ({
	request
}) => {
	const first = await request.get('/fracties');
	expect(first.status()).toBe(200);
	const etag = first.headers()['etag'];
	expect(etag).toMatch(/^"[0-9a-f]{8}-\d+"$/);
	expect(first.headers()['cache-control']).toBe('public, no-cache');

	const again = await request.get('/fracties');
	expect(again.headers()['etag']).toBe(etag);
	expect(await again.text()).toBe(await first.text());

	const revalidated = await request.get('/fracties', { headers: { 'if-none-match': etag! } });
	expect(revalidated.status()).toBe(304);
	expect(await revalidated.body()).toHaveLength(0);

	// Every page and API answer of one data version shares the ETag.
	const stats = await request.get('/api/stats');
	expect(stats.headers()['etag']).toBe(etag);
	const stale = await request.get('/api/stats', { headers: { 'if-none-match': '"00000000-0"' } });
	expect(stale.status()).toBe(200);
});

test('exports stream and are not stored: no ETag', async ({ request }) => {
	const csv = await request.get('/moties/export.csv');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['etag']).toBeUndefined();
	expect((await csv.text()).split('\r\n').length).toBeGreaterThan(7000);
});

test('a page that does not exist is not stored as if it did', async ({ request }) => {
	const missing = await request.get('/moties/99999-1');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['etag'] ?? '').not.toMatch(/^"[0-9a-f]{8}-/);
	expect(missing.headers()['cache-control']).not.toBe('public, no-cache');
});
