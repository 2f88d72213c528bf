// Motion references in the cabinet's letters and answers: "Motie 36045-191", "de motie Boswijk
// (Kamerstuk 21 501-02, nr. 2962)", "de motie Timmermans-Yeşilgöz³" with the id in footnote 3.
// Only a reference the text calls a motion is a motion; other Kamerstukken are kept apart.
import { lineAt, paragraphs, sentences, type Paragraph } from './text';
import { MemberIndex, tidyName } from './names';
import { normaliseDossier, splitNames } from './motions';
import { canonicalMember } from './resolve';
import {
	DOCUMENT_NOUNS,
	DOSSIER_NUMBER as DOSSIER,
	MENTION_ADDRESS,
	MOTION_NOUNS,
	NAME_PREFIX,
	SURNAME
} from './vocabulary';
import type { KamerstukReference, MotionReference, UnresolvedReference } from './types';
import { checkTime } from './watchdog';

/** Kamerstuk ids in their written forms, with where they stand. */
export function findKamerstukIds(text: string): {
	id: string;
	dossier: string;
	number: number;
	at: number;
	end: number;
	calledMotion: boolean;
}[] {
	const out: ReturnType<typeof findKamerstukIds> = [];
	const patterns: [RegExp, boolean][] = [
		// Kamerstuk 21 501-02, nr. 2962 · Kamerstukken II 2025-2026 30821 nr. 321 · Kamerstuk 36600 V, nr. 63
		// · Kamerstukken II 2024/25, 36600-V, nr. 14 · Kamerstukken II, 2024/2025, 36 600 V, nr. 12
		[
			new RegExp(
				String.raw`\bKamerstuk(?:ken)?(?:\s+I{1,2})?(?:\s*,?\s+\d{4}\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?\s*,?\s+(${DOSSIER})\s*,?\s*(?:nr\.?|nummer)\s*(\d+)`,
				'giu'
			),
			false
		],
		// Motie 36045-191 · Motie 21501-02-3047
		[/\b[Mm]oties?\s+(\d{5}(?:-(?:\d{2}|[IVXLC]{1,5}))?)-(\d{1,4})\b/gu, true],
		// (36045, nr. 216) as in vote records
		[new RegExp(String.raw`\((${DOSSIER}),\s*nr\.\s*(\d+)\)`, 'gu'), false]
	];
	for (const [re, calledMotion] of patterns) {
		for (const m of text.matchAll(re)) {
			// "(36045, nr. 216)": the id stands inside the parentheses, like "(Kamerstuk …)".
			const inParens = m[0].startsWith('(');
			const at = (m.index ?? 0) + (inParens ? 1 : 0);
			const length = m[0].length - (inParens ? 2 : 0);
			if (out.some((o) => at < o.end && at + length > o.at)) continue;
			const dossier = normaliseDossier(m[1]!);
			const number = Number(m[2]);
			out.push({
				id: `${dossier}-${number}`,
				dossier,
				number,
				at,
				end: at + length,
				calledMotion
			});
		}
	}
	return out.sort((a, b) => a.at - b.at);
}

/** Nouns that say what kind of document a Kamerstuk reference is. */
const DOC_NOUN = new RegExp(
	String.raw`\b(${[...MOTION_NOUNS].sort((a, b) => b.length - a.length).join('|')}|motie-\p{Lu}[\p{L}-]*|${DOCUMENT_NOUNS.join('|')})\b`,
	'giu'
);

function lastDocNoun(window: string): { noun: string; at: number } | null {
	let last: { noun: string; at: number } | null = null;
	for (const m of window.matchAll(DOC_NOUN)) last = { noun: m[1]!.toLowerCase(), at: m.index ?? 0 };
	return last;
}

const isMotionNoun = (noun: string) =>
	noun.startsWith('motie-') || (MOTION_NOUNS as readonly string[]).includes(noun);

/** Footnotes at the end of a document: "3 Kamerstuk 36 045, nr. 191." */
export interface Footnote {
	text: string;
	line: number;
	lines: number[];
}

