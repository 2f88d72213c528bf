// Start-up: the database migrated, the registries in, and on a first start the bundled data: the
// Kamer's motion registry snapshot (every motion Dec 2023 – Oct 2025 with its appraisal label),
// then the registry's vote decisions on those motions, then the sample documents, whose transcripts add who appraised, in which words, on what condition.
import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from './db';
import { loadRegistry } from './registry';
import type { Registry } from '../parse/types';
import { syncRegistry } from './import/registry';
import { expandPaths, importFiles, type ImportSummary } from './import/files';
import { importZaken, readSnapshot, type ZakenReport } from './import/zaken';
import { progressMeter, type Progress } from './import/progress';
import { importDecisions, readDecisions, type DecisionsReport } from './import/votes';

export const SAMPLE_DOCUMENTS = 'data/documents';
export const REGISTRY_SNAPSHOT = 'data/registry/moties-2023-2025.jsonl.gz';
/** The registry's vote decisions on motions of the snapshot (Besluit with its Stemming rows). */
export const REGISTRY_DECISIONS = 'data/registry/besluiten-2023-2025.jsonl.gz';

export interface BootstrapSummary extends ImportSummary {
	registry: ZakenReport | null;
	decisions: DecisionsReport | null;
}

export interface BootstrapOptions {
	documentsDir?: string;
	/** null: no registry snapshot (tests of the documents alone). */
	snapshot?: string | null;
	/** null: no vote decisions; by default the bundled ones, imported with the snapshot. */
	decisions?: string | null;
	/** Progress of the snapshot import: done of total records, with the pace and the time left. */
	onProgress?: (done: number, total: number, progress: Progress) => void;
}

const REGISTRY_FILES = ['data/members.csv', 'data/cabinet.csv'];

/**
 * The member and cabinet registries into the database, skipped when their files are those of the
 * last start (their hash is kept beside the sync cursors): a restart then writes nothing and waits
 * for no lock an import may hold.
 */
function syncRegistryIfChanged(db: Db, registry: () => Registry) {
	const hash = createHash('sha256');
	for (const file of REGISTRY_FILES) if (existsSync(file)) hash.update(readFileSync(file));
	const digest = hash.digest('hex');
	const kept = db.get<{ cursor: string }>(
		sql`select cursor from sync_cursors where entity = 'registry-files'`
	)?.cursor;
	if (kept === digest) return;
	syncRegistry(db, registry());
	db.run(sql`insert into sync_cursors (entity, cursor, updated_at)
		values ('registry-files', ${digest}, ${new Date().toISOString()})
		on conflict (entity) do update set cursor = excluded.cursor, updated_at = excluded.updated_at`);
}

/** Import the bundled data into an empty database; null when it holds documents already. */
export async function bootstrap(
	db: Db,
	options: BootstrapOptions | string = {}
): Promise<BootstrapSummary | null> {
	const opts = typeof options === 'string' ? { documentsDir: options } : options;
	// Read the registries only when they are needed: a restart with nothing changed reads neither.
	let loaded: Registry | null = null;
	const registry = () => (loaded ??= loadRegistry());
	syncRegistryIfChanged(db, registry);
	if (db.get<{ any: number }>(sql`select exists (select 1 from documents) as "any"`)?.any)
		return null;
	const snapshot = opts.snapshot === undefined ? REGISTRY_SNAPSHOT : opts.snapshot;
	// The registry first: a transcript read after it finds the registry's motions (and its slips).
	let registryReport: ZakenReport | null = null;
	if (snapshot && existsSync(snapshot)) {
		const entries = readSnapshot(snapshot);
		const meter = progressMeter(entries.length);
		// Each record is one motion: the records done are the motions read.
		registryReport = importZaken(db, entries, registry(), {
			onProgress: (done, total) => opts.onProgress?.(done, total, meter.tick(done, done))
		});
	}
	// The decisions land on the registry's motions: without the snapshot there is nothing to decide.
	const decisionsFile = opts.decisions === undefined ? REGISTRY_DECISIONS : opts.decisions;
	let decisions: DecisionsReport | null = null;
	if (registryReport && decisionsFile && existsSync(decisionsFile))
		decisions = importDecisions(db, readDecisions(decisionsFile), registry());
	const { files } = expandPaths([opts.documentsDir ?? SAMPLE_DOCUMENTS]);
	const summary = await importFiles(db, files, registry());
	return { ...summary, registry: registryReport, decisions };
}
