// Pages and API answers change only with the data, so a rendered answer is kept per data version and
// URL (bounded in bytes) and served again until the next write; its ETag is the data version, so a
// browser that has the page gets a 304. Downloads that stream (the exports) pass through untouched.
import { randomBytes } from 'node:crypto';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { dataVersion } from './cache';

/** Every public page may be stored, but must be checked with its ETag before it is shown again. */
export const CACHE_CONTROL = 'public, no-cache';

/** Another database file starts its versions at 0 again: the process in the ETag keeps them apart. */
const PROCESS = randomBytes(4).toString('hex');

const MAX_BYTES = 32 * 1024 * 1024;
/** Larger answers (a long document's full text) are rendered anew rather than crowd out the others. */
const MAX_ENTRY_BYTES = 1024 * 1024;

interface Stored {
	body: Uint8Array<ArrayBuffer>;
	headers: [string, string][];
}

let version = -1;
let bytes = 0;
const stored = new Map<string, Stored>();

function remember(v: number, key: string, entry: Stored) {
	if (v !== version) {
		stored.clear();
		bytes = 0;
		version = v;
	}
	if (entry.body.byteLength > MAX_ENTRY_BYTES) return;
	stored.set(key, entry);
	bytes += entry.body.byteLength;
	for (const [oldest, e] of stored) {
		if (bytes <= MAX_BYTES) break;
		stored.delete(oldest);
		bytes -= e.body.byteLength;
	}
}

function recall(v: number, key: string): Stored | undefined {
	if (v !== version) return undefined;
	const hit = stored.get(key);
	if (hit) {
		stored.delete(key);
		stored.set(key, hit);
	}
	return hit;
}

function cacheable(event: RequestEvent): boolean {
	if (event.request.method !== 'GET' || event.route.id === null) return false;
	// A signed-in clerk's pages show their forms and name: never shared with anyone else.
	if (event.locals.user) return false;
	// Downloads stream their rows; storing them whole is what streaming avoids.
	return !/\/export\.[a-z]+$/.test(event.route.id);
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === '*' || t === etag);
}

export const httpCache: Handle = async ({ event, resolve }) => {
	if (!cacheable(event)) return resolve(event);
	const db = getDb();
	const v = dataVersion(db);
	const etag = `"${PROCESS}-${v}"`;
	if (matches(event.request.headers.get('if-none-match'), etag))
		return new Response(null, {
			status: 304,
			headers: { etag, 'cache-control': CACHE_CONTROL }
		});
	// The request's own URL: a page and its __data.json are different answers.
	const key = event.request.url;
	const hit = recall(v, key);
	if (hit) return new Response(hit.body, { status: 200, headers: hit.headers });

	const response = await resolve(event);
	if (response.status !== 200 || response.headers.has('set-cookie')) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.set('etag', etag);
	headers.set('cache-control', CACHE_CONTROL);
	// Rendered from one version only: a write while rendering makes it a one-off.
	if (dataVersion(db) === v) remember(v, key, { body, headers: [...headers] });
	return new Response(body, { status: 200, headers });
};
