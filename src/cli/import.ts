// `import PATH... [--date] [--title] [--kind] [--dry-run] [--reread]`: documents into the database, each whole or not at all.
import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import { openDatabase, databaseUrl } from '../lib/server/db';
import { loadRegistry } from '../lib/server/registry';
import { syncRegistry } from '../lib/server/import/registry';
import { expandPaths, importFiles } from '../lib/server/import/files';
import { ParsePool } from '../lib/server/import/parse-pool';
import { warmCaches } from '../lib/server/warm';
import { describeProgress } from '../lib/server/import/progress';
import { DOCUMENT_KINDS, type DocumentKind } from '../lib/parse/types';
import { DocumentError } from '../lib/parse/decode';
import { isIsoDate } from '../lib/dates';
import { printable } from '../lib/printable';

export interface ImportCliOptions {
	date?: string;
	title?: string;
	kind?: string;
	dryRun?: boolean;
	reread?: boolean;
}

/** From this many files on, an import parses on worker threads (starting them costs ≈ 0.3 s). */
const PARALLEL_FROM = 8;

/** Exit 0: all imported; 1: some files refused (the others imported); 2: usage error. */
export async function importCommand(paths: string[], opts: ImportCliOptions): Promise<number> {
	if (opts.date && !isIsoDate(opts.date)) {
		process.stderr.write(
			`motiemonitor import: --date "${opts.date}" is not a date in the form YYYY-MM-DD\n`
		);
		return 2;
	}
	if (opts.kind && !(DOCUMENT_KINDS as readonly string[]).includes(opts.kind)) {
		process.stderr.write(
			`motiemonitor import: --kind "${opts.kind}" is not one of ${DOCUMENT_KINDS.join(', ')}\n`
		);
		return 2;
	}
	const { files, refused: missing } = expandPaths(paths);
	if ((opts.date || opts.title) && files.length > 1) {
		process.stderr.write(
			'motiemonitor import: --date and --title apply to one file; give one file, or use the manifest\n'
		);
		return 2;
	}
	let registry;
	try {
		registry = loadRegistry();
	} catch (e) {
		if (e instanceof DocumentError) {
			process.stderr.write(`motiemonitor import: ${e.describe()}\n`);
			return 2;
		}
		throw e;
	}
	const db = openDatabase();
	if (!opts.dryRun) syncRegistry(db, registry);

	const tty = Boolean(process.stderr.isTTY);
	const bar = tty
		? new cliProgress.SingleBar(
				{
					format: 'Importeren {bar} {value}/{total} · {pace} · {file}',
					stream: process.stderr,
					clearOnComplete: true
				},
				cliProgress.Presets.shades_classic
			)
		: null;
	bar?.start(files.length, 0, { file: '', pace: '—' });
	// Several files: read on a worker per core while this thread writes the ones before.
	const pool =
		files.length >= PARALLEL_FROM
			? new ParsePool(registry, databaseUrl().replace(/^file:/, ''))
			: null;
	let summary;
	try {
		summary = await importFiles(
			db,
			files,
			registry,
			{
				date: opts.date ?? null,
				title: opts.title ?? null,
				kind: (opts.kind as DocumentKind) ?? null,
				dryRun: opts.dryRun,
				reread: opts.reread,
				pool
			},
			(done, file, progress) => {
				const pace = describeProgress(progress);
				if (bar) bar.update(done, { file: printable(basename(file)), pace });
				else process.stdout.write(`${done}/${files.length} ${printable(file)} (${pace})\n`);
			}
		);
	} finally {
		await pool?.close();
	}
	bar?.stop();
	// The dashboard's aggregates for the new data version, computed now and kept in the database,
	// so a running server (or its next start) serves them without counting.
	if (!opts.dryRun && summary.reports.length) await warmCaches(db);
	db.$client.close();

	const refused = [...missing, ...summary.refused];
	const r = summary.reports;
	const sum = (
		k:
			| 'motionsAdded'
			| 'motionsUpdated'
			| 'motionsUnchanged'
			| 'appraisals'
			| 'references'
			| 'conflicts'
			| 'citedOnlyAdded'
	) => r.reduce((n, x) => n + x[k], 0);
	const lines: string[] = [];
	for (const x of r) {
		const what =
			x.outcome === 'unchanged'
				? 'already imported, nothing changed'
				: `${x.outcome === 'corrected' ? 'corrected version' : 'new'} ${x.kind}: ${x.motionsAdded} motions added, ${x.motionsUpdated} updated, ${x.motionsUnchanged} unchanged, ${x.appraisals} appraisals, ${x.references} references`;
		lines.push(`  ${printable(x.fileName)}: ${what}`);
		for (const c of x.changes)
			lines.push(`    changed ${c.motion} ${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`);
		for (const w of x.warnings)
			lines.push(`    warning ${printable(x.fileName)}:${w.line}: ${printable(w.message)}`);
	}
	for (const f of refused) lines.push(`  refused ${printable(f.file)}: ${printable(f.message)}`);
	const warnings = r.reduce((n, x) => n + x.warnings.length, 0);
	lines.push(
		'',
		`${opts.dryRun ? 'Dry run (nothing stored)' : 'Imported'} into ${databaseUrl()}: ${r.filter((x) => x.outcome !== 'unchanged').length} documents stored, ${r.filter((x) => x.outcome === 'unchanged').length} unchanged, ${refused.length} refused`,
		`Motions: ${sum('motionsAdded')} added, ${sum('motionsUpdated')} updated, ${sum('motionsUnchanged')} unchanged; ${sum('citedOnlyAdded')} cited-only`,
		`Appraisals: ${sum('appraisals')}; references: ${sum('references')}; warnings: ${warnings}; conflicts: ${sum('conflicts')}`
	);
	process.stdout.write(lines.join('\n') + '\n');
	return refused.length ? 1 : 0;
}
