// The cabinet's verdicts on the motions: "De motie op stuk nr. 216 … Die geef ik oordeel Kamer."
// Mentions of a motion set the motion in hand; verdict words in cabinet (or chair) turns apply to it.
import { sentences, lineAt } from './text';
import { normaliseDossier, splitNames, type FlatParagraph } from './motions';
import { namesMember } from './resolve';
import {
	ASSENT,
	CONDITION_AFTER,
	CONDITION_BEFORE,
	DELIBERATION,
	DOSSIER_NUMBER,
	HEDGED,
	HOLD_FALLBACK,
	IF_AMENDED,
	isVerdictRequest,
	MENTION_ADDRESS,
	NEGATION,
	NO_APPRAISAL,
	PART_OF_MOTION,
	PERSON_NAME,
	PREVIOUS_MOTION,
	REFERENCE_LEAD,
	isTentativeWording,
	VERDICT_PHRASES,
	VERDICT_PRECEDENCE,
	VERDICT_WORD
} from './vocabulary';
import type {
	Appraisal,
	AppraisalStatement,
	Motion,
	ParseWarning,
	Speaker,
	Verdict
} from './types';
import { checkTime } from './watchdog';

/** Verdict phrasings, most specific first. */
const VERDICT_PATTERNS: [RegExp, Verdict][] = VERDICT_PRECEDENCE.flatMap((verdict) =>
	VERDICT_PHRASES[verdict].map((re) => [re, verdict] as [RegExp, Verdict])
);

/** Verdicts that are adjectives and can describe a part of the motion rather than judge it. */
const DESCRIPTIVE: ReadonlySet<Verdict> = new Set(['overbodig', 'ontijdig']);

/** The verdict a clause states (the last one when it names several), with its position. */
export function verdictIn(clause: string): { verdict: Verdict; at: number; end: number } | null {
	// Most clauses hold no verdict word: one scan settles that, instead of one per phrasing.
	if (!VERDICT_WORD.test(clause)) return null;
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
			// "Dat deel van de motie is dus wat overbodig": a description, not the verdict.
			if (DESCRIPTIVE.has(verdict)) {
				const before = clause.slice(0, at);
				const local = before.slice(before.lastIndexOf(',') + 1);
				if (HEDGED.test(local) || PART_OF_MOTION.test(local)) continue;
			}
			if (!best || at > best.at) best = { verdict, at, end };
		}
	}
	return best;
}

/**
 * Is the verdict word at `at` denied in its own clause: "kan ik niet overnemen", "is niet overbodig",
 * "geen oordeel Kamer"? The clause starts after the last , ; : or "dat" ("het zal u niet verrassen
 * dat ik die ontraad" is an ontraden); "niet anders dan" and "niet alleen" deny nothing.
 */
function negated(clause: string, at: number): boolean {
	const before = clause.slice(0, at);
	// The last "dat" ends furthest; a spread of every match into Math.max overflows the stack
	// on a long clause.
	let afterDat = -Infinity;
	for (const m of before.matchAll(/\bdat\b/gi)) afterDat = (m.index ?? 0) + m[0].length;
	const start = Math.max(before.search(/[,;:][^,;:]*$/) + 1, afterDat);
	return NEGATION.test(before.slice(start));
}

/**
 * A verdict that is only a possibility: "zou leiden tot ontraden", "ik zou 'm eventueel overbodig
 * kunnen verklaren", "krijgt anders, met de aanpassing, oordeel Kamer", and "ik kan 'm overbodig
 * geven, maar …" (a concession: `conceded` says a "maar" follows in the sentence). It stands only
 * if nothing firmer is said. "Deze motie kan ik oordeel Kamer geven" is the verdict itself.
 */
export function isTentative(clause: string, verdict: Verdict, conceded = false): boolean {
	if (isTentativeWording(clause)) return true;
	if (verdict !== 'ontraden_tenzij_gewijzigd' && IF_AMENDED.test(clause)) return true;
	return conceded && /\b(?:kan|kunnen)\b/i.test(clause);
}

