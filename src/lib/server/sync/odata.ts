// The Kamer's open-data API (the gegevensmagazijn, OData v4, data model 2.0): pages of records,
// resumable after a crash, polite to the server (a rate limit, retries that back off).
import { setTimeout as delay } from 'node:timers/promises';
import type { Cursor } from './state';

// The Kamer announced a successor at a new URL with renamed attributes, and the end of this one
// (TweedeKamerDerStaten-Generaal/OpenDataPortaal#175, June 2026): hence a configurable base URL.
export const DEFAULT_BASE_URL = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';
/** The API serves at most 250 records per response and links to the rest (@odata.nextLink). */
export const MAX_PAGE_SIZE = 250;
export const DEFAULT_ORDERBY = 'ApiGewijzigdOp,Id';
export const USER_AGENT = 'Motiemonitor/0.1 (motion tracker; sync of Tweede Kamer open data)';

export type ODataRecord = Record<string, unknown>;

/** Time, injectable so that tests of retries and the rate limit need not wait. */
export interface Clock {
	now(): number;
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	sleep: (ms, signal) => delay(ms, undefined, { signal })
};

export interface RetryEvent {
	url: string;
	/** The attempt that failed, from 1. */
	attempt: number;
	delayMs: number;
	status: number | null;
	reason: string;
}

export interface ClientOptions {
	/** Service root; default the Kamer's. Tests point it at a local server. */
	baseUrl?: string;
	userAgent?: string;
	/** Least time between the starts of two requests, retries included (default 250 ms: 4 per second). */
	minIntervalMs?: number;
	/** Retries after the first attempt on 429, 5xx and network errors (default 5). */
	maxRetries?: number;
	/** Backoff before retry n is about backoffBaseMs · 2^(n-1), between half and all of it (jitter). */
	backoffBaseMs?: number;
	backoffMaxMs?: number;
	/** A Retry-After longer than this ends the run with an error instead of waiting (default 5 minutes). */
	maxRetryAfterMs?: number;
	/** One attempt's time limit (default 60 s). */
	timeoutMs?: number;
	clock?: Clock;
	random?: () => number;
	fetch?: typeof globalThis.fetch;
	onRetry?: (event: RetryEvent) => void;
}

export interface QueryOptions {
	/** An OData $filter, e.g. "Soort eq 'Motie'". */
	filter?: string;
	/** An OData $expand, e.g. 'Document($expand=HuidigeDocumentVersie)'. */
	expand?: string;
	/** An OData $select; with keyset paging Id and ApiGewijzigdOp are added when missing. */
	select?: string;
	/** Only records with ApiGewijzigdOp at or after this moment. */
	since?: string | Date;
	/** Default 'ApiGewijzigdOp,Id', which keyset paging and resume need. */
	orderby?: string;
	/** Records per request, 1–250; unset lets the server page (250, with @odata.nextLink). */
	pageSize?: number;
	/** Ask for @odata.count (the total the filter matches). */
	count?: boolean;
	/**
	 * 'keyset' (default when ordered by ApiGewijzigdOp): each page is asked for as "ApiGewijzigdOp ge
	 * <last seen>", so records changed during the run can shift nothing out of view.
	 * 'nextLink': follow the server's @odata.nextLink ($skip) as given; a record changed
	 * mid-run moves to the end and shifts one unchanged record past the next $skip.
	 */
	strategy?: 'keyset' | 'nextLink';
}

export interface FetchPagesOptions extends QueryOptions, ClientOptions {
	/** Share one client (and so one rate limit) between runs. */
	client?: ODataClient;
	/** Resume from here (the cursor of the last page the caller committed). */
	cursor?: Cursor | null;
	signal?: AbortSignal;
}

export interface Page<T> {
	entity: string;
	/** The request that gave this page. */
	url: string;
	/** 0 for the first page of this run. */
	index: number;
	/** The records new to the caller (records already delivered at the resume point are left out). */
	value: T[];
	/** How many records the server sent. */
	received: number;
	/** @odata.count, when asked for: what the request's filter matches (with keyset paging, from its bound on). */
	count: number | null;
	/** The server's @odata.nextLink, as written. */
	nextLink: string | null;
	/** Save this after committing `value`; resuming from it continues after this page. */
	cursor: Cursor;
}

export interface Resource {
	url: string;
	contentType: string | null;
	bytes: Uint8Array;
}

