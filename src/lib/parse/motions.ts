// Motions as tabled in a debate: "De Kamer, … en gaat over tot de orde van de dag.", then the chair:
// "Deze motie is voorgesteld door de leden …" and "Zij krijgt nr. 216 (36045)."
import { lineAt, type Paragraph } from './text';
import type { Turn } from './transcript';
import { fractionOn, MemberIndex, nameKey, sameSurname, stripAddress, tidyName } from './names';
import type { Motion, MotionPart, MotionPartKind, ParseWarning, Signer, Speaker } from './types';

export interface FlatParagraph {
	para: Paragraph;
	speaker: Speaker | null;
}

export function flatten(turns: Turn[]): FlatParagraph[] {
	return turns.flatMap((t) => t.paragraphs.map((para) => ({ para, speaker: t.speaker })));
}

const PART_KINDS: [RegExp, MotionPartKind][] = [
	[/^(?:\p{Ll}+ )?constaterende\b/u, 'constaterende'],
	[/^(?:\p{Ll}+ )?overwegende\b/u, 'overwegende'],
	[/^(?:\p{Ll}+ )?van mening\b/u, 'van_mening'],
	[/^(?:\p{Ll}+ )?spreekt\b/u, 'spreekt_uit'],
	[/^(?:\p{Ll}+ )?verzoekt\b/u, 'verzoekt'],
	[/^roept\b/u, 'roept_op'],
	[/^draagt\b/u, 'draagt_op'],
	[/^besluit\b/u, 'besluit'],
	[/^(?:gelet op|nodigt|stelt vast)\b/u, 'overig']
];

const CLOSING = /,?\s*en gaat over tot de orde van de dag\.?\s*$/i;

function partKind(text: string): MotionPartKind | null {
	for (const [re, kind] of PART_KINDS) if (re.test(text)) return kind;
	return null;
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

// The list ends at the full stop before "Zij krijgt" (or at the end), not at an initial ("J. de Vries").
const SIGNERS =
	/Deze motie is voorgesteld door (?:de leden|het lid)\s+(.+?)\.(?=\s*(?:Zij krijgt\b|$))/;
const NUMBER = /Zij krijgt nr\.\s*(\d+)(?:,\s*was nr\.\s*(\d+))?\s*\(([^)]+)\)/;

/** A Kamerstuk dossier after normalisation: five digits, an optional suffix ("-02", "-V", "-VII"). */
export const isDossier = (dossier: string) => /^\d{5}(?:-(?:\d{1,3}|[A-Z]{1,5}))?$/.test(dossier);

const sameSpeaker = (a: Speaker | null, b: Speaker | null) =>
	a === b || (!!a && !!b && a.kind === b.kind && a.name === b.name && a.party === b.party);

/** The chair's closing lines: a motion text that reaches them has lost its closing formula. */
const CHAIR_CLOSING = /^(?:Deze motie is voorgesteld door|Zij krijgt nr\.)/;

export interface SignerContext {
	/** Party per speaker name from the transcript's own labels. */
	labelParty: Map<string, string>;
	members: MemberIndex;
	date: string | null;
	warnings: ParseWarning[];
}

/** Resolve a signer's canonical name and fraction: the transcript's label first, else the registry. */
export function resolveSigner(cited: string, ctx: SignerContext, line: number): Signer {
	let labelName: string | null = null;
	let labelParty: string | null = null;
	for (const [name, party] of ctx.labelParty) {
		if (nameKey(name) === nameKey(cited) || sameSurname(cited, name)) {
			labelName = name;
			labelParty = party;
			break;
		}
	}
	const people = ctx.members.find(cited);
	let registryParty: string | null = null;
	let registryName: string | null = null;
	if (people.length === 1) {
		const on = fractionOn(people[0]!, ctx.date);
		registryParty = on?.fraction ?? null;
		registryName = people[0]![0]!.name;
	}
	const name = labelName ?? registryName ?? cited;
	if (labelParty) {
		if (registryParty && registryParty !== labelParty) {
			ctx.warnings.push({
				line,
				message: `${name}: the transcript labels this member ${labelParty}, the member registry says ${registryParty} on ${ctx.date ?? 'an unknown date'}`
			});
		}
		return { name, party: labelParty, partySource: 'label' };
	}
	if (registryParty) return { name, party: registryParty, partySource: 'registry' };
	ctx.warnings.push({
		line,
		message:
			people.length > 1
				? `${cited}: more than one member has this name in data/members.csv; the fraction is left unknown`
				: `${cited}: not a speaker in this transcript and not in data/members.csv${ctx.date ? ` for ${ctx.date}` : ''}; the fraction is left unknown`
	});
	return { name, party: null, partySource: null };
}

