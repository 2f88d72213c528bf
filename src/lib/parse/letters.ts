// The cabinet's documents: which kind a text is, who signed it, and in a written consultation
// which fraction asked each question.
import { surnameOf } from './names';
import { signatoryPost } from './resolve';
import { CONSULTATION_HEADING, QUESTION_LINE, SIGNATURE_ROLE } from './vocabulary';
import type { CabinetRecord, ConsultationQuestion, DocumentKind, Signatory } from './types';

const INDENT = String.raw`[^\S\n\r\u2028\u2029]*`;

/** Guess the kind of a document from its text; the manifest or the caller may say otherwise. */
export function detectKind(lines: string[]): DocumentKind {
	const head = lines.slice(0, 400).join('\n');
	if (/^De voorzitter:\s*$/m.test(head) || /^Aan de orde is /m.test(head)) return 'debate';
	// Indentation is white space within the line ([^\S\n\r\u2028\u2029], not \s): the same lines
	// match, but a \s* from every line start over a long run of blank lines is quadratic.
	// A consultation has the fractions' headings at a line start, or a "Schriftelijk overleg" heading;
	// a letter that mentions "het schriftelijk overleg" in a sentence is still a letter.
	if (
		new RegExp(String.raw`^${INDENT}${CONSULTATION_HEADING.source}`, 'im').test(head) ||
		new RegExp(
			String.raw`^${INDENT}verslag van (?:een|het) schriftelijk overleg\b[^.\n]{0,120}$`,
			'im'
		).test(head) ||
		new RegExp(
			String.raw`^${INDENT}(?:Schriftelijk overleg|SCHRIFTELIJK OVERLEG)\b[^.\n]{0,120}$`,
			'm'
		).test(head)
	)
		return 'consultation';
	if (
		new RegExp(String.raw`^${INDENT}Vraag \d+`, 'm').test(head) &&
		new RegExp(String.raw`^${INDENT}Antwoord\b`, 'm').test(head)
	)
		return 'answers';
	return 'letter';
}

/** A title that can be read from the text itself, when there is one. */
export function readTitle(lines: string[], kind: DocumentKind): string | null {
	const text = lines.slice(0, 40).join('\n');
	if (kind === 'answers') {
		const answers = answersHeading(text);
		if (answers) return answers.replace(/\s+/g, ' ').trim();
		const asked = after(text.replace(/\s+/g, ' '), 'schriftelijke vragen gesteld door ', '. ');
		if (asked) return `Antwoorden op schriftelijke vragen van ${asked}`;
	}
	if (kind === 'consultation') {
		const flat = text.replace(/\s+/g, ' ');
		const lead = 'kennisgenomen van ';
		const at = flat.indexOf(lead);
		if (at >= 0) {
			// /kennisgenomen van (?:de |het )?(.+?)\./: the article is skipped when it stands there.
			const from = at + lead.length;
			const article = /^(?:de |het )/.exec(flat.slice(from, from + 4))?.[0].length ?? 0;
			// Without a full stop after the article and a word, the regex read the article itself.
			const about =
				between(flat, from + article, '.') ?? (article ? between(flat, from, '.') : null);
			if (about !== null) return `Schriftelijk overleg over ${about.trim()}`;
		}
	}
	return null;
}

// The title patterns below are written out by hand: as regular expressions with lazy quantifiers
// (/(Antwoord(?:en)? van de .+? op vragen van .+?)\n\s*\n/s) they backtrack for minutes on a
// head that repeats the opening words without the ending. Only the first opening can match: a
// later one finds no ending that the first would not have found.

/** The text after the first `lead`, up to the first `end` after at least one character. */
function after(text: string, lead: string, end: string): string | null {
	const at = text.indexOf(lead);
	return at < 0 ? null : between(text, at + lead.length, end);
}

/** text[from…] up to the first `end` after at least one character, or null. */
function between(text: string, from: number, end: string): string | null {
	const to = text.indexOf(end, from + 1);
	return to < 0 ? null : text.slice(from, to);
}

