// The cabinet's verdicts on the motions: "De motie op stuk nr. 216 … Die geef ik oordeel Kamer."
// Mentions of a motion set the context; verdict words in cabinet (or chair) turns apply to it.
import { sentences, lineAt } from './text';
import { normaliseDossier, splitNames, type FlatParagraph } from './motions';
import { nameKey, sameSurname } from './names';
import type {
	Appraisal,
	AppraisalStatement,
	Motion,
	ParseWarning,
	Speaker,
	Verdict
} from './types';

/** Verdict phrasings, most specific first. */
const VERDICT_PATTERNS: [RegExp, Verdict][] = [
	[/\bontra(?:den|ad|adt)\b,?\s+tenzij\b/gi, 'ontraden_tenzij_gewijzigd'],
	[/\b(?:oordeel\s+(?:van\s+de\s+)?Kamer|oordeel\s+aan\s+de\s+Kamer)\b/gi, 'oordeel_kamer'],
	[/\bontra(?:den|ad|adt)\b/gi, 'ontraden'],
	// "overbodig" about the motion, not "overbodig om hier te bespreken".
	[
		/\boverbodig\b(?!\s+om\s+(?:\S+\s+){0,4}?te\b)|\bondersteuning\s+van\s+(?:het\s+)?(?:beleid|staand beleid)\b/gi,
		'overbodig'
	],
	[/\bontijdig\b/gi, 'ontijdig'],
	[/\bovergenomen\b|\bovernemen\b/gi, 'overgenomen'],
	[/\b(?:motie\s+)?aan\s+te\s+houden\b|\baanhouden\b/gi, 'verzocht_aan_te_houden']
];

/** The verdict a clause states (the last one when it names several), with its position. */
export function verdictIn(clause: string): { verdict: Verdict; at: number } | null {
	let best: { verdict: Verdict; at: number; end: number } | null = null;
	const taken: [number, number][] = [];
	for (const [re, verdict] of VERDICT_PATTERNS) {
		re.lastIndex = 0;
		for (const m of clause.matchAll(re)) {
			const at = m.index ?? 0;
			const end = at + m[0].length;
			if (taken.some(([a, b]) => at < b && end > a)) continue;
			taken.push([at, end]);
			if (negated(clause, at)) continue;
			if (!best || at > best.at) best = { verdict, at, end };
		}
	}
	return best ? { verdict: best.verdict, at: best.at } : null;
}

/**
 * Is the verdict word at `at` denied in its own clause: "kan ik niet overnemen", "is niet overbodig",
 * "geen oordeel Kamer"? The clause starts after the last , ; : or "dat" ("het zal u niet verrassen
 * dat ik die ontraad" is an ontraden); "niet anders dan" and "niet alleen" deny nothing.
 */
function negated(clause: string, at: number): boolean {
	const before = clause.slice(0, at);
	const start = Math.max(
		before.search(/[,;:][^,;:]*$/) + 1,
		...[...before.matchAll(/\bdat\b/gi)].map((m) => (m.index ?? 0) + m[0].length)
	);
	return /\b(?:niet|geen)\b(?!\s+(?:anders\s+dan|alleen)\b)/i.test(before.slice(start));
}

/**
 * A verdict that is only a possibility: "zou leiden tot ontraden", "ik kan 'm overbodig geven",
 * "krijgt anders, met de aanpassing, oordeel Kamer". It stands only if nothing firmer is said.
 */
export function isTentative(clause: string, verdict: Verdict): boolean {
	const amend = verdict === 'ontraden_tenzij_gewijzigd' ? '' : '|aanpassing|gewijzigd|wijziging';
	return new RegExp(
		`\\b(?:kan|kunnen|zou(?:den)?\\b[^,]*\\bleiden|eventueel|anders|misschien${amend})\\b`,
		'i'
	).test(clause);
}

