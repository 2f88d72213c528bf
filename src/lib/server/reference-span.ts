// Where a motion reference's words stand in a document's lines: found once, at import, and kept as
// a span (from line and character to line and character); a page marks the span's pieces of its lines.
import { isSpace } from '../parse/text';

/** A piece of a line that belongs to a motion reference (character offsets in that line). */
export interface ReferenceMark {
	line: number;
	start: number;
	end: number;
	/** Index into DocumentPage.citedMotions. */
	ref: number;
}

/** From (line, start) to (endLine, end): UTF-16 offsets within those lines, end exclusive. */
export interface ReferenceSpan {
	line: number;
	start: number;
	endLine: number;
	end: number;
}

/** The span a reference's marks cover (marks as locateReference finds them: in line order). */
export function spanOf(marks: ReferenceMark[]): ReferenceSpan {
	const first = marks[0]!;
	const last = marks[marks.length - 1]!;
	return { line: first.line, start: first.start, endLine: last.line, end: last.end };
}

/** The marks of a span: each line's piece of it, the lines between whole (empty pieces left out); null when a line is not at hand. */
export function marksOf(
	span: ReferenceSpan,
	lineLength: (line: number) => number | undefined,
	index: number
): ReferenceMark[] | null {
	const marks: ReferenceMark[] = [];
	for (let n = span.line; n <= span.endLine; n++) {
		const length = lineLength(n);
		if (length === undefined) return null;
		const start = n === span.line ? span.start : 0;
		const end = n === span.endLine ? span.end : length;
		if (start < end) marks.push({ line: n, start, end, ref: index });
	}
	return marks;
}

/**
 * The end of the words at `at`, each after a run of white space, or -1: what the pattern
 * `w1\s+w2\s+…` matches there. A word holds no white space, so the run before it is taken whole.
 */
function wordsAt(text: string, words: string[], at: number): number {
	let i = at;
	for (let k = 0; k < words.length; k++) {
		if (k > 0) {
			const run = i;
			while (i < text.length && isSpace(text.charCodeAt(i))) i++;
			if (i === run) return -1;
		}
		if (!text.startsWith(words[k]!, i)) return -1;
		i += words[k]!.length;
	}
	return i;
}

/**
 * Every place of the words in the text, leftmost first and none overlapping the one before: what
 * `matchAll(/w1\s+w2…/gu)` finds, without building a pattern per reference (compiling it cost more
 * than the import's other work on a reference).
 */
function* wordMatches(text: string, words: string[]): Generator<[number, number]> {
	const first = words[0]!;
	let from = 0;
	for (;;) {
		let start = text.indexOf(first, from);
		let end = -1;
		for (; start >= 0; start = text.indexOf(first, start + 1)) {
			// Never inside a surrogate pair, as a unicode pattern never starts there.
			const c = text.charCodeAt(start);
			if (c >= 0xdc00 && c <= 0xdfff && start > 0) {
				const before = text.charCodeAt(start - 1);
				if (before >= 0xd800 && before <= 0xdbff) continue;
			}
			end = wordsAt(text, words, start);
			if (end >= 0) break;
		}
		if (start < 0) return;
		yield [start, end];
		from = end;
	}
}

/**
 * Where a reference stands in the text: the words as written, looked for around its line and
 * allowed to wrap across lines. Null when the words are not found (a footnote, a reworded id).
 */
export function locateReference(
	view: { first: number; lines: string[] },
	ref: { line: number; asWritten: string; motionId: string | null },
	index: number
): ReferenceMark[] | null {
	const line = ref.line;
	const last = view.first + view.lines.length - 1;
	if (line < view.first || line > last) return null;
	const at = (n: number) => view.lines[n - view.first]!;
	const lo = Math.max(view.first, line - 2);
	const hi = Math.min(last, line + 2);
	const starts: number[] = [];
	let text = '';
	for (let n = lo; n <= hi; n++) {
		starts.push(text.length);
		text += at(n) + '\n';
	}
	const lineStart = starts[line - lo]!;
	const lineEnd = lineStart + at(line).length;
	const candidates = [
		ref.asWritten,
		// "de motie X (footnote 3: Kamerstuk …)": the text says only "de motie X".
		ref.asWritten.replace(/\s*\((?:footnote|voetnoot)\b[^)]*\)\s*$/i, ''),
		ref.asWritten.replace(/\s*\([^)]*\)\s*$/, ''),
		ref.motionId ?? ''
	];
	for (const candidate of candidates) {
		const words = candidate.trim().split(/\s+/).filter(Boolean);
		if (!words.length) continue;
		for (const [from, to] of wordMatches(text, words)) {
			if (to <= lineStart || from > lineEnd) continue;
			const marks: ReferenceMark[] = [];
			for (let i = 0; i < starts.length; i++) {
				const s = starts[i]!;
				const e = s + at(lo + i).length;
				const a = Math.max(from, s);
				const b = Math.min(to, e);
				if (a < b) marks.push({ line: lo + i, start: a - s, end: b - s, ref: index });
			}
			return marks;
		}
	}
	return null;
}

/** A document's lines by number (1-based; undefined past the end), with line ends as a page splits them. */
export function lineReader(text: string): (line: number) => string | undefined {
	if (text.includes('\r')) {
		const lines = text.split(/\r\n|\r|\n/);
		return (n) => lines[n - 1];
	}
	const starts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return (n) =>
		n >= 1 && n <= starts.length
			? text.slice(starts[n - 1], n < starts.length ? starts[n]! - 1 : text.length)
			: undefined;
}

/** Where a reference's words stand around its line, as a page would have found them; null if nowhere. */
export function findSpan(
	lineAt: (line: number) => string | undefined,
	ref: { line: number; asWritten: string; motionId: string | null }
): ReferenceSpan | null {
	const first = Math.max(1, ref.line - 2);
	const lines: string[] = [];
	for (let n = first; n <= ref.line + 2; n++) {
		const line = lineAt(n);
		if (line === undefined) break;
		lines.push(line);
	}
	const marks = locateReference({ first, lines }, ref, 0);
	return marks?.length ? spanOf(marks) : null;
}