/** A condition the verdict rests on: "als …, krijgt de motie oordeel Kamer", "oordeel Kamer, mits …". */
export function conditionIn(clause: string, verdictAt: number): string | null {
	const before = clause.slice(0, verdictAt);
	const lead = CONDITION_BEFORE.exec(before);
	if (lead) {
		const text = before.slice(lead.index);
		const lastComma = text.lastIndexOf(',');
		const cond = (lastComma > 0 ? text.slice(0, lastComma) : text).trim();
		if (cond.split(/\s+/).length >= 3) return lowerFirst(cond);
	}
	// "… wil ik ontraden als die niet wordt aangepast": als/indien/wanneer after the verdict too,
	// but not the comparison "net als", "evenals", "als zodanig".
	const after = clause.slice(verdictAt);
	const trail = CONDITION_AFTER.exec(after);
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

const CLAUSE_CUT = /(?:^|,\s*|\s+|;\s*)(?=(?:maar|Maar|want|Want|omdat|dus|Dus|al teken)\s)/;

/** Split a sentence into clauses at "maar", "want", "omdat", "dus", "al". */
export function clauses(sentence: string): string[] {
	return joinedClauses(sentence).map((c) => c.text);
}

/** The clauses with the word that joined each to the one before ("maar", "dus", …). */
function joinedClauses(sentence: string): { text: string; joiner: string | null }[] {
	return sentence
		.split(CLAUSE_CUT)
		.map((c) => {
			const joiner = /^(maar|Maar|want|Want|omdat|dus|Dus)\s+/.exec(c);
			return {
				text: c.replace(/^(?:maar|Maar|want|Want|omdat|dus|Dus)\s+/, '').trim(),
				joiner: joiner ? joiner[1]!.toLowerCase() : null
			};
		})
		.filter((c) => c.text);
}

const NUMBER_LIST = String.raw`\d+(?:\s*(?:,|en|t\/m)\s*\d+)*`;
/** "stuk nr. 216", "motie nr. 216", and the vote records' "(36045, nr. 216)". */
const MENTION = new RegExp(
	String.raw`\b(?:stuk(?:ken)?|motie)\s+(?:op\s+stuk\s+)?nrs?\.?\s*(${NUMBER_LIST})|\((?:Kamerstuk(?:ken)?\s+)?(${DOSSIER_NUMBER}),\s*nrs?\.?\s*(${NUMBER_LIST})\)`,
	'gi'
);

/**
 * A motion named by its first signer, without a number: "de motie van de heer Dassen", "de
 * motie-Vermeer", "de motie van collega Dassen", "de motie van Inge van Dijk" (a given name).
 */
const NAME_MENTION = new RegExp(
	String.raw`\b[Mm]otie(?:-(${PERSON_NAME})|\s+van\s+(?:${MENTION_ADDRESS}\s+(${PERSON_NAME}(?:\s*(?:,|\ben\b)\s*${PERSON_NAME})*)|(\p{Lu}\p{Ll}+\s+${PERSON_NAME})))(?:\s+c\.s\.)?`,
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
	/** "net als bij de motie op stuk nr. 216", "gelet op de motie-…": named to compare, not appraised. */
	reference: boolean;
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

/** Is the motion named at `at` (its phrase starting there) introduced by a word of reference? */
function isReference(sentence: string, at: number): boolean {
	// The phrase includes its "de motie" / "de motie-X op": look before that.
	const before = sentence.slice(0, at).replace(/\b(?:de\s+)?moties?\s*$/i, '');
	return REFERENCE_LEAD.test(before);
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
			demonstrative: false,
			reference: false
		});
	}
	const byNumber = [...out];
	// NAME_MENTION starts with "[Mm]otie": a sentence without it needs no scan by that long pattern.
	const named = sentence.includes('otie') ? sentence.matchAll(NAME_MENTION) : [];
	for (const m of named) {
		const at = m.index ?? 0;
		const end = at + m[0].length;
		if (byNumber.some((o) => at < o.end && end > o.at)) continue;
		// "De motie-Vermeer op stuk nr. 233", "de motie-Timmermans c.s. (36045, nr. 216)": the number names it.
		const next = byNumber.filter((o) => o.at >= end).sort((a, b) => a.at - b.at)[0];
		if (next && /^\s*,?\s*(?:op\s+)?$/.test(sentence.slice(end, next.at))) {
			// The phrase of that number starts at the name: "gelet op de motie-X op stuk nr. 230".
			next.reference ||= isReference(sentence, at);
			continue;
		}
		const signer = splitNames(m[1] ?? m[2] ?? m[3]!)[0];
		const demonstrative = /\b(?:deze|die|dezelfde|diezelfde)\s+$/i.test(sentence.slice(0, at));
		if (signer)
			out.push({
				at,
				end,
				numbers: [],
				dossier: null,
				signer,
				demonstrative,
				reference: isReference(sentence, at)
			});
	}
	for (const o of byNumber) o.reference ||= isReference(sentence, o.at);
	return out.sort((a, b) => a.at - b.at);
}

