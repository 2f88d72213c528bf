// The scale benchmark: a corpus of N motions (the registry snapshot, the sample documents and
// generated debates) imported with the product's own code into a fresh database, then every page
// and API of the built server under load beside its static file, each figure against the issue's
// thresholds. Generation and discovery are timed apart from what is measured.
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry } from '../../src/lib/server/registry';
import type { Registry } from '../../src/lib/parse/types';
import { openDatabase } from '../../src/lib/server/db';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import { ParsePool } from '../../src/lib/server/import/parse-pool';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { REGISTRY_SNAPSHOT, SAMPLE_DOCUMENTS } from '../../src/lib/server/bootstrap';
import { generateCorpus, type CorpusInfo } from './corpus';
import { warmCaches } from '../../src/lib/server/warm';
import { cpuBetween, threadTimes } from './threads';
import {
	download,
	ensureBuild,
	firstLink,
	load,
	memoryOf,
	startServer,
	waitIdle,
	type LoadResult,
	type Server
} from './load';

export interface ScaleOptions {
	/** Motions in the corpus, the snapshot's included; null: the default data (what `npm start` loads). */
	motions: number | null;
	/** Seconds of load per page and connection count. */
	seconds: number;
	seed: number;
	out: string | null;
	keep: boolean;
	/** Serve this database instead of importing one (no import figures). */
	database: string | null;
	/** Import and report the import's figures only: no server, no load. */
	importOnly?: boolean;
}

/** The issue's "done when" thresholds. */
export const THRESHOLDS = {
	/** At 64 connections: at least this share of the static file's requests per second … */
	throughputShare: 1 / 10,
	/** … and a p99 under this multiple of the static file's p99. */
	p99Multiple: 20,
	/** At 1 connection: every page's median under this (ms). */
	p50At1: 30,
	importMotionsPerSecond: 3000,
	snapshotSeconds: 10,
	reimportMotionsPerSecond: 50_000,
	rssMb: 300,
	restartFirstPageMs: 1000
};

const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER');
const log = (line: string) => console.error(line);

interface Row extends LoadResult {
	name: string;
	/** Requests per second as a share of the static file's at the same connection count. */
	throughputShare: number;
	/** p99 as a multiple of the static file's p99 at the same connection count. */
	p99Multiple: number;
	ok: boolean | null;
}

type IdKind = 'motion' | 'fraction' | 'member' | 'cabinetMember' | 'debate' | 'document';

function pageList(ids: Record<IdKind, string | null>): [string, string][] {
	const pages: [string, string | null][] = [
		['overview', '/'],
		['motions', '/moties'],
		['motions, page 100', '/moties?page=100'],
		['one motion', ids.motion],
		['fractions', '/fracties'],
		['one fraction', ids.fraction],
		['members', '/kamerleden'],
		['one member', ids.member],
		['cabinet members', '/bewindspersonen'],
		['one cabinet member', ids.cabinetMember],
		['debates', '/debatten'],
		['one debate', ids.debate],
		['documents', '/documenten'],
		['one document', ids.document],
		['data quality', '/datakwaliteit'],
		['not yet loaded', '/nog-niet-geladen'],
		['API stats', '/api/stats'],
		['API motions', '/api/motions']
	];
	return pages.filter((p): p is [string, string] => p[1] !== null);
}

/** One request to warm a page; a page that does not answer within a minute is left to its runs. */
async function warm(url: string): Promise<void> {
	try {
		await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).arrayBuffer();
	} catch {
		// its runs will show the errors
	}
}

function staticFile(): string {
	const file = readdirSync('static').sort()[0];
	if (!file) throw new Error('static/ holds no file to measure the floor with');
	return `/${file}`;
}

export type ImportFigures = Awaited<ReturnType<typeof importCorpus>>;