/** A condition the verdict rests on: "als …, krijgt de motie oordeel Kamer", "oordeel Kamer, mits …". */
export function conditionIn(clause: string, verdictAt: number): string | null {
	const before = clause.slice(0, verdictAt);
	const lead = /\b(als|indien|wanneer|op voorwaarde dat)\b/i.exec(before);
	if (lead) {
		const text = before.slice(lead.index);
		const lastComma = text.lastIndexOf(',');
		const cond = (lastComma > 0 ? text.slice(0, lastComma) : text).trim();
		if (cond.split(/\s+/).length >= 3) return lowerFirst(cond);
	}
	const after = clause.slice(verdictAt);
	// "… wil ik ontraden als die niet wordt aangepast": als/indien/wanneer after the verdict too,
	// but not the comparison "net als", "evenals", "als zodanig".
	const trail =
		/\b(mits|tenzij|op voorwaarde dat|met de kanttekening dat|in de interpretatie dat|met de interpretatie dat|(?<!\b(?:net|even|zo|ook)\s)(?:als|indien|wanneer)(?!\s+(?:zodanig|het\s+ware|gezegd|eerder|ondersteuning)\b))\b/i.exec(
			after
		);
	if (trail)
		return lowerFirst(
			after
				.slice(trail.index)
				.replace(/[.,;]+$/, '')
				.trim()
		);
	return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Split a sentence into clauses at "maar", "want", "omdat", "dus", "al". */
export function clauses(sentence: string): string[] {
	return sentence
		.split(/(?:^|,\s*|\s+|;\s*)(?=(?:maar|Maar|want|Want|omdat|dus|Dus|al teken)\s)/)
		.map((c) => c.replace(/^(?:maar|Maar|want|Want|omdat|dus|Dus)\s+/, '').trim())
		.filter(Boolean);
}

const DOSSIER = String.raw`\d{2}\s?\d{3}(?:\s*-\s*[A-Z0-9]{1,4}\b|\s+[IVXLC]{1,5}\b)?`;
const NUMBER_LIST = String.raw`\d+(?:\s*(?:,|en|t\/m)\s*\d+)*`;
/** "stuk nr. 216", "motie nr. 216", and the vote records' "(36045, nr. 216)". */
const MENTION = new RegExp(
	String.raw`\b(?:stuk(?:ken)?|motie)\s+(?:op\s+stuk\s+)?nrs?\.?\s*(${NUMBER_LIST})|\((?:Kamerstuk(?:ken)?\s+)?(${DOSSIER}),\s*nrs?\.?\s*(${NUMBER_LIST})\)`,
	'gi'
);

const PREFIX = String.raw`(?:(?:van|de|den|der|ter|ten|el|in|'t)\s+)`;
const NAME = String.raw`${PREFIX}*\p{Lu}[\p{L}'’-]*(?:\s+${PREFIX}*\p{Lu}[\p{L}'’-]*)*`;
/** A motion named by its first signer, without a number: "de motie van de heer Dassen", "de motie-Vermeer". */
const NAME_MENTION = new RegExp(
	String.raw`\b[Mm]otie(?:-(${NAME})|\s+van\s+(?:[Dd]e\s+heer|[Mm]evrouw|het\s+lid|de\s+leden)\s+(${NAME}(?:\s*(?:,|\ben\b)\s*${NAME})*))(?:\s+c\.s\.)?`,
	'gu'
);

export interface Mention {
	at: number;
	end: number;
	/** The numbers named; empty for a motion named by its signer. */
	numbers: number[];
	/** The dossier, when written with the number ("(36045, nr. 216)"). */
	dossier: string | null;
	/** The first signer, for a motion named by its signer. */
	signer: string | null;
	/** "deze motie van de heer Vermeer": the motion in hand, named once more. */
	demonstrative: boolean;
}

function numbersIn(list: string): number[] {
	const range = /(\d+)\s*t\/m\s*(\d+)/.exec(list);
	const out: number[] = [];
	if (range) {
		for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 100; n++)
			out.push(n);
	} else {
		for (const n of list.matchAll(/\d+/g)) out.push(Number(n[0]));
	}
	return out;
}

/** The motions a sentence names, in order: by number, or by first signer when no number follows. */
export function mentionsIn(sentence: string): Mention[] {
	const out: Mention[] = [];
	for (const m of sentence.matchAll(MENTION)) {
		const at = m.index ?? 0;
		out.push({
			at,
			end: at + m[0].length,
			numbers: numbersIn(m[1] ?? m[3]!),
			dossier: m[2] ? normaliseDossier(m[2]) : null,
			signer: null,
			demonstrative: false
		});
	}
	const byNumber = [...out];
	for (const m of sentence.matchAll(NAME_MENTION)) {
		const at = m.index ?? 0;
		const end = at + m[0].length;
		if (byNumber.some((o) => at < o.end && end > o.at)) continue;
		// "De motie-Vermeer op stuk nr. 233", "de motie-Timmermans c.s. (36045, nr. 216)": the number names it.
		const next = byNumber.filter((o) => o.at >= end).sort((a, b) => a.at - b.at)[0];
		if (next && /^\s*,?\s*(?:op\s+)?$/.test(sentence.slice(end, next.at))) continue;
		const signer = splitNames(m[1] ?? m[2]!)[0];
		const demonstrative = /\b(?:deze|die|dezelfde|diezelfde)\s+$/i.test(sentence.slice(0, at));
		if (signer) out.push({ at, end, numbers: [], dossier: null, signer, demonstrative });
	}
	return out.sort((a, b) => a.at - b.at);
}

