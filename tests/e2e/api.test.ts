// The JSON API against the built app, over HTTP, as other tools call it. Expected numbers come
// from the Kamer's open data (zaken.jsonl) and the seed debate's gold file.
import { test, expect } from '@playwright/test';
import { goldMotions } from '../helpers/paths';
import { registryFacts } from './registry-data';

type Counts = Record<string, number>;
interface Stats {
	byVerdict: Counts;
	byMinister: Record<string, Counts>;
	byFirstSignerParty: Record<string, Counts>;
}

test('/api/stats keeps the gold file’s shape and counts the whole Kamer', async ({ request }) => {
	const response = await request.get('/api/stats');
	expect(response.status()).toBe(200);
	const stats = (await response.json()) as Stats;
	const gold = goldMotions().totals;
	// The gold file's fields, and the ones added beside them (never renamed).
	expect(Object.keys(stats).sort()).toEqual([...Object.keys(gold), 'adviceAndOutcome'].sort());

	// By verdict: the transcript's where it has one, else the registry label (zaken.jsonl).
	const facts = registryFacts();
	expect(stats.byVerdict).toEqual({
		oordeel_kamer: 0,
		ontraden: 0,
		overbodig: 0,
		...facts.verdicts
	});

	// By cabinet member: only the transcript names one; the motions an amended version replaced
	// (36045-234 and 235, replaced by 237 and 238) count nowhere.
	const byMinister: Record<string, Counts> = {};
	for (const m of goldMotions().motions) {
		if (facts.replaced.has(m.id)) continue;
		byMinister[m.minister] ??= { oordeel_kamer: 0, ontraden: 0 };
		byMinister[m.minister]![m.verdict]! += 1;
	}
	expect(stats.byMinister).toEqual(byMinister);

	// By the first signer's fraction: every motion with a verdict, once.
	const sums: Counts = {};
	for (const counts of Object.values(stats.byFirstSignerParty))
		for (const [v, n] of Object.entries(counts)) sums[v] = (sums[v] ?? 0) + n;
	for (const [v, n] of Object.entries(stats.byVerdict)) expect(sums[v] ?? 0, v).toBe(n);
});

test('/api/motions filters like the list: SP and ontraden', async ({ request }) => {
	const stats = (await (await request.get('/api/stats?fraction=SP')).json()) as Stats;
	type Page = {
		total: number;
		motions: { id: string; firstSignerFraction: string; verdict: string }[];
	};
	const motions: Page['motions'] = [];
	let total = 0;
	for (let page = 1; page === 1 || motions.length < total; page++) {
		const response = await request.get(
			`/api/motions?fraction=SP&verdict=ontraden&perPage=200&page=${page}`
		);
		const body = (await response.json()) as Page;
		total = body.total;
		if (!body.motions.length) break;
		motions.push(...body.motions);
	}
	expect(total).toBe(stats.byVerdict['ontraden']);
	expect(motions).toHaveLength(total);
	expect(motions.every((m) => m.firstSignerFraction === 'SP')).toBe(true);
	expect(motions.every((m) => m.verdict === 'ontraden')).toBe(true);
	// Dobbe's four motions in the seed debate (gold file) are among them.
	const ids = motions.map((m) => m.id);
	for (const m of goldMotions().motions.filter((m) => m.signers[0] === 'Dobbe'))
		expect(ids).toContain(m.id);
});

test('/api/motions answers a huge page number with an empty page, not a server error', async ({
	request
}) => {
	const response = await request.get('/api/motions?page=1e20&perPage=500');
	expect(response.status()).toBe(200);
	const body = (await response.json()) as { total: number; motions: unknown[] };
	expect(body.total).toBe(registryFacts().counted.length);
	expect(body.motions).toEqual([]);
});
