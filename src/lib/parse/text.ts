// Undo the PDF text artefacts: lines wrapped at page width, page breaks as runs of blank lines,
// and page furniture. Produces paragraphs of clean text that remember their source lines.

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
	return source
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[\u00A0\u2007\u202F]/g, ' ')
		.split('\n');
}

const isBlank = (line: string) => /^\s*$/.test(line);

/** A line of page furniture: a bare page number, or a running header of the Kamer's PDFs. */
function isFurniture(line: string): boolean {
	const t = line.trim();
	return /^\d{1,4}$/.test(t) || (/^Tweede Kamer\s.*\d{4}\s*$/.test(t) && t.length < 60);
}

/** Join the lines of one paragraph: a hyphen at a line end is kept, without a space. */
function joinLines(lines: { text: string; line: number }[]): Paragraph {
	let text = '';
	const offsets: Paragraph['offsets'] = [];
	for (const { text: raw, line } of lines) {
		const piece = raw.trim().replace(/\s+/g, ' ');
		if (!piece) continue;
		if (text && !(/\p{L}-$/u.test(text) && /^\p{L}/u.test(piece))) text += ' ';
		offsets.push({ at: text.length, line });
		text += piece;
	}
	return { text, start: lines[0]?.line ?? 0, end: lines[lines.length - 1]?.line ?? 0, offsets };
}

/** Does a paragraph end where a sentence or clause can end? */
const endsClosed = (text: string) => /[.?!:;…)"”'’]$/.test(text.trim());

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
	lines.forEach((text, i) => {
		if (isBlank(text) || isFurniture(text)) {
			if (current.length) {
				raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });
				current = [];
				blanks = 0;
			}
			blanks++;
			return;
		}
		const previous = current[current.length - 1];
		if (previous && /[,;:.]\s*$/.test(previous.text) && startsWithin(text.trim())) {
			raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });
			current = [];
			blanks = 0;
		}
		if (!current.length) blanksBeforeCurrent = blanks;
		current.push({ text, line: i + base });
	});
	if (current.length) raw.push({ lines: current, blanksBefore: blanksBeforeCurrent });

	const out: Paragraph[] = [];
	for (const block of raw) {
		const para = joinLines(block.lines);
		const prev = out[out.length - 1];
		const first = block.lines[0]?.text.trim() ?? '';
		const pageBreak = block.blanksBefore >= 2;
		const continues =
			prev && !startsNew(first) && !endsClosed(prev.text) && (pageBreak || /^\p{Ll}/u.test(first));
		if (prev && continues) {
			const glue = /\p{L}-$/u.test(prev.text) && /^\p{L}/u.test(para.text) ? '' : ' ';
			const shift = prev.text.length + glue.length;
			prev.text += glue + para.text;
			prev.end = para.end;
			prev.offsets.push(...para.offsets.map((o) => ({ at: o.at + shift, line: o.line })));
		} else {
			out.push(para);
		}
	}
	return out;
}

/** The source line on which character `at` of a paragraph stands. */
export function lineAt(paragraph: Paragraph, at: number): number {
	let line = paragraph.start;
	for (const o of paragraph.offsets) {
		if (o.at > at) break;
		line = o.line;
	}
	return line;
}

/** Split text into sentences, keeping each sentence's offset. "nr. 216" does not end a sentence. */
export function sentences(text: string): { text: string; at: number }[] {
	const out: { text: string; at: number }[] = [];
	const boundary = /([.!?…]+["'”’]?(?:\d{1,2}(?=\s))?)\s+(?=[\p{Lu}"“‘(])/gu;
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