/** Motion numbers a sentence mentions: "stuk nr. 216", "stuk nrs. 217 en 218", "motie-Vermeer op stuk nr. 233", "(36045, nr. 216)". */
export function mentionedNumbers(sentence: string): number[] {
	return mentionsIn(sentence).flatMap((m) => m.numbers);
}

/**
 * Cut a sentence where each further motion is named, so that "De motie op stuk nr. 221 ontraad ik
 * en de motie op stuk nr. 222 geef ik oordeel Kamer." gives each motion its own verdict.
 */
export function mentionSegments(sentence: string): string[] {
	// "deze motie van de heer Vermeer" names the motion in hand: no cut there.
	const cuts = mentionsIn(sentence)
		.filter((m, i) => i === 0 || !m.demonstrative)
		.slice(1)
		.map((m) => m.at);
	const bounds = [0, ...cuts, sentence.length];
	return bounds
		.slice(0, -1)
		.map((from, i) => sentence.slice(from, bounds[i + 1]).trim())
		.filter(Boolean);
}

/** A motion the appraisal is about: by number (and dossier, when given), or one tabled motion. */
interface ContextItem {
	number: number;
	dossier: string | null;
	motion: Motion | null;
}

/** Was `motion` first signed by `cited`? "Timmermans-Yeşilgöz" names Timmermans's motion too. */
function firstSignedBy(motion: Motion, cited: string): boolean {
	const first = motion.signers[0]?.name ?? motion.reader;
	if (!first) return false;
	return (
		nameKey(first) === nameKey(cited) || sameSurname(cited, first) || sameSurname(first, cited)
	);
}

interface State {
	firm: AppraisalStatement[];
	tentative: AppraisalStatement | null;
}

