// A debate transcript (Handelingen) as turns: who speaks, and the clean paragraphs they say.
import { lastNonSpaceCode, paragraphs, type Paragraph } from './text';
import { postPhrase } from '../cabinet';
import { cabinetPostOn, MemberIndex, tidyName } from './names';
import type { Registry, Speaker, SpeakerKind } from './types';
import {
	CABINET_LABEL,
	CHAIR_LABEL,
	MEMBER_LABEL,
	MOTION_LINE_START,
	MOTION_PART_START,
	NAMED_BY_CHAIR
} from './vocabulary';
import { checkTime } from './watchdog';

export interface Label {
	kind: SpeakerKind;
	name: string;
	party: string | null;
	title: string | null;
}

const COLON = 0x3a;

/** Read a speaker label line ("De heer Timmermans (GroenLinks-PvdA):"), or null. */
export function readLabel(line: string): Label | null {
	// Every line of a transcript is asked: most end in something other than a colon.
	if (lastNonSpaceCode(line) !== COLON) return null;
	const t = line.trim();
	if (t.length > 90 || !t.endsWith(':')) return null;
	if (CHAIR_LABEL.test(t)) return { kind: 'chair', name: 'voorzitter', party: null, title: null };
	const member = MEMBER_LABEL.exec(t);
	if (member)
		return { kind: 'member', name: tidyName(member[1]!), party: member[2]!.trim(), title: null };
	const cabinet = CABINET_LABEL.exec(t);
	if (cabinet && /^\p{Lu}/u.test(cabinet[2]!)) {
		return { kind: 'cabinet', name: tidyName(cabinet[2]!), party: null, title: cabinet[1]! };
	}
	return null;
}

export { MOTION_LINE_START, MOTION_PART_START };

export interface Turn {
	speaker: Speaker | null;
	labelLine: number | null;
	paragraphs: Paragraph[];
}

export interface Transcript {
	turns: Turn[];
	speakers: Speaker[];
	/** Members named by the chair in running text ("Mevrouw Dobbe, SP."): surname → fraction. */
	namedByChair: Map<string, string>;
}

/** A speaker as a label or the markup states them, before the registries are consulted. */
export function speakerFromLabel(l: Label, line: number, post: string | null = null): Speaker {
	return { kind: l.kind, name: l.name, party: l.party, title: l.title, post, ministry: null, line };
}

/** Split plain-text lines into speaker turns, each with its paragraphs (speakers as written). */
export function readTurns(lines: string[]): Turn[] {
	const turns: Turn[] = [];
	let segmentStart = 0;
	let label: Label | null = null;
	let labelLine: number | null = null;

	const close = (end: number) => {
		const segment = lines.slice(segmentStart, end);
		const paras = paragraphs(segment, {
			firstLine: segmentStart + 1,
			startsNew: (first) => MOTION_PART_START.test(first),
			startsWithin: (line) => MOTION_LINE_START.test(line)
		});
		if (paras.length || label) {
			turns.push({
				speaker: label && labelLine ? speakerFromLabel(label, labelLine) : null,
				labelLine,
				paragraphs: paras
			});
		}
	};

	lines.forEach((line, i) => {
		checkTime('reading the speakers');
		const l = readLabel(line);
		if (!l) return;
		close(i);
		label = l;
		labelLine = i + 1;
		segmentStart = i + 1;
	});
	close(lines.length);
	return turns;
}

/**
 * Resolution of speakers on the document's date: members to their canonical names, members of the
 * cabinet to their post (the markup's own post where it gives one). One Speaker per person.
 */
export function resolveSpeakers(
	turns: Turn[],
	registry: Registry,
	date: string | null,
	members: MemberIndex = new MemberIndex(registry.members)
): Transcript {
	const speakers = new Map<string, Speaker>();
	const resolve = (raw: Speaker): Speaker => {
		const canonical = raw.kind === 'member' ? (members.canonical(raw.name) ?? raw.name) : raw.name;
		const key = `${raw.kind}:${canonical}:${raw.party ?? ''}`;
		let s = speakers.get(key);
		if (!s) {
			const posts = raw.kind === 'cabinet' ? cabinetPostOn(registry.cabinet, raw.name, date) : [];
			const post = posts[0];
			s = {
				kind: raw.kind,
				name: post && raw.kind === 'cabinet' ? post.name : canonical,
				party: raw.party,
				title: raw.title,
				post: post ? postPhrase(post) : raw.post,
				ministry: post?.ministry ?? raw.ministry,
				line: raw.line
			};
			speakers.set(key, s);
		}
		return s;
	};
	const resolved = turns.map((t) => ({ ...t, speaker: t.speaker ? resolve(t.speaker) : null }));

	const namedByChair = new Map<string, string>();
	for (const turn of resolved) {
		if (turn.speaker?.kind !== 'chair') continue;
		for (const p of turn.paragraphs) {
			const re = NAMED_BY_CHAIR;
			for (const m of p.text.matchAll(re)) namedByChair.set(tidyName(m[1]!), m[2]!);
		}
	}
	return { turns: resolved, speakers: [...speakers.values()], namedByChair };
}

/** Split the lines into speaker turns and resolve the speakers on the date. */
export function readTranscript(
	lines: string[],
	registry: Registry,
	date: string | null
): Transcript {
	return resolveSpeakers(readTurns(lines), registry, date);
}

/** The debate's title from "Aan de orde is het debat over …" or its heading. */
export function debateTitle(lines: string[]): string | null {
	const head = lines.slice(0, 60).join(' ').replace(/\s+/g, ' ');
	// /… (?:over|van) (?:de |het )?(.+?)\.(?:\s|$)/ by hand: the lazy group, tried from every
	// opening, rescans the head (quadratic when the opening repeats without a full stop). Only the
	// first opening can match: a later one finds no full stop the first would not.
	const open = DEBATE_OPENING.exec(head);
	if (!open) return null;
	const from = open.index + open[0].length;
	const article = /^(?:de |het )/.exec(head.slice(from, from + 4))?.[0].length ?? 0;
	let end = fullStopAt(head, from + article + 1);
	let start = from + article;
	if (end < 0 && article) {
		end = fullStopAt(head, from + 1);
		start = from;
	}
	if (end < 0) return null;
	const about = head.slice(start, end).trim();
	return about.charAt(0).toUpperCase() + about.slice(1);
}

const DEBATE_OPENING =
	/Aan de orde is (?:de voortzetting van )?(?:het|de) (?:debat|tweeminutendebat|behandeling|wetgevingsoverleg|notaoverleg) (?:over|van) /;

/** The first full stop at or after `from` that ends the text or stands before white space, or -1. */
function fullStopAt(text: string, from: number): number {
	for (let at = text.indexOf('.', from); at >= 0; at = text.indexOf('.', at + 1))
		if (at + 1 === text.length || /\s/.test(text[at + 1]!)) return at;
	return -1;
}
