// A stand-in for the Kamer's OData API on 127.0.0.1: real records from ../shared, served in the
// API's page shape (ASP.NET OData: 250 per page, @odata.nextLink with $skip), with injectable faults.
// Beside it, the motions' publication XML at the paths repository.overheid.nl serves them under.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHARED } from './paths';

export const OPENDATA = join(SHARED, 'opendata-2023-2025');

const SOURCES = {
	Zaak: { file: 'zaken.jsonl', navigation: ['Document'] },
	Besluit: { file: 'besluiten-met-een-motie.jsonl', navigation: ['Agendapunt', 'Stemming'] }
} as const;
export type ServedEntity = keyof typeof SOURCES;

export interface StoredRecord {
	/** The line of the .jsonl file: the record exactly as the API gave it, navigation properties expanded. */
	raw: Buffer;
	/** The record's own properties (all but the navigation properties), parsed. */
	data: Record<string, unknown>;
	/** The same as JSON, the stored bytes up to the first navigation property. */
	own: Buffer;
	/** Navigation properties present in the stored record (expanded in the collection). */
	navigation: string[];
	/** Serialisations per shape ($select/$expand), made on first use. */
	shapes: Map<string, string | Buffer>;
}

const loaded = new Map<ServedEntity, StoredRecord[]>();

/**
 * The stored records of an entity, read once per test process. zaken.jsonl is 38 MB, nearly all of
 * it expanded Documents: only the part before the first navigation property is decoded and
 * parsed here (the API writes navigation properties last); the rest is served as stored bytes.
 */
export function storedRecords(entity: ServedEntity): StoredRecord[] {
	let records = loaded.get(entity);
	if (records) return records;
	const { file, navigation } = SOURCES[entity];
	const bytes = readFileSync(join(OPENDATA, file));
	const markers = navigation.map((name) => [name, Buffer.from(`,"${name}":`)] as const);
	records = [];
	for (let at = 0; at < bytes.length;) {
		let end = bytes.indexOf(0x0a, at);
		if (end < 0) end = bytes.length;
		const raw = bytes.subarray(at, end);
		at = end + 1;
		if (raw[0] !== 0x7b && raw.toString('utf8').trim() === '') continue; // blank line
		const found = markers
			.map(([name, marker]) => [name, raw.indexOf(marker)] as const)
			.filter(([, i]) => i >= 0);
		const cut = found.length ? Math.min(...found.map(([, i]) => i)) : -1;
		let own = cut < 0 ? raw : Buffer.concat([raw.subarray(0, cut), CLOSE]);
		let data = JSON.parse(own.toString('utf8')) as Record<string, unknown>;
		if (Object.values(data).some((v) => v !== null && typeof v === 'object')) {
			data = ownProperties(JSON.parse(raw.toString('utf8')) as Record<string, unknown>);
			own = Buffer.from(JSON.stringify(data));
		}
		records.push({ raw, data, own, navigation: found.map(([name]) => name), shapes: new Map() });
	}
	loaded.set(entity, records);
	return records;
}

/** The whole stored record, navigation properties included. */
export function fullRecord(record: StoredRecord): Record<string, unknown> {
	return JSON.parse(record.raw.toString('utf8')) as Record<string, unknown>;
}

function ownProperties(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(record).filter(([, v]) => v === null || typeof v !== 'object')
	);
}

/** An answer to give instead of the real one: an HTTP status (with Retry-After, an OData error message) or a dropped connection. */
export type Fault = { status: number; retryAfter?: string; message?: string } | { reset: true };

export interface LoggedRequest {
	method: string;
	/** Path and query exactly as received. */
	url: string;
	path: string;
	headers: IncomingHttpHeaders;
	/** The status sent; 0 for a dropped connection. */
	status: number;
	fault: boolean;
	/** Wall-clock ms when the request arrived. */
	at: number;
}

export interface ODataTestServer {
	/** Service root, like https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/ */
	baseUrl: string;
	origin: string;
	/** Stands in for https://repository.overheid.nl/: /frbr/officielepublicaties/kst/…/xml/<id>.xml */
	publicationsUrl: string;
	pageSize: number;
	requests: LoggedRequest[];
	/** Answer the next `times` requests (any route) with this fault instead. */
	fail(fault: Fault, times?: number): void;
	close(): Promise<void>;
}