/** Import, in process, with the product's own code, into a fresh database file. */
async function importCorpus(database: string, registry: Registry, corpus: CorpusInfo | null) {
	log('Import: migrations, the member registry, the registry snapshot…');
	let t0 = performance.now();
	const db = openDatabase(database);
	syncRegistry(db, registry);
	const setupMs = performance.now() - t0;
	t0 = performance.now();
	const entries = readSnapshot(REGISTRY_SNAPSHOT);
	const snapshot = importZaken(db, entries, registry);
	const snapshotMs = performance.now() - t0;
	const files = [...expandPaths([SAMPLE_DOCUMENTS]).files, ...(corpus?.files ?? [])];
	const fileBytes = files.reduce((a, f) => a + statSync(f).size, 0);
	log(`Import: ${files.length} documents (${(fileBytes / 1e6).toFixed(0)} MB)…`);
	const step = Math.max(1, Math.floor(files.length / 20));
	t0 = performance.now();
	// As `cli import` does: parsed on a worker per core (their start counted), written in order.
	const pool = new ParsePool(registry, database);
	// How busy this thread (the writer) was: near 100 % it is what bounds the import, far below the
	// parse workers are.
	const elu = performance.eventLoopUtilization();
	// And the CPU of each thread: the writer's alone bounds the import however fast parsing is.
	const threadsBefore = threadTimes();
	const imported = await importFiles(db, files, registry, { pool }, (done) => {
		if (done % step === 0 && done < files.length) {
			const s = (performance.now() - t0) / 1000;
			log(`  ${done}/${files.length} documents, ${s.toFixed(0)} s`);
		}
	});
	const filesMs = performance.now() - t0;
	const writerBusy = performance.eventLoopUtilization(elu).utilization;
	// Read before the pool closes: a worker's thread that has ended is no longer listed.
	const threadsAfter = threadTimes();
	const cpu = threadsBefore && threadsAfter ? cpuBetween(threadsBefore, threadsAfter) : null;
	await pool.close();
	const motionsInFiles = imported.reports.reduce(
		(a, r) => a + r.motionsAdded + r.motionsUpdated + r.motionsUnchanged,
		0
	);
	const motionsAdded = imported.reports.reduce((a, r) => a + r.motionsAdded, 0);
	log('Import: the same files again, unchanged…');
	t0 = performance.now();
	// A new run of `cli import`: its workers' start counted again.
	const pool2 = new ParsePool(registry, database);
	const again = await importFiles(db, files, registry, { pool: pool2 });
	await pool2.close();
	const reimportMs = performance.now() - t0;
	const unchanged = again.reports.filter((r) => r.outcome === 'unchanged').length;
	// And read and hashed, every file (`cli import --reread`): what the first check costs without file_stats.
	t0 = performance.now();
	const pool3 = new ParsePool(registry, database);
	const reread = await importFiles(db, files, registry, { pool: pool3, reread: true });
	await pool3.close();
	const rereadMs = performance.now() - t0;
	const rereadUnchanged = reread.reports.filter((r) => r.outcome === 'unchanged').length;
	t0 = performance.now();
	importZaken(db, readSnapshot(REGISTRY_SNAPSHOT), registry);
	const snapshotAgainMs = performance.now() - t0;
	// As `cli import` ends: the dashboard's aggregates computed for the new data version and kept in
	// the database, so the server's first page after a start does not compute them.
	t0 = performance.now();
	await warmCaches(db);
	const warmMs = performance.now() - t0;
	const count = (table: string) =>
		db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))?.n ?? 0;
	const stored = {
		motions: count('motions'),
		registryMotions: count('registry_motions'),
		documents: count('documents'),
		debates: count('debates'),
		appraisals: count('appraisals')
	};
	db.$client.pragma('wal_checkpoint(TRUNCATE)');
	db.$client.close();
	const dbBytes = statSync(database).size;
	const totalMotions = snapshot.registryAdded + motionsAdded;
	const importMs = snapshotMs + filesMs;
	return {
		setupMs,
		snapshot: { records: entries.length, added: snapshot.registryAdded, ms: snapshotMs },
		files: {
			count: files.length,
			bytes: fileBytes,
			ms: filesMs,
			motions: motionsInFiles,
			motionsAdded,
			writerBusy,
			/** CPU of the writing thread (the importer's JavaScript and SQLite) and of all the others, ms; null off Linux. */
			writerCpuMs: cpu?.mainMs ?? null,
			otherThreadsCpuMs: cpu?.othersMs ?? null,
			refused: imported.refused
		},
		total: {
			motions: totalMotions,
			ms: importMs,
			motionsPerSecond: totalMotions / (importMs / 1000),
			mbPerSecond: (fileBytes + statSync(REGISTRY_SNAPSHOT).size) / 1e6 / (importMs / 1000)
		},
		reimport: {
			ms: reimportMs,
			unchanged,
			motionsPerSecond: motionsInFiles / (reimportMs / 1000),
			rereadMs,
			rereadUnchanged,
			rereadMotionsPerSecond: motionsInFiles / (rereadMs / 1000),
			snapshotMs: snapshotAgainMs,
			warmMs,
			snapshotMotionsPerSecond: entries.length / (snapshotAgainMs / 1000)
		},
		stored,
		databaseBytes: dbBytes
	};
}

