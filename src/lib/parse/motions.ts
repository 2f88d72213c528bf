// Motions as tabled in a debate: "De Kamer, … en gaat over tot de orde van de dag.", then the chair:
// "Deze motie is voorgesteld door de leden …" and "Zij krijgt nr. 216 (36045)."
import { isSpace, lineAt, sentences, type Paragraph } from './text';
import type { Turn } from './transcript';
import { nameKey, sameSurname, stripAddress, tidyName } from './names';
import { resolveSigner, type SignerContext } from './resolve';
import {
	isSupportFormula,
	CHAIR_LINE_START,
	MOTION_CLOSING,
	MOTION_HEARD,
	MOTION_NUMBER,
	MOTION_NUMBER_AT,
	MOTION_OPENING,
	motionPartKind,
	SIGNERS_AFTER,
	SIGNERS_BEFORE,
	UNSUPPORTED
} from './vocabulary';
import type { Motion, MotionPart, Speaker } from './types';
import { firstSentence, operativeSentence } from '../motion-subject';
import { checkTime } from './watchdog';

// Resolution lives in resolve.ts; these stay importable from here for the modules that use them.
export { resolveSigner, type SignerContext };

export interface FlatParagraph {
	para: Paragraph;
	speaker: Speaker | null;
}

export function flatten(turns: Turn[]): FlatParagraph[] {
	return turns.flatMap((t) => t.paragraphs.map((para) => ({ para, speaker: t.speaker })));
}

/** "36 045" → "36045", "21 501-02" → "21501-02", "36600 V" → "36600-V", "36 600-V" → "36600-V". */
export function normaliseDossier(raw: string): string {
	const t = raw.trim().replace(/\s+/g, ' ');
	const m = /^(\d{2})\s?(\d{3})(?:\s*[-\s]\s*([A-Za-z]{1,5}|\d{1,3}))?$/.exec(t);
	if (!m) return t.replace(/\s+/g, '');
	const base = m[1]! + m[2]!;
	return m[3] ? `${base}-${m[3].toUpperCase()}` : base;
}

/** Split "Timmermans, Dassen, Van Hijum en Ceder" into names. */
export function splitNames(list: string): string[] {
	return list
		.replace(/\s+/g, ' ')
		.replace(/\s*c\.s\.?\s*$/, '')
		.split(/\s*,\s*|\s+en\s+/)
		.map((n) => tidyName(stripAddress(n.replace(/\.$/, ''))))
		.filter(Boolean);
}

/** A Kamerstuk dossier after normalisation: five digits, an optional suffix ("-02", "-V", "-VII"). */
export const isDossier = (dossier: string) => /^\d{5}(?:-(?:\d{1,3}|[A-Z]{1,5}))?$/.test(dossier);

const sameSpeaker = (a: Speaker | null, b: Speaker | null) =>
	a === b || (!!a && !!b && a.kind === b.kind && a.name === b.name && a.party === b.party);

/** Asked of every paragraph: compared as it stands when it has no white space to trim. */
function isOpening(text: string): boolean {
	if (text === MOTION_OPENING) return true;
	if (!text || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1))))
		return false;
	return text.trim() === MOTION_OPENING;
}

/** The first operative sentence, whole (see motion-subject.ts); else the first part's. */
function subjectOf(parts: MotionPart[]): string {
	return operativeSentence(parts) ?? (parts[0] ? firstSentence(parts[0].text) : null) ?? '';
}

/** The chair's lines after a motion, read sentence by sentence. */
interface ChairLines {
	/** The names after "Deze motie is voorgesteld door …", as one list. */
	signers: string | null;
	number: RegExpExecArray | null;
	/** "Naar mij blijkt, wordt de indiening ervan niet voldoende ondersteund." */
	unsupported: boolean;
	/** The last paragraph read (an index into flat) and its last line. */
	last: number;
	endLine: number;
}

/**
 * Read the chair's lines after a motion's closing formula: the signers, the number, and the
 * formulas about its support in between, which are procedure and never a signer.
 */
function readChairLines(flat: FlatParagraph[], from: number): ChairLines {
	const out: ChairLines = {
		signers: null,
		number: null,
		unsupported: false,
		last: from - 1,
		endLine: flat[from - 1]?.para.end ?? 0
	};
	for (let k = from; k < flat.length && k < from + 5; k++) {
		const p = flat[k]!.para;
		if (isOpening(p.text)) break;
		out.last = k;
		out.endLine = p.end;
		for (const s of sentences(p.text)) {
			const signers = SIGNERS_AFTER.exec(s.text);
			if (signers && out.signers === null) out.signers = signers[1]!;
			else if (isSupportFormula(s.text)) out.unsupported ||= UNSUPPORTED.test(s.text);
			const number = MOTION_NUMBER.exec(s.text);
			if (number && !out.number) out.number = number;
		}
		if (out.number) break;
	}
	return out;
}

/**
 * The older Handelingen name the signers before the motion: "Door de leden Van der Ham en
 * Pechtold wordt de volgende motie voorgesteld:", in the chair's paragraph right above "De Kamer,".
 */
function signersAnnouncedBefore(flat: FlatParagraph[], opening: number): string | null {
	for (let k = opening - 1; k >= 0 && k >= opening - 3; k--) {
		const m = SIGNERS_BEFORE.exec(flat[k]!.para.text);
		if (m) return m[1]!;
		if (/\ben gaat over tot de orde van de dag\b/i.test(flat[k]!.para.text)) break;
	}
	return null;
}

