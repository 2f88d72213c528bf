// PDF bytes to plain text that keeps the document's line structure, for the paragraph reader
// (../text.ts): one text line per printed line, blank lines where the page leaves vertical room,
// and two blank lines between pages (a page break, which the paragraph reader joins across when
// the text before it is unfinished). Pure: bytes in, string out; no files, no network.
import { DocumentError } from '../decode';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

/** Does the file start with the PDF magic "%PDF-"? */
export function looksLikePdf(bytes: Uint8Array): boolean {
	return (
		bytes.length >= 5 &&
		bytes[0] === 0x25 && // %
		bytes[1] === 0x50 && // P
		bytes[2] === 0x44 && // D
		bytes[3] === 0x46 && // F
		bytes[4] === 0x2d // -
	);
}

/** A text fragment placed on a page, in the page's reading frame: x to the right, y downward. */
export interface PlacedText {
	str: string;
	/** Left end of the fragment's baseline. */
	x: number;
	/** Baseline, growing down the page. */
	y: number;
	/** Advance width along the baseline. */
	width: number;
	/** Font size (height of the text em). */
	size: number;
	/** pdf.js says a line ends after this fragment. */
	hasEOL: boolean;
}

/** A line of a page: its text, and where it stands. */
export interface PdfLine {
	text: string;
	/** Baseline and font size of the line's main (largest) text. */
	y: number;
	size: number;
	/** Right end of the last fragment. */
	end: number;
}

// A fragment is on the current line when its baseline is within half an em of the line's: a
// superscript footnote mark (raised about a third of an em) stays on its line.
const SAME_LINE = 0.5;
// A gap wider than this (in ems) between two fragments is a word space; narrower, they touch.
const WORD_GAP = 0.15;

/**
 * Group one page's fragments (in the order the page draws them) into lines. A new line starts
 * where pdf.js marked the end of one (hasEOL), where the baseline moves more than half an em, or
 * where the text jumps back left on the same baseline (overprinting, a second column).
 * Fragments on one line are joined with a space where there is a gap, without one where they
 * touch; runs of white space become one space.
 */
export function groupLines(items: PlacedText[]): PdfLine[] {
	const lines: PdfLine[] = [];
	const finish = (done: PdfLine | null) => {
		if (!done) return;
		done.text = done.text.replace(/[ \t\u00A0]+/g, ' ').trim();
		if (done.text) lines.push(done);
	};
	let line: PdfLine | null = null;
	for (const item of items) {
		const blank = !/\S/.test(item.str);
		// White space starts no line; it only separates words within one.
		if (item.str && (line || !blank)) {
			const size: number = item.size > 0 ? item.size : line ? line.size : 1;
			const em = Math.max(size, line ? line.size : 0);
			if (line && Math.abs(item.y - line.y) <= SAME_LINE * em && item.x >= line.end - em) {
				const gap = item.x - line.end;
				const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
				const space = !spaced && gap > WORD_GAP * Math.min(size, line.size) ? ' ' : '';
				line.text += space + item.str;
				line.end = Math.max(line.end, item.x + item.width);
				// The baseline of a line is that of its main text, not of a raised footnote mark.
				if (!blank && size > line.size) {
					line.y = item.y;
					line.size = size;
				}
			} else {
				finish(line);
				line = blank ? null : { text: item.str, y: item.y, size, end: item.x + item.width };
			}
		}
		if (item.hasEOL) {
			finish(line);
			line = null;
		}
	}
	finish(line);
	return lines;
}

/** The line spacing of the document, as a multiple of the font size: its usual value. */
function usualSpacing(pages: PdfLine[][]): number {
	const ratios: number[] = [];
	for (const lines of pages) {
		for (let i = 1; i < lines.length; i++) {
			const r = (lines[i]!.y - lines[i - 1]!.y) / lines[i - 1]!.size;
			if (r >= 0.8 && r <= 3) ratios.push(r);
		}
	}
	if (ratios.length < 3) return 1.2;
	ratios.sort((a, b) => a - b);
	// The lower quartile: most neighbouring lines are set at the usual spacing, and the rest are
	// further apart (paragraph and section gaps), never closer.
	return ratios[Math.floor(ratios.length / 4)]!;
}

/**
 * Blank lines between two neighbouring lines of a page, as a text layout tool would print them:
 * none for the usual spacing, one for a paragraph gap, two or more for a gap of several lines.
 * When the text jumps up the page (a second column, a footer drawn before the body) it gets two,
 * a page-break-like break that the paragraph reader joins across when the text is unfinished.
 */
function blanksBetween(a: PdfLine, b: PdfLine, spacing: number): number {
	const dy = b.y - a.y;
	if (dy < -a.size) return 2;
	const steps = dy / (spacing * a.size);
	if (steps < 1.3) return 0;
	return Math.min(3, Math.max(1, Math.round(steps) - 1));
}

/** Text of a page's lines, with blank lines for the vertical room between them. */
function pageText(lines: PdfLine[], spacing: number): string {
	const out: string[] = [];
	lines.forEach((line, i) => {
		if (i > 0) for (let n = blanksBetween(lines[i - 1]!, line, spacing); n > 0; n--) out.push('');
		out.push(line.text);
	});
	return out.join('\n');
}

// 2×3 affine matrices as pdf.js writes them: [a, b, c, d, e, f].
type Matrix = number[];
const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0]! * n[0]! + m[2]! * n[1]!,
	m[1]! * n[0]! + m[3]! * n[1]!,
	m[0]! * n[2]! + m[2]! * n[3]!,
	m[1]! * n[2]! + m[3]! * n[3]!,
	m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
	m[1]! * n[4]! + m[3]! * n[5]! + m[5]!
];