export async function runScale(options: ScaleOptions) {
	const registry = loadRegistry();
	const work = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-scale-'));
	const database = options.database ?? join(work, 'bench.db');
	const serverLog = join(work, 'server.log');
	const results: Record<string, unknown> = {
		node: process.version,
		date: new Date().toISOString(),
		motionsAsked: options.motions,
		seconds: options.seconds,
		seed: options.seed
	};

	// The corpus (not measured: generation is reported apart, and reused between runs).
	let corpus: CorpusInfo | null = null;
	const snapshotEntries = readSnapshot(REGISTRY_SNAPSHOT).length;
	if (options.motions !== null && !options.database) {
		const generated = Math.max(0, options.motions - snapshotEntries);
		log(
			`Corpus: ${generated} motions in generated debates (beside the snapshot's ${snapshotEntries})…`
		);
		corpus = await generateCorpus(generated, registry, { seed: options.seed, log });
		log(
			`Corpus: ${corpus.debates} debates, ${corpus.motions} motions, ${(corpus.bytes / 1e6).toFixed(0)} MB in ${corpus.dir} (${corpus.reused ? 'reused' : `generated in ${(corpus.generationMs / 1000).toFixed(1)} s`})`
		);
		results.corpus = { ...corpus, files: corpus.files.length };
	}

	let importing: ImportFigures | null = null;
	if (!options.database) {
		importing = await importCorpus(database, registry, corpus);
		results.import = importing;
	}

	printImport(options, corpus, importing);
	if (options.importOnly) {
		if (options.out) writeFileSync(options.out, JSON.stringify(results, null, 2));
		if (!options.keep) rmSync(work, { recursive: true, force: true });
		return importChecks(importing!).every((c) => c.ok);
	}

	// Serve: the built server on the full database.
	const buildMs = ensureBuild();
	if (buildMs) log(`Build: vite build took ${(buildMs / 1000).toFixed(1)} s`);
	let server: Server = await startServer(database, serverLog);
	const firstStartMs = server.firstPageMs;
	const floorPath = staticFile();
	const ids = {
		motion: await firstLink(server.base, '/moties'),
		fraction: await firstLink(server.base, '/fracties'),
		member: await firstLink(server.base, '/kamerleden'),
		cabinetMember: await firstLink(server.base, '/bewindspersonen'),
		debate: await firstLink(server.base, '/debatten'),
		document: await firstLink(server.base, '/documenten')
	};
	const pages = pageList(ids);
	const memoryBefore = memoryOf(server.process.pid!);
	// Every page twice before it is measured, as a server that has been running would have it; the
	// second time sets how long its runs must be to see a few answers.
	const single = new Map<string, number>();
	for (const path of [floorPath, ...pages.map((p) => p[1])]) {
		await warm(server.base + path);
		const t = performance.now();
		await warm(server.base + path);
		single.set(path, performance.now() - t);
	}

	const runs: { name: string; result: LoadResult }[] = [];
	let restarts = 0;
	let peakRss = memoryBefore.rss;
	const measure = async (name: string, path: string, connections: number) => {
		// A run ends with requests in flight that the server still renders; a backlog that takes
		// longer than 10 s to work off is cut short by a restart (and the path warmed again).
		if (!(await waitIdle(server.process.pid!, 10_000))) {
			peakRss = Math.max(peakRss, memoryOf(server.process.pid!).rss);
			await server.kill();
			server = await startServer(database, serverLog);
			restarts++;
			log('  (the server was still working off abandoned requests after 10 s: restarted)');
			await warm(server.base + path);
		}
		const result = await load(
			server.base,
			path,
			connections,
			options.seconds,
			single.get(path)!,
			connections === 1 ? 15 : 20
		);
		peakRss = Math.max(peakRss, memoryOf(server.process.pid!).rss);
		runs.push({ name, result });
		log(
			`  ${name.padEnd(22)} ${String(connections).padStart(2)} conn  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(7)} ms  ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  ${result.seconds} s${result.non2xx || result.errors ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''}`
		);
		return result;
	};
	log(
		`Load: ${pages.length + 1} paths × 1 and 64 connections × ${options.seconds} s, the static file ${floorPath} first and last`
	);
	const floorBefore = [
		await measure('static file', floorPath, 1),
		await measure('static file', floorPath, 64)
	];
	for (const [name, path] of pages) {
		await measure(name, path, 1);
		await measure(name, path, 64);
	}
	const floorAfter = [
		await measure('static file (again)', floorPath, 1),
		await measure('static file (again)', floorPath, 64)
	];
	await waitIdle(server.process.pid!, 60_000);
	const memoryNow = memoryOf(server.process.pid!);
	// After the load: the server's resident memory, or the most any server of the run held when
	// it was restarted on the way.
	const memoryAfterLoad = {
		rss: Math.max(memoryNow.rss, peakRss),
		peak: memoryNow.peak,
		anon: memoryNow.anon,
		file: memoryNow.file
	};

	// The floor: the static file's figures, averaged over the runs before and after the pages.
	const floor = (c: 0 | 1) => ({
		requestsPerSecond: (floorBefore[c]!.requestsPerSecond + floorAfter[c]!.requestsPerSecond) / 2,
		p99: (floorBefore[c]!.p99 + floorAfter[c]!.p99) / 2,
		p50: (floorBefore[c]!.p50 + floorAfter[c]!.p50) / 2
	});
	const floors = { 1: floor(0), 64: floor(1) };
	const rows: Row[] = runs.map(({ name, result }) => {
		const f = floors[result.connections as 1 | 64];
		const share = result.requestsPerSecond / f.requestsPerSecond;
		const multiple = result.p99 / Math.max(f.p99, 1);
		const isFloor = name.startsWith('static file');
		const failed = result.non2xx > 0 || result.errors > 0;
		const ok = isFloor
			? null
			: result.connections === 1
				? result.p50 < THRESHOLDS.p50At1 && !failed
				: share >= THRESHOLDS.throughputShare && multiple < THRESHOLDS.p99Multiple && !failed;
		return { name, ...result, throughputShare: share, p99Multiple: multiple, ok };
	});

	// The CSV export of every motion, once, with the server's memory sampled while it runs.
	let exportPeak = memoryOf(server.process.pid!).rss;
	const sampler = setInterval(() => {
		exportPeak = Math.max(exportPeak, memoryOf(server.process.pid!).rss);
	}, 20);
	const t0 = performance.now();
	await waitIdle(server.process.pid!, 60_000);
	const exportResponse = await download(server.base + '/moties/export.csv');
	const exportBytes = exportResponse.bytes;
	const exportMs = performance.now() - t0;
	clearInterval(sampler);
	const exportResult = {
		status: exportResponse.status,
		ms: exportMs,
		bytes: exportBytes,
		peakRssMb: Math.max(exportPeak, memoryOf(server.process.pid!).rss)
	};
	await server.stop();

	// A restart on the full database: the figure users meet after an update.
	server = await startServer(database, serverLog);
	const restartMs = server.firstPageMs;
	const memoryAtRestart = memoryOf(server.process.pid!);
	await server.stop();

	results.serve = {
		buildMs,
		firstStartMs,
		restartMs,
		ids,
		floors,
		rows,
		memory: { beforeLoad: memoryBefore, afterLoad: memoryAfterLoad, atRestart: memoryAtRestart },
		restartsDuringLoad: restarts,
		export: exportResult
	};

	const checks = [
		...rows
			.filter((r) => r.ok !== null)
			.map((r) => ({
				what: `${r.name} (${r.path}) at ${r.connections} connection${r.connections > 1 ? 's' : ''}`,
				ok: r.ok!
			})),
		{
			what: `server RSS after the load < ${THRESHOLDS.rssMb} MB`,
			ok: memoryAfterLoad.rss < THRESHOLDS.rssMb
		},
		{
			what: `first page within ${THRESHOLDS.restartFirstPageMs} ms of a restart`,
			ok: restartMs < THRESHOLDS.restartFirstPageMs
		}
	];
	if (importing) checks.push(...importChecks(importing));
	results.checks = checks;

	printReport(options, results.serve as ServeReport, checks);
	if (options.out) {
		writeFileSync(options.out, JSON.stringify(results, null, 2));
		console.log(`\nFull results: ${options.out}`);
	}
	if (options.keep) console.log(`The database and server log stay in ${work}`);
	else rmSync(work, { recursive: true, force: true });
	return checks.every((c) => c.ok);
}

