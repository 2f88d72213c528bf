// How far an import is: done of total, motions per second and the time left, for a progress bar
// or a progress line. Pure but for the clock, which a test gives.

export interface Progress {
	done: number;
	total: number;
	/** Motions read so far (added, updated or unchanged). */
	motions: number;
	elapsedMs: number;
	/** Items (documents, records) per second so far; null before any time has passed. */
	perSecond: number | null;
	/** Motions per second so far; null before any time has passed. */
	motionsPerSecond: number | null;
	/** Seconds left at the pace so far; null until something is done, 0 when all is. */
	secondsLeft: number | null;
}

/** A meter for one run: tick(done, motions) after each item gives where the run stands. */
export function progressMeter(total: number, now: () => number = () => performance.now()) {
	const start = now();
	return {
		tick(done: number, motions: number): Progress {
			const elapsedMs = now() - start;
			const seconds = elapsedMs / 1000;
			return {
				done,
				total,
				motions,
				elapsedMs,
				perSecond: seconds > 0 ? done / seconds : null,
				motionsPerSecond: seconds > 0 ? motions / seconds : null,
				secondsLeft: done >= total ? 0 : done > 0 ? (seconds * (total - done)) / done : null
			};
		}
	};
}

/** "1 h 02 min", "3 min 05 s", "12 s": the time left, as a person reads it. */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
	return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

const number = (n: number) => Math.round(n).toLocaleString('nl-NL');

/**
 * The rate and the time left, in Dutch as the progress bars write it: "1.234 moties/s, nog 3 min
 * 05 s". Documents per second while no motion was read (a re-import reads none: it stops at the hash).
 */
export function describeProgress(p: Progress, unit = 'documenten'): string {
	const rate =
		p.motionsPerSecond === null || p.perSecond === null
			? `— ${unit}/s`
			: p.motions > 0
				? `${number(p.motionsPerSecond)} moties/s`
				: `${number(p.perSecond)} ${unit}/s`;
	const left = p.secondsLeft === null ? 'nog —' : `nog ${formatDuration(p.secondsLeft)}`;
	return `${rate}, ${left}`;
}
