// The open-data client against a local stand-in serving the Kamer's real 7,937 motion records:
// paging, since, resume after a kill, retries and the rate limit (on an injected clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ODataClient,
	ODataHttpError,
	ODataNetworkError,
	CursorError,
	fetchPages,
	fetchResource,
	parseRetryAfter,
	timestampKey,
	type ClientOptions,
	type ODataRecord,
	type Page
} from '../../src/lib/server/sync/odata';
import { memoryCursorStore, parseCursor, syncEntity } from '../../src/lib/server/sync/state';
import {
	OPENDATA,
	fullRecord,
	startODataServer,
	storedRecords,
	type ODataTestServer
} from '../helpers/odata-server';

const START = Date.parse('2026-12-01T12:00:00Z');

/** A clock whose sleeps pass at once, recording the virtual time they stand for. */
function fakeClock() {
	let t = START;
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => t,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			t += ms;
		}
	};
}

let server: ODataTestServer;
let zaken: ODataRecord[];
let zaakIds: string[];

beforeAll(async () => {
	server = await startODataServer();
	zaken = storedRecords('Zaak').map((r) => r.data);
	zaakIds = zaken.map((z) => z.Id as string);
});
afterAll(() => server.close());

/** A client on the test server and a fake clock; `at` holds the virtual time each request started. */
function setup(options: ClientOptions = {}) {
	const clock = fakeClock();
	const at: number[] = [];
	const client = new ODataClient({
		baseUrl: server.baseUrl,
		clock,
		random: () => 0,
		fetch: (input, init) => {
			at.push(clock.now());
			return fetch(input, init);
		},
		...options
	});
	return { client, clock, at };
}

async function collect<T>(pages: AsyncIterable<Page<T>>, stopAfter = Infinity) {
	const seen: Page<T>[] = [];
	for await (const page of pages) {
		seen.push(page);
		if (seen.length >= stopAfter) break;
	}
	return seen;
}

const ids = (pages: Page<ODataRecord>[]) =>
	pages.flatMap((p) => p.value.map((r) => r.Id as string));