export class ODataError extends Error {
	constructor(
		message: string,
		readonly url: string
	) {
		super(message);
		this.name = 'ODataError';
	}
}

/** The API answered with an error status: at once for 4xx, after the retries for 429 and 5xx. */
export class ODataHttpError extends ODataError {
	constructor(
		message: string,
		url: string,
		readonly status: number,
		/** The API's own words (OData error JSON `error.message`), when it gave any. */
		readonly apiMessage: string | null,
		readonly attempts: number
	) {
		super(message, url);
		this.name = 'ODataHttpError';
	}
}

/** No answer: connection refused or reset, DNS, time-out; after the retries. */
export class ODataNetworkError extends ODataError {
	constructor(
		message: string,
		url: string,
		readonly attempts: number,
		options?: { cause?: unknown }
	) {
		super(message, url);
		this.name = 'ODataNetworkError';
		if (options && 'cause' in options) this.cause = options.cause;
	}
}

/** An answer that is not what the protocol promises (not JSON, no value list, records out of order). */
export class ODataFormatError extends ODataError {
	constructor(message: string, url: string) {
		super(message, url);
		this.name = 'ODataFormatError';
	}
}

/** A saved cursor that does not fit the query it is given to. */
export class CursorError extends Error {
	constructor(
		message: string,
		readonly key: string
	) {
		super(message);
		this.name = 'CursorError';
	}
}

/** Fetch an entity's records page by page; see ODataClient.fetchPages. */
export function fetchPages<T extends ODataRecord = ODataRecord>(
	entity: string,
	options: FetchPagesOptions = {}
): AsyncGenerator<Page<T>> {
	const client = options.client ?? new ODataClient(options);
	return client.fetchPages<T>(entity, options, options.cursor ?? null, options.signal);
}

/** Fetch a document's file (`Document(<id>)/resource`). */
export function fetchResource(
	documentId: string,
	options: ClientOptions & { client?: ODataClient; signal?: AbortSignal } = {}
): Promise<Resource> {
	return (options.client ?? new ODataClient(options)).fetchResource(documentId, options.signal);
}

export class ODataClient {
	readonly baseUrl: string;
	private readonly http: PoliteGet;

	constructor(options: ClientOptions = {}) {
		const base = options.baseUrl ?? DEFAULT_BASE_URL;
		this.baseUrl = base.endsWith('/') ? base : `${base}/`;
		new URL(this.baseUrl); // fail early on a malformed base URL
		this.http = new PoliteGet({ ...options, userAgent: options.userAgent ?? USER_AGENT });
	}