export function readFootnotes(lines: string[]): Map<number, Footnote> {
	const notes = new Map<number, Footnote>();
	// Whether a marker for footnote n stands in the text, per n (at most 99 of them): asked of
	// every line that looks like a footnote, each answer reads all lines.
	const markers = new Map<number, boolean>();
	const markerFor = (n: number) => {
		let found = markers.get(n);
		if (found === undefined) markers.set(n, (found = hasMarker(lines, n)));
		return found;
	};
	let current: (Footnote & { n: number }) | null = null;
	for (let i = 0; i < lines.length; i++) {
		checkTime('reading the footnotes');
		const t = lines[i]!.trim();
		const m = /^(\d{1,2})\s+(\S.*)$/.exec(t);
		// A footnote block stands apart at the foot of a page: after a blank line or another footnote.
		const apart = i === 0 || !lines[i - 1]!.trim() || current !== null;
		if (
			m &&
			apart &&
			/\p{L}/u.test(m[2]!) &&
			(!current || Number(m[1]) > current.n) &&
			looksLikeFootnote(Number(m[1]), m[2]!, markerFor)
		) {
			current = { n: Number(m[1]), text: m[2]!, line: i + 1, lines: [i + 1] };
			notes.set(current.n, current);
		} else if (current && t && !/^\d+$/.test(t)) {
			current.text += ' ' + t;
			current.lines.push(i + 1);
		} else if (!t) {
			current = null;
		}
	}
	return notes;
}

/** A footnote cites something, or a marker for it sticks to a word in the text ("Yeşilgöz3,"). */
function looksLikeFootnote(n: number, text: string, markerFor: (n: number) => boolean): boolean {
	if (
		/Kamerstuk|Handelingen|https?:|Verzonden|Aanhangsel|Staatscourant|Stcrt|Bijlage|nr\.\s*\d/i.test(
			text
		)
	)
		return true;
	return markerFor(n);
}

/** The marker sticks to a word or to the punctuation after it: "Yeşilgöz3," or "planningsproces.1 ". */
function hasMarker(lines: string[], n: number): boolean {
	const marker = new RegExp(String.raw`(?:\p{Ll}|\p{Ll}[.,;:)’”])${n}(?=[\s,.;:)]|$)`, 'u');
	return lines.some((l) => marker.test(l));
}

/** The most text a reference keeps of its sentence, in characters (besides the words it cites). */
export const SENTENCE_WINDOW = 300;

/**
 * The sentence around a reference, bounded. A list or a table has no full stops: its "sentence" is
 * the whole paragraph, and kept whole once per reference it grows with the square of the list. The
 * window keeps the cited words and the text either side, cut at a word, marked "…" where cut.
 */
export function sentenceWindow(
	sentence: { text: string; at: number },
	from: number,
	to: number,
	width = SENTENCE_WINDOW
): string {
	const text = sentence.text;
	if (text.length <= width) return text;
	const a = Math.max(0, Math.min(text.length, from - sentence.at));
	const b = Math.max(a, Math.min(text.length, to - sentence.at));
	const cited = Math.min(b - a, width);
	let start = Math.max(0, a - Math.floor((width - cited) / 3));
	const end = Math.min(text.length, Math.max(start + width, a + cited));
	start = Math.max(0, Math.min(start, end - width));
	let piece = text.slice(start, end);
	// Cut at a word: drop the broken word at either end (when a space is near).
	if (start > 0) {
		const space = piece.indexOf(' ');
		if (space >= 0 && space < 20 && start + space < a) piece = piece.slice(space + 1);
	}
	if (end < text.length) {
		const space = piece.lastIndexOf(' ');
		if (space > piece.length - 20 && end - (piece.length - space) > b)
			piece = piece.slice(0, space);
	}
	return `${start > 0 ? '… ' : ''}${piece.trim()}${end < text.length ? ' …' : ''}`;
}