/** /(Antwoord(?:en)? van de .+? op vragen van .+?)(?:\n\s*\n)/s, in linear time. */
function answersHeading(text: string): string | null {
	const open = /Antwoord(?:en)? van de /.exec(text);
	if (!open) return null;
	const asked = text.indexOf(' op vragen van ', open.index + open[0].length + 1);
	if (asked < 0) return null;
	const blank = blankLineAt(text, asked + ' op vragen van '.length + 1);
	return blank < 0 ? null : text.slice(open.index, blank);
}

/** The first line break at or after `from` that is followed by a blank line (\n\s*\n), or -1. */
function blankLineAt(text: string, from: number): number {
	for (let at = text.indexOf('\n', from); at >= 0;) {
		let i = at + 1;
		while (i < text.length && text[i] !== '\n' && /\s/.test(text[i]!)) i++;
		if (text[i] === '\n') return at;
		at = text.indexOf('\n', i);
	}
	return -1;
}

/** The signature blocks: "De minister van Buitenlandse Zaken," then "D.M. van Weel". */
export function readSignatories(
	lines: string[],
	cabinet: CabinetRecord[],
	date: string | null
): Signatory[] {
	const out: Signatory[] = [];
	lines.forEach((line, i) => {
		const m = SIGNATURE_ROLE.exec(line);
		if (!m) return;
		let j = i + 1;
		while (j < lines.length && !lines[j]!.trim()) j++;
		const nameLine = lines[j]?.trim() ?? '';
		// A name: two to five words, no sentence punctuation, a capital at the start of the last word.
		if (!/^[\p{Lu}][\p{L}.'’ -]{2,60}$/u.test(nameLine) || nameLine.split(/\s+/).length > 5) return;
		const title = m[1]!.toLowerCase();
		const ministry = m[3] ? m[3].replace(/\s+/g, ' ').trim() : null;
		// "minister voor Buitenlandse Handel en Ontwikkelingshulp" is a minister without portfolio
		// (data/cabinet.csv's convention; postPhrase words it "minister voor …" again).
		const withoutPortfolio = title === 'minister' && m[2]?.toLowerCase() === 'voor';
		const surname = surnameOf(nameLine);
		const post = signatoryPost(cabinet, surname, date);
		out.push({
			name: post?.name ?? surname,
			asWritten: nameLine,
			role: withoutPortfolio ? 'minister zonder portefeuille' : title,
			ministry: ministry ?? (title === 'minister-president' ? 'Algemene Zaken' : null),
			line: j + 1
		});
	});
	return out;
}

/** In a written consultation, the fraction behind each question ("Vragen en opmerkingen van de leden van de D66-fractie"). */
export function readQuestions(lines: string[]): ConsultationQuestion[] {
	const out: ConsultationQuestion[] = [];
	let fraction: string | null = null;
	lines.forEach((line, i) => {
		const head = consultationFraction(line);
		if (head !== null) {
			fraction = head.trim();
			return;
		}
		// "Vraag 8" on its own line, or "Vraag 18. De leden van de PVV-fractie vragen …".
		const q = QUESTION_LINE.exec(line);
		if (q && fraction) out.push({ number: Number(q[1]), fraction, line: i + 1 });
	});
	return out;
}

/**
 * CONSULTATION_HEADING's fraction: /Vragen en opmerkingen van de leden van de (.+?)-fractie/i,
 * in linear time (tried from each opening, the lazy group rescans the line; only the first opening
 * can match, since a later one finds no "-fractie" the first would not).
 */
function consultationFraction(line: string): string | null {
	// The group does not cross a line terminator: a line holding one keeps the pattern itself.
	if (/[\n\r\u2028\u2029]/.test(line)) return CONSULTATION_HEADING.exec(line)?.[1] ?? null;
	const open = CONSULTATION_OPENING.exec(line);
	if (!open) return null;
	const from = open.index + open[0].length;
	CONSULTATION_CLOSE.lastIndex = from + 1;
	const close = CONSULTATION_CLOSE.exec(line);
	return close ? line.slice(from, close.index) : null;
}

const CONSULTATION_OPENING = /Vragen en opmerkingen van de leden van de /i;
const CONSULTATION_CLOSE = /-fractie/gi;