/** Read every appraisal given after the motions were tabled. */
export function findAppraisals(
	flat: FlatParagraph[],
	motions: Motion[],
	warnings: ParseWarning[]
): Appraisal[] {
	if (!motions.length) return [];
	const byNumber = new Map<number, Motion[]>();
	for (const m of motions) byNumber.set(m.number, [...(byNumber.get(m.number) ?? []), m]);
	const inMotion = (line: number) => motions.some((m) => line >= m.lines[0] && line <= m.lines[1]);
	const firstLine = Math.min(...motions.map((m) => m.lines[0]));

	const states = new Map<string, State>();
	const warnedUnknown = new Set<string>();
	let context: ContextItem[] = [];
	let contextSentence: { text: string; line: number; para: number } | null = null;
	let lastCabinet: Speaker | null = null;

	const motionsOf = (item: ContextItem): Motion[] =>
		item.motion
			? [item.motion]
			: (byNumber.get(item.number) ?? []).filter(
					(m) => !item.dossier || m.dossier === item.dossier
				);
	const appraised = (m: Motion) => {
		const st = states.get(m.id);
		return !!st && (st.firm.length > 0 || st.tentative !== null);
	};
	const asItems = (list: Motion[]): ContextItem[] =>
		list.map((m) => ({ number: m.number, dossier: m.dossier, motion: m }));

	/**
	 * A motion named by its first signer ("Dan de motie van de heer Dassen"): the one in hand when it
	 * is theirs and has no verdict yet; else their only motion without a verdict, or their only
	 * motion; else the one in hand when it is theirs; null when that does not settle it.
	 */
	const bySigner = (signer: string): { items: ContextItem[]; kept: boolean } | null => {
		const current = context.flatMap(motionsOf).filter((m) => firstSignedBy(m, signer));
		if (current.length && !current.some(appraised)) return { items: asItems(current), kept: true };
		const theirs = motions.filter((m) => firstSignedBy(m, signer));
		const open = theirs.filter((m) => !appraised(m));
		const chosen = open.length === 1 ? open : theirs.length === 1 ? theirs : [];
		if (chosen.length) return { items: asItems(chosen), kept: false };
		return current.length ? { items: asItems(current), kept: true } : null;
	};

	flat.forEach(({ para, speaker }, paraIndex) => {
		if (para.start < firstLine || inMotion(para.start)) return;
		if (speaker?.kind === 'cabinet') lastCabinet = speaker;
		for (const s of sentences(para.text)) {
			const line = lineAt(para, s.at);
			const endLine = lineAt(para, s.at + s.text.length - 1);
			// Motions named earlier in this sentence that no verdict has reached yet: a later
			// mention adds to them ("216 krijgt, net als 217, oordeel Kamer") instead of replacing.
			let pending = false;
			for (const segment of mentionSegments(s.text)) {
				const mention = mentionsIn(segment)[0];
				if (mention && mention.signer === null) {
					const items = mention.numbers.map((number) => ({
						number,
						dossier: mention.dossier,
						motion: null
					}));
					context = pending ? [...context, ...items] : items;
					pending = true;
					contextSentence = { text: s.text, line, para: paraIndex };
				} else if (mention && !(mention.demonstrative && context.length)) {
					const resolved = bySigner(mention.signer!);
					if (resolved?.kept) {
						// The motion in hand is theirs: it stays (narrowed to theirs).
						if (!pending) context = resolved.items;
					} else if (resolved) {
						context = pending ? [...context, ...resolved.items] : resolved.items;
						contextSentence = { text: s.text, line, para: paraIndex };
					} else if (!pending) {
						// Someone with several motions (or none): no verdict may land on the wrong one.
						context = [];
						contextSentence = null;
					}
					pending = true;
				}
				if (!speaker || speaker.kind === 'member') continue;
				if (speaker.kind === 'chair' && !lastCabinet) continue;
				const minister = (speaker.kind === 'cabinet' ? speaker : lastCabinet)?.name ?? null;
				for (const clause of clauses(segment)) {
					// A description of the motion ends at a colon: "…, over X: oordeel Kamer."
					const colon = clause.lastIndexOf(':');
					const found = verdictIn(clause);
					if (!found) continue;
					const scope = colon >= 0 && colon < found.at ? clause.slice(colon + 1) : clause;
					const v = verdictIn(scope);
					if (!v || !context.length) continue;
					// The chair holding a motion on the member's request is procedure, not the cabinet's appraisal.
					if (speaker.kind === 'chair' && v.verdict === 'verzocht_aan_te_houden') continue;
					pending = false;
					const tentative = isTentative(scope, v.verdict);
					const condition = conditionIn(scope, v.at);
					const ctx = contextSentence as { text: string; line: number; para: number } | null;
					const quote =
						ctx && ctx.para === paraIndex && ctx.text !== s.text ? `${ctx.text} ${s.text}` : s.text;
					const statement: AppraisalStatement = {
						verdict: v.verdict,
						minister,
						conditional: condition !== null,
						condition,
						quote,
						lines: [ctx && ctx.para === paraIndex ? Math.min(ctx.line, line) : line, endLine],
						by: speaker.kind === 'chair' ? 'chair' : 'cabinet'
					};
					for (const item of context) {
						const candidates = motionsOf(item);
						if (!candidates.length) {
							const label = item.dossier ? `${item.dossier}-${item.number}` : `nr. ${item.number}`;
							if (!warnedUnknown.has(label)) {
								warnedUnknown.add(label);
								warnings.push({
									line,
									message: `An appraisal of motion ${label}, which was not tabled in this document: "${s.text.slice(0, 120)}"`
								});
							}
							continue;
						}
						for (const motion of candidates) apply(states, motion.id, statement, tentative);
					}
				}
			}
		}
	});

	const appraisals: Appraisal[] = [];
	for (const motion of motions) {
		const st = states.get(motion.id);
		const history = st?.firm.length ? st.firm : st?.tentative ? [st.tentative] : [];
		const last = history[history.length - 1];
		if (!last) {
			warnings.push({
				line: motion.lines[0],
				message: `Motion ${motion.id} received no appraisal in this document`
			});
			continue;
		}
		appraisals.push({
			motionId: motion.id,
			verdict: last.verdict,
			minister: last.minister,
			conditional: last.conditional,
			condition: last.condition,
			quote: last.quote,
			lines: last.lines,
			history
		});
	}
	return appraisals;
}

function apply(
	states: Map<string, State>,
	id: string,
	statement: AppraisalStatement,
	tentative: boolean
) {
	const st = states.get(id) ?? { firm: [], tentative: null };
	states.set(id, st);
	if (tentative) {
		if (!st.firm.length && !st.tentative) st.tentative = statement;
		return;
	}
	const last = st.firm[st.firm.length - 1];
	// Saying the same verdict again (a chair confirming, a minister repeating) changes nothing.
	if (last && last.verdict === statement.verdict) return;
	st.firm.push(statement);
}