export interface ServerOptions {
	/** Server-driven page size; the Kamer's is 250. */
	pageSize?: number;
	/** Path of the service root (default the real one's). */
	prefix?: string;
}

class QueryError extends Error {}

export async function startODataServer(options: ServerOptions = {}): Promise<ODataTestServer> {
	const pageSize = options.pageSize ?? 250;
	const prefix = options.prefix ?? '/OData/v4/2.0';
	const requests: LoggedRequest[] = [];
	const faults: Fault[] = [];
	let origin = '';

	const server = createServer((req, res) => {
		const entry: LoggedRequest = {
			method: req.method ?? 'GET',
			url: req.url ?? '/',
			path: (req.url ?? '/').split('?')[0]!,
			headers: req.headers,
			status: 0,
			fault: false,
			at: Date.now()
		};
		requests.push(entry);
		const fault = faults.shift();
		if (fault) {
			entry.fault = true;
			if ('reset' in fault) {
				req.socket.destroy();
				return;
			}
			const headers: Record<string, string> = {};
			if (fault.retryAfter !== undefined) headers['Retry-After'] = fault.retryAfter;
			entry.status = fault.status;
			sendError(res, fault.status, fault.message ?? 'An error has occurred.', headers);
			return;
		}
		handle(entry.url)
			.then(({ status, headers, body }) => {
				entry.status = status;
				res.writeHead(status, headers);
				res.end(body);
			})
			.catch((e: unknown) => {
				const status = e instanceof QueryError ? 400 : 500;
				entry.status = status;
				sendError(
					res,
					status,
					e instanceof QueryError
						? `The query specified in the URI is not valid. ${e.message}`
						: 'An error has occurred.'
				);
			});
	});

	async function handle(url: string): Promise<Answer> {
		const [rawPath, rawQuery = ''] = url.split('?', 2) as [string, string?];
		const path = decodeURIComponent(rawPath);
		const published = PUBLICATION_PATH.exec(path);
		if (published) return publication(published[1]!, url);
		if (!path.toLowerCase().startsWith(`${prefix.toLowerCase()}/`)) return notFound(url, origin);
		const rest = path.slice(prefix.length + 1);
		const resource = /^Document(?:\(([0-9a-f-]{36})\)|\/([0-9a-f-]{36}))\/resource$/i.exec(rest);
		if (resource) return documentResource((resource[1] ?? resource[2])!.toLowerCase(), url);
		const entity = (Object.keys(SOURCES) as ServedEntity[]).find(
			(e) => e.toLowerCase() === rest.toLowerCase()
		);
		if (!entity) return notFound(url, origin);
		return collection(entity, rawPath, rawQuery);
	}

	function collection(entity: ServedEntity, rawPath: string, rawQuery: string): Answer {
		const params = [...new URLSearchParams(rawQuery)];
		const option = (name: string) => params.find(([k]) => k.toLowerCase() === name)?.[1];
		for (const [k] of params) {
			if (k.startsWith('$') && !KNOWN_OPTIONS.includes(k.toLowerCase()))
				throw new QueryError(`The query parameter '${k}' is not supported.`);
		}
		const records = storedRecords(entity);
		const properties = propertyNames(records);
		const expand = parseExpand(option('$expand'), entity, records);
		const select = parseSelect(option('$select'), entity, properties);
		const top = nonNegative(option('$top'), '$top');
		const skip = nonNegative(option('$skip'), '$skip') ?? 0;
		const count = option('$count')?.toLowerCase() === 'true';

		const matching = filtered(entity, option('$filter'), option('$orderby'), properties);
		let rows = matching.slice(skip);
		if (top !== null) rows = rows.slice(0, top);
		let nextLink: string | null = null;
		if (rows.length > pageSize) {
			rows = rows.slice(0, pageSize);
			nextLink = nextPageLink(`${origin}${rawPath}`, params, pageSize);
		}

		const shape = JSON.stringify([select, expand]);
		const described = [...(select ?? []), ...expand.map((n) => `${n}()`)];
		const context = `${origin}${prefix}/$metadata#${entity}${select || expand.length ? `(${described.join(',')})` : ''}`;
		let head = `{"@odata.context":${JSON.stringify(context)}`;
		if (count) head += `,"@odata.count":${matching.length}`;
		if (nextLink) head += `,"@odata.nextLink":${JSON.stringify(nextLink)}`;
		head += ',"value":[';
		const pieces: Buffer[] = [Buffer.from(head)];
		rows.forEach((r, i) => {
			if (i > 0) pieces.push(COMMA);
			const text = serialise(r, shape, select, expand);
			pieces.push(typeof text === 'string' ? Buffer.from(text) : text);
		});
		pieces.push(Buffer.from(']}'));
		const body = Buffer.concat(pieces);
		return { status: 200, headers: JSON_HEADERS, body };
	}

	const selections = new Map<string, StoredRecord[]>();
	function filtered(
		entity: ServedEntity,
		filter: string | undefined,
		orderby: string | undefined,
		properties: Set<string>
	): StoredRecord[] {
		const key = `${entity}\n${orderby ?? ''}\n${filter ?? ''}`;
		let rows = selections.get(key);
		if (rows) return rows;
		const order = parseOrderby(orderby, entity, properties);
		const sortedKey = `${entity}\n${orderby ?? ''}\n`;
		let sorted = selections.get(sortedKey);
		if (!sorted) {
			sorted = [...storedRecords(entity)].sort((a, b) => compareRecords(a.data, b.data, order));
			selections.set(sortedKey, sorted);
		}
		if (filter === undefined || filter.trim() === '') rows = sorted;
		else {
			const test = parseFilter(filter, entity, properties);
			rows = sorted.slice(firstCandidate(sorted, order, filter)).filter((r) => test(r.data));
		}
		if (selections.size > 64) selections.clear();
		selections.set(key, rows);
		return rows;
	}

	async function documentResource(id: string, url: string): Promise<Answer> {
		const needle = `"Id":"${id}"`;
		let external: unknown = null;
		for (const record of storedRecords('Zaak')) {
			if (record.raw.indexOf(needle) < 0) continue;
			const documents = (fullRecord(record).Document ?? []) as Record<string, unknown>[];
			const doc = documents.find((d) => String(d.Id).toLowerCase() === id);
			external = (doc?.HuidigeDocumentVersie as Record<string, unknown> | null)?.ExterneIdentifier;
			if (doc) break;
		}
		const file = typeof external === 'string' ? join(OPENDATA, 'motions', `${external}.xml`) : null;
		if (!file || !existsSync(file)) return notFound(url, origin);
		return {
			status: 200,
			headers: { 'Content-Type': 'application/xml', 'OData-Version': '4.0' },
			body: await readFile(file)
		};
	}

	/** A motion's officiële publicaties XML, as stored in motions/; 404 for one not stored. */
	async function publication(id: string, url: string): Promise<Answer> {
		const file = join(OPENDATA, 'motions', `${id}.xml`);
		if (!existsSync(file))
			return {
				status: 404,
				headers: { 'Content-Type': 'text/html' },
				body: `<html><body><h1>404 Not Found</h1><p>${url}</p></body></html>`
			};
		return {
			status: 200,
			headers: { 'Content-Type': 'application/xml' },
			body: await readFile(file)
		};
	}

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	origin = `http://127.0.0.1:${port}`;
	return {
		baseUrl: `${origin}${prefix}/`,
		origin,
		publicationsUrl: `${origin}/`,
		pageSize,
		requests,
		fail(fault, times = 1) {
			for (let i = 0; i < times; i++) faults.push(fault);
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((e) => (e ? reject(e) : resolve()));
				server.closeAllConnections();
			})
	};
}