/** Fewer motions in the files than this, and a re-import takes a few ms: its rate is not judged. */
const REIMPORT_JUDGED_FROM = 1000;

function importChecks(imp: ImportFigures) {
	const reimportJudged = imp.files.motions >= REIMPORT_JUDGED_FROM;
	return [
		{
			what: `import ≥ ${THRESHOLDS.importMotionsPerSecond} motions/s`,
			ok: imp.total.motionsPerSecond >= THRESHOLDS.importMotionsPerSecond
		},
		{
			what: `registry snapshot < ${THRESHOLDS.snapshotSeconds} s`,
			ok: imp.snapshot.ms < THRESHOLDS.snapshotSeconds * 1000
		},
		...(reimportJudged
			? [
					{
						what: `re-import of the unchanged files ≥ ${THRESHOLDS.reimportMotionsPerSecond} motions/s`,
						ok: imp.reimport.motionsPerSecond >= THRESHOLDS.reimportMotionsPerSecond
					}
				]
			: [])
	];
}

interface ServeReport {
	restartsDuringLoad: number;
	firstStartMs: number;
	restartMs: number;
	floors: Record<1 | 64, { requestsPerSecond: number; p99: number; p50: number }>;
	rows: Row[];
	memory: Record<
		'beforeLoad' | 'afterLoad' | 'atRestart',
		{ rss: number; peak: number; anon: number; file: number }
	>;
	export: { status: number; ms: number; bytes: number; peakRssMb: number };
}