/**
 * Place a page's text items in its reading frame. Coordinates are taken on the page as shown
 * (its /Rotate applied, y down), then turned so that the page's main text direction runs left to
 * right. Text set at another angle (the rotated colophon in the margin of a Kamerstuk, a stamp)
 * is left out: put among the body lines it would cut paragraphs apart.
 */
function placeItems(items: (TextItem | TextMarkedContent)[], view: Matrix): PlacedText[] {
	const placed: (PlacedText & { quarter: number })[] = [];
	const weight = [0, 0, 0, 0];
	for (const item of items) {
		if (!('str' in item)) continue;
		const m = multiply(view, item.transform as Matrix);
		const angle = Math.atan2(m[1]!, m[0]!);
		const turns = angle / (Math.PI / 2);
		const quarter = Math.round(turns);
		// Skewed text (not a multiple of 90°) is no part of any line.
		if (Math.abs(turns - quarter) > 0.06) continue;
		const q = ((quarter % 4) + 4) % 4;
		const cos = [1, 0, -1, 0][q]!;
		const sin = [0, 1, 0, -1][q]!;
		// Turn the point by -angle, so the text's direction becomes +x (y stays downward).
		const x = m[4]! * cos + m[5]! * sin;
		const y = -m[4]! * sin + m[5]! * cos;
		weight[q] = weight[q]! + item.str.replace(/\s/g, '').length;
		placed.push({
			str: item.str,
			x,
			y,
			width: Math.abs(item.width),
			size: Math.hypot(m[2]!, m[3]!),
			hasEOL: item.hasEOL,
			quarter: q
		});
	}
	const main = weight.indexOf(Math.max(...weight));
	return placed.filter((p) => p.quarter === main);
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (it is large). Its worker's message handler is loaded into this
 * thread first: pdf.js then runs its "fake worker" on it directly, in Node as in a bundle, instead
 * of spawning a Worker or importing "./pdf.worker.mjs" from wherever the bundler left pdf.mjs.
 */
function loadPdfJs(): Promise<PdfJs> {
	pdfjsLoaded ??= (async () => {
		// @ts-expect-error pdf.worker.mjs ships no type declarations; importing it sets globalThis.pdfjsWorker
		await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
		return import('pdfjs-dist/legacy/build/pdf.mjs');
	})();
	return pdfjsLoaded;
}

/** pdf.js's exceptions carry their kind in `name` (they cross the worker boundary as plain data). */
function refusal(e: unknown, file: string | null, where = ''): DocumentError {
	const err = e as { name?: string; message?: string; code?: number };
	if (err?.name === 'PasswordException') {
		return new DocumentError(
			err.code === 2
				? 'encrypted PDF: the password is wrong, so its text cannot be read'
				: 'encrypted PDF: it needs a password to open, so its text cannot be read (save an unprotected copy)',
			file
		);
	}
	const detail = (err?.message ?? String(e)).replace(/\.$/, '');
	return new DocumentError(`broken PDF: ${where}pdf.js cannot read it (${detail})`, file);
}

/**
 * The text of a PDF, line by line (see the top of this file). Refuses with a DocumentError what
 * holds no text to read: a scan without a text layer ("scanned PDF: no text to read …"), an
 * encrypted PDF that needs a password, a truncated or otherwise broken file.
 */
export async function readPdfText(bytes: Uint8Array, file: string | null = null): Promise<string> {
	if (bytes.length === 0)
		throw new DocumentError('the file is empty: there is no document to read', file);
	if (!looksLikePdf(bytes))
		throw new DocumentError('not a PDF: the file does not start with "%PDF-"', file);
	// Every PDF ends with "%%EOF" (readers allow it within the last 1024 bytes). A file cut short
	// may still half open, and then quietly lack its last pages: refuse it outright.
	const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
	if (!tail.includes('%%EOF')) {
		throw new DocumentError(
			'truncated PDF: it does not end with "%%EOF", so it was cut short (an interrupted download or copy?)',
			file
		);
	}

	const pdfjs = await loadPdfJs();
	const task = pdfjs.getDocument({
		// A copy: pdf.js may take over (detach) the buffer it is given.
		data: new Uint8Array(bytes),
		// No font programs turned into code, no font faces, no system fonts: text only.
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		useWorkerFetch: false,
		// By default pdf.js skips what it cannot parse (a damaged content stream, an unloadable
		// font) and returns the rest: a motion could then be missing without a word. Refuse instead.
		stopAtErrors: true,
		verbosity: pdfjs.VerbosityLevel.ERRORS
	});
	try {
		let doc;
		try {
			doc = await task.promise;
		} catch (e) {
			throw refusal(e, file);
		}
		const pages: PdfLine[][] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			try {
				const page = await doc.getPage(n);
				const view = page.getViewport({ scale: 1 }).transform as Matrix;
				const content = await page.getTextContent();
				pages.push(groupLines(placeItems(content.items, view)));
				page.cleanup();
			} catch (e) {
				throw refusal(e, file, `page ${n} of ${doc.numPages}: `);
			}
		}
		if (pages.every((lines) => lines.length === 0)) {
			throw new DocumentError(
				`scanned PDF: no text to read (${doc.numPages === 1 ? 'its one page has' : `none of its ${doc.numPages} pages has`} a text layer, as in a scan; run OCR on it first)`,
				file
			);
		}
		const spacing = usualSpacing(pages);
		return (
			pages
				.filter((lines) => lines.length > 0)
				.map((lines) => pageText(lines, spacing))
				// Two blank lines between pages: a page break to the paragraph reader.
				.join('\n\n\n') + '\n'
		);
	} finally {
		await task.destroy();
	}
}
