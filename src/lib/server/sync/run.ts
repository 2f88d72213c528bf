// A sync run: the Kamer's motion registry (Zaak of Soort 'Motie') brought up to date from the
// open-data API, page by page; each page's records and its cursor commit in one transaction.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { documents } from '../db/schema';
import { emptyZakenReport, importZaken, type ZakenReport } from '../import/zaken';
import type { DbOrTx } from '../import/registry';
import { kamerstukOf, type RegistryEntry, type ZaakRecord } from '../../parse/readers/zaak';
import type { Registry } from '../../parse/types';
import { decodeDocument, DocumentError } from '../../parse/decode';
import {
	ODataClient,
	noAnswerError,
	ODataHttpError,
	PoliteGet,
	systemClock,
	timestampKey,
	waitTooLongError,
	type ClientOptions,
	type Clock,
	type GetWording,
	type RetryEvent
} from './odata';
import type { Cursor } from './state';
import { loadCursor, saveCursor } from './cursors';

/** The cursor's key in sync_cursors. */
export const MOTION_CURSOR_KEY = 'Zaak';
export const MOTION_FILTER = "Soort eq 'Motie'";
/**
 * The motion's text is not the Document's own file (`Document(<id>)/resource` serves the file the
 * Kamer registered: ContentType application/pdf for 7,929 of the 7,937 motions of 2023–2025) but
 * its publication as officiële publicaties XML, which the document version lists under
 * DocumentPublicatie (DocumentType 'Xml', on repository.overheid.nl). Kamerstukdossier is not
 * expanded: the dossier comes from the publication id, and the importer reads nothing else of it.
 */
export const MOTION_EXPAND = 'Document($expand=HuidigeDocumentVersie($expand=DocumentPublicatie))';
/** Where the Kamer's records say the publications are. */
export const PUBLICATIONS_URL = 'https://repository.overheid.nl/';

export interface SyncProgress {
	/** Pages committed in this run. */
	pages: number;
	/** Records of this run handled so far (committed, or with their text fetched). */
	records: number;
	/** What the query matches from this run's start, when the API said (@odata.count). */
	total: number | null;
}

export interface SyncRunOptions extends Pick<
	ClientOptions,
	| 'userAgent'
	| 'minIntervalMs'
	| 'maxRetries'
	| 'backoffBaseMs'
	| 'backoffMaxMs'
	| 'maxRetryAfterMs'
	| 'timeoutMs'
	| 'random'
> {
	/** The API's service root; default the Kamer's. */
	baseUrl?: string;
	/** Stands in for https://repository.overheid.nl/ in the publications' URLs (tests, mirrors). */
	publicationsUrl?: string;
	/** Only records changed at or after this (date or date-time); with a saved cursor the later of the two. */
	since?: string;
	/** Start without the saved cursor (it is replaced once the first page commits). */
	reset?: boolean;
	clock?: Clock;
	fetch?: typeof globalThis.fetch;
	signal?: AbortSignal;
	/** The time written as imported_at and a cursor's updated_at. */
	now?: () => Date;
	onProgress?: (progress: SyncProgress) => void;
	/** After a page has committed (records and cursor). Throwing here stops the run; the page stays. */
	onPage?: (page: PageCommitted) => void;
	onRetry?: (event: RetryEvent) => void;
}

export interface PageCommitted {
	index: number;
	records: number;
	cursor: Cursor;
	report: ZakenReport;
}

export type SyncWarning = ZakenReport['warnings'][number];

/**
 * A run's totals: the registry import's counts summed over its pages (motionsAdded, registryAdded,
 * registryUpdated, registryUnchanged, removed — withdrawn records —, slips), and the run's own.
 */