const n = (x: number, digits = 0) =>
	x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x: number) => (x < 10 ? n(x, 1) : n(x));

/** The title and the import table, printed as soon as the import is done. */
function printImport(options: ScaleOptions, corpus: CorpusInfo | null, imp: ImportFigures | null) {
	const T = THRESHOLDS;
	const size = options.motions === null ? 'the default data' : `${n(options.motions)} motions`;
	console.log(
		`\n### Scale: ${size} (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`
	);
	if (imp) {
		if (corpus)
			console.log(
				`Corpus: the registry snapshot (${n(imp.snapshot.records)} records), the sample documents and ${n(corpus.debates)} generated debates (${n(corpus.motions)} motions, ${n(corpus.bytes / 1e6)} MB; ${Object.entries(
					corpus.byTemplate
				)
					.map(([k, v]) => `${n(v)} from ${k}`)
					.join(
						', '
					)}; members and fractions of the debate's date in ${n(corpus.namesReplaced)}), ${corpus.reused ? 'reused from an earlier run' : `generated in ${n(corpus.generationMs / 1000, 1)} s (not counted below)`}.\n`
			);
		console.log('| import | figure | threshold | |');
		console.log('|---|---|---|---|');
		console.log(
			`| registry snapshot (${n(imp.snapshot.added)} motions) into an empty database | ${n(imp.snapshot.ms / 1000, 1)} s = ${n(imp.snapshot.added / (imp.snapshot.ms / 1000))} motions/s | < ${T.snapshotSeconds} s | ${verdict(imp.snapshot.ms < T.snapshotSeconds * 1000)} |`
		);
		console.log(
			`| documents (${n(imp.files.count)} files, ${n(imp.files.bytes / 1e6)} MB, ${n(imp.files.motionsAdded)} motions added) | ${n(imp.files.ms / 1000, 1)} s = ${n(imp.files.motions / (imp.files.ms / 1000))} motions/s, ${n(imp.files.bytes / 1e6 / (imp.files.ms / 1000), 2)} MB/s; the writing thread busy ${n(imp.files.writerBusy * 100)} % of the time | | |`
		);
		// Only where there is something to divide: 5 sample documents say nothing of a ceiling.
		if (
			imp.files.writerCpuMs !== null &&
			imp.files.otherThreadsCpuMs !== null &&
			imp.files.motions >= REIMPORT_JUDGED_FROM
		)
			console.log(
				`| CPU of the documents' import | the writing thread (the importer's code and SQLite) ${n(imp.files.writerCpuMs / 1000, 1)} s = ${n(imp.files.writerCpuMs / imp.files.count, 1)} ms per document: on its own it could write no more than ${n(imp.files.motions / (imp.files.writerCpuMs / 1000))} motions/s, however fast the rest; the parse workers and Node's other threads ${n(imp.files.otherThreadsCpuMs / 1000, 1)} s = ${n(imp.files.otherThreadsCpuMs / imp.files.count, 1)} ms per document | | |`
			);
		console.log(
			`| whole corpus (${n(imp.total.motions)} motions) | ${n(imp.total.ms / 1000, 1)} s = ${n(imp.total.motionsPerSecond)} motions/s, ${n(imp.total.mbPerSecond, 2)} MB/s | ≥ ${n(T.importMotionsPerSecond)} motions/s | ${verdict(imp.total.motionsPerSecond >= T.importMotionsPerSecond)} |`
		);
		console.log(
			`| the same files again, unchanged (${n(imp.reimport.unchanged)} of ${n(imp.files.count)} unchanged; size and time as when read, so not read again) | ${n(imp.reimport.ms / 1000, 2)} s = ${n(imp.reimport.motionsPerSecond)} motions/s | ≥ ${n(T.reimportMotionsPerSecond)} motions/s | ${imp.files.motions < REIMPORT_JUDGED_FROM ? `not judged (${n(imp.files.motions)} motions in the files)` : verdict(imp.reimport.motionsPerSecond >= T.reimportMotionsPerSecond)} |`
		);
		console.log(
			`| the same files read and hashed again (\`--reread\`, ${n(imp.reimport.rereadUnchanged)} unchanged) | ${n(imp.reimport.rereadMs / 1000, 2)} s = ${n(imp.reimport.rereadMotionsPerSecond)} motions/s | | |`
		);
		console.log(
			`| the snapshot again, unchanged | ${n(imp.reimport.snapshotMs / 1000, 1)} s = ${n(imp.reimport.snapshotMotionsPerSecond)} motions/s | | |`
		);
		console.log(
			`| the aggregates computed for the new data, as \`cli import\` ends | ${n(imp.reimport.warmMs / 1000, 1)} s | | |`
		);
		console.log(
			`| stored | ${n(imp.stored.motions!)} motions (${n(imp.stored.registryMotions!)} registry records), ${n(imp.stored.debates!)} debates, ${n(imp.stored.documents!)} documents, ${n(imp.stored.appraisals!)} appraisals; database ${n(imp.databaseBytes / 1e6)} MB | | |`
		);
	}
}