describe('paging through all 7,937 motions', () => {
	it('follows the server’s @odata.nextLink as written: 32 pages, every record once, as in zaken.jsonl', async () => {
		const { client } = setup();
		const from = server.requests.length;
		const pages = await collect(client.fetchPages('Zaak', { strategy: 'nextLink' }));
		expect(pages).toHaveLength(32);
		expect(pages.slice(0, 31).every((p) => p.value.length === 250)).toBe(true);
		expect(pages[31]!.value).toHaveLength(7937 - 31 * 250);
		const got = ids(pages);
		expect(got).toHaveLength(7937);
		expect(new Set(got).size).toBe(7937);
		const known = new Set(zaakIds);
		expect(got.filter((id) => !known.has(id))).toEqual([]);
		// Each record as stored (without the Document it was collected with, which was not asked for).
		const stored = new Map(zaken.map((z) => [z.Id, JSON.stringify(z)]));
		const differing = pages
			.flatMap((p) => p.value)
			.filter((r) => JSON.stringify(r) !== stored.get(r.Id));
		expect(differing).toEqual([]);
		expect(pages[0]!.value[0]).not.toHaveProperty('Document');

		const log = server.requests.slice(from);
		expect(log).toHaveLength(32);
		expect(log[0]!.url).toBe('/OData/v4/2.0/Zaak?$orderby=ApiGewijzigdOp%2CId');
		// Each later request is the previous page's nextLink, byte for byte.
		for (let i = 1; i < 32; i++) {
			const link = new URL(pages[i - 1]!.nextLink!);
			expect(link.origin).toBe(server.origin);
			expect(log[i]!.url).toBe(link.pathname + link.search);
		}
		expect(pages[0]!.nextLink).toBe(`${server.baseUrl}Zaak?$orderby=ApiGewijzigdOp%2CId&$skip=250`);
		expect(pages[30]!.nextLink).toBe(
			`${server.baseUrl}Zaak?$orderby=ApiGewijzigdOp%2CId&$skip=7750`
		);
		expect(pages[31]!.nextLink).toBeNull();
		expect(pages[31]!.cursor.done).toBe(true);
		expect(log.every((r) => /^Motiemonitor\//.test(String(r.headers['user-agent'])))).toBe(true);
	});

	it('answers in the API’s page shape, its next link rebuilt as ASP.NET OData does', async () => {
		const res = await fetch(
			`${server.baseUrl}Zaak?$select=Id,Nummer&$orderBy=Id&$top=300&$count=true`
		);
		expect(res.headers.get('content-type')).toMatch(/^application\/json; odata.metadata=minimal/);
		const body = (await res.json()) as Record<string, unknown>;
		expect(Object.keys(body)).toEqual([
			'@odata.context',
			'@odata.count',
			'@odata.nextLink',
			'value'
		]);
		expect(body['@odata.context']).toBe(`${server.baseUrl}$metadata#Zaak(Id,Nummer)`);
		expect(body['@odata.count']).toBe(7937);
		expect(body.value).toHaveLength(250);
		// Option names lower-cased, values escaped, $top less the page, $skip last.
		expect(body['@odata.nextLink']).toBe(
			`${server.baseUrl}Zaak?$select=Id%2CNummer&$orderby=Id&$top=50&$count=true&$skip=250`
		);
		const rest = (await (await fetch(body['@odata.nextLink'] as string)).json()) as {
			value: unknown[];
		};
		expect(rest.value).toHaveLength(50);
		expect(rest).not.toHaveProperty('@odata.nextLink');
	});

	it('pages by keyset by default (ApiGewijzigdOp ge the last one seen): every record once, in order', async () => {
		const { client } = setup();
		const from = server.requests.length;
		const pages = await collect(client.fetchPages('Zaak', { count: true, select: 'Id' }));
		const got = ids(pages);
		expect(got).toHaveLength(7937);
		expect(new Set(got).size).toBe(7937);
		expect(pages[0]!.count).toBe(7937);
		const stamps = pages.flatMap((p) =>
			p.value.map((r) => timestampKey(r.ApiGewijzigdOp as string)!)
		);
		expect(stamps).toEqual([...stamps].sort());
		const log = server.requests.slice(from);
		expect(log[1]!.url).toBe(
			`/OData/v4/2.0/Zaak?$filter=ApiGewijzigdOp%20ge%20${encodeURIComponent(
				pages[0]!.value[249]!.ApiGewijzigdOp as string
			)}&$orderby=ApiGewijzigdOp%2CId&$select=Id%2CApiGewijzigdOp&$count=true`
		);
		// Each keyset page re-reads the last record(s) of the one before (the tie) and drops them.
		expect(pages.slice(1).every((p) => p.received > p.value.length)).toBe(true);
	});

	it('with $expand=Document, serves each record exactly as stored', async () => {
		const since = '2025-09-15T00:00:00Z';
		const expected = storedRecords('Zaak').filter(
			(z) => Date.parse(z.data.ApiGewijzigdOp as string) >= Date.parse(since)
		);
		const { client } = setup();
		const pages = await collect(client.fetchPages('Zaak', { since, expand: 'Document' }));
		const got = pages.flatMap((p) => p.value);
		expect(got).toHaveLength(916);
		expect(got).toHaveLength(expected.length);
		// The record as the API gave it is the stored line; JSON.stringify of its parse gives it back.
		const lines = new Map(expected.map((z) => [z.data.Id, z.raw.toString('utf8')]));
		expect(got.filter((r) => JSON.stringify(r) !== lines.get(r.Id))).toEqual([]);
		expect(got.every((z) => Array.isArray(z.Document))).toBe(true);
	});
});

describe('since and filters', () => {
	it('since keeps the records changed at or after the moment; a date alone means midnight UTC', async () => {
		const { client } = setup();
		const expected = zaken.filter(
			(z) => Date.parse(z.ApiGewijzigdOp as string) >= Date.parse('2025-09-01T00:00:00Z')
		);
		expect(expected).toHaveLength(1285);
		for (const since of [
			'2025-09-01',
			'2025-09-01T02:00:00+02:00',
			new Date('2025-09-01T00:00:00Z')
		]) {
			const pages = await collect(client.fetchPages('Zaak', { since, select: 'Id,Nummer' }));
			expect(ids(pages).sort()).toEqual(expected.map((z) => z.Id as string).sort());
			// $select got the keyset fields added; nothing else came back.
			expect(Object.keys(pages[0]!.value[0]!).sort()).toEqual(['ApiGewijzigdOp', 'Id', 'Nummer']);
		}
	});

	it('combines a filter with since: 56 motions the cabinet adopted (Overgenomen), as SOURCE.md counts', async () => {
		const { client } = setup();
		const all = await collect(
			client.fetchPages('Zaak', { filter: "Kabinetsappreciatie eq 'Overgenomen'" })
		);
		expect(ids(all)).toHaveLength(56);
		const since = '2025-01-01T00:00:00+01:00';
		const recent = await collect(
			client.fetchPages('Zaak', { filter: "Kabinetsappreciatie eq 'Overgenomen'", since })
		);
		const expected = zaken.filter(
			(z) =>
				z.Kabinetsappreciatie === 'Overgenomen' &&
				Date.parse(z.ApiGewijzigdOp as string) >= Date.parse(since)
		);
		expect(ids(recent).sort()).toEqual(expected.map((z) => z.Id as string).sort());
		expect(decodeURIComponent(server.requests.at(-1)!.url)).toContain(
			"$filter=(Kabinetsappreciatie eq 'Overgenomen') and ApiGewijzigdOp ge 2025-01-01T00:00:00+01:00"
		);
	});

	it('pages client-side with $top/$skip when a page size below 250 is asked for', async () => {
		const { client } = setup();
		const since = '2025-09-01T00:00:00Z';
		const expected = zaken.filter(
			(z) => Date.parse(z.ApiGewijzigdOp as string) >= Date.parse(since)
		);
		for (const strategy of ['nextLink', 'keyset'] as const) {
			const from = server.requests.length;
			const pages = await collect(
				client.fetchPages('Zaak', { since, pageSize: 200, strategy, select: 'Id' })
			);
			expect(ids(pages).sort()).toEqual(expected.map((z) => z.Id as string).sort());
			expect(pages.every((p) => p.received <= 200)).toBe(true);
			expect(server.requests.length - from).toBe(Math.floor(expected.length / 200) + 1);
		}
		await expect(client.fetchPages('Zaak', { pageSize: 1000 }).next()).rejects.toThrow(
			/1 to 250 records per request/
		);
	});

	it('reads the 218 vote decisions from /Besluit, with their Agendapunt and Stemming when expanded', async () => {
		const { client } = setup();
		const pages = await collect(client.fetchPages('Besluit', { select: 'Id,BesluitSoort' }));
		expect(pages).toHaveLength(1);
		expect(pages[0]!.value).toHaveLength(218);
		const soorten = pages[0]!.value.map((b) => b.BesluitSoort);
		expect(soorten.filter((s) => s === 'Stemmen - aangenomen')).toHaveLength(140);
		expect(soorten.filter((s) => s === 'Stemmen - verworpen')).toHaveLength(76);

		const tied = await collect(
			client.fetchPages('Besluit', {
				filter: "BesluitSoort eq 'Stemmen - gestaakt'",
				expand: 'Agendapunt,Stemming'
			})
		);
		const lines = new Map(storedRecords('Besluit').map((r) => [r.data.Id, r.raw.toString('utf8')]));
		expect(tied[0]!.value).toHaveLength(2);
		for (const b of tied[0]!.value) expect(JSON.stringify(b)).toBe(lines.get(b.Id));
		expect((tied[0]!.value[0]!.Agendapunt as ODataRecord).Zaak).toHaveLength(1);
	});
});

describe('resume after a kill', () => {
	// The 2,922 motions changed since 1 June 2025: 12 pages.
	const since = '2025-06-01T00:00:00Z';
	const select = 'Id';
	const changed = () =>
		zaken
			.filter((z) => Date.parse(z.ApiGewijzigdOp as string) >= Date.parse(since))
			.map((z) => z.Id as string);

	for (const strategy of ['keyset', 'nextLink'] as const) {
		it(`${strategy}: stopped after page 5 and resumed from the saved cursor, nothing lost or doubled`, async () => {
			const expected = changed();
			expect(expected).toHaveLength(2922);
			const store = memoryCursorStore();
			const committed: string[] = [];
			const first = setup();
			for await (const page of first.client.fetchPages('Zaak', { since, strategy, select })) {
				committed.push(...page.value.map((r) => r.Id as string)); // commit,
				store.save('Zaak', page.cursor); // then save the cursor
				if (page.index === 4) break; // killed here
			}
			// Keyset pages re-read the last record of the page before and drop it: 250 + 4 · 249.
			expect(committed).toHaveLength(strategy === 'nextLink' ? 1250 : 1246);

			// A new process: a new client, the cursor read back as JSON from storage.
			const saved = parseCursor(JSON.stringify(store.load('Zaak')), 'Zaak');
			expect(saved).toMatchObject({ done: false, pages: 5, records: committed.length });
			const second = setup();
			const from = server.requests.length;
			const rest = await collect(
				second.client.fetchPages('Zaak', { since, strategy, select }, saved)
			);
			committed.push(...ids(rest));
			expect(committed).toHaveLength(2922);
			expect(new Set(committed).size).toBe(2922);
			expect([...committed].sort()).toEqual([...expected].sort());
			expect(rest.at(-1)!.cursor).toMatchObject({ done: true, records: 2922 });
			if (strategy === 'nextLink')
				expect(server.origin + server.requests[from]!.url).toBe(saved.nextLink);
			else
				expect(decodeURIComponent(server.requests[from]!.url)).toContain(
					`ApiGewijzigdOp ge ${saved.lastModified}`
				);
		});
	}

	it('syncEntity saves a page’s cursor only after the page is committed; a crash mid-page loses nothing', async () => {
		const store = memoryCursorStore();
		const committed: string[] = [];
		const { client } = setup();
		let crash = true;
		const onPage = (page: Page<ODataRecord>) => {
			if (crash && page.index === 7) throw new Error('killed while writing page 8');
			committed.push(...page.value.map((r) => r.Id as string));
		};
		await expect(syncEntity('Zaak', { client, store, since, select }, onPage)).rejects.toThrow(
			/killed/
		);
		expect(store.cursors.get('Zaak')).toMatchObject({ pages: 7, done: false });
		const before = committed.length;

		crash = false;
		const summary = await syncEntity('Zaak', { client, store, since, select }, onPage);
		expect(summary.records).toBe(2922 - before);
		expect(committed).toHaveLength(2922);
		expect(new Set(committed).size).toBe(2922);

		// The next run asks only for what changed since: here nothing, in one request.
		const from = server.requests.length;
		const again = await syncEntity('Zaak', { client, store, since, select }, onPage);
		expect(again).toMatchObject({ pages: 1, records: 0 });
		expect(server.requests.length - from).toBe(1);
	});

	it('refuses a cursor saved for another query', async () => {
		const { client } = setup();
		const [page] = await collect(client.fetchPages('Zaak', { select: 'Id' }), 1);
		await expect(
			collect(client.fetchPages('Zaak', { filter: "Soort eq 'Motie'" }, page!.cursor))
		).rejects.toThrow(CursorError);
		expect(() => parseCursor('{"version":2}', 'Zaak')).toThrow(/unusable .*delete it/);
	});
});

describe('retries and politeness', () => {
	const firstPage = (client: ODataClient) =>
		collect(client.fetchPages('Zaak', { filter: "Kabinetsappreciatie eq 'Overgenomen'" }));

	it('waits out a 429 with Retry-After: 2 (twice) and then reads the page', async () => {
		const { client, at } = setup();
		const from = server.requests.length;
		server.fail({ status: 429, retryAfter: '2' }, 2);
		const pages = await firstPage(client);
		expect(ids(pages)).toHaveLength(56);
		expect(server.requests.slice(from).map((r) => r.status)).toEqual([429, 429, 200]);
		expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(2000);
		expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(2000);
	});

	it('honours Retry-After as an HTTP date', async () => {
		const { client, clock, at } = setup();
		server.fail({ status: 429, retryAfter: new Date(clock.now() + 3000).toUTCString() });
		await firstPage(client);
		expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(3000);
		expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27, 0))).toBe(
			60_000
		);
		expect(parseRetryAfter('120', 0)).toBe(120_000);
		expect(parseRetryAfter('soon', 0)).toBeNull();
	});

	it('retries a 503 and a dropped connection with exponential backoff', async () => {
		const retries: number[] = [];
		const { client } = setup({ onRetry: (e) => retries.push(e.delayMs) });
		server.fail({ status: 503 });
		server.fail({ reset: true });
		const pages = await firstPage(client);
		expect(ids(pages)).toHaveLength(56);
		// random() = 0 gives the lower bound of the jitter: half of 1 s, then half of 2 s.
		expect(retries).toEqual([500, 1000]);
	});

	it('gives up after maxRetries with a typed error', async () => {
		const { client } = setup({ maxRetries: 2 });
		server.fail({ status: 503 }, 3);
		const error = await firstPage(client).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ODataHttpError);
		expect(error).toMatchObject({ status: 503, attempts: 3 });
		expect((error as Error).message).toMatch(/gave up after 3 attempts/);

		const refused = setup({ maxRetries: 1, baseUrl: 'http://127.0.0.1:9/OData/v4/2.0/' });
		await expect(firstPage(refused.client)).rejects.toBeInstanceOf(ODataNetworkError);
	});

	it('stops at once on a 400, naming the URL, the status and the API’s message', async () => {
		const { client } = setup();
		const from = server.requests.length;
		const message =
			"The query specified in the URI is not valid. Could not find a property named 'Onbekend' on type 'Zaak'.";
		server.fail({ status: 400, message });
		const error = await firstPage(client).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ODataHttpError);
		expect(error).toMatchObject({ status: 400, apiMessage: message, attempts: 1 });
		expect((error as Error).message).toContain(`GET ${server.baseUrl}Zaak?$filter=`);
		expect((error as Error).message).toContain('HTTP 400 Bad Request: ' + message);
		expect(server.requests.length - from).toBe(1);

		// The server's own refusal of an unknown property reads the same way.
		await expect(collect(client.fetchPages('Zaak', { filter: 'Onbekend eq 1' }))).rejects.toThrow(
			/HTTP 400.*Could not find a property named 'Onbekend' on type 'Zaak'/
		);
	});

	it('does not wait hours when Retry-After says so: it stops and says to run again later', async () => {
		const { client, at } = setup();
		server.fail({ status: 429, retryAfter: '7200' });
		await expect(firstPage(client)).rejects.toThrow(/asks to wait 7200 s/);
		expect(at).toHaveLength(1);
	});

	it('spaces requests by the rate limit (4 per second by default), also across runs sharing a client', async () => {
		const { client, at } = setup();
		await Promise.all([
			collect(client.fetchPages('Zaak', { since: '2025-09-01', pageSize: 100, select: 'Id' })),
			collect(client.fetchPages('Besluit', { select: 'Id' }))
		]);
		expect(at.length).toBeGreaterThan(4);
		const sorted = [...at].sort((a, b) => a - b);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(250);

		const fast = setup({ minIntervalMs: 1000 });
		await collect(fast.client.fetchPages('Zaak', { since: '2025-09-01', pageSize: 100 }), 3);
		expect(fast.at.slice(1).map((t, i) => t - fast.at[i]!)).toEqual([1000, 1000]);
	});
});