interface Answer {
	status: number;
	headers: Record<string, string>;
	body: string | Buffer;
}

/** The path of a Kamerstuk's XML on repository.overheid.nl (manifestation number and all). */
const PUBLICATION_PATH =
	/^\/frbr\/officielepublicaties\/kst\/[\w-]+\/(kst-[\w-]+)\/\d+\/xml\/\1\.xml$/;

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from('}');

const JSON_HEADERS = {
	'Content-Type':
		'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8',
	'OData-Version': '4.0'
};

const KNOWN_OPTIONS = [
	'$filter',
	'$orderby',
	'$top',
	'$skip',
	'$expand',
	'$select',
	'$count',
	'$format'
];

function sendError(
	res: ServerResponse,
	status: number,
	message: string,
	headers: Record<string, string> = {}
) {
	res.writeHead(status, { ...JSON_HEADERS, ...headers });
	res.end(JSON.stringify({ error: { code: '', message } }));
}

function notFound(url: string, origin: string): Answer {
	return {
		status: 404,
		headers: JSON_HEADERS,
		body: JSON.stringify({
			error: {
				code: '',
				message: `No HTTP resource was found that matches the request URI '${origin}${url}'.`
			}
		})
	};
}

/**
 * The next-page link as ASP.NET OData writes it (GetNextPageHelper): every query option of the
 * request in order, its name lower-cased, its value escaped like Uri.EscapeDataString; $top
 * reduced by the page size, $skip dropped; then "$skip=<skip + page size>" at the end.
 */