export interface SyncRunReport extends Omit<ZakenReport, 'zaken' | 'warnings'> {
	baseUrl: string;
	/** The saved cursor's position at the start (ApiGewijzigdOp of the last record it had), if any. */
	resumedFrom: string | null;
	since: string | null;
	pages: number;
	records: number;
	/** Of the committed records' texts: fetched; asked for but not there (404); not asked for, the database having the current one. */
	textsFetched: number;
	textsMissing: number;
	textsKept: number;
	warnings: SyncWarning[];
	/** HTTP requests made, retries included. */
	requests: number;
	retries: number;
	elapsedMs: number;
	/** Where the next run continues; null when nothing was ever committed. */
	cursor: Cursor | null;
}

/** A run that stopped on an error; `report` tells what was committed before it. */
export class SyncStopped extends Error {
	constructor(
		/** What stopped it: ODataHttpError, ODataNetworkError, CursorError, an abort … */
		readonly error: Error,
		readonly report: SyncRunReport
	) {
		super(error.message);
		this.name = 'SyncStopped';
	}
}

/**
 * Bring the registry's motions up to date. Per page: the page of Zaak records, then each motion's
 * publication XML (unless the database has it already), then one transaction that imports the
 * page and saves the cursor. Killed at any point, the next run continues after the last page that
 * committed; a page is never half written. Throws SyncStopped on an HTTP error (after the retries
 * for 429 and 5xx), on network trouble after the retries, and on a cursor that does not fit.
 */
export async function syncMotions(
	db: Db,
	registry: Registry,
	options: SyncRunOptions = {}
): Promise<SyncRunReport> {
	const clock = options.clock ?? systemClock;
	const started = clock.now();
	const now = options.now ?? (() => new Date());
	const baseFetch = options.fetch ?? globalThis.fetch;
	const report: SyncRunReport = {
		baseUrl: '',
		resumedFrom: null,
		since: options.since ?? null,
		pages: 0,
		records: 0,
		motionsAdded: 0,
		registryAdded: 0,
		registryUpdated: 0,
		registryUnchanged: 0,
		removed: 0,
		slips: 0,
		textsFetched: 0,
		textsMissing: 0,
		textsKept: 0,
		warnings: [],
		requests: 0,
		retries: 0,
		elapsedMs: 0,
		cursor: null
	};
	const counted: typeof globalThis.fetch = (input, init) => {
		report.requests++;
		return baseFetch(input, init);
	};
	const onRetry = (event: RetryEvent) => {
		report.retries++;
		options.onRetry?.(event);
	};
	const politeness = {
		userAgent: options.userAgent,
		minIntervalMs: options.minIntervalMs,
		maxRetries: options.maxRetries,
		backoffBaseMs: options.backoffBaseMs,
		backoffMaxMs: options.backoffMaxMs,
		maxRetryAfterMs: options.maxRetryAfterMs,
		timeoutMs: options.timeoutMs,
		random: options.random,
		clock,
		fetch: counted,
		onRetry
	};

	try {
		const client = new ODataClient({ ...politeness, baseUrl: options.baseUrl });
		report.baseUrl = client.baseUrl;
		const publications = new PublicationFetcher(
			options.publicationsUrl ?? PUBLICATIONS_URL,
			politeness
		);
		const saved = options.reset ? null : loadCursor(db, MOTION_CURSOR_KEY);
		report.resumedFrom = saved?.lastModified ?? null;
		report.cursor = saved;
		let stored = saved;
		let total: number | null = null;
		const pages = client.fetchPages<ZaakRecord & Record<string, unknown>>(
			'Zaak',
			{ filter: MOTION_FILTER, expand: MOTION_EXPAND, since: options.since, count: true },
			saved,
			options.signal
		);
		for await (const page of pages) {
			if (page.index === 0) total = page.count;
			const entries: RegistryEntry[] = [];
			const warnings: SyncWarning[] = [];
			const texts = { fetched: 0, missing: 0, kept: 0, none: 0 };
			for (const zaak of page.value) {
				const text = await motionText(db, zaak, publications, options.signal);
				texts[text.outcome]++;
				if (text.warning) warnings.push({ zaak: zaak.Nummer, message: text.warning });
				entries.push({ zaak, xml: text.xml });
				options.onProgress?.({
					pages: report.pages,
					records: report.records + entries.length,
					total
				});
			}

			let imported: ZakenReport | null = null;
			if (entries.length > 0) {
				imported = importZaken(db, entries, registry, {
					now,
					inTransaction: (tx) => saveCursor(tx, MOTION_CURSOR_KEY, page.cursor, now())
				});
			} else if (!samePosition(stored, page.cursor)) {
				// Nothing new, but the position moved (or the run finished): keep that.
				saveCursor(db, MOTION_CURSOR_KEY, page.cursor, now());
			}
			stored = page.cursor;
			report.cursor = page.cursor;
			report.pages++;
			report.records += entries.length;
			report.textsFetched += texts.fetched;
			report.textsMissing += texts.missing;
			report.textsKept += texts.kept;
			report.warnings.push(...warnings);
			if (imported) {
				report.motionsAdded += imported.motionsAdded;
				report.registryAdded += imported.registryAdded;
				report.registryUpdated += imported.registryUpdated;
				report.registryUnchanged += imported.registryUnchanged;
				report.removed += imported.removed;
				report.slips += imported.slips;
				report.warnings.push(...imported.warnings);
			}
			report.elapsedMs = clock.now() - started;
			options.onProgress?.({ pages: report.pages, records: report.records, total });
			options.onPage?.({
				index: page.index,
				records: entries.length,
				cursor: page.cursor,
				report: imported ?? emptyZakenReport()
			});
		}
	} catch (e) {
		report.elapsedMs = clock.now() - started;
		throw new SyncStopped(e instanceof Error ? e : new Error(String(e)), report);
	}
	report.elapsedMs = clock.now() - started;
	return report;
}

