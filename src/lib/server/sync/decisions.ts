// A sync run of the Kamer's vote decisions on motions (Besluit with its Stemming rows) from the
// open-data API, page by page; each page's decisions and its cursor commit in one transaction.
// The motion decided is the decision's own Zaak (the live API links them), or its agenda item's
// when that lists exactly one; never guessed from an ordering.
import type { Db } from '../db';
import type { Registry } from '../../parse/types';
import type { BesluitRecord } from '../../parse/readers/besluit';
import { REGISTRY_DECISIONS } from '../../parse/vocabulary';
import { emptyDecisionsReport, importDecisions, type DecisionsReport } from '../import/votes';
import { ODataClient, systemClock, type ClientOptions, type Clock, type RetryEvent } from './odata';
import { loadCursor, saveCursor } from './cursors';
import type { Cursor } from './state';

export const DECISION_CURSOR_KEY = 'Besluit';
/** Every decision of a vote or a decision to hold or withdraw: the BesluitSoort values of a motion's decision. */
export const DECISION_FILTER = Object.keys(REGISTRY_DECISIONS)
	.map((soort) => `BesluitSoort eq '${soort}'`)
	.join(' or ');
const ZAAK = 'Zaak($select=Id,Nummer,Soort)';
/** The decision's own Zaak, the agenda item's Zaken, and the Stemming rows. */
export const DECISION_EXPAND = `${ZAAK},Agendapunt($expand=${ZAAK}),Stemming`;

export interface DecisionSyncOptions extends Pick<
	ClientOptions,
	| 'userAgent'
	| 'minIntervalMs'
	| 'maxRetries'
	| 'backoffBaseMs'
	| 'backoffMaxMs'
	| 'timeoutMs'
	| 'random'
> {
	baseUrl?: string;
	/** Only decisions changed at or after this (date or date-time). */
	since?: string;
	reset?: boolean;
	/** The navigation properties to expand (a mirror that lacks the decision's own Zaak can leave it out). */
	expand?: string;
	clock?: Clock;
	fetch?: typeof globalThis.fetch;
	signal?: AbortSignal;
	now?: () => Date;
	onRetry?: (event: RetryEvent) => void;
}

export interface DecisionSyncReport extends Omit<DecisionsReport, 'decisions'> {
	pages: number;
	records: number;
	cursor: Cursor | null;
}

/** Bring the registry's decisions up to date; killed at any point, the next run continues after the last page committed. */
export async function syncDecisions(
	db: Db,
	registry: Registry,
	options: DecisionSyncOptions = {}
): Promise<DecisionSyncReport> {
	const now = options.now ?? (() => new Date());
	const { decisions: _decisions, ...empty } = emptyDecisionsReport();
	void _decisions;
	const report: DecisionSyncReport = { ...empty, pages: 0, records: 0, cursor: null };
	const client = new ODataClient({
		baseUrl: options.baseUrl,
		userAgent: options.userAgent,
		minIntervalMs: options.minIntervalMs,
		maxRetries: options.maxRetries,
		backoffBaseMs: options.backoffBaseMs,
		backoffMaxMs: options.backoffMaxMs,
		timeoutMs: options.timeoutMs,
		random: options.random,
		clock: options.clock ?? systemClock,
		fetch: options.fetch,
		onRetry: options.onRetry
	});
	const saved = options.reset ? null : loadCursor(db, DECISION_CURSOR_KEY);
	report.cursor = saved;
	const pages = client.fetchPages<BesluitRecord & Record<string, unknown>>(
		'Besluit',
		{ filter: DECISION_FILTER, expand: options.expand ?? DECISION_EXPAND, since: options.since },
		saved,
		options.signal
	);
	for await (const page of pages) {
		const imported = importDecisions(db, page.value, registry, {
			inTransaction: (tx) => saveCursor(tx, DECISION_CURSOR_KEY, page.cursor, now())
		});
		report.pages++;
		report.records += page.value.length;
		report.cursor = page.cursor;
		for (const k of ['added', 'updated', 'unchanged', 'removed', 'complete', 'incomplete'] as const)
			report[k] += imported[k];
		report.warnings.push(...imported.warnings);
	}
	return report;
}
