// A limit on the time one document's reading takes. The reader is linear by construction (see
// tests/unit/parse-scaling.test.ts); this is the backstop should some input still find a slow path:
// the document is refused with a message naming it, instead of holding an import for minutes.
// The reading is synchronous, so one deadline at a time is set (and restored) around it.
import { DocumentError } from './decode';

let deadline = Infinity;
let file: string | null = null;
let limitMs = 0;
let calls = 0;

/** Run `read` with a deadline of `ms` from now; nested runs keep the earlier deadline. */
export function withTimeLimit<T>(ms: number, name: string | null, read: () => T): T {
	const outer = { deadline, file, limitMs };
	const own = performance.now() + ms;
	if (own < deadline) {
		deadline = own;
		file = name;
		limitMs = ms;
	}
	try {
		return read();
	} finally {
		({ deadline, file, limitMs } = outer);
	}
}

/** Called in the reader's loops: throws once the deadline has passed. Cheap: looks at the clock every 64 calls. */
export function checkTime(step: string): void {
	if (deadline === Infinity || (++calls & 63) !== 0) return;
	overdue(step);
}

/** Looks at the clock now (between the steps of a reading). */
export function overdue(step: string): void {
	if (performance.now() <= deadline) return;
	throw new DocumentError(
		`reading took longer than ${limitMs / 1000} s and was stopped (while ${step}); the document is not imported. If it is a real document, please report it: the reader should never take this long`,
		file
	);
}