	/**
	 * The records of `entity` as pages. Each page carries a cursor; a caller that commits a page's
	 * records and then saves its cursor can be killed at any point and, given the saved cursor,
	 * continue with nothing lost and nothing delivered twice. A cursor of a finished run
	 * (`done`) fetches only what changed since. Records the Kamer withdrew come too, with
	 * `Verwijderd: true`, so that a sync can remove them; filter them out only if that is meant.
	 */
	async *fetchPages<T extends ODataRecord = ODataRecord>(
		entity: string,
		query: QueryOptions = {},
		cursor: Cursor | null = null,
		signal?: AbortSignal
	): AsyncGenerator<Page<T>> {
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(entity))
			throw new RangeError(`'${entity}' is not an entity set name (e.g. Zaak, Besluit)`);
		const pageSize = query.pageSize;
		if (
			pageSize !== undefined &&
			(!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
		)
			throw new RangeError(
				`pageSize ${pageSize} is not possible: the API serves 1 to ${MAX_PAGE_SIZE} records per request`
			);
		const orderby = query.orderby ?? DEFAULT_ORDERBY;
		const keyed = ordersByModified(orderby);
		const strategy = query.strategy ?? (keyed ? 'keyset' : 'nextLink');
		if (strategy === 'keyset' && !keyed)
			throw new RangeError(
				`keyset paging needs the order to start with ApiGewijzigdOp ascending, not '${orderby}'`
			);
		const select = keyed && query.select ? withKeyFields(query.select) : query.select;
		const since = query.since === undefined ? null : sinceLiteral(query.since);
		const fingerprint = JSON.stringify({
			entity,
			filter: query.filter ?? null,
			expand: query.expand ?? null,
			select: select ?? null,
			orderby,
			strategy
		});
		if (cursor && (cursor.entity !== entity || cursor.query !== fingerprint))
			throw new CursorError(
				`the saved sync cursor for ${cursor.entity} belongs to another query (${cursor.query}), not ${fingerprint}; ` +
					'run with the same options, or delete the saved cursor to start this query from the beginning',
				cursor.entity
			);
		const state: Cursor = cursor
			? structuredClone(cursor)
			: {
					version: 1,
					entity,
					query: fingerprint,
					nextLink: null,
					lastModified: null,
					idsAtLastModified: [],
					done: false,
					pages: 0,
					records: 0
				};

		const keysetUrl = (skip: number) => {
			const bound = later(since, keyed ? state.lastModified : null);
			const from = bound ? `ApiGewijzigdOp ge ${bound}` : null;
			const filter =
				from && query.filter ? `(${query.filter}) and ${from}` : (from ?? query.filter);
			return buildUrl(this.baseUrl, entity, [
				['$filter', filter],
				['$orderby', orderby],
				['$expand', query.expand],
				['$select', select],
				['$top', pageSize?.toString()],
				['$skip', skip > 0 ? String(skip) : undefined],
				['$count', query.count ? 'true' : undefined]
			]);
		};

		let url: string;
		if (cursor && !cursor.done && strategy === 'nextLink' && cursor.nextLink)
			url = this.sameService(cursor.nextLink, cursor.nextLink);
		else url = keysetUrl(0);
		let skip = 0;

		for (let index = 0; ; index++) {
			const body = await this.getJson(url, signal);
			const received = body.value;
			if (!Array.isArray(received))
				throw new ODataFormatError(
					`GET ${url} gave no 'value' list of records; is ${this.baseUrl} an OData service root?`,
					url
				);
			const serverNext =
				typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null;
			const count = typeof body['@odata.count'] === 'number' ? body['@odata.count'] : null;

			const fresh: T[] = [];
			for (const record of received as T[]) {
				if (keyed && !this.track(state, record, url)) continue;
				fresh.push(record);
			}

			const more = serverNext !== null || (pageSize !== undefined && received.length === pageSize);
			let next: string | null = null;
			if (more && strategy === 'nextLink') {
				next = serverNext
					? this.sameService(serverNext, url)
					: withSkip(url, (currentSkip(url) ?? 0) + (pageSize ?? received.length));
			} else if (more && received.length === 0) {
				next = serverNext ? this.sameService(serverNext, url) : null;
			} else if (more) {
				// Keyset: ask again from the last timestamp. Only when a whole page was records already
				// delivered (more than a page share one timestamp) skip past those within the tie.
				if (fresh.length > 0) skip = 0;
				else if (skip === state.idsAtLastModified.length)
					throw new ODataFormatError(
						`GET ${url} returned only records already delivered, twice; the API's order is unstable`,
						url
					);
				else skip = state.idsAtLastModified.length;
				next = keysetUrl(skip);
			}

			state.nextLink = next;
			state.done = next === null;
			state.pages++;
			state.records += fresh.length;
			yield {
				entity,
				url,
				index,
				value: fresh,
				received: received.length,
				count,
				nextLink: serverNext,
				cursor: structuredClone(state)
			};
			if (next === null) return;
			url = next;
		}
	}

	/** Record one record in the keyset; false when it was delivered before (a tie at the resume point). */
	private track(state: Cursor, record: ODataRecord, url: string): boolean {
		const modified = record.ApiGewijzigdOp;
		const id = record.Id;
		if (typeof modified !== 'string' || typeof id !== 'string')
			throw new ODataFormatError(
				`GET ${url} gave a record without Id or ApiGewijzigdOp; both are needed to resume`,
				url
			);
		const at = timestampKey(modified);
		if (at === null)
			throw new ODataFormatError(
				`GET ${url} gave record ${id} an unreadable ApiGewijzigdOp '${modified}'`,
				url
			);
		const last = state.lastModified === null ? null : timestampKey(state.lastModified);
		if (last !== null && at < last)
			throw new ODataFormatError(
				`GET ${url} gave record ${id} (ApiGewijzigdOp ${modified}) after ${state.lastModified}: ` +
					'the records are not in ApiGewijzigdOp order, so a resume could miss some',
				url
			);
		if (last !== null && at === last) {
			if (state.idsAtLastModified.includes(id)) return false;
			state.idsAtLastModified.push(id);
		} else {
			state.lastModified = modified;
			state.idsAtLastModified = [id];
		}
		return true;
	}