/** Motion numbers a sentence mentions: "stuk nr. 216", "stuk nrs. 217 en 218", "motie-Vermeer op stuk nr. 233", "(36045, nr. 216)". */
export function mentionedNumbers(sentence: string): number[] {
	return mentionsIn(sentence).flatMap((m) => m.numbers);
}

/**
 * Cut a sentence where each further motion is named, so that "De motie op stuk nr. 221 ontraad ik
 * en de motie op stuk nr. 222 geef ik oordeel Kamer." gives each motion its own verdict. A motion
 * named in reference ("net als bij de motie op stuk nr. 216") makes no cut.
 */
export function mentionSegments(sentence: string): string[] {
	return segmentsAt(sentence, mentionsIn(sentence));
}

/** mentionSegments, given the sentence's mentions already read. */
function segmentsAt(sentence: string, mentions: Mention[]): string[] {
	// "deze motie van de heer Vermeer" names the motion in hand: no cut there.
	const cuts = mentions
		.filter((m) => !m.reference)
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
	return !!first && namesMember(cited, first);
}

interface State {
	firm: AppraisalStatement[];
	tentative: AppraisalStatement | null;
}

/** The chair's question that a verdict holds ("Oordeel Kamer, neem ik aan?"), awaiting the answer. */
interface Question {
	verdict: Verdict;
	condition: string | null;
	items: ContextItem[];
	text: string;
	line: number;
}

