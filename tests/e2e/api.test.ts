// The JSON API against the built app, over HTTP, as other tools call it.
import { test, expect } from '@playwright/test';
import { goldMotions } from '../helpers/paths';

test('/api/stats returns the gold totals for the sample data', async ({ request }) => {
	const response = await request.get('/api/stats');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual(goldMotions().totals);
});

test('/api/motions filters like the list: SP and ontraden give 4 motions', async ({ request }) => {
	const response = await request.get('/api/motions?fraction=SP&verdict=ontraden');
	const body = (await response.json()) as { total: number; motions: { id: string }[] };
	expect(body.total).toBe(4);
	expect(body.motions.map((m) => m.id)).toEqual([
		'36045-226',
		'36045-227',
		'36045-228',
		'36045-229'
	]);
});

test('/api/motions answers a huge page number with an empty page, not a server error', async ({
	request
}) => {
	const response = await request.get('/api/motions?page=1e20&perPage=500');
	expect(response.status()).toBe(200);
	const body = (await response.json()) as { total: number; motions: unknown[] };
	expect(body.total).toBe(23);
	expect(body.motions).toEqual([]);
});
