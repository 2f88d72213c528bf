// A document's text as HTML, one window of lines at a time: a 50 MB transcript is a million lines,
// and a page holds five hundred. Rendered here on the server and sent once — in the page's HTML
// (hooks.server.ts puts it in place), or as a fragment a client-side navigation fetches — never
// again as page data.
import type { Db } from './db';
import { verdictColour, verdictLabel } from '../verdicts';
import { citedMotions, lineBlocks, type CitedMotion, type LineBlock } from './queries/documents';
import { bodyBytes } from './document-body';
import { locateReference, marksOf, type ReferenceMark } from './reference-span';

/** Lines a window holds. */
export const WINDOW_LINES = 500;
/** Lines shown before a cited line, for its context. */
const CONTEXT_BEFORE = 100;

export interface LineWindow {
	from: number;
	to: number;
	/** The page (of WINDOW_LINES) the window starts on; a window around a line may span two. */
	page: number;
	pages: number;
	lineCount: number;
	/** The pages before and after the window, if any (for ?pagina=). */
	prev: number | null;
	next: number | null;
}

/** The window around a cited line, or the page asked for, within 1 … lineCount. */
export function lineWindow(
	lineCount: number,
	at: { line?: number | null; page?: number | null }
): LineWindow {
	const last = Math.max(1, lineCount);
	const pages = Math.ceil(last / WINDOW_LINES);
	let from: number;
	if (at.line != null) {
		const line = Math.min(Math.max(1, at.line), last);
		from = Math.max(1, Math.min(line - CONTEXT_BEFORE, last - WINDOW_LINES + 1));
	} else {
		const page = Math.min(Math.max(1, at.page ?? 1), pages);
		from = (page - 1) * WINDOW_LINES + 1;
	}
	const to = Math.min(last, from + WINDOW_LINES - 1);
	return {
		from,
		to,
		page: Math.ceil(from / WINDOW_LINES),
		pages,
		lineCount: last,
		prev: from > 1 ? Math.ceil((from - 1) / WINDOW_LINES) : null,
		next: to < last ? Math.ceil((to + 1) / WINDOW_LINES) : null
	};
}

/**
 * Lines from … to of a body (1-based, inclusive), found by one scan up to the last of them, never a
 * split of the whole text. Line ends as the import counts them: \r\n, \r or \n.
 */
export function linesOf(body: string, from: number, to: number): string[] {
	const out: string[] = [];
	let line = 1;
	let start = 0;
	for (let i = 0; i <= body.length && line <= to; i++) {
		const c = i < body.length ? body.charCodeAt(i) : -1;
		if (c === 10 || c === 13 || c === -1) {
			if (line >= from) out.push(body.slice(start, i));
			if (c === 13 && body.charCodeAt(i + 1) === 10) i++;
			line++;
			start = i + 1;
		}
	}
	return out;
}

/** A window's lines, with the lines either side that a reference wrapping over them needs. */
export interface WindowText {
	/** The first line of `lines`. */
	first: number;
	lines: string[];
}

/**
 * Lines from … to of a text's bytes: line ends are found by memchr (Buffer.indexOf) and only the
 * lines asked for are decoded.
 */
export function linesOfBytes(bytes: Buffer, from: number, to: number): string[] {
	// Bodies are stored with \n line ends (joinLines); one with \r goes the way of the string.
	if (bytes.indexOf(13) >= 0) return linesOf(bytes.toString('utf8'), from, to);
	let start = 0;
	for (let line = 1; line < from; line++) {
		const nl = bytes.indexOf(10, start);
		if (nl < 0) return [];
		start = nl + 1;
	}
	let end = start;
	for (let line = from; line <= to; line++) {
		const nl = bytes.indexOf(10, end);
		if (nl < 0) {
			end = bytes.length;
			break;
		}
		end = line === to ? nl : nl + 1;
	}
	return bytes.toString('utf8', start, end).split('\n');
}

/**
 * The lines from … to (and two either side), from the pieces of the text that hold them: a window of
 * a 50 MB transcript reads one or two pieces of a few hundred kilobytes, never the whole text.
 */
export function windowText(db: Db, id: number, from: number, to: number): WindowText | null {
	const first = Math.max(1, from - 2);
	const stored = bodyBytes(db.$client, id, first, to + 2);
	if (!stored) return null;
	const offset = stored.firstLine - 1;
	return { first, lines: linesOfBytes(stored.bytes, first - offset, to + 2 - offset) };
}

const escape = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const refTitle = (r: CitedMotion) =>
	r.motionId
		? `Motie ${r.motionId}${r.status === 'cited' ? ' (nog niet geladen)' : ''}`
		: `Niet herleid: „${r.asWritten}” wijst niet naar een bekende motie`;