describe('document files', () => {
	it('fetches Document(<id>)/resource: the motion’s kst XML, found through its ExterneIdentifier', async () => {
		const stored = storedRecords('Zaak').find((z) =>
			z.raw.includes('"ExterneIdentifier":"kst-36045-225"')
		)!;
		const doc = (fullRecord(stored).Document as ODataRecord[])[0]!;
		const { client } = setup();
		const file = await fetchResource(doc.Id as string, { client });
		expect(file.url).toBe(`${server.baseUrl}Document(${doc.Id})/resource`);
		expect(file.contentType).toBe('application/xml');
		const expected = readFileSync(join(OPENDATA, 'motions', 'kst-36045-225.xml'));
		expect(Buffer.from(file.bytes).equals(expected)).toBe(true);
		expect(new TextDecoder().decode(file.bytes)).toContain('Paternotte');
		await expect(
			fetchResource('00000000-0000-0000-0000-000000000000', { client })
		).rejects.toMatchObject({ status: 404 });
	});

	it('fetchPages works without an explicit client (the module-level entry point)', async () => {
		const pages = await collect(
			fetchPages('Besluit', {
				baseUrl: server.baseUrl,
				clock: fakeClock(),
				select: 'Id,BesluitSoort'
			})
		);
		expect(ids(pages)).toHaveLength(218);
	});
});
