// CPU time per thread of this process, from Linux's /proc: the import's writer is the main thread
// (its task id is the process id), the parse workers and Node's helper threads are the others.
// A thread's CPU bounds what it can do however fast the rest is: the writer's CPU per document is
// the import's ceiling on this machine.
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on every Linux ABI in use). */
const TICKS_PER_SECOND = 100;

export interface ThreadTimes {
	/** The main thread's CPU, user and system, in ms. */
	mainMs: number;
	/** Every other thread's, by task id. */
	othersMs: Map<number, number>;
}

/** The user and system CPU of a /proc/…/stat line, in ms (fields 14 and 15, after the name). */
export function cpuMsOfStat(line: string): number {
	// The thread's name is in parentheses and may hold spaces and parentheses: count from its end.
	const close = line.lastIndexOf(')');
	if (close < 0) throw new Error(`not a /proc stat line: ${line.slice(0, 80)}`);
	const fields = line
		.slice(close + 2)
		.trim()
		.split(' ');
	// fields[0] is field 3 (state): utime is field 14, stime field 15.
	const utime = Number(fields[11]);
	const stime = Number(fields[12]);
	if (!Number.isFinite(utime) || !Number.isFinite(stime))
		throw new Error(`no CPU times in the /proc stat line: ${line.slice(0, 80)}`);
	return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** This process's threads' CPU now; null where /proc is not there (not Linux). */
export function threadTimes(): ThreadTimes | null {
	const dir = `/proc/${process.pid}/task`;
	let tids: string[];
	try {
		tids = readdirSync(dir);
	} catch {
		return null;
	}
	let mainMs = 0;
	const othersMs = new Map<number, number>();
	for (const tid of tids) {
		let line: string;
		try {
			line = readFileSync(`${dir}/${tid}/stat`, 'utf8');
		} catch {
			continue; // the thread ended between the listing and the read
		}
		const ms = cpuMsOfStat(line);
		if (Number(tid) === process.pid) mainMs = ms;
		else othersMs.set(Number(tid), ms);
	}
	return { mainMs, othersMs };
}

/** CPU spent between two readings: the main thread's, and the other threads' together (new ones whole). */
export function cpuBetween(
	before: ThreadTimes,
	after: ThreadTimes
): { mainMs: number; othersMs: number } {
	let othersMs = 0;
	for (const [tid, ms] of after.othersMs) othersMs += ms - (before.othersMs.get(tid) ?? 0);
	return { mainMs: after.mainMs - before.mainMs, othersMs };
}