export function nextPageLink(
	requestUrl: string,
	params: [string, string][],
	pageSize: number
): string {
	let nextSkip = pageSize;
	const parts: string[] = [];
	for (const [rawKey, rawValue] of params) {
		const key = rawKey.toLowerCase();
		let value = rawValue;
		if (key === '$top' && /^\d+$/.test(value) && Number(value) > pageSize)
			value = String(Number(value) - pageSize);
		if (key === '$skip') {
			if (/^\d+$/.test(value)) nextSkip += Number(value);
			continue;
		}
		const name = key.startsWith('$') ? `$${escapeData(key.slice(1))}` : escapeData(key);
		parts.push(`${name}=${escapeData(value)}`);
	}
	parts.push(`$skip=${nextSkip}`);
	return `${requestUrl}?${parts.join('&')}`;
}

function escapeData(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

function nonNegative(value: string | undefined, name: string): number | null {
	if (value === undefined) return null;
	if (!/^\d+$/.test(value))
		throw new QueryError(`Invalid value '${value}' for ${name} query option found.`);
	return Number(value);
}

function propertyNames(records: StoredRecord[]): Set<string> {
	const names = new Set<string>();
	for (const r of records.slice(0, 50)) for (const k of Object.keys(r.data)) names.add(k);
	return names;
}

/** Top-level $expand names; nested options are accepted, and the stored nesting is served as it is. */
function parseExpand(
	value: string | undefined,
	entity: ServedEntity,
	records: StoredRecord[]
): string[] {
	if (!value) return [];
	const names: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i <= value.length; i++) {
		const c = value[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if ((c === ',' && depth === 0) || i === value.length) {
			const name = value.slice(start, i).split('(')[0]!.trim();
			if (name) names.push(name);
			start = i + 1;
		}
	}
	const navigation = new Set(records.slice(0, 50).flatMap((r) => r.navigation));
	for (const name of names) {
		if (!navigation.has(name))
			throw new QueryError(
				`Could not find a property named '${name}' on type '${entity}' among the navigation properties ` +
					`the stored records hold (${[...navigation].join(', ')}); the test server serves only those.`
			);
	}
	return names;
}

function parseSelect(
	value: string | undefined,
	entity: ServedEntity,
	properties: Set<string>
): string[] | null {
	if (!value) return null;
	const names = value.split(',').map((s) => s.trim());
	for (const name of names)
		if (!properties.has(name))
			throw new QueryError(`Could not find a property named '${name}' on type '${entity}'.`);
	return names;
}

function serialise(
	record: StoredRecord,
	shape: string,
	select: string[] | null,
	expand: string[]
): string | Buffer {
	if (!select && record.navigation.every((n) => expand.includes(n))) return record.raw;
	if (!select && expand.length === 0) return record.own;
	let text = record.shapes.get(shape);
	if (text === undefined) {
		const source = expand.some((n) => record.navigation.includes(n))
			? fullRecord(record)
			: record.data;
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(source)) {
			const nav = record.navigation.includes(k);
			if (nav ? expand.includes(k) : !select || select.includes(k)) out[k] = v;
		}
		text = JSON.stringify(out);
		record.shapes.set(shape, text);
	}
	return text;
}

/**
 * Where a sorted list can start for a filter "[(…) and ]ApiGewijzigdOp ge|gt <time>" (the sync's
 * keyset query) when sorted by ApiGewijzigdOp ascending: a binary search instead of a full scan.
 */