function subjectOf(parts: MotionPart[]): string {
	const dictum = parts.find((p) => p.kind === 'verzoekt' || p.kind === 'spreekt_uit') ?? parts[0];
	if (!dictum) return '';
	const text = dictum.text.replace(/[,;.]$/, '');
	const short = text.length > 140 ? text.slice(0, 140).replace(/\s+\S*$/, '') + ' …' : text;
	return short.charAt(0).toUpperCase() + short.slice(1);
}

/** Every motion tabled in the transcript, in order. */
export function findMotions(flat: FlatParagraph[], ctx: SignerContext): Motion[] {
	const motions: Motion[] = [];
	/** Paragraphs read as a motion's closing lines. */
	const handled = new Set<number>();
	for (let i = 0; i < flat.length; i++) {
		const start = flat[i]!;
		if (!/^De Kamer,$/.test(start.para.text.trim())) continue;

		const parts: MotionPart[] = [];
		let j = i + 1;
		let closed = false;
		for (; j < flat.length && !closed; j++) {
			let text = flat[j]!.para.text;
			if (/^De Kamer,$/.test(text) || CHAIR_CLOSING.test(text)) break;
			// Someone else's words inside the motion (the chair asking for quiet) are no part of it.
			if (!sameSpeaker(flat[j]!.speaker, start.speaker)) continue;
			if (CLOSING.test(text)) {
				closed = true;
				text = text.replace(CLOSING, '').trim();
				if (!text) continue;
			}
			if (/^gehoord de beraadslaging,?$/i.test(text)) continue;
			const kind = partKind(text);
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
		// The chair's closing lines: signers and number, within the next few paragraphs.
		let tail = '';
		let endLine = flat[j - 1]!.para.end;
		let k = j;
		for (; k < flat.length && k < j + 5; k++) {
			const p = flat[k]!.para;
			if (/^De Kamer,$/.test(p.text)) break;
			tail += (tail ? ' ' : '') + p.text;
			endLine = p.end;
			if (NUMBER.test(tail)) break;
		}
		const signersMatch = SIGNERS.exec(tail);
		const numberMatch = NUMBER.exec(tail);
		if (!numberMatch) {
			ctx.warnings.push({
				line: startLine,
				message:
					'A motion text ends here without the chair\'s "Zij krijgt nr. … (dossier)."; it is left out'
			});
			continue;
		}
		for (let h = j; h < k + 1 && h < flat.length; h++) handled.add(h);
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
		const earlier = motions.find((m) => m.id === `${dossier}-${number}`);
		if (earlier) {
			ctx.warnings.push({
				line: startLine,
				message: `Motion ${dossier}-${number} is read twice: first at line ${earlier.lines[0]}, again at line ${startLine}; the second is left out`
			});
			i = k;
			continue;
		}
		const signers = signersMatch
			? splitNames(signersMatch[1]!).map((n) => resolveSigner(n, ctx, endLine))
			: [];
		if (!signersMatch) {
			ctx.warnings.push({
				line: endLine,
				message: `Motion ${dossier}-${number} has no "Deze motie is voorgesteld door …"; its signers are unknown`
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
				message: `Motion ${dossier}-${number} is read out by ${reader} but its first signer is ${signers[0].name}`
			});
		}
		const body = parts.map((p) => p.text).join('\n\n');
		motions.push({
			id: `${dossier}-${number}`,
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
		i = k;
	}
	// "Zij krijgt nr. …" where no motion was read: a motion in a layout not understood.
	flat.forEach(({ para }, index) => {
		if (handled.has(index)) return;
		const m = /Zij krijgt nr\./.exec(para.text);
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
		const at = para.text.indexOf('Zij krijgt nr');
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
