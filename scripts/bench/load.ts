// The built server under load: started on a given database, timed until it serves its first page,
// and measured with autocannon on loopback (latency percentiles, requests per second, bytes).
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../server-flags.mjs';
import { existsSync, readdirSync, readFileSync, statSync, openSync, closeSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

const HOST = '127.0.0.1';

/** The newest modification time under a folder, in ms. */
function newest(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
	return latest;
}

/** Build with vite when build/index.js is missing or older than the sources; the ms it took. */
export function ensureBuild(): number {
	const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
	const sources = Math.max(
		newest('src'),
		...['svelte.config.js', 'vite.config.ts', 'package.json'].map((f) => newest(f))
	);
	if (built >= sources) return 0;
	const t0 = performance.now();
	const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'ignore'
	});
	if (b.status !== 0) throw new Error('vite build failed (run `npm run build` to see why)');
	return performance.now() - t0;
}

/** A port nobody listens on, for this run. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, HOST, () => {
			const address = s.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			s.close(() => resolve(port));
		});
	});
}

/**
 * Resident and peak memory of a process in MB, from /proc (Linux); `anon` is the heap and stacks
 * (RssAnon), `file` the pages of mapped files (RssFile: code, and SQLite's memory-mapped database,
 * which the kernel can drop at will).
 */
export function memoryOf(pid: number): { rss: number; peak: number; anon: number; file: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
		return {
			rss: kb('VmRSS') / 1024,
			peak: kb('VmHWM') / 1024,
			anon: kb('RssAnon') / 1024,
			file: kb('RssFile') / 1024
		};
	} catch {
		return { rss: NaN, peak: NaN, anon: NaN, file: NaN };
	}
}

/** CPU time a process has used, in ms (utime + stime from /proc/PID/stat). */
function cpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return NaN;
	}
}

/**
 * Wait until the server has stopped working off requests of an earlier run: requests whose client
 * has gone are still rendered, and would slow the next run. Idle: under 10 ms of CPU in 250 ms.
 */
export async function waitIdle(pid: number, limitMs = 180_000): Promise<boolean> {
	const t0 = performance.now();
	let before = cpuMs(pid);
	while (performance.now() - t0 < limitMs) {
		await new Promise((r) => setTimeout(r, 250));
		const now = cpuMs(pid);
		if (!(now - before >= 10)) return true;
		before = now;
	}
	return false;
}

export interface Server {
	process: ChildProcess;
	base: string;
	/** From spawn to the first 200 of `/`, in ms. */
	firstPageMs: number;
	/** SIGTERM: adapter-node drains its connections first. */
	stop(): Promise<void>;
	/** SIGKILL: for a server busy with a backlog of abandoned requests. */
	kill(): Promise<void>;
}

/** Start `node build/index.js` on the database and wait for its first page. */
export async function startServer(database: string, logFile: string): Promise<Server> {
	const port = await freePort();
	const base = `http://${HOST}:${port}`;
	const log = openSync(logFile, 'a');
	const t0 = performance.now();
	// As `npm start` runs it: the same Node flags, the same server script.
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.mjs', 'build'], {
		stdio: ['ignore', log, log],
		env: {
			...SERVER_ENV,
			...process.env,
			HOST,
			PORT: String(port),
			DATABASE_URL: database,
			ORIGIN: base
		}
	});
	closeSync(log);
	// A bench that stops on an error takes its server with it.
	const orphan = () => child.kill('SIGKILL');
	process.once('exit', orphan);
	child.once('exit', () => process.off('exit', orphan));
	let exited: number | null = null;
	child.once('exit', (code) => (exited = code ?? -1));
	let firstPageMs = NaN;
	while (exited === null && performance.now() - t0 < 600_000) {
		try {
			const r = await fetch(`${base}/`);
			await r.arrayBuffer();
			if (r.ok) {
				firstPageMs = performance.now() - t0;
				break;
			}
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 10));
	}
	if (exited !== null || Number.isNaN(firstPageMs)) {
		child.kill();
		throw new Error(`the server did not serve / (exit ${exited}); see ${logFile}`);
	}
	const end = ender(child);
	return {
		process: child,
		base,
		firstPageMs,
		stop: () => end('SIGTERM'),
		kill: () => end('SIGKILL')
	};
}

function ender(child: ChildProcess) {
	return (signal: NodeJS.Signals) =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			// adapter-node drains its connections on SIGTERM; a server that hangs is killed.
			const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
			child.once('exit', () => {
				clearTimeout(hard);
				resolve();
			});
			child.kill(signal);
		});
}

export interface LoadResult {
	path: string;
	connections: number;
	/** Seconds the run lasted: longer than asked for a page too slow to answer a few times in it. */
	seconds: number;
	p50: number;
	p99: number;
	requestsPerSecond: number;
	requests: number;
	bytesPerResponse: number;
	non2xx: number;
	errors: number;
}

/**
 * One load run: `connections` keep-alive connections, loopback only, for `seconds` or, for a page
 * that takes `singleMs` alone, long enough that every connection gets about two answers (a run
 * ends with requests in flight uncounted), but never over `limit` seconds.
 */
export async function load(
	base: string,
	path: string,
	connections: number,
	seconds: number,
	singleMs: number,
	limit = 30
): Promise<LoadResult> {
	const duration = Math.min(
		limit,
		Math.max(seconds, Math.ceil((2.5 * connections * singleMs) / 1000))
	);
	const r = await autocannon({
		url: base + path,
		connections,
		duration,
		timeout: limit
	});
	const requests = r.requests.total;
	return {
		path,
		connections,
		seconds: r.duration,
		p50: r.latency.p50,
		p99: r.latency.p99,
		requestsPerSecond: requests / r.duration,
		requests,
		bytesPerResponse: requests ? Math.round(r.throughput.total / requests) : 0,
		non2xx: r.non2xx,
		errors: r.errors
	};
}

/** One GET without fetch's five-minute header timeout: a long export is timed, not cut off. */
export function download(url: string): Promise<{ status: number; bytes: number }> {
	return new Promise((resolve, reject) => {
		get(url, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
			res.on('error', reject);
		}).on('error', reject);
	});
}

/**
 * The first link on a list page to one of its items ("/moties/36045-216"), for the detail pages:
 * not a download or a feed beside the list ("/moties/export.csv", "/moties/atom.xml").
 */
export async function firstLink(
	base: string,
	list: string,
	exclude: RegExp = /\.(?:csv|xlsx|xml|json)$/
) {
	let html: string;
	try {
		html = await (await fetch(base + list, { signal: AbortSignal.timeout(120_000) })).text();
	} catch {
		return null; // a list that does not answer in two minutes: its item page is left out
	}
	const re = new RegExp(`href="(${list}/[^"?#/]+)"`, 'g');
	for (const m of html.matchAll(re)) if (!exclude.test(m[1]!)) return m[1]!;
	return null;
}