function firstCandidate(sorted: StoredRecord[], order: Order, filter: string): number {
	if (order[0]?.name !== 'ApiGewijzigdOp' || order[0].desc) return 0;
	const m = /^(?:(\(.*\)) and )?ApiGewijzigdOp (ge|gt) (\S+)$/.exec(filter.trim());
	if (!m || (m[1] && !oneGroup(m[1]))) return 0;
	const bound = timeKey(m[3]!);
	if (bound === null) return 0;
	let [lo, hi] = [0, sorted.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const key = timeKey(String(sorted[mid]!.data.ApiGewijzigdOp))!;
		if (key < bound) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Whether "( … )" is one parenthesised group (its first parenthesis closes at its end). */
function oneGroup(text: string): boolean {
	let depth = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "'") quoted = !quoted;
		else if (!quoted && c === '(') depth++;
		else if (!quoted && c === ')' && --depth === 0 && i < text.length - 1) return false;
	}
	return depth === 0;
}

// ---- $orderby and $filter: the small part of OData the sync uses, refused clearly beyond it.

type Order = { name: string; desc: boolean }[];

function parseOrderby(value: string | undefined, entity: string, properties: Set<string>): Order {
	const order: Order = [];
	for (const item of (value ?? '').split(',').filter((s) => s.trim())) {
		const [name, dir, ...extra] = item.trim().split(/\s+/);
		if (!properties.has(name!))
			throw new QueryError(`Could not find a property named '${name}' on type '${entity}'.`);
		if (extra.length || (dir && !/^(asc|desc)$/i.test(dir)))
			throw new QueryError(`Syntax error in $orderby '${value}'.`);
		order.push({ name: name!, desc: dir?.toLowerCase() === 'desc' });
	}
	// ASP.NET OData appends the key so that paging is stable.
	if (!order.some((o) => o.name === 'Id')) order.push({ name: 'Id', desc: false });
	return order;
}

function compareRecords(
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	order: Order
): number {
	for (const { name, desc } of order) {
		const c = compareValues(a[name], b[name]);
		if (c !== 0) return desc ? -c : c;
	}
	return 0;
}

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return -1;
	if (b === null || b === undefined) return 1;
	if (typeof a === 'string' && typeof b === 'string') {
		const ta = timeKey(a);
		const tb = ta === null ? null : timeKey(b);
		const [x, y] = ta !== null && tb !== null ? [ta, tb] : [a, b];
		return x < y ? -1 : x > y ? 1 : 0;
	}
	return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

const timeKeys = new Map<string, string | null>();
/** A sortable UTC key for an OData DateTimeOffset (fractions of varying length, any offset). */
function timeKey(value: string): string | null {
	let key = timeKeys.get(value);
	if (key !== undefined) return key;
	const m =
		/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,12}))?)?(Z|[+-]\d{2}:\d{2}))?$/i.exec(
			value
		);
	if (!m) key = null;
	else {
		const [, date, hh = '00', mm = '00', ss = '00', fraction = '', zone = 'Z'] = m;
		const ms = Date.parse(`${date}T${hh}:${mm}:${ss}${zone.toUpperCase()}`);
		key = Number.isNaN(ms)
			? null
			: `${new Date(ms).toISOString().slice(0, 19)}.${(fraction + '0000000').slice(0, 7)}`;
	}
	if (timeKeys.size > 100_000) timeKeys.clear();
	timeKeys.set(value, key);
	return key;
}

type Token =
	| { kind: 'paren'; value: '(' | ')' }
	| { kind: 'word'; value: string }
	| { kind: 'literal'; value: unknown; type: 'string' | 'time' | 'guid' | 'number' | 'other' };