	/** A link from the server (or a saved cursor) must point into this service. */
	private sameService(link: string, from: string): string {
		let target: URL;
		try {
			target = new URL(link);
		} catch {
			throw new ODataFormatError(`the next-page link '${link}' is not a URL`, from);
		}
		const base = new URL(this.baseUrl);
		if (target.host !== base.host)
			throw new ODataFormatError(
				`the next-page link ${link} leaves the service ${this.baseUrl}; not followed`,
				from
			);
		target.protocol = base.protocol;
		return target.href === link ? link : target.href;
	}

	/** One GET that answers JSON (an OData response body). */
	async getJson(url: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
		return this.send(url, 'application/json', signal, async (res) => {
			const text = await res.text();
			let body: unknown;
			try {
				body = JSON.parse(text);
			} catch {
				throw new Transient(
					new ODataFormatError(
						`GET ${url} answered ${res.status} with something that is not JSON: ${snippet(text)}`,
						url
					)
				);
			}
			if (!body || typeof body !== 'object' || Array.isArray(body))
				throw new ODataFormatError(`GET ${url} answered JSON that is not an object`, url);
			return body as Record<string, unknown>;
		});
	}

	async fetchResource(documentId: string, signal?: AbortSignal): Promise<Resource> {
		if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(documentId))
			throw new RangeError(`'${documentId}' is not a Document Id (a GUID)`);
		const url = `${this.baseUrl}Document(${documentId})/resource`;
		return this.send(url, '*/*', signal, async (res) => ({
			url,
			contentType: res.headers.get('content-type'),
			bytes: new Uint8Array(await res.arrayBuffer())
		}));
	}

	/** GET with the rate limit and retries (PoliteGet), in the API's words. */
	private send<R>(
		url: string,
		accept: string,
		signal: AbortSignal | undefined,
		read: (res: Response) => Promise<R>
	): Promise<R> {
		return this.http.get(url, { accept, read, wording: API_WORDING }, signal);
	}
}

/** How the errors of one server's GETs are worded: the API's differ from a publications server's. */
export interface GetWording {
	/** An answer with an error status: thrown at once for 4xx, after the retries for 429 and 5xx. */
	httpError(
		url: string,
		res: Response,
		apiMessage: string | null,
		attempts: number
	): ODataHttpError;
	/** No answer (connection refused or reset, DNS, time-out), after the retries. */
	networkError(url: string, cause: unknown, attempts: number): ODataNetworkError;
	/** A Retry-After longer than maxRetryAfterMs: the run ends instead of waiting. */
	waitTooLong(
		url: string,
		waitMs: number,
		failure: { error: Error; status: number | null },
		attempts: number
	): ODataHttpError;
}

export interface GetRequest<R> {
	accept: string;
	/** Reads a 2xx answer. */
	read: (res: Response) => Promise<R>;
	/** The result of a 404, when that is an answer rather than an error. */
	notFound?: () => R;
	wording: GetWording;
}

/**
 * GETs with a rate limit and retries: 429 and 5xx are retried after Retry-After when the server
 * gives one, otherwise after an exponential backoff with jitter; network errors after the backoff;
 * other 4xx end at once. Each instance has its own rate limit. The User-Agent header is sent only
 * when `userAgent` is given.
 */
export class PoliteGet {
	private readonly userAgent: string | undefined;
	private readonly minIntervalMs: number;
	private readonly maxRetries: number;
	private readonly backoffBaseMs: number;
	private readonly backoffMaxMs: number;
	private readonly maxRetryAfterMs: number;
	private readonly timeoutMs: number;
	private readonly clock: Clock;
	private readonly random: () => number;
	private readonly fetchImpl: typeof globalThis.fetch;
	private readonly onRetry: ((event: RetryEvent) => void) | undefined;
	private nextSlot = -Infinity;
	private gate: Promise<void> = Promise.resolve();

	constructor(options: Omit<ClientOptions, 'baseUrl'> = {}) {
		this.userAgent = options.userAgent;
		this.minIntervalMs = options.minIntervalMs ?? 250;
		this.maxRetries = options.maxRetries ?? 5;
		this.backoffBaseMs = options.backoffBaseMs ?? 1000;
		this.backoffMaxMs = options.backoffMaxMs ?? 60_000;
		this.maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
		this.timeoutMs = options.timeoutMs ?? 60_000;
		this.clock = options.clock ?? systemClock;
		this.random = options.random ?? Math.random;
		this.fetchImpl = options.fetch ?? globalThis.fetch;
		this.onRetry = options.onRetry;
	}