function refHtml(r: CitedMotion | undefined, text: string): string {
	if (!r) return escape(text);
	const title = escape(refTitle(r));
	if (!r.motionId) return `<mark class="ref unresolved" title="${title}">${escape(text)}</mark>`;
	const cls = r.status === 'cited' ? 'ref cited' : 'ref';
	return `<a class="${cls}" href="/moties/${escape(r.motionId)}" title="${title}">${escape(text)}</a>`;
}

function noteHtml(b: LineBlock): string {
	const href = `/moties/${escape(b.motionId)}`;
	if (b.kind === 'motion') return `<a class="note" href="${href}">motie ${escape(b.motionId)}</a>`;
	return `<a class="note" href="${href}" style="--c:${verdictColour(b.verdict)}">appreciatie ${escape(
		b.motionId
	)}: ${escape(verdictLabel(b.verdict))}</a>`;
}

function unplacedHtml(r: CitedMotion): string {
	const title = escape(refTitle(r));
	return r.motionId
		? `<a class="note" href="/moties/${escape(r.motionId)}" title="${title}">verwijst naar motie ${escape(r.motionId)}</a>`
		: `<span class="note unresolved" title="${title}">niet herleide motie</span>`;
}

/** Items by line number (a sparse array: most lines have none). */
function byLine<T>(items: T[], line: (item: T) => number): T[][] {
	const lines: T[][] = [];
	for (const item of items) (lines[line(item)] ??= []).push(item);
	return lines;
}

/**
 * Lines from … to as HTML: each line an anchor (#L12), a requested range highlighted, references
 * linked to their motion, the lines of motions and appraisals marked. Everything from the text is
 * escaped. Only the references and blocks of this window are placed.
 */
export function renderWindow(
	db: Db,
	id: number,
	window: { from: number; to: number },
	highlight: { from: number; to: number } | null,
	refs: CitedMotion[] = citedMotions(db, id)
): string | null {
	const text = windowText(db, id, window.from, window.to);
	if (!text) return null;
	const { from } = window;
	const to = Math.min(window.to, text.first + text.lines.length - 1);
	const lineAt = (n: number) => text.lines[n - text.first];
	const view = { first: text.first, lines: text.lines };
	const marks: ReferenceMark[] = [];
	const unplaced: CitedMotion[] = [];
	const overlaps = (m: ReferenceMark) =>
		marks.some((o) => o.line === m.line && o.start < m.end && m.start < o.end);
	const lineLength = (n: number) => lineAt(n)?.length;
	refs.forEach((ref, i) => {
		if (ref.line < from || ref.line > to) return;
		// Found at import; a reference stored before that is looked for in the window's lines.
		const found =
			ref.span === undefined
				? locateReference(view, ref, i)
				: ref.span && marksOf(ref.span, lineLength, i);
		if (found && !found.some(overlaps)) marks.push(...found);
		else unplaced.push(ref);
	});
	marks.sort((a, b) => a.line - b.line || a.start - b.start);
	const blocks = lineBlocks(db, id).filter((b) => b.to >= from && b.from <= to);
	const marksByLine = byLine(marks, (m) => m.line);
	const notesByLine = byLine(blocks, (b) => b.from);
	const unplacedByLine = byLine(unplaced, (r) => r.line);
	// Per line: 1 = part of a motion's text, 2 = part of an appraisal.
	const kinds = new Uint8Array(to - from + 1);
	for (const b of blocks) {
		const bit = b.kind === 'motion' ? 1 : 2;
		for (let n = Math.max(from, b.from); n <= Math.min(to, b.to); n++) kinds[n - from]! |= bit;
	}
	const out: string[] = [];
	for (let n = from; n <= to; n++) {
		const line = lineAt(n) ?? '';
		let cls = 'line';
		if (kinds[n - from]! & 1) cls += ' motion';
		if (kinds[n - from]! & 2) cls += ' appraisal';
		if (highlight && n >= highlight.from && n <= highlight.to) cls += ' hl';
		let body = '';
		let at = 0;
		for (const m of marksByLine[n] ?? []) {
			body += escape(line.slice(at, m.start)) + refHtml(refs[m.ref], line.slice(m.start, m.end));
			at = m.end;
		}
		body += escape(line.slice(at));
		for (const b of notesByLine[n] ?? []) body += noteHtml(b);
		for (const r of unplacedByLine[n] ?? []) body += unplacedHtml(r);
		out.push(
			`<div class="${cls}" id="L${n}"><a class="n" href="#L${n}">${n}</a><span class="t">${body}</span></div>`
		);
	}
	return out.join('');
}