export interface ReferenceResult {
	references: MotionReference[];
	unresolved: UnresolvedReference[];
	kamerstukken: KamerstukReference[];
}

/** The names a motion is cited by ("Timmermans en Yesilgöz-Zegerius", "Timmermans-Yeşilgöz"). */
function citedSigners(text: string, members: MemberIndex): string[] {
	const names = splitNames(
		text.replace(new RegExp(String.raw`\bvan\s+(?:${MENTION_ADDRESS}\s+)?`, 'g'), '')
	);
	const out: string[] = [];
	for (const name of names) {
		const whole = canonicalMember(name, members);
		if (whole) {
			out.push(whole);
			continue;
		}
		// "Timmermans-Yeşilgöz": two members joined by a hyphen, not a double surname.
		const parts = name
			.split('-')
			.map((p) => p.trim())
			.filter(Boolean);
		if (parts.length > 1 && parts.every((p) => canonicalMember(p, members))) {
			for (const p of parts) out.push(canonicalMember(p, members)!);
		} else {
			out.push(tidyName(name));
		}
	}
	return out;
}

/** "de motie", "de gewijzigde motie van het lid", "moties van de leden": what stands before the names. */
const ADDRESSED = String.raw`(?:van\s+${MENTION_ADDRESS}\s+)?`;
const MOTION_BY = new RegExp(
	String.raw`^(?:de\s+)?(?:gewijzigde\s+)?moties?[-\s]*${ADDRESSED}`,
	'i'
);