	async get<R>(url: string, request: GetRequest<R>, signal?: AbortSignal): Promise<R> {
		const { wording } = request;
		for (let attempt = 1; ; attempt++) {
			await this.throttle(signal);
			const attemptSignal = signal
				? AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)])
				: AbortSignal.timeout(this.timeoutMs);
			let failure: { error: Error; status: number | null; retryAfterMs: number | null };
			try {
				const headers: Record<string, string> = { Accept: request.accept };
				if (this.userAgent !== undefined) headers['User-Agent'] = this.userAgent;
				const res = await this.fetchImpl(url, { headers, signal: attemptSignal });
				if (res.ok) return await request.read(res);
				const text = await res.text().catch(() => '');
				if (res.status === 404 && request.notFound) return request.notFound();
				const error = wording.httpError(url, res, odataMessage(text), attempt);
				if (res.status !== 429 && res.status < 500) throw error;
				failure = {
					error,
					status: res.status,
					retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), this.clock.now())
				};
			} catch (e) {
				if (signal?.aborted) throw signal.reason ?? e;
				if (e instanceof ODataHttpError || e instanceof ODataFormatError) throw e;
				const error = e instanceof Transient ? e.error : wording.networkError(url, e, attempt);
				failure = { error, status: null, retryAfterMs: null };
			}
			if (attempt > this.maxRetries) throw failure.error;
			if (failure.retryAfterMs !== null && failure.retryAfterMs > this.maxRetryAfterMs)
				throw wording.waitTooLong(url, failure.retryAfterMs, failure, attempt);
			const waitMs = failure.retryAfterMs ?? this.backoff(attempt);
			this.onRetry?.({
				url,
				attempt,
				delayMs: waitMs,
				status: failure.status,
				reason: failure.error.message
			});
			await this.clock.sleep(waitMs, signal);
		}
	}

	/** Backoff before the retry that follows failed attempt n: base·2^(n-1), capped, times 0.5–1. */
	private backoff(attempt: number): number {
		const full = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (attempt - 1));
		return Math.round(full * (0.5 + 0.5 * this.random()));
	}

	/** Requests start at least minIntervalMs apart, also when several runs share this instance. */
	private throttle(signal?: AbortSignal): Promise<void> {
		const turn = this.gate.then(async () => {
			const wait = this.nextSlot - this.clock.now();
			if (wait > 0) await this.clock.sleep(wait, signal);
			this.nextSlot = this.clock.now() + this.minIntervalMs;
		});
		this.gate = turn.catch(() => {});
		return turn;
	}
}

/** The API's words for its failures. */
const API_WORDING: GetWording = {
	httpError,
	networkError: (url, e, attempt) =>
		noAnswerError(
			url,
			e,
			attempt,
			describe(e),
			'check the network connection and the base URL, then run again (it resumes)'
		),
	waitTooLong: (url, waitMs, failure, attempt) =>
		waitTooLongError(
			url,
			'the API',
			waitMs,
			failure.status,
			failure.error instanceof ODataHttpError ? failure.error.apiMessage : null,
			attempt
		)
};

/** No answer after `attempts` tries: why (`reason`), and what to do (`advice`). */
export function noAnswerError(
	url: string,
	cause: unknown,
	attempts: number,
	reason: string,
	advice: string
): ODataNetworkError {
	return new ODataNetworkError(
		`GET ${url} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}; ${advice}`,
		url,
		attempts,
		{ cause }
	);
}

/** A Retry-After too long to wait out: the run ends and says when to try again. */
export function waitTooLongError(
	url: string,
	server: string,
	waitMs: number,
	status: number | null,
	apiMessage: string | null,
	attempts: number
): ODataHttpError {
	return new ODataHttpError(
		`GET ${url}: ${server} asks to wait ${Math.ceil(waitMs / 1000)} s before trying again ` +
			`(HTTP ${status}); run again later, it resumes where it stopped`,
		url,
		status ?? 0,
		apiMessage,
		attempts
	);
}

/** A failure worth another attempt, carrying the error to report when the attempts run out. */
class Transient extends Error {
	constructor(readonly error: ODataError) {
		super(error.message);
	}
}