function tokenize(filter: string): Token[] {
	const tokens: Token[] = [];
	const pattern =
		/\s+|(\(|\))|'((?:[^']|'')*)'|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])|(\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))?)|(-?\d+(?:\.\d+)?)(?![\w-])|([A-Za-z_][\w/]*)/giy;
	let m: RegExpExecArray | null;
	let at = 0;
	while (at < filter.length) {
		pattern.lastIndex = at;
		m = pattern.exec(filter);
		if (!m || m[0] === '') throw new QueryError(`Syntax error at position ${at} in '${filter}'.`);
		at = pattern.lastIndex;
		if (m[1]) tokens.push({ kind: 'paren', value: m[1] as '(' | ')' });
		else if (m[2] !== undefined)
			tokens.push({ kind: 'literal', value: m[2].replace(/''/g, "'"), type: 'string' });
		else if (m[3]) tokens.push({ kind: 'literal', value: m[3].toLowerCase(), type: 'guid' });
		else if (m[4]) {
			const key = timeKey(m[4]);
			if (key === null) throw new QueryError(`Unrecognized date and time '${m[4]}'.`);
			tokens.push({ kind: 'literal', value: key, type: 'time' });
		} else if (m[5]) tokens.push({ kind: 'literal', value: Number(m[5]), type: 'number' });
		else if (m[6]) {
			const word = m[6];
			if (word === 'true' || word === 'false')
				tokens.push({ kind: 'literal', value: word === 'true', type: 'other' });
			else if (word === 'null') tokens.push({ kind: 'literal', value: null, type: 'other' });
			else tokens.push({ kind: 'word', value: word });
		}
	}
	return tokens;
}

type Test = (record: Record<string, unknown>) => boolean;
const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/** $filter with and/or/not, parentheses, and `Property op literal` (string, date-time, guid, number, true/false/null). */
function parseFilter(filter: string, entity: string, properties: Set<string>): Test {
	const tokens = tokenize(filter);
	let i = 0;
	const peekWord = (w: string) => tokens[i]?.kind === 'word' && tokens[i]!.value === w;

	const disjunction = (): Test => {
		let left = conjunction();
		while (peekWord('or')) {
			i++;
			const [l, r] = [left, conjunction()];
			left = (rec) => l(rec) || r(rec);
		}
		return left;
	};
	const conjunction = (): Test => {
		let left = unary();
		while (peekWord('and')) {
			i++;
			const [l, r] = [left, unary()];
			left = (rec) => l(rec) && r(rec);
		}
		return left;
	};
	const unary = (): Test => {
		if (peekWord('not')) {
			i++;
			const inner = unary();
			return (rec) => !inner(rec);
		}
		const token = tokens[i];
		if (token?.kind === 'paren' && token.value === '(') {
			i++;
			const inner = disjunction();
			const close = tokens[i++];
			if (close?.kind !== 'paren' || close.value !== ')')
				throw new QueryError(`')' expected in '${filter}'.`);
			return inner;
		}
		return comparison();
	};
	const comparison = (): Test => {
		const property = tokens[i++];
		if (property?.kind !== 'word')
			throw new QueryError(`A property name was expected in '${filter}'.`);
		if (tokens[i]?.kind === 'paren' || property.value.includes('/'))
			throw new QueryError(
				`The test server does not support '${property.value}' (functions, lambdas and paths); ` +
					'it supports comparisons of a property with a literal.'
			);
		if (!properties.has(property.value))
			throw new QueryError(
				`Could not find a property named '${property.value}' on type '${entity}'.`
			);
		const op = tokens[i++];
		if (op?.kind !== 'word' || !OPERATORS.includes(op.value))
			throw new QueryError(`An operator (eq, ne, gt, ge, lt, le) was expected in '${filter}'.`);
		const literal = tokens[i++];
		if (literal?.kind !== 'literal')
			throw new QueryError(`A literal was expected after '${op.value}' in '${filter}'.`);
		const name = property.value;
		const read = (rec: Record<string, unknown>): unknown => {
			const v = rec[name];
			if (typeof v !== 'string') return v;
			if (literal.type === 'time') return timeKey(v);
			if (literal.type === 'guid') return v.toLowerCase();
			return v;
		};
		const expected = literal.value;
		return (rec) => {
			const actual = read(rec) ?? null;
			const c = compareValues(actual, expected);
			if (op.value === 'eq') return c === 0;
			if (op.value === 'ne') return c !== 0;
			if (actual === null || expected === null) return false;
			if (op.value === 'gt') return c > 0;
			if (op.value === 'ge') return c >= 0;
			if (op.value === 'lt') return c < 0;
			return c <= 0;
		};
	};

	const test = disjunction();
	if (i < tokens.length)
		throw new QueryError(`Syntax error: unexpected '${String(tokens[i]!.value)}' in '${filter}'.`);
	return test;
}
