// Undo the PDF text artefacts: lines wrapped at page width, page breaks as runs of blank lines,
// and page furniture. Produces paragraphs of clean text that remember their source lines.
import { checkTime } from './watchdog';

export interface Paragraph {
	text: string;
	/** First and last source line (1-based). */
	start: number;
	end: number;
	/** Character offset in `text` at which each source line begins, with its line number. */
	offsets: { at: number; line: number }[];
}

/** Split into lines, drop a BOM, normalise line endings and odd spaces. */
export function splitLines(source: string): string[] {
	let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	// Each rewrite only when needed: most documents have neither, and a scan for one character is
	// far cheaper than a regular expression over the whole text.
	if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
	if (text.includes('\u00A0') || text.includes('\u2007') || text.includes('\u202F'))
		text = text.replace(/[\u00A0\u2007\u202F]/g, ' ');
	return splitAtNewlines(text);
}

/** `text.split('\n')`, by hand: V8's split is several times slower on a long two-byte string. */
function splitAtNewlines(text: string): string[] {
	const out: string[] = [];
	let from = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
		out.push(text.slice(from, at));
		from = at + 1;
	}
	out.push(text.slice(from));
	return out;
}

/** `lines.join('\n')`, by hand: V8's join is an order of magnitude slower on thousands of lines. */
export function joinLines(lines: readonly string[]): string {
	let text = lines[0] ?? '';
	for (let i = 1; i < lines.length; i++) text += '\n' + lines[i];
	return text;
}

/** White space as JavaScript's \s and trim() define it. */
export function isSpace(c: number): boolean {
	return c <= 0x20
		? c === 0x20 || (c >= 0x09 && c <= 0x0d)
		: c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200a) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff;
}

const isBlank = (line: string) => firstNonSpace(line) < 0;

/** The index of the first character that is not white space, or -1. */
function firstNonSpace(text: string): number {
	for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i;
	return -1;
}

/** The code of the last character that is not white space, or -1. */
export function lastNonSpaceCode(text: string): number {
	for (let i = text.length - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (!isSpace(c)) return c;
	}
	return -1;
}

/** A line of page furniture: a bare page number, or a running header of the Kamer's PDFs. */
function isFurniture(line: string): boolean {
	// Only a digit or the T of "Tweede Kamer" can start furniture: other lines skip the patterns.
	const first = line.charCodeAt(firstNonSpace(line));
	if (first >= 0x30 && first <= 0x39) return /^\d{1,4}$/.test(line.trim());
	if (first !== 0x54) return false;
	const t = line.trim();
	return t.length < 60 && /^Tweede Kamer\s.*\d{4}\s*$/.test(t);
}

/**
 * The last three characters of `text`: enough to hold a letter (a surrogate pair at most) and a
 * hyphen. Tests on the end of a growing paragraph read this, never the paragraph itself, so that
 * joining n lines costs O(n) and not O(n²).
 */
const tailOf = (text: string) => (text.length > 3 ? text.slice(-3) : text);

/** The last characters of `before + after`, without building it (after may be a whole line). */
const tailAfter = (before: string, after: string) =>
	after.length >= 3 ? tailOf(after) : tailOf(before + after);

/** White space that `replace(/\s+/g, ' ')` would change: a run, or one that is not a space. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/** `line.trim().replace(/\s+/g, ' ')`, which most lines (single spaces only) do not need. */
function collapseSpace(line: string): string {
	const t = line.trim();
	return UNCOLLAPSED.test(t) ? t.replace(/\s+/g, ' ') : t;
}

const LETTER_HYPHEN_END = /\p{L}-$/u;
const LETTER_START = /^\p{L}/u;

/** Join the lines of one paragraph: a hyphen at a line end is kept, without a space. */
function joinParagraph(lines: { text: string; line: number }[]): {
	para: Paragraph;
	tail: string;
} {
	// Appended piece by piece (V8's join is far slower on many pieces); the end of the text is
	// read from `tail`, never from the growing string, which would flatten it at every line.
	let text = '';
	let tail = '';
	const offsets: Paragraph['offsets'] = [];
	for (const { text: raw, line } of lines) {
		const piece = collapseSpace(raw);
		if (!piece) continue;
		if (text && !(LETTER_HYPHEN_END.test(tail) && LETTER_START.test(piece))) {
			text += ' ';
			tail = tailAfter(tail, ' ');
		}
		offsets.push({ at: text.length, line });
		text += piece;
		tail = tailAfter(tail, piece);
	}
	const para = {
		text,
		start: lines[0]?.line ?? 0,
		end: lines[lines.length - 1]?.line ?? 0,
		offsets
	};
	return { para, tail };
}

/** Does a paragraph end where a sentence or clause can end? (Given its last characters.) */
const endsClosed = (tail: string) => CLOSED_ENDS.has(lastNonSpaceCode(tail));
const CLOSED_ENDS = new Set([...'.?!:;…)"”\'’'].map((c) => c.charCodeAt(0)));
/** Characters after which a line may be followed by one that starts a part within the paragraph. */
const CLAUSE_ENDS = new Set([...',;:.'].map((c) => c.charCodeAt(0)));

