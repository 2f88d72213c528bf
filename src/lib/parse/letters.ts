// The cabinet's documents: which kind a text is, who signed it, and in a written consultation
// which fraction asked each question.
import { surnameOf } from './names';
import { signatoryPost } from './resolve';
import { CONSULTATION_HEADING, QUESTION_LINE, SIGNATURE_ROLE } from './vocabulary';
import type { CabinetRecord, ConsultationQuestion, DocumentKind, Signatory } from './types';

/** Guess the kind of a document from its text; the manifest or the caller may say otherwise. */
export function detectKind(lines: string[]): DocumentKind {
	const head = lines.slice(0, 400).join('\n');
	if (/^De voorzitter:\s*$/m.test(head) || /^Aan de orde is /m.test(head)) return 'debate';
	// A consultation has the fractions' headings at a line start, or a "Schriftelijk overleg" heading;
	// a letter that mentions "het schriftelijk overleg" in a sentence is still a letter.
	if (
		new RegExp(String.raw`^\s*${CONSULTATION_HEADING.source}`, 'im').test(head) ||
		/^\s*verslag van (?:een|het) schriftelijk overleg\b[^.\n]{0,120}$/im.test(head) ||
		/^\s*(?:Schriftelijk overleg|SCHRIFTELIJK OVERLEG)\b[^.\n]{0,120}$/m.test(head)
	)
		return 'consultation';
	if (/^\s*Vraag \d+/m.test(head) && /^\s*Antwoord\b/m.test(head)) return 'answers';
	return 'letter';
}

/** A title that can be read from the text itself, when there is one. */
export function readTitle(lines: string[], kind: DocumentKind): string | null {
	const text = lines.slice(0, 40).join('\n');
	if (kind === 'answers') {
		const m = /(Antwoord(?:en)? van de .+? op vragen van .+?)(?:\n\s*\n)/s.exec(text);
		if (m) return m[1]!.replace(/\s+/g, ' ').trim();
		const q = /schriftelijke vragen gesteld door (.+?)\. /s.exec(text.replace(/\s+/g, ' '));
		if (q) return `Antwoorden op schriftelijke vragen van ${q[1]}`;
	}
	if (kind === 'consultation') {
		const m = /kennisgenomen van (?:de |het )?(.+?)\./s.exec(text.replace(/\s+/g, ' '));
		if (m) return `Schriftelijk overleg over ${m[1]!.trim()}`;
	}
	return null;
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
		const head = CONSULTATION_HEADING.exec(line);
		if (head) {
			fraction = head[1]!.trim();
			return;
		}
		// "Vraag 8" on its own line, or "Vraag 18. De leden van de PVV-fractie vragen …".
		const q = QUESTION_LINE.exec(line);
		if (q && fraction) out.push({ number: Number(q[1]), fraction, line: i + 1 });
	});
	return out;
}
