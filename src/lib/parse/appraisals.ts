// The cabinet's verdicts on the motions: "De motie op stuk nr. 216 … Die geef ik oordeel Kamer."
// Mentions of a motion set the context; verdict words in cabinet (or chair) turns apply to it.
import { sentences, lineAt } from './text';
import type { FlatParagraph } from './motions';
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
	[/\boverbodig\b|\bondersteuning\s+van\s+(?:het\s+)?(?:beleid|staand beleid)\b/gi, 'overbodig'],
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
			if (!best || at > best.at) best = { verdict, at, end };
		}
	}
	return best ? { verdict: best.verdict, at: best.at } : null;
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
	const trail =
		/\b(mits|tenzij|op voorwaarde dat|met de kanttekening dat|in de interpretatie dat|met de interpretatie dat)\b/i.exec(
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

const MENTION =
	/\b(?:stuk(?:ken)?|motie)\s+(?:op\s+stuk\s+)?nrs?\.?\s*(\d+(?:\s*(?:,|en|t\/m)\s*\d+)*)/gi;

/** Motion numbers a sentence mentions: "stuk nr. 216", "stuk nrs. 217 en 218", "motie-Vermeer op stuk nr. 233". */
export function mentionedNumbers(sentence: string): number[] {
	const out: number[] = [];
	for (const m of sentence.matchAll(MENTION)) {
		const list = m[1]!;
		const range = /(\d+)\s*t\/m\s*(\d+)/.exec(list);
		if (range) {
			for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 100; n++)
				out.push(n);
		} else {
			for (const n of list.matchAll(/\d+/g)) out.push(Number(n[0]));
		}
	}
	return out;
}

/**
 * Cut a sentence where each further motion is named, so that "De motie op stuk nr. 221 ontraad ik
 * en de motie op stuk nr. 222 geef ik oordeel Kamer." gives each motion its own verdict.
 */
export function mentionSegments(sentence: string): string[] {
	const cuts = [...sentence.matchAll(MENTION)].slice(1).map((m) => m.index ?? 0);
	const bounds = [0, ...cuts, sentence.length];
	return bounds
		.slice(0, -1)
		.map((from, i) => sentence.slice(from, bounds[i + 1]).trim())
		.filter(Boolean);
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
	const warnedUnknown = new Set<number>();
	let context: number[] = [];
	let contextSentence: { text: string; line: number; para: number } | null = null;
	let lastCabinet: Speaker | null = null;

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
				const numbers = mentionedNumbers(segment);
				if (numbers.length) {
					context = pending ? [...context, ...numbers] : numbers;
					pending = true;
					contextSentence = { text: s.text, line, para: paraIndex };
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
					const v = verdictIn(scope)!;
					if (!context.length) continue;
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
					for (const n of context) {
						const candidates = byNumber.get(n);
						if (!candidates) {
							if (!warnedUnknown.has(n)) {
								warnedUnknown.add(n);
								warnings.push({
									line,
									message: `An appraisal of motion nr. ${n}, which was not tabled in this document: "${s.text.slice(0, 120)}"`
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