function printReport(
	options: ScaleOptions,
	serve: ServeReport,
	checks: { what: string; ok: boolean }[]
) {
	const T = THRESHOLDS;
	console.log('\n| server | figure | threshold | |');
	console.log('|---|---|---|---|');
	console.log(
		`| first start on the imported database, spawn to first page | ${ms(serve.firstStartMs)} ms | | |`
	);
	console.log(
		`| restart, spawn to first page | ${ms(serve.restartMs)} ms | < ${T.restartFirstPageMs} ms | ${verdict(serve.restartMs < T.restartFirstPageMs)} |`
	);
	console.log(
		`| resident memory (VmRSS) before / after the load (peak) | ${n(serve.memory.beforeLoad.rss)} / ${n(serve.memory.afterLoad.rss)} MB (${n(serve.memory.afterLoad.peak)} MB; after: ${n(serve.memory.afterLoad.anon)} MB heap and stacks, ${n(serve.memory.afterLoad.file)} MB mapped files) | < ${T.rssMb} MB | ${verdict(serve.memory.afterLoad.rss < T.rssMb)} |`
	);
	console.log(
		`| /moties/export.csv (every motion) | ${n(serve.export.ms)} ms, ${n(serve.export.bytes / 1e6, 1)} MB, RSS up to ${n(serve.export.peakRssMb)} MB${serve.export.status !== 200 ? `, status ${serve.export.status}` : ''} | | |`
	);
	console.log(
		`\nPages under load (${options.seconds} s each, loopback), beside the static file: at 1 connection p50 < ${T.p50At1} ms; at 64, ≥ 1/${1 / T.throughputShare} of the static file's req/s and p99 < ${T.p99Multiple}× its p99.\n`
	);
	console.log(
		'| page | conn | p50 ms | p99 ms | req/s | × static req/s | × static p99 | bytes | |'
	);
	console.log('|---|---|---|---|---|---|---|---|---|');
	for (const r of serve.rows) {
		const failed = r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : '';
		console.log(
			`| ${r.name} \`${r.path}\` | ${r.connections} | ${ms(r.p50)} | ${ms(r.p99)} | ${n(r.requestsPerSecond)} | ${n(r.throughputShare, 2)} | ${n(r.p99Multiple, 1)} | ${n(r.bytesPerResponse)} | ${r.ok === null ? 'floor' : verdict(r.ok)}${failed} |`
		);
	}
	if (serve.restartsDuringLoad)
		console.log(
			`\nThe server was restarted ${serve.restartsDuringLoad} time(s) during the load, each time it was still rendering abandoned requests 10 s after a run.`
		);
	const over = checks.filter((c) => !c.ok);
	console.log(
		`\n${checks.length - over.length} of ${checks.length} checks OK${over.length ? `; OVER: ${over.map((c) => c.what).join('; ')}` : ''}`
	);
}
