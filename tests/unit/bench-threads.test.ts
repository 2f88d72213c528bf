// The bench's CPU per thread (scripts/bench/threads.ts): read from /proc, the main thread apart.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { cpuBetween, cpuMsOfStat, threadTimes } from '../../scripts/bench/threads';

/**
 * Keep a thread busy until the process has used `ms` more of CPU: only that thread runs meanwhile
 * (the other awaits), so it is that thread's CPU however busy the machine is.
 */
const SPIN =
	'const from = process.cpuUsage(); let x = 0; for (;;) { const u = process.cpuUsage(from); if (u.user + u.system >= ms * 1000) return x; for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + i); }';
const spin = new Function('ms', SPIN) as (ms: number) => number;

describe('CPU per thread', () => {
	it('reads utime and stime from a stat line, a name with spaces and parentheses aside', () => {
		// A real line of this process, and the same with the name a thread may give itself.
		const line = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
		const renamed = line.replace(/\(.*\)/, '(a (b) c)');
		expect(cpuMsOfStat(renamed)).toBe(cpuMsOfStat(line));
		const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
		expect(cpuMsOfStat(line)).toBe((Number(fields[11]) + Number(fields[12])) * 10);
		expect(() => cpuMsOfStat('no fields')).toThrow(/not a \/proc stat line/);
	});

	it('counts the main thread apart from a worker', async () => {
		const before = threadTimes()!;
		spin(300);
		const worker = new Worker(
			`const { parentPort } = require('node:worker_threads');
			 const spin = new Function('ms', ${JSON.stringify(SPIN)});
			 spin(600); parentPort.postMessage('done'); setInterval(() => {}, 1000);`,
			{ eval: true }
		);
		await new Promise((resolve) => worker.once('message', resolve));
		const cpu = cpuBetween(before, threadTimes()!);
		await worker.terminate();
		// Ticks of 10 ms, and Node's helper threads' share of the process's CPU: some slack below;
		// the worker's 600 ms counted as the main thread's would be far above.
		expect(cpu.mainMs).toBeGreaterThanOrEqual(250);
		expect(cpu.mainMs).toBeLessThan(800);
		expect(cpu.othersMs).toBeGreaterThanOrEqual(500);
	});
});
