// The micro-benchmarks: the reader and the importer on seed 003, parse throughput per format
// beside a floor, the registry snapshot, and a first start of the built server.
// - parsing seed 003 (the 4,000-line debate transcript): target under 50 ms
// - importing seed 003 into an empty database (a real SQLite file): target under 200 ms
// - parse throughput per format (MB/s) beside a floor measured in the same run: one pass that only
//   splits the same bytes into lines and, for XML, only tokenises them
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, parseBytes, type ParseOptions } from '../../src/lib/parse';
import { launchChromium, printTextToPdf } from '../../tests/helpers/chromium';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { REGISTRY_SNAPSHOT } from '../../src/lib/server/bootstrap';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadRegistry } from '../../src/lib/server/registry';
import { openDatabase } from '../../src/lib/server/db';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { importFile } from '../../src/lib/server/import/document';

/** Run the micro-benchmarks and print their figures; true when every target is met. */
export async function runMicro(): Promise<boolean> {
	const SEED = 'data/documents/003_7e549dd78be9550f.txt';
	const registry = loadRegistry();
	const bytes = readFileSync(SEED);
	const text = bytes.toString('utf8');

	async function measure(
		runs: number,
		fn: () => unknown,
		setup: () => void = () => {}
	): Promise<number[]> {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			setup();
			const t = performance.now();
			await fn();
			times.push(performance.now() - t);
		}
		return times.sort((a, b) => a - b);
	}

	const pct = (sorted: number[], p: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

	function report(name: string, sorted: number[], target: number) {
		const median = pct(sorted, 0.5);
		const verdict = median < target ? 'OK' : 'OVER TARGET';
		console.log(
			`${name.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms  min ${sorted[0]!.toFixed(1).padStart(6)} ms  p90 ${pct(sorted, 0.9).toFixed(1).padStart(6)} ms  (target < ${target} ms: ${verdict}, ${sorted.length} runs)`
		);
		return median < target;
	}

	// Warm up the JIT as a long-running server would be.
	for (let i = 0; i < 5; i++) parseDocument(text, { date: '2025-09-11', registry });

	const parse = await measure(50, () => {
		const doc = parseDocument(text, { date: '2025-09-11', registry });
		if (doc.motions.length !== 20) throw new Error('the benchmark parse lost motions');
	});

	const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-'));
	let db: ReturnType<typeof openDatabase> | null = null;
	let n = 0;
	const imports = await measure(
		15,
		async () => {
			const r = await importFile(
				db!,
				{ fileName: 'bench.txt', bytes, date: '2025-09-11' },
				registry
			);
			if (r.motionsAdded !== 20) throw new Error('the benchmark import lost motions');
		},
		() => {
			db?.$client.close();
			db = openDatabase(join(dir, `bench-${n++}.db`));
			syncRegistry(db, registry);
		}
	);
	db!.$client.close();
	rmSync(dir, { recursive: true, force: true });

	// Parse throughput per format against the floor.
	const SAMPLES = '../shared/samples';
	const OPENDATA = '../shared/opendata-2023-2025/motions';
	const kst = readdirSync(OPENDATA)
		.filter((f) => f.endsWith('.xml'))
		.sort()
		.slice(0, 400)
		.map((f) => readFileSync(join(OPENDATA, f)));
	const browser = await launchChromium();
	const pdf = await printTextToPdf(browser, text);
	await browser.close();
	const formats: { name: string; files: Uint8Array[]; options: ParseOptions }[] = [
		{ name: 'text (seed 003)', files: [bytes], options: { date: '2025-09-11' } },
		{ name: 'PDF (seed 003 printed by chromium)', files: [pdf], options: { date: '2025-09-11' } },
		{
			name: 'VLOS XML (wetgevingsoverleg VWS)',
			files: [readFileSync(join(SAMPLES, 'vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml'))],
			options: {}
		},
		{
			name: 'Handelingen XML (h-tk-20172018-70-3)',
			files: [readFileSync(join(SAMPLES, 'handelingen-xml/h-tk-20172018-70-3.xml'))],
			options: { date: '2018-04-05' }
		},
		{ name: `motion documents (${kst.length} kst XML)`, files: kst, options: {} }
	];

	/** The floor: split into lines and, for XML, cut into tags and text; nothing is understood. */
	function floorPass(files: Uint8Array[]): number {
		let n = 0;
		for (const f of files) {
			const t = new TextDecoder().decode(f);
			n += t.split('\n').length;
			if (t.trimStart().startsWith('<') || t.startsWith('\uFEFF<'))
				for (const _ of t.matchAll(/<[^>]*>|[^<]+/g)) n++;
		}
		return n;
	}

	async function throughput(
		files: Uint8Array[],
		fn: (files: Uint8Array[]) => Promise<unknown> | unknown
	) {
		const size = files.reduce((a, f) => a + f.length, 0);
		await fn(files); // warm up
		const times: number[] = [];
		for (let i = 0; i < 7; i++) {
			const t = performance.now();
			await fn(files);
			times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);
		return size / 1e6 / (times[3]! / 1000);
	}

	const throughputRows: string[] = [];
	for (const f of formats) {
		const parsed = await throughput(f.files, async (files) => {
			for (const b of files) await parseBytes(b, null, { ...f.options, registry });
		});
		const floor = await throughput(f.files, floorPass);
		const size = f.files.reduce((a, x) => a + x.length, 0);
		throughputRows.push(
			`${f.name.padEnd(44)} ${(size / 1e3).toFixed(0).padStart(6)} KB  parse ${parsed.toFixed(2).padStart(7)} MB/s  floor ${floor.toFixed(0).padStart(5)} MB/s  (${(floor / parsed).toFixed(0)}× the floor's time)`
		);
	}

	// The registry snapshot into an empty database, as a first start does.
	const snapshotDir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-snapshot-'));
	const snapshotDb = openDatabase(join(snapshotDir, 'snapshot.db'));
	syncRegistry(snapshotDb, registry);
	let t0 = performance.now();
	const entries = readSnapshot(REGISTRY_SNAPSHOT);
	const readMs = performance.now() - t0;
	t0 = performance.now();
	const snapshotReport = importZaken(snapshotDb, entries, registry);
	const snapshotMs = performance.now() - t0;
	snapshotDb.$client.close();
	rmSync(snapshotDir, { recursive: true, force: true });

	// A first start: the built server on an empty database, until the overview is served.
	if (!existsSync('build/index.js')) {
		const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			stdio: 'ignore'
		});
		if (b.status !== 0) throw new Error('vite build failed');
	}
	const startDir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-start-'));
	const port = 4600 + Math.floor(Math.random() * 300);
	t0 = performance.now();
	const server = spawn(process.execPath, ['build/index.js'], {
		stdio: 'ignore',
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: join(startDir, 'start.db')
		}
	});
	let firstPageMs = NaN;
	for (;;) {
		try {
			const r = await fetch(`http://127.0.0.1:${port}/`);
			if (r.ok) {
				await r.text();
				firstPageMs = performance.now() - t0;
				break;
			}
		} catch {
			// not listening yet
		}
		if (performance.now() - t0 > 600_000) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	t0 = performance.now();
	const second = await fetch(`http://127.0.0.1:${port}/`);
	await second.text();
	const secondPageMs = performance.now() - t0;
	server.kill();
	rmSync(startDir, { recursive: true, force: true });

	console.log(`Motiemonitor benchmark — node ${process.version}, ${new Date().toISOString()}`);
	const ok = [
		report('parse seed 003 (3,994 lines)', parse, 50),
		report('import seed 003 into an empty database', imports, 200)
	].every(Boolean);
	console.log(
		'\nParse throughput per format (median of 7), beside the floor measured in this run:'
	);
	for (const row of throughputRows) console.log(row);
	const motionsPerSecond = snapshotReport.registryAdded / (snapshotMs / 1000);
	console.log(
		`\nRegistry snapshot (${entries.length} records) into an empty database: ${(snapshotMs / 1000).toFixed(1)} s = ${motionsPerSecond.toFixed(0)} motions/s (reading the gzipped snapshot: ${readMs.toFixed(0)} ms)`
	);
	console.log(
		`First start on an empty database (build present): overview served after ${(firstPageMs / 1000).toFixed(1)} s; the next request ${secondPageMs.toFixed(0)} ms`
	);
	return ok;
}
