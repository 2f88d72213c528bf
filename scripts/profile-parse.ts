// The parser alone, for work on its speed: `tsx scripts/profile-parse.ts` prints seed 003's
// median and the throughput per format; `tsx scripts/profile-parse.ts snapshot OUT.json` writes
// every output of a corpus (seeds, samples, all kst motion documents, each text read as every
// kind) so that a change meant to keep the output can be checked with a plain diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes, parseDocument, type ParseOptions, type DocumentKind } from '../src/lib/parse';
import { loadRegistry } from '../src/lib/server/registry';

const registry = loadRegistry();
const SEED = 'data/documents/003_7e549dd78be9550f.txt';
const SAMPLES = '../shared/samples';
const OPENDATA = '../shared/opendata-2023-2025/motions';

const kstFiles = readdirSync(OPENDATA)
	.filter((f) => f.endsWith('.xml'))
	.sort();

interface Case {
	name: string;
	files: Uint8Array[];
	options: ParseOptions;
}

function formats(kstCount: number): Case[] {
	const seeds = readdirSync('data/documents')
		.filter((f) => f.endsWith('.txt'))
		.sort();
	return [
		{ name: 'text (seed 003)', files: [readFileSync(SEED)], options: { date: '2025-09-11' } },
		{
			name: 'text (all 5 seeds)',
			files: seeds.map((f) => readFileSync(join('data/documents', f))),
			options: { date: '2025-09-11' }
		},
		{
			name: 'VLOS XML (wgo VWS)',
			files: [readFileSync(join(SAMPLES, 'vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml'))],
			options: {}
		},
		{
			name: 'VLOS XML (eufor-althea)',
			files: [
				readFileSync(join(SAMPLES, 'vlos-xml/vlos_2025-07-03_commissiedebat_eufor-althea.xml'))
			],
			options: {}
		},
		{
			name: 'Handelingen XML (70-3)',
			files: [readFileSync(join(SAMPLES, 'handelingen-xml/h-tk-20172018-70-3.xml'))],
			options: { date: '2018-04-05' }
		},
		{
			name: `kst XML (${kstCount} files)`,
			files: kstFiles.slice(0, kstCount).map((f) => readFileSync(join(OPENDATA, f))),
			options: {}
		}
	];
}

async function bench() {
	const text = readFileSync(SEED, 'utf8');
	for (let i = 0; i < 20; i++) parseDocument(text, { date: '2025-09-11', registry });
	// Other processes share the machine: CPU time (user + system) beside wall time shows what is ours.
	const times: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < 60; i++) {
		const t = performance.now();
		const c = process.cpuUsage();
		const doc = parseDocument(text, { date: '2025-09-11', registry });
		const used = process.cpuUsage(c);
		times.push(performance.now() - t);
		cpu.push((used.user + used.system) / 1000);
		if (doc.motions.length !== 20) throw new Error('seed 003 lost motions');
	}
	times.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	console.log(
		`seed 003: median ${times[30]!.toFixed(2)} ms, min ${times[0]!.toFixed(2)} ms, CPU median ${cpu[30]!.toFixed(2)} ms; ${(text.length / 1e3 / times[30]!).toFixed(1)} MB/s`
	);
	for (const f of formats(400)) {
		const size = f.files.reduce((a, b) => a + b.length, 0);
		const run = async () => {
			for (const b of f.files) await parseBytes(b, null, { ...f.options, registry });
		};
		await run();
		await run();
		const runs: number[] = [];
		const cpu: number[] = [];
		for (let i = 0; i < 9; i++) {
			const t = performance.now();
			const c = process.cpuUsage();
			await run();
			const used = process.cpuUsage(c);
			runs.push(performance.now() - t);
			cpu.push((used.user + used.system) / 1000);
		}
		runs.sort((a, b) => a - b);
		cpu.sort((a, b) => a - b);
		const mbs = (ms: number) => (size / 1e3 / ms).toFixed(1).padStart(6);
		console.log(
			`${f.name.padEnd(28)} ${(size / 1e3).toFixed(0).padStart(6)} KB  median ${runs[4]!.toFixed(1).padStart(7)} ms ${mbs(runs[4]!)} MB/s  min ${mbs(runs[0]!)} MB/s  CPU ${mbs(cpu[4]!)} MB/s`
		);
	}
}

/** Small hand-made inputs of the shapes hostile files take, to hold their output steady too. */
function crafted(): [string, string][] {
	const rep = (s: string, n: number) => Array.from({ length: n }, () => s).join('');
	return [
		['dots', rep('. ', 2000)],
		['dots-caps', rep('A. b. ', 800)],
		['lines-no-blank', rep('een regel tekst zonder lege regel-\nverder\n', 300)],
		['zou', rep('zou ', 2000) + 'oordeel Kamer'],
		['footnotes', rep('1 Kamerstuk 36045, nr. 1\nYesilgöz1, en\n', 200)],
		[
			'answers-title',
			'Vraag 1\nAntwoord\n' + rep('Antwoord van de minister op vragen van ', 50) + '\n'
		],
		['mention', rep('de motie van de heer Van Van Van ', 200)],
		[
			'labels',
			rep('De heer Dassen (Volt):\nIk dien een motie in.\n\nDe voorzitter:\nDank u.\n\n', 50)
		]
	];
}

async function snapshot(out: string) {
	const result: Record<string, unknown> = {};
	const kinds: (DocumentKind | undefined)[] = [
		undefined,
		'debate',
		'letter',
		'answers',
		'consultation'
	];
	const texts: [string, string][] = [
		...readdirSync('data/documents')
			.filter((f) => f.endsWith('.txt'))
			.map((f) => [f, readFileSync(join('data/documents', f), 'utf8')] as [string, string]),
		...readdirSync('tests/fixtures/text')
			.filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt'))
			.map((f) => [f, readFileSync(join('tests/fixtures/text', f), 'utf8')] as [string, string]),
		...crafted()
	];
	for (const [name, text] of texts)
		for (const kind of kinds)
			for (const date of ['2025-09-11', undefined])
				result[`${name}:${kind}:${date}`] = parseDocument(text, { kind, date, registry });
	const xmlDirs = [join(SAMPLES, 'vlos-xml'), join(SAMPLES, 'handelingen-xml')];
	for (const dir of xmlDirs)
		for (const f of readdirSync(dir).filter((f) => f.endsWith('.xml')))
			result[f] = await parseBytes(readFileSync(join(dir, f)), f, { registry });
	for (const f of kstFiles) {
		try {
			result[f] = await parseBytes(readFileSync(join(OPENDATA, f)), f, { registry });
		} catch (e) {
			result[f] = { error: String(e) };
		}
	}
	writeFileSync(out, JSON.stringify(result, null, 1));
	console.log(`${Object.keys(result).length} outputs written to ${out}`);
}

if (process.argv[2] === 'snapshot') await snapshot(process.argv[3] ?? '/tmp/parse-snapshot.json');
else await bench();