interface MotionText {
	xml: string | null;
	/** 'kept': not asked for, the database has this publication, imported after its last change. */
	outcome: 'fetched' | 'missing' | 'kept' | 'none';
	warning: string | null;
}

interface Publication {
	DocumentType?: string | null;
	Url?: string | null;
	Verwijderd?: boolean | null;
	ApiGewijzigdOp?: string | null;
}

/** The publication XML of a record's motion document, or why there is none. */
async function motionText(
	db: DbOrTx,
	zaak: ZaakRecord,
	publications: PublicationFetcher,
	signal: AbortSignal | undefined
): Promise<MotionText> {
	const none = (warning: string | null = null): MotionText => ({
		xml: null,
		outcome: 'none',
		warning
	});
	// The importer removes a withdrawn record, skips another Soort and warns when there is no kst id.
	if (zaak.Verwijderd || zaak.Soort !== 'Motie') return none();
	const kst = kamerstukOf(zaak);
	if (!kst) return none();
	const version = kst.document.HuidigeDocumentVersie as
		{ DocumentPublicatie?: Publication[] | null } | null | undefined;
	const xmlPublication = (version?.DocumentPublicatie ?? []).find(
		(p) => p.DocumentType === 'Xml' && !p.Verwijderd
	);
	if (!xmlPublication)
		return none(
			`${kst.publication}: no XML publication is listed yet (a motion is published some days after it is tabled); ` +
				'the registry record is kept without its text, and a later sync of a changed record fetches it'
		);

	const fileName = `${kst.publication}.xml`;
	const have = db
		.select({ importedAt: documents.importedAt })
		.from(documents)
		.where(and(eq(documents.fileName, fileName), eq(documents.current, true)))
		.get();
	const changed = xmlPublication.ApiGewijzigdOp
		? timestampKey(xmlPublication.ApiGewijzigdOp)
		: null;
	const imported = have ? timestampKey(have.importedAt) : null;
	if (imported && changed && imported >= changed)
		return { xml: null, outcome: 'kept', warning: null };

	const url = publications.locate(xmlPublication.Url ?? null, kst.dossier, kst.publication);
	if (!url)
		return none(
			`${kst.publication}: the publication's URL ${xmlPublication.Url} is not on ${PUBLICATIONS_URL}; not followed, kept without its text`
		);
	const resource = await publications.get(url, signal);
	if (!resource)
		return {
			xml: null,
			outcome: 'missing',
			warning: `${kst.publication}: the publication is not there (HTTP 404 for ${url}); the registry record is kept without its text`
		};
	try {
		return { xml: decodeDocument(resource, fileName), outcome: 'fetched', warning: null };
	} catch (e) {
		if (!(e instanceof DocumentError)) throw e;
		return {
			xml: null,
			outcome: 'fetched',
			warning: `${kst.publication}: ${e.message}; the registry record is kept without its text`
		};
	}
}