/**
 * Every motion tabled in the transcript, in order. Two motions the record gives the same number
 * are both kept, under the same id, with a warning on the second: the reader reports what the
 * text says, and telling them apart is the importer's job.
 */
export function findMotions(flat: FlatParagraph[], ctx: SignerContext): Motion[] {
	const motions: Motion[] = [];
	/** The first motion read under each id (a find per motion grows with the square of the list). */
	const byId = new Map<string, Motion>();
	/** Paragraphs read as a motion's closing lines. */
	const handled = new Set<number>();
	for (let i = 0; i < flat.length; i++) {
		checkTime('finding the motions');
		const start = flat[i]!;
		if (!isOpening(start.para.text)) continue;

		const parts: MotionPart[] = [];
		let j = i + 1;
		let closed = false;
		for (; j < flat.length && !closed; j++) {
			let text = flat[j]!.para.text;
			if (isOpening(text) || CHAIR_LINE_START.test(text)) break;
			// Someone else's words inside the motion (the chair asking for quiet) are no part of it.
			if (!sameSpeaker(flat[j]!.speaker, start.speaker)) continue;
			if (MOTION_CLOSING.test(text)) {
				closed = true;
				text = text.replace(MOTION_CLOSING, '').trim();
				if (!text) continue;
			}
			if (MOTION_HEARD.test(text)) continue;
			const kind = motionPartKind(text);
			const last = parts[parts.length - 1];
			if (kind || !last) parts.push({ kind: kind ?? 'overig', text });
			else last.text += ' ' + text;
		}
		const startLine = start.para.start;
		if (!closed) {
			ctx.warnings.push({
				line: startLine,
				message:
					'A motion starts here ("De Kamer,") but never reaches "en gaat over tot de orde van de dag."'
			});
			continue;
		}
		const chair = readChairLines(flat, j);
		const k = chair.last;
		const endLine = chair.endLine;
		const numberMatch = chair.number;
		if (!numberMatch) {
			ctx.warnings.push({
				line: startLine,
				message:
					'A motion text ends here without the chair\'s "Zij krijgt nr. … (dossier)."; it is left out'
			});
			continue;
		}
		for (let h = j; h <= k && h < flat.length; h++) handled.add(h);
		const numberLine = numberLineIn(flat, j, k) ?? endLine;
		const dossier = normaliseDossier(numberMatch[3]!);
		const number = Number(numberMatch[1]);
		if (!isDossier(dossier)) {
			ctx.warnings.push({
				line: numberLine,
				message: `"${numberMatch[0]}": "${numberMatch[3]!.trim()}" is not a Kamerstuk dossier number; the motion is left out`
			});
			i = k;
			continue;
		}
		const id = `${dossier}-${number}`;
		const earlier = byId.get(id);
		if (earlier) {
			ctx.warnings.push({
				line: startLine,
				message: `Motion ${id} is read twice: first at line ${earlier.lines[0]}, again at line ${startLine}; both are kept under the same id`
			});
		}
		if (chair.unsupported) {
			ctx.warnings.push({
				line: endLine,
				message: `Motion ${id}: the chair says its tabling is not sufficiently supported, so it is no part of the deliberation`
			});
		}
		const signerList = chair.signers ?? signersAnnouncedBefore(flat, i);
		const signers = signerList
			? splitNames(signerList).map((n) => resolveSigner(n, ctx, endLine))
			: [];
		if (!signerList) {
			ctx.warnings.push({
				line: endLine,
				message: `Motion ${id} has no "Deze motie is voorgesteld door …"; its signers are unknown`
			});
		}
		const reader = readerBefore(flat, i);
		if (
			reader &&
			signers[0] &&
			nameKey(reader) !== nameKey(signers[0].name) &&
			!sameSurname(reader, signers[0].name)
		) {
			ctx.warnings.push({
				line: startLine,
				message: `Motion ${id} is read out by ${reader} but its first signer is ${signers[0].name}`
			});
		}
		const body = parts.map((p) => p.text).join('\n\n');
		motions.push({
			id,
			dossier,
			number,
			replaces: numberMatch[2] ? Number(numberMatch[2]) : null,
			signers,
			reader,
			subject: subjectOf(parts),
			parts,
			text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${body}\n\nen gaat over tot de orde van de dag.`,
			lines: [startLine, endLine]
		});
		if (!byId.has(id)) byId.set(id, motions[motions.length - 1]!);
		i = k;
	}
	// "Zij krijgt nr. …" where no motion was read: a motion in a layout not understood.
	flat.forEach(({ para }, index) => {
		if (handled.has(index)) return;
		const m = MOTION_NUMBER_AT.exec(para.text);
		if (!m) return;
		ctx.warnings.push({
			line: lineAt(para, m.index),
			message: `"${para.text.slice(m.index, m.index + 60).trim()}" stands here, but no motion text was read before it; nothing is recorded`
		});
	});
	return motions;
}

/** The line of "Zij krijgt nr." among the closing paragraphs from..to. */
function numberLineIn(flat: FlatParagraph[], from: number, to: number): number | null {
	for (let h = from; h <= to && h < flat.length; h++) {
		const para = flat[h]!.para;
		const at = para.text.search(MOTION_NUMBER_AT);
		if (at >= 0) return lineAt(para, at);
	}
	return null;
}

/** The member whose turn holds the motion: the last member to speak before "De Kamer,". */
function readerBefore(flat: FlatParagraph[], index: number): string | null {
	for (let i = index; i >= 0; i--) {
		const s = flat[i]!.speaker;
		if (s && s.kind === 'member') return s.name;
	}
	return null;
}
