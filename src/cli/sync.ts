// `sync [--since DATE] [--base-url URL] [--reset] [--votes]`: the Kamer's motion registry (and with
// --votes its vote decisions) kept current from its open-data API; resumable, one transaction per page.
import cliProgress from 'cli-progress';
import { openDatabase, databaseUrl } from '../lib/server/db';
import { loadRegistry } from '../lib/server/registry';
import { syncRegistry } from '../lib/server/import/registry';
import { warmCaches } from '../lib/server/warm';
import { DocumentError } from '../lib/parse/decode';
import { DEFAULT_BASE_URL, timestampKey } from '../lib/server/sync/odata';
import { CursorError } from '../lib/server/sync/state';
import { syncMotions, SyncStopped, type SyncRunReport } from '../lib/server/sync/run';
import { syncDecisions, type DecisionSyncReport } from '../lib/server/sync/decisions';

export interface SyncCliOptions {
	since?: string;
	baseUrl?: string;
	publicationsUrl?: string;
	reset?: boolean;
	/** Also the vote decisions (Besluit with Stemming), after the motions. */
	votes?: boolean;
}

/** How many warnings the summary lists one by one. */
const LISTED_WARNINGS = 20;

/** Exit 0: up to date; 1: stopped by the API or the network (what committed stays); 2: usage; 130: interrupted. */
export async function syncCommand(opts: SyncCliOptions): Promise<number> {
	const fail = (message: string, code: number) => {
		process.stderr.write(`motiemonitor sync: ${message}\n`);
		return code;
	};
	if (
		opts.since !== undefined &&
		!/^\d{4}-\d{2}-\d{2}$/.test(opts.since) &&
		!timestampKey(opts.since)
	)
		return fail(
			`--since "${opts.since}" is not a date (2025-06-01) or a date and time with zone (2025-06-01T12:00:00Z)`,
			2
		);
	const baseUrl = opts.baseUrl ?? (process.env.MOTIEMONITOR_ODATA_URL || DEFAULT_BASE_URL);
	const publicationsUrl =
		opts.publicationsUrl ?? (process.env.MOTIEMONITOR_PUBLICATIONS_URL || undefined);
	for (const [name, url] of [
		['--base-url', baseUrl],
		['--publications-url', publicationsUrl]
	] as const) {
		if (url !== undefined && !URL.canParse(url))
			return fail(`${name} "${url}" is not a URL (e.g. ${DEFAULT_BASE_URL})`, 2);
	}
	let registry;
	try {
		registry = loadRegistry();
	} catch (e) {
		if (e instanceof DocumentError) return fail(e.describe(), 2);
		throw e;
	}
	const db = openDatabase();
	syncRegistry(db, registry);

	const tty = Boolean(process.stderr.isTTY);
	const bar = tty
		? new cliProgress.SingleBar(
				{
					format:
						'Moties bijwerken {bar} {value}/{total} records, {pages} pagina’s, nog {eta_formatted}',
					stream: process.stderr,
					clearOnComplete: true
				},
				cliProgress.Presets.shades_classic
			)
		: null;
	let barStarted = false;
	const controller = new AbortController();
	const interrupt = () => controller.abort(new Error('interrupted (Ctrl-C)'));
	process.once('SIGINT', interrupt);

	let report: SyncRunReport;
	let stopped: SyncStopped | null = null;
	try {
		report = await syncMotions(db, registry, {
			baseUrl,
			publicationsUrl,
			since: opts.since,
			reset: opts.reset,
			signal: controller.signal,
			onProgress: ({ pages, records, total }) => {
				if (!bar) return;
				if (!barStarted) {
					bar.start(Math.max(total ?? records, records), records, { pages });
					barStarted = true;
				} else {
					if (total !== null && total > bar.getTotal()) bar.setTotal(total);
					bar.update(records, { pages });
				}
			},
			onPage: (page) => {
				if (!bar)
					process.stdout.write(
						`page ${page.index + 1}: ${page.records} records, up to ${page.cursor.lastModified ?? '—'}\n`
					);
			},
			onRetry: (event) => {
				bar?.stop();
				barStarted = false;
				process.stderr.write(
					`motiemonitor sync: ${event.status ? `HTTP ${event.status}` : 'no answer'} from ${event.url}; ` +
						`trying again in ${Math.ceil(event.delayMs / 1000)} s (attempt ${event.attempt + 1})\n`
				);
			}
		});
	} catch (e) {
		if (!(e instanceof SyncStopped)) throw e;
		stopped = e;
		report = e.report;
	} finally {
		process.removeListener('SIGINT', interrupt);
		bar?.stop();
	}
	// The decisions land on the motions: only after the motions synced in full.
	let decisions: DecisionSyncReport | null = null;
	if (opts.votes && !stopped) {
		try {
			decisions = await syncDecisions(db, registry, {
				baseUrl,
				since: opts.since,
				reset: opts.reset,
				signal: controller.signal
			});
		} catch (e) {
			stopped = new SyncStopped(e instanceof Error ? e : new Error(String(e)), report);
		}
	}
	// As after an import: the aggregates for the new data, kept for the server.
	try {
		await warmCaches(db);
	} finally {
		db.$client.close();
	}

	process.stdout.write(summary(report, opts, stopped !== null) + '\n');
	if (decisions)
		process.stdout.write(
			`  Vote decisions: ${decisions.records} records; ${decisions.added} new, ${decisions.updated} updated, ${decisions.removed} withdrawn; ` +
				`${decisions.complete} with a complete tally, ${decisions.incomplete} incomplete; warnings: ${decisions.warnings.length}\n`
		);
	if (!stopped) return 0;
	const error = stopped.error;
	if (controller.signal.aborted)
		return fail(
			'interrupted; what was committed stays, and the next run continues from there',
			130
		);
	// The client's and the fetcher's messages name the URL, the status and the API's own words.
	if (error instanceof CursorError) return fail(`${error.message} (run with --reset)`, 1);
	return fail(error.message, 1);
}

function summary(r: SyncRunReport, opts: SyncCliOptions, stopped: boolean): string {
	const from = r.resumedFrom
		? `the saved position (records changed at or after ${r.resumedFrom})${opts.since ? `, or --since ${opts.since} if later` : ''}`
		: opts.since
			? `--since ${opts.since}`
			: 'the beginning (every motion the API holds)';
	const lines = [
		`${stopped ? 'Stopped syncing' : 'Synced'} the Kamer's motions from ${r.baseUrl} into ${databaseUrl()}`,
		`  Started from ${from}`,
		`  ${r.records} records in ${r.pages} pages committed; ${r.requests} requests (${r.retries} retries) in ${duration(r.elapsedMs)}`,
		`  Motions: ${r.motionsAdded} new; registry records: ${r.registryAdded} new, ${r.registryUpdated} updated, ${r.registryUnchanged} unchanged, ${r.removed} withdrawn; ${r.slips} slips corrected`,
		`  Texts: ${r.textsFetched} fetched, ${r.textsMissing} not found (404), ${r.textsKept} already stored; warnings: ${r.warnings.length}`
	];
	for (const w of r.warnings.slice(0, LISTED_WARNINGS))
		lines.push(`    warning ${w.zaak}: ${w.message}`);
	if (r.warnings.length > LISTED_WARNINGS)
		lines.push(`    … and ${r.warnings.length - LISTED_WARNINGS} more warnings`);
	if (r.cursor?.lastModified)
		lines.push(
			`  The next run continues from records changed at or after ${r.cursor.lastModified}`
		);
	return lines.join('\n');
}

function duration(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