function httpError(
	url: string,
	res: Response,
	apiMessage: string | null,
	attempts: number
): ODataHttpError {
	const said = apiMessage ? `: ${apiMessage}` : '';
	const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
	let advice: string;
	if (res.status === 429 || res.status >= 500)
		advice = `gave up after ${attempts} attempts; the API is busy or down, run again later (it resumes)`;
	else if (res.status === 404)
		advice = 'no such entity set or record; check the name against the API documentation';
	else
		advice =
			'the API refused the query; check the filter, expand and select against its documentation';
	return new ODataHttpError(
		`GET ${url} failed with ${status}${said} (${advice})`,
		url,
		res.status,
		apiMessage,
		attempts
	);
}

/** The message of an OData error body: {"error":{"code":"","message":"…"}}. */
export function odataMessage(body: string): string | null {
	try {
		const parsed = JSON.parse(body) as { error?: { message?: unknown } };
		const message = parsed?.error?.message;
		if (typeof message === 'string' && message.trim()) return message.trim();
	} catch {
		// not JSON: fall through to the text itself
	}
	const text = body.trim();
	return text ? snippet(text) : null;
}

/** Retry-After as milliseconds to wait: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
	if (value === null) return null;
	const v = value.trim();
	if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
	if (!/[a-z]/i.test(v)) return null;
	const at = Date.parse(v);
	return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * A sortable UTC key for an OData DateTimeOffset ('2024-02-19T13:04:47.5514915Z',
 * '2024-02-19T14:04:47+01:00'): fractions vary in length, so the strings themselves do not sort.
 */
export function timestampKey(value: string): string | null {
	const m =
		/^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,12}))?)?(Z|[+-]\d{2}:\d{2})$/i.exec(
			value
		);
	if (!m) return null;
	const [, date, hh, mm, ss = '00', fraction = '', zone] = m;
	const digits = (fraction + '0000000').slice(0, 7);
	if (zone!.toUpperCase() === 'Z' || zone === '+00:00' || zone === '-00:00')
		return `${date}T${hh}:${mm}:${ss}.${digits}`;
	const ms = Date.parse(`${date}T${hh}:${mm}:${ss}${zone}`);
	if (Number.isNaN(ms)) return null;
	return `${new Date(ms).toISOString().slice(0, 19)}.${digits}`;
}

function sinceLiteral(since: string | Date): string {
	if (since instanceof Date) {
		if (Number.isNaN(since.getTime())) throw new RangeError('since is an invalid Date');
		return since.toISOString();
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(since)) return `${since}T00:00:00Z`;
	if (timestampKey(since) === null)
		throw new RangeError(
			`since '${since}' is not a date (2024-01-31) or a date and time with zone (2024-01-31T12:00:00Z)`
		);
	return since;
}

function later(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return timestampKey(b)! > timestampKey(a)! ? b : a;
}

function ordersByModified(orderby: string): boolean {
	const first = orderby.split(',')[0]!.trim().split(/\s+/);
	return first[0] === 'ApiGewijzigdOp' && (first.length === 1 || first[1]!.toLowerCase() === 'asc');
}

function withKeyFields(select: string): string {
	const fields = select.split(',').map((f) => f.trim());
	for (const key of ['Id', 'ApiGewijzigdOp']) if (!fields.includes(key)) fields.push(key);
	return fields.join(',');
}

/** Percent-encode as .NET's Uri.EscapeDataString does (RFC 3986: also ! ' ( ) *). */
function escapeData(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

function buildUrl(
	base: string,
	entity: string,
	params: [string, string | undefined | null][]
): string {
	const query = params
		.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== '')
		.map(([k, v]) => `${k}=${escapeData(v)}`)
		.join('&');
	return query ? `${base}${entity}?${query}` : `${base}${entity}`;
}

function currentSkip(url: string): number | null {
	const m = /[?&]\$skip=(\d+)(?:&|$)/i.exec(url);
	return m ? Number(m[1]) : null;
}

/** The same request with another $skip, the rest of the query left exactly as it was. */
function withSkip(url: string, skip: number): string {
	const [path, query = ''] = url.split('?', 2) as [string, string?];
	const parts = query.split('&').filter((p) => p && !/^\$skip=/i.test(p));
	parts.push(`$skip=${skip}`);
	return `${path}?${parts.join('&')}`;
}

function describe(e: unknown): string {
	if (e instanceof Error) {
		const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
		return `${e.message}${cause}`;
	}
	return String(e);
}

function snippet(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