export interface ParagraphOptions {
	/** A paragraph that must never be glued to the one before (speaker labels, motion parts). */
	startsNew?: (firstLine: string) => boolean;
	/**
	 * A line that starts a new paragraph even without a blank line before it, when the line before
	 * ends a clause ("De Kamer," right under "Ik heb één motie.", "verzoekt …" under "constaterende …;").
	 */
	startsWithin?: (line: string) => boolean;
	/** Line number of lines[0] (1-based); defaults to 1. */
	firstLine?: number;
}

/**
 * Group lines into paragraphs. A run of two or more blank lines is a page break, not a paragraph
 * break, when the text before it is unfinished: the two sides are joined.
 */
export function paragraphs(lines: string[], options: ParagraphOptions = {}): Paragraph[] {
	const startsNew = options.startsNew ?? (() => false);
	const startsWithin = options.startsWithin ?? (() => false);
	const base = options.firstLine ?? 1;
	const raw: { lines: { text: string; line: number }[]; blanksBefore: number }[] = [];
	let current: { text: string; line: number }[] = [];
	let blanks = 0;
	let blanksBeforeCurrent = 0;
	for (let i = 0; i < lines.length; i++) {
		checkTime('grouping lines into paragraphs');
		const text = lines[i]!;
		if (isBlank(text) || isFurniture(text)) {
			if (current.length) {
				raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });
				current = [];
				blanks = 0;
			}
			blanks++;
			continue;
		}
		const previous = current[current.length - 1];
		if (previous && CLAUSE_ENDS.has(lastNonSpaceCode(previous.text)) && startsWithin(text.trim())) {
			raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });
			current = [];
			blanks = 0;
		}
		if (!current.length) blanksBeforeCurrent = blanks;
		current.push({ text, line: i + base });
	}
	if (current.length) raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });

	const out: Paragraph[] = [];
	/** The last characters of each paragraph in `out`. */
	const tails: string[] = [];
	for (const block of raw) {
		checkTime('joining paragraphs');
		const { para, tail } = joinParagraph(block.lines);
		const prev = out[out.length - 1];
		const prevTail = tails[tails.length - 1] ?? '';
		const first = block.lines[0]?.text.trim() ?? '';
		const pageBreak = block.blanksBefore >= 2;
		const continues =
			prev && !startsNew(first) && !endsClosed(prevTail) && (pageBreak || /^\p{Ll}/u.test(first));
		if (prev && continues) {
			const glue = LETTER_HYPHEN_END.test(prevTail) && LETTER_START.test(para.text) ? '' : ' ';
			const shift = prev.text.length + glue.length;
			prev.text += glue + para.text;
			tails[tails.length - 1] = tailAfter(prevTail + glue, tail);
			prev.end = para.end;
			// One at a time: spreading a long paragraph's offsets into push() overflows the stack.
			for (const o of para.offsets) prev.offsets.push({ at: o.at + shift, line: o.line });
		} else {
			out.push(para);
			tails.push(tail);
		}
	}
	return out;
}

/** The source line on which character `at` of a paragraph stands. */
export function lineAt(paragraph: Paragraph, at: number): number {
	// The offsets grow with `at`: the last one at or before `at`, by bisection (a paragraph can
	// span thousands of lines, and every sentence asks).
	const offsets = paragraph.offsets;
	let lo = 0;
	let hi = offsets.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (offsets[mid]!.at > at) hi = mid;
		else lo = mid + 1;
	}
	return lo > 0 ? offsets[lo - 1]!.line : paragraph.start;
}

/** Split text into sentences, keeping each sentence's offset. "nr. 216" does not end a sentence. */
export function sentences(text: string): { text: string; at: number }[] {
	const out: { text: string; at: number }[] = [];
	// A run of end marks is tried from its first mark only: tried from each (as without the
	// lookbehind) a long run of dots takes quadratic time to fail.
	const boundary = /(?<![.!?…])([.!?…]+["'”’]?(?:\d{1,2}(?=\s))?)\s+(?=[\p{Lu}"“‘(])/gu;
	let start = 0;
	let m: RegExpExecArray | null;
	while ((m = boundary.exec(text))) {
		const before = text.slice(Math.max(0, m.index - 5), m.index + 1);
		// Abbreviations and initials never end a sentence here: "nr. 216", "D.M. van Weel",
		// "de motie Boswijk c.s. (Kamerstuk …)".
		if (/(?:\bnrs?|\bart|\bjl|o\.a|d\.d|c\.s|\bbijv|\bvgl|\bblz)\.$/i.test(before)) continue;
		if (/(?:^|[\s.])\p{Lu}\.$/u.test(before)) continue;
		const end = m.index + m[1]!.length;
		pushTrimmed(out, text, start, end);
		start = m.index + m[0].length;
	}
	pushTrimmed(out, text, start, text.length);
	return out;
}

function pushTrimmed(
	out: { text: string; at: number }[],
	text: string,
	start: number,
	end: number
) {
	const piece = text.slice(start, end);
	const lead = piece.length - piece.trimStart().length;
	const trimmed = piece.trim();
	if (trimmed) out.push({ text: trimmed, at: start + lead });
}