/** Read every appraisal given after the motions were tabled. */
export function findAppraisals(
	flat: FlatParagraph[],
	motions: Motion[],
	warnings: ParseWarning[]
): Appraisal[] {
	if (!motions.length) return [];
	const byNumber = new Map<number, Motion[]>();
	for (const m of motions) {
		const same = byNumber.get(m.number);
		if (same) same.push(m);
		else byNumber.set(m.number, [m]);
	}
	// The lines inside a motion's text, marked once: asked per paragraph, a scan of every motion
	// grows with the square of a long transcript.
	const lastLine = motions.reduce((max, m) => Math.max(max, m.lines[1]), 0);
	const motionLines = new Uint8Array(lastLine + 2);
	for (const m of motions) motionLines.fill(1, Math.max(0, m.lines[0]), m.lines[1] + 1);
	const inMotion = (line: number) => line >= 0 && line <= lastLine && motionLines[line] === 1;
	const firstLine = motions.reduce((min, m) => Math.min(min, m.lines[0]), Infinity);

	// Keyed by id: two motions tabled under one number cannot be told apart by "stuk nr. …".
	const states = new Map<string, State>();
	/** Motions the cabinet said it gives no verdict on ("een spreekt-uitmotie: geen appreciatie"). */
	const declaredNone = new Set<string>();
	const warnedUnknown = new Set<string>();
	let context: ContextItem[] = [];
	let previous: ContextItem[] = [];
	let contextSentence: { text: string; line: number; para: number } | null = null;
	let lastCabinet: Speaker | null = null;
	let question: Question | null = null;
	let turnSpeaker: Speaker | null = null;

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
	const closed = (m: Motion) => appraised(m) || declaredNone.has(m.id);
	const asItems = (list: Motion[]): ContextItem[] =>
		list.map((m) => ({ number: m.number, dossier: m.dossier, motion: m }));
	const idsOf = (items: ContextItem[]) =>
		[...new Set(items.flatMap(motionsOf).map((m) => m.id))].sort().join(' ');
	const setContext = (items: ContextItem[]) => {
		if (context.length && idsOf(items) !== idsOf(context)) previous = context;
		context = items;
	};

	/**
	 * May this speaker's mention move the motion in hand? The cabinet's always does. The chair's
	 * only once the motion in hand is dealt with (announcing the next one), or when it names that
	 * motion again; a member's only to a motion still without a verdict, once the one in hand is
	 * dealt with. So a number said in an interruption never takes the verdict away.
	 */
	const mayMove = (speaker: Speaker | null, items: ContextItem[]): boolean => {
		if (speaker?.kind === 'cabinet') return true;
		const inHand = context.flatMap(motionsOf);
		const settled = inHand.every(closed);
		if (speaker?.kind === 'chair') return settled || idsOf(items) === idsOf(context);
		return settled && items.flatMap(motionsOf).every((m) => !closed(m));
	};

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

	const record = (
		items: ContextItem[],
		statement: AppraisalStatement,
		tentative: boolean,
		fallback: string | null,
		line: number,
		sentence: string
	) => {
		for (const item of items) {
			const candidates = motionsOf(item);
			if (!candidates.length) {
				const label = item.dossier ? `${item.dossier}-${item.number}` : `nr. ${item.number}`;
				if (!warnedUnknown.has(label)) {
					warnedUnknown.add(label);
					warnings.push({
						line,
						message: `An appraisal of motion ${label}, which was not tabled in this document: "${sentence.slice(0, 120)}"`
					});
				}
				continue;
			}
			const ids = new Set(candidates.map((m) => m.id));
			for (const id of ids) apply(states, id, statement, tentative, fallback);
		}
	};

	flat.forEach(({ para, speaker }, paraIndex) => {
		checkTime('finding the appraisals');
		if (para.start < firstLine || inMotion(para.start)) return;
		const newTurn = speaker !== turnSpeaker;
		turnSpeaker = speaker;
		if (speaker?.kind === 'cabinet') lastCabinet = speaker;
		sentences(para.text).forEach((s, sentenceIndex) => {
			const line = lineAt(para, s.at);
			const endLine = lineAt(para, s.at + s.text.length - 1);

			// The answer to the chair's question: "Oordeel Kamer, neem ik aan?" — "Ja."
			if (question && newTurn && sentenceIndex === 0 && speaker?.kind !== 'chair') {
				if (speaker?.kind === 'cabinet' && ASSENT.test(s.text)) {
					const statement: AppraisalStatement = {
						verdict: question.verdict,
						minister: speaker.name,
						conditional: question.condition !== null,
						condition: question.condition,
						quote: `${question.text} ${s.text}`,
						lines: [question.line, endLine],
						by: 'chair'
					};
					record(question.items, statement, false, null, line, question.text);
				}
				question = null;
			}
			if (speaker?.kind !== 'chair') question = null;

			// "Nog even een vraag van mevrouw Agema over de vorige motie."
			const mentions = mentionsIn(s.text);
			if (
				PREVIOUS_MOTION.test(s.text) &&
				previous.length &&
				!mentions.some((m) => !m.reference) &&
				!REFERENCE_LEAD.test(s.text.slice(0, s.text.search(PREVIOUS_MOTION)))
			) {
				setContext(previous);
				contextSentence = { text: s.text, line, para: paraIndex };
			}

			// Motions named earlier in this sentence that no verdict has reached yet: a later
			// mention adds to them ("216 krijgt, net als 217, oordeel Kamer") instead of replacing.
			let pending = false;
			let verdictInSentence = false;
			for (const segment of segmentsAt(s.text, mentions)) {
				// A sentence naming one motion is its own one segment: its mentions are read already.
				const mention = (segment === s.text ? mentions : mentionsIn(segment)).find(
					(m) => !m.reference
				);
				if (mention && mention.signer === null) {
					const items = mention.numbers.map((number) => ({
						number,
						dossier: mention.dossier,
						motion: null
					}));
					if (mayMove(speaker, pending ? [...context, ...items] : items)) {
						setContext(pending ? [...context, ...items] : items);
						pending = true;
						contextSentence = { text: s.text, line, para: paraIndex };
					}
				} else if (mention && !(mention.demonstrative && context.length)) {
					const resolved = bySigner(mention.signer!);
					if (resolved?.kept) {
						// The motion in hand is theirs: it stays (narrowed to theirs).
						if (!pending) context = resolved.items;
						pending = true;
					} else if (resolved && mayMove(speaker, resolved.items)) {
						setContext(pending ? [...context, ...resolved.items] : resolved.items);
						contextSentence = { text: s.text, line, para: paraIndex };
						pending = true;
					} else if (
						!resolved &&
						!pending &&
						(speaker?.kind === 'cabinet' || (speaker?.kind === 'chair' && mayMove(speaker, [])))
					) {
						// Someone with several motions (or none): no verdict may land on the wrong one.
						if (context.length) previous = context;
						context = [];
						contextSentence = null;
					}
				}
				if (!speaker || speaker.kind === 'member') continue;
				if (speaker.kind === 'chair' && (!lastCabinet || isVerdictRequest(s.text))) continue;
				const minister = (speaker.kind === 'cabinet' ? speaker : lastCabinet)?.name ?? null;
				const parts = joinedClauses(segment);
				parts.forEach((clause, ci) => {
					const conceded = parts.slice(ci + 1).some((c) => c.joiner === 'maar');
					const found = appraisalIn(clause.text);
					if (!found || !context.length) return;
					// A verdict weighed, not given: "Ik twijfelde of ik … oordeel Kamer zou geven of ontraden".
					if (DELIBERATION.test(found.scope)) return;
					// The chair holding a motion on the member's request is procedure, not the cabinet's appraisal.
					if (speaker.kind === 'chair' && found.verdict === 'verzocht_aan_te_houden') return;
					pending = false;
					verdictInSentence = true;
					const tentative = isTentative(found.scope, found.verdict, conceded);
					const condition = found.fallback ?? conditionIn(found.scope, found.at);
					const ctx = contextSentence as { text: string; line: number; para: number } | null;
					const sameParagraph = ctx && ctx.para === paraIndex;
					const quote = sameParagraph && ctx.text !== s.text ? `${ctx.text} ${s.text}` : s.text;
					const statement: AppraisalStatement = {
						verdict: found.verdict,
						minister,
						conditional: condition !== null,
						condition,
						quote,
						lines: [sameParagraph ? Math.min(ctx.line, line) : line, endLine],
						by: speaker.kind === 'chair' ? 'chair' : 'cabinet'
					};
					// The chair asking ("Oordeel Kamer, neem ik aan?") awaits the minister's answer.
					if (speaker.kind === 'chair' && /\?\s*$/.test(s.text)) {
						question = {
							verdict: found.verdict,
							condition,
							items: context,
							text: s.text,
							line
						};
						return;
					}
					// "Zo niet, dan ontraad ik haar." after a request to hold: its fallback.
					const marker = HOLD_FALLBACK.exec(found.scope.slice(0, found.at));
					const fallback = marker ? found.scope.slice(marker.index) : null;
					record(context, statement, tentative, fallback, line, s.text);
				});
			}
			// "Dat is een spreekt-uitmotie en ik geef dus geen appreciatie."
			if (!verdictInSentence && speaker?.kind !== 'member' && NO_APPRAISAL.test(s.text))
				for (const m of context.flatMap(motionsOf)) if (!appraised(m)) declaredNone.add(m.id);
		});
	});

	const appraisals: Appraisal[] = [];
	const done = new Set<string>();
	for (const motion of motions) {
		if (done.has(motion.id)) continue;
		done.add(motion.id);
		const st = states.get(motion.id);
		const history = st?.firm.length ? st.firm : st?.tentative ? [st.tentative] : [];
		const last = history[history.length - 1];
		if (!last) {
			warnings.push({
				line: motion.lines[0],
				message: declaredNone.has(motion.id)
					? `Motion ${motion.id}: the cabinet says it gives no appraisal`
					: `Motion ${motion.id} received no appraisal in this document`
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

/**
 * The verdict one clause gives, read within its scope: a description of the motion ends at a
 * colon ("…, over X: oordeel Kamer."). A request to hold with a fallback ("ik verzoek de indiener
 * de motie aan te houden; anders ontraden") is the request, the fallback its condition.
 */
function appraisalIn(
	clause: string
): { verdict: Verdict; at: number; scope: string; fallback: string | null } | null {
	const colon = clause.lastIndexOf(':');
	const found = verdictIn(clause);
	if (!found) return null;
	const scope = colon >= 0 && colon < found.at ? clause.slice(colon + 1) : clause;
	const v = verdictIn(scope);
	if (!v) return null;
	const hold = verdictIn(scope.slice(0, v.at));
	if (v.verdict !== 'verzocht_aan_te_houden' && hold?.verdict === 'verzocht_aan_te_houden') {
		const between = scope.slice(hold.end, v.at);
		const marker = HOLD_FALLBACK.exec(between);
		if (marker) {
			const fallback = scope
				.slice(hold.end + marker.index)
				.replace(/[.,;]+$/, '')
				.trim();
			return { verdict: hold.verdict, at: hold.at, scope, fallback: lowerFirst(fallback) };
		}
	}
	return { verdict: v.verdict, at: v.at, scope, fallback: null };
}

function apply(
	states: Map<string, State>,
	id: string,
	statement: AppraisalStatement,
	tentative: boolean,
	fallback: string | null
) {
	const st = states.get(id) ?? { firm: [], tentative: null };
	states.set(id, st);
	const last = st.firm[st.firm.length - 1];
	// The verdict a motion gets if it is not held, said right after the request: its condition.
	if (fallback && last?.verdict === 'verzocht_aan_te_houden' && !last.condition) {
		last.condition = lowerFirst(fallback.replace(/[.,;]+$/, '').trim());
		last.conditional = true;
		return;
	}
	if (tentative) {
		if (!st.firm.length && !st.tentative) st.tentative = statement;
		return;
	}
	// Saying the same verdict again (a chair confirming, a minister repeating) changes nothing.
	if (last && last.verdict === statement.verdict) return;
	st.firm.push(statement);
}
