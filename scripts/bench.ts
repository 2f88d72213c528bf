// `npm run bench`: the project's performance figures, measured here rather than by timed tests.
// - parsing seed 003 (the 4,000-line debate transcript): target under 50 ms
// - importing seed 003 into an empty database (a real SQLite file): target under 200 ms
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from '../src/lib/parse';
import { loadRegistry } from '../src/lib/server/registry';
import { openDatabase } from '../src/lib/server/db';
import { syncRegistry } from '../src/lib/server/import/registry';
import { importDocument } from '../src/lib/server/import/document';

const SEED = 'data/documents/003_7e549dd78be9550f.txt';
const registry = loadRegistry();
const bytes = readFileSync(SEED);
const text = bytes.toString('utf8');

function measure(runs: number, fn: () => void, setup: () => void = () => {}): number[] {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		setup();
		const t = performance.now();
		fn();
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

const parse = measure(50, () => {
	const doc = parseDocument(text, { date: '2025-09-11', registry });
	if (doc.motions.length !== 20) throw new Error('the benchmark parse lost motions');
});

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-bench-'));
let db: ReturnType<typeof openDatabase> | null = null;
let n = 0;
const imports = measure(
	15,
	() => {
		const r = importDocument(db!, { fileName: 'bench.txt', bytes, date: '2025-09-11' }, registry);
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

console.log(`Motiemonitor benchmark — node ${process.version}, ${new Date().toISOString()}`);
const ok = [
	report('parse seed 003 (3,994 lines)', parse, 50),
	report('import seed 003 into an empty database', imports, 200)
].every(Boolean);
process.exitCode = ok ? 0 : 1;
