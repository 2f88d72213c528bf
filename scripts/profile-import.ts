// `npx tsx scripts/profile-import.ts [copies] [--no-snapshot] [--steps]`: how fast the importer
// writes. N renumbered copies of seed 003 (20 motions each, each in its own dossier) into a fresh
// SQLite file after the registry snapshot; then the same files again (re-import: nothing changes).
// Prints motions/s and MB/s for each phase, and with --steps the time spent parsing apart from writing.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBytes } from '../src/lib/parse';
import { openDatabase } from '../src/lib/server/db';
import { loadRegistry } from '../src/lib/server/registry';
import { syncRegistry } from '../src/lib/server/import/registry';
import { importZaken, readSnapshot } from '../src/lib/server/import/zaken';
import { importFiles } from '../src/lib/server/import/files';
import { REGISTRY_SNAPSHOT } from '../src/lib/server/bootstrap';

const args = process.argv.slice(2);
const copies = Number(args.find((a) => /^\d+$/.test(a)) ?? 250);
const withSnapshot = !args.includes('--no-snapshot');
const steps = args.includes('--steps');

const SEED = 'data/documents/003_7e549dd78be9550f.txt';
const DATE = '2025-09-11';
const TITLE = 'Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne';

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-profile-import-'));
const docs = join(dir, 'documents');
const registry = loadRegistry();

// Each copy in two fresh dossiers (the seed's 36045 and its slip 36046): new motions, new bytes.
// 40000 + 2i is no dossier of the snapshot (its dossiers are below 37000). The numbers move too
// (nr. 216 → nr. 716): else each motion is the snapshot's of that number, date and first signer.
const template = readFileSync(SEED, 'utf8');
const files: string[] = [];
const manifest: { file: string; kind: string; title: string; date: string }[] = [];
{
	const { mkdirSync } = await import('node:fs');
	mkdirSync(docs);
}
for (let i = 0; i < copies; i++) {
	const a = String(40000 + 2 * i);
	const b = String(40001 + 2 * i);
	const text = template
		.replace(/36045/g, a)
		.replace(/36046/g, b)
		.replace(/\bnr\. 2(1[6-9]|2\d|3[0-5])\b/g, 'nr. 7$1');
	const file = `${String(i).padStart(6, '0')}_debate.txt`;
	writeFileSync(join(docs, file), text);
	files.push(join(docs, file));
	manifest.push({ file, kind: 'debate', title: TITLE, date: DATE });
}
writeFileSync(join(docs, 'manifest.json'), JSON.stringify({ documents: manifest }));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

const check = await parseBytes(readFileSync(files[0]!), files[0]!, { date: DATE, registry });
if (check.motions.length !== 20) throw new Error(`a copy yields ${check.motions.length} motions`);

const db = openDatabase(join(dir, 'profile.db'));
syncRegistry(db, registry);

const seconds = (ms: number) => (ms / 1000).toFixed(2);
/** Wall time, and this process's CPU time: on a machine shared with other work the latter is steadier. */
function clock() {
	const wall = performance.now();
	const cpu = process.cpuUsage();
	return () => {
		const used = process.cpuUsage(cpu);
		return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
	};
}
const rates = (label: string, motions: number, bytes: number, t: { ms: number; cpuMs: number }) =>
	`${label} in ${seconds(t.ms)} s = ${(motions / (t.ms / 1000)).toFixed(0)} motions/s, ${(bytes / 1e6 / (t.ms / 1000)).toFixed(1)} MB/s` +
	` (CPU ${seconds(t.cpuMs)} s = ${(motions / (t.cpuMs / 1000)).toFixed(0)} motions/s, ${(bytes / 1e6 / (t.cpuMs / 1000)).toFixed(1)} MB/s)`;
if (withSnapshot) {
	const reading = clock();
	const entries = readSnapshot(REGISTRY_SNAPSHOT);
	const read = reading();
	const snapshotBytes = entries.reduce((n, e) => n + (e.xml?.length ?? 0), 0);
	const importing = clock();
	const report = importZaken(db, entries, registry);
	console.log(
		rates(
			`snapshot: ${entries.length} records (reading ${read.ms.toFixed(0)} ms), imported`,
			report.registryAdded,
			snapshotBytes,
			importing()
		)
	);
}

if (steps) {
	const sample = files.slice(0, 50);
	const parsing = clock();
	for (const f of sample)
		await parseBytes(readFileSync(f), f, { date: DATE, title: TITLE, registry });
	const sampleBytes = sample.reduce((n, f) => n + statSync(f).size, 0);
	console.log(
		rates(`parse alone: ${sample.length} copies`, sample.length * 20, sampleBytes, parsing())
	);
}

const run = async (label: string) => {
	const importing = clock();
	const summary = await importFiles(db, files, registry);
	const t = importing();
	if (summary.refused.length) throw new Error(`refused: ${JSON.stringify(summary.refused[0])}`);
	const motions = copies * 20;
	console.log(
		rates(
			`${label}: ${copies} copies, ${motions} motions, ${(bytes / 1e6).toFixed(1)} MB`,
			motions,
			bytes,
			t
		)
	);
	return summary;
};

const first = await run('import');
const added = first.reports.reduce((n, r) => n + r.motionsAdded, 0);
if (added !== copies * 20) throw new Error(`${added} motions added, expected ${copies * 20}`);
const again = await run('re-import');
if (again.reports.some((r) => r.outcome !== 'unchanged')) throw new Error('re-import changed');

db.$client.close();
rmSync(dir, { recursive: true, force: true });