/**
 * GETs of publication files (repository.overheid.nl): the same politeness as the API client (a
 * PoliteGet of its own, so its own rate limit) — retries on 429, 5xx and network errors after
 * Retry-After or a backoff with jitter.
 */
class PublicationFetcher {
	private readonly base: string;
	private readonly http: PoliteGet;

	constructor(base: string, o: Omit<ClientOptions, 'baseUrl'>) {
		this.base = base.endsWith('/') ? base : `${base}/`;
		new URL(this.base); // fail early on a malformed URL
		// An empty User-Agent sends none.
		this.http = new PoliteGet({ ...o, userAgent: o.userAgent || undefined });
	}

	/**
	 * The URL to ask, on this fetcher's base. The records give the URL for some publications only
	 * (1,768 of the 7,914 XML publications of 2023–2025, every one of the form below, manifestation
	 * 1); for the others it is made the same way from the publication id. Null for a URL given on
	 * another host.
	 */
	locate(given: string | null, dossier: string, publication: string): string | null {
		if (given === null)
			return `${this.base}frbr/officielepublicaties/kst/${dossier}/${publication}/1/xml/${publication}.xml`;
		let target: URL;
		try {
			target = new URL(given);
		} catch {
			return null;
		}
		if (target.host !== new URL(PUBLICATIONS_URL).host) return null;
		return `${this.base}${target.pathname.replace(/^\//, '')}${target.search}`;
	}

	/** The file's bytes; null for 404. */
	get(url: string, signal?: AbortSignal): Promise<Uint8Array | null> {
		return this.http.get<Uint8Array | null>(
			url,
			{
				accept: 'application/xml, text/xml, */*',
				read: async (res) => new Uint8Array(await res.arrayBuffer()),
				notFound: () => null,
				wording: PUBLICATION_WORDING
			},
			signal
		);
	}
}

/** The publications server's failures, in words of its own. */
const PUBLICATION_WORDING: GetWording = {
	httpError: (url, res, said, attempt) => {
		const retryable = res.status === 429 || res.status >= 500;
		return new ODataHttpError(
			`GET ${url} failed with HTTP ${res.status}${said ? `: ${said}` : ''} (${
				retryable
					? `gave up after ${attempt} attempts; the publications server is busy or down, run again later (it resumes)`
					: 'the publications server refused the request'
			})`,
			url,
			res.status,
			said,
			attempt
		);
	},
	networkError: (url, e, attempt) =>
		noAnswerError(
			url,
			e,
			attempt,
			e instanceof Error ? e.message : String(e),
			'check the network connection, then run again (it resumes)'
		),
	waitTooLong: (url, waitMs, failure, attempt) =>
		waitTooLongError(url, 'the server', waitMs, failure.status, null, attempt)
};

/** Whether two cursors stand at the same place (progress counts aside). */
function samePosition(a: Cursor | null, b: Cursor): boolean {
	return (
		a !== null &&
		a.query === b.query &&
		a.nextLink === b.nextLink &&
		a.lastModified === b.lastModified &&
		a.done === b.done &&
		JSON.stringify(a.idsAtLastModified) === JSON.stringify(b.idsAtLastModified)
	);
}