// A name here starts with its capital ("motie Boswijk", not "motie van de Kamer").
const NAMES = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+${SURNAME})*`;
const NAME_LIST = String.raw`${NAMES}(?:\s*(?:,|\ben\b)\s*${NAME_PREFIX}*${NAMES})*(?:\s+c\.s\.)?`;

/** Read every motion reference and every other Kamerstuk reference in a letter-like document. */
export function findReferences(lines: string[], members: MemberIndex): ReferenceResult {
	const footnotes = readFootnotes(lines);
	const footnoteLines = new Set([...footnotes.values()].flatMap((f) => f.lines));
	const paras = paragraphs(lines.map((l, i) => (footnoteLines.has(i + 1) ? '' : l)));
	const result: ReferenceResult = { references: [], unresolved: [], kamerstukken: [] };
	const claimedFootnotes = new Set<number>();

	for (const para of paras) {
		checkTime('finding the references');
		scanParagraph(para, members, footnotes, claimedFootnotes, result);
	}

	// Footnotes not claimed by a motion marker are Kamerstukken like any other.
	for (const [n, note] of footnotes) {
		if (claimedFootnotes.has(n)) continue;
		for (const k of findKamerstukIds(note.text)) {
			result.kamerstukken.push({
				id: k.id,
				asWritten: note.text.slice(k.at, k.end),
				line: note.line
			});
		}
	}
	return result;
}

function scanParagraph(
	para: Paragraph,
	members: MemberIndex,
	footnotes: Map<number, Footnote>,
	claimed: Set<number>,
	result: ReferenceResult
) {
	const text = para.text;
	const ids = findKamerstukIds(text);
	const sents = sentences(text);
	// The last sentence starting at or before `at`, by bisection (sentences are in order).
	const sentenceAt = (at: number) => {
		let lo = 0;
		let hi = sents.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (sents[mid]!.at > at) hi = mid;
			else lo = mid + 1;
		}
		return sents[lo - 1] ?? { text, at: 0 };
	};
	let prevEnd = 0;
	const covered: [number, number][] = [];

	for (const k of ids) {
		const sentence = sentenceAt(k.at);
		const windowStart = Math.max(sentence.at, prevEnd);
		const window = text.slice(windowStart, k.at);
		const noun = lastDocNoun(window);
		const open = window.lastIndexOf('(');
		const insideParens = open >= 0 && !window.slice(open).includes(')');
		let isMotion = k.calledMotion;
		let phraseStart = windowStart + (insideParens ? open : 0);
		if (!isMotion && noun && isMotionNoun(noun.noun)) isMotion = true;
		if (insideParens) {
			// The motion is named before the parenthesis: "de motie Boswijk (Kamerstuk …)".
			const before = text.slice(windowStart, windowStart + open);
			const nounBefore = lastDocNoun(before);
			if (nounBefore && isMotionNoun(nounBefore.noun)) {
				isMotion = true;
				phraseStart = windowStart + nounBefore.at;
				if (/\bde\s+$/.test(text.slice(Math.max(0, phraseStart - 3), phraseStart)))
					phraseStart -= 3;
			} else if (isMotion && prevEnd > 0) {
				// "… (Motie 36045-191) en Paternotte en Van Campen (Motie 21501-02-3047)".
				const lead = /^[\s,;]*(?:en|of)?\s*/.exec(before)![0].length;
				phraseStart = windowStart + lead;
			}
		}
		const close = insideParens ? text.indexOf(')', k.end) : -1;
		const phraseEnd = close >= 0 && close - k.end < 80 ? close + 1 : k.end;
		const asWritten = text.slice(phraseStart, phraseEnd).trim();
		const line = lineAt(para, k.at);
		if (isMotion) {
			const named = text.slice(phraseStart, windowStart + (insideParens ? open : 0));
			const nameText = named.replace(MOTION_BY, '').trim();
			result.references.push({
				motion: k.id,
				asWritten,
				line,
				dossier: k.dossier,
				number: k.number,
				signers: nameText && /^\p{Lu}/u.test(nameText) ? citedSigners(nameText, members) : [],
				via: 'id',
				sentence: sentenceWindow(sentence, phraseStart, phraseEnd)
			});
		} else {
			result.kamerstukken.push({ id: k.id, asWritten: text.slice(k.at, k.end), line });
		}
		covered.push([phraseStart, phraseEnd]);
		prevEnd = phraseEnd;
	}

	// Motions cited by name only: "de motie Boswijk", "de motie Timmermans-Yeşilgöz³".
	const byName = new RegExp(
		String.raw`\b(?:de\s+)?(?:gewijzigde\s+)?moties?[-\s]${ADDRESSED}(${NAME_LIST})(\d{1,2})?(?=[\s,.;:)]|$)`,
		'gu'
	);
	for (const m of text.matchAll(byName)) {
		const at = m.index ?? 0;
		if (covered.some(([a, b]) => at < b && at + m[0].length > a)) continue;
		// An id follows in parentheses: handled above. Parentheses without an id read keep the name.
		const paren = /^\s*\(/.exec(text.slice(at + m[0].length));
		if (paren) {
			const open = at + m[0].length + paren[0].length - 1;
			const close = text.indexOf(')', open);
			const end = close < 0 ? text.length : close;
			if (ids.some((k) => k.at > open && k.at < end)) continue;
		}
		const names = m[1]!.trim();
		if (/^(?:Kamerstuk|Motie)\b/.test(names)) continue;
		const marker = m[2] ? Number(m[2]) : null;
		const sentence = sentenceAt(at);
		const line = lineAt(para, at);
		const signers = citedSigners(names, members);
		const note = marker !== null ? footnotes.get(marker) : undefined;
		const noteIds = note ? findKamerstukIds(note.text) : [];
		if (note && noteIds.length === 1) {
			const k = noteIds[0]!;
			claimed.add(marker!);
			const written = m[0].replace(/\d{1,2}$/, '').trim();
			result.references.push({
				motion: k.id,
				asWritten: `${written} (footnote ${marker}: ${note.text.trim()})`,
				line,
				dossier: k.dossier,
				number: k.number,
				signers,
				via: 'footnote',
				sentence: sentenceWindow(sentence, at, at + m[0].length)
			});
		} else if (signers.length) {
			result.unresolved.push({
				asWritten: m[0].trim(),
				line,
				signers,
				sentence: sentenceWindow(sentence, at, at + m[0].length)
			});
		}
	}
	result.references.sort((a, b) => a.line - b.line);
}
