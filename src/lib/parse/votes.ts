// The "Stemmingen" of a Handelingen or VLOS report: which motion is put to the vote, and what the
// chair finds — the fractions for and against ("de overige fracties" left for the importer to
// resolve to those seated that day), "met algemene stemmen", a roll call member by member, and
// motions held or withdrawn instead. Extraction over the display text: knows no format. Pure.
import type { ParseWarning } from './types';
import type { StatedFraction, StatedMember, VoteDraft } from './tally';
import type { MemberIndex } from './names';
import { fractionOn } from './names';
import {
	DECIDED,
	FRACTION_ARTICLE,
	FRACTIONS_AGAINST,
	FRACTIONS_FOR,
	HOLD_HINT,
	HOLD_REQUEST,
	OTHERS_AGAINST,
	OTHERS_FOR,
	ROLL_CALL_AGAINST,
	ROLL_CALL_COUNT,
	ROLL_CALL_FOR,
	UNANIMOUS,
	VOTE_DECLARED,
	VOTE_FINDING,
	VOTE_ON_MOTION,
	WITHDRAWN,
	WITHDRAWN_HINT
} from './vocabulary';

/** A decision on one motion, as the report records it. */
export interface VoteStatement {
	/** The motion's id as the report writes it: "21501-08-726". */
	motion: string;
	dossier: string;
	number: number;
	/** "nr. 726, was nr. 719": the number the amended motion replaces. */
	replaces: number | null;
	vote: VoteDraft;
}

interface Paragraph {
	line: number;
	text: string;
}

/** Paragraphs of the display text: runs of non-empty lines, each with the line it starts on. */
function paragraphs(lines: readonly string[]): Paragraph[] {
	const out: Paragraph[] = [];
	let current: Paragraph | null = null;
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (!line) {
			current = null;
			return;
		}
		if (current) current.text += ' ' + line;
		else out.push((current = { line: i + 1, text: line }));
	});
	return out;
}

const dossierOf = (written: string) => written.replace(/\s+/g, '').replace(/-+/g, '-');

/** "de SP, de PvdA, GroenLinks, de PvdD, DENK en 50PLUS" → the names, articles dropped. */
export function fractionList(written: string): string[] {
	return written
		.split(/\s*,\s*|\s+en\s+/)
		.map((n) => n.trim().replace(FRACTION_ARTICLE, '').trim())
		.filter(Boolean);
}

/** "Agema, Van Aalst en Wilders" → surnames. */
const memberList = (written: string) =>
	written
		.replace(/\.$/, '')
		.split(/\s*,\s*|\s+en\s+/)
		.map((n) => n.trim())
		.filter(Boolean);

function declaredIn(text: string): VoteDraft['declared'] | null {
	for (const [pattern, decision] of VOTE_DECLARED) if (pattern.test(text)) return decision;
	return null;
}

export interface VoteContext {
	date: string | null;
	members: MemberIndex;
	warnings: ParseWarning[];
}

/** The member a roll call names, with the fraction on the day (the registry's), or none. */
function rollCallMember(name: string, choice: 'for' | 'against', ctx: VoteContext): StatedMember {
	const people = ctx.members.find(name);
	const periods = people.length === 1 ? people[0]! : [];
	const fraction = fractionOn(periods, ctx.date);
	return {
		name,
		personId: periods[0]?.personId ?? null,
		fraction: fraction?.fraction ?? null,
		choice
	};
}

/** Every vote, hold and withdrawal the report records, in reading order. */
export function findVotes(lines: readonly string[], ctx: VoteContext): VoteStatement[] {
	const out: VoteStatement[] = [];
	const paras = paragraphs(lines);
	let pending: { dossier: string; number: number; replaces: number | null; line: number } | null =
		null;
	let rollFor: string[] | null = null;
	let rollAgainst: string[] | null = null;
	const statement = (
		at: { dossier: string; number: number; replaces: number | null },
		vote: VoteDraft
	): VoteStatement => ({
		motion: `${at.dossier}-${at.number}`,
		dossier: at.dossier,
		number: at.number,
		replaces: at.replaces,
		vote
	});
	const base = (line: number, text: string): Omit<VoteDraft, 'kind' | 'declared'> => ({
		line,
		date: ctx.date,
		asWritten: text,
		requestedBy: null,
		fractions: [],
		others: null,
		members: []
	});

	paras.forEach((p, i) => {
		const put = VOTE_ON_MOTION.exec(p.text);
		if (put) {
			if (pending)
				ctx.warnings.push({
					line: pending.line,
					message: `The vote on motion ${pending.dossier}-${pending.number} has no finding of the chair ("Ik constateer dat …") before the next vote; no outcome is read`
				});
			pending = {
				dossier: dossierOf(put[2]!),
				number: Number(put[3]),
				replaces: put[4] ? Number(put[4]) : null,
				line: p.line
			};
			rollFor = rollAgainst = null;
			return;
		}
		// The long patterns only where their last words occur: each tries every "motie" of a paragraph.
		const hold = HOLD_HINT.test(p.text) ? HOLD_REQUEST.exec(p.text) : null;
		if (hold) {
			const decided = DECIDED.test(p.text) || DECIDED.test(paras[i + 1]?.text ?? '');
			if (!decided) {
				ctx.warnings.push({
					line: p.line,
					message: `A proposal to hold motion ${dossierOf(hold[2]!)}-${hold[3]} without "Daartoe wordt besloten."; not read as held`
				});
				return;
			}
			out.push(
				statement(
					{ dossier: dossierOf(hold[2]!), number: Number(hold[3]), replaces: null },
					{ ...base(p.line, p.text), kind: 'none', declared: 'held', requestedBy: hold[1]!.trim() }
				)
			);
			return;
		}
		const withdrawn = WITHDRAWN_HINT.test(p.text) ? WITHDRAWN.exec(p.text) : null;
		if (withdrawn) {
			out.push(
				statement(
					{
						dossier: dossierOf(withdrawn[2]!),
						number: Number(withdrawn[3]),
						replaces: withdrawn[4] ? Number(withdrawn[4]) : null
					},
					{ ...base(p.line, p.text), kind: 'none', declared: 'withdrawn' }
				)
			);
			if (pending && pending.number === Number(withdrawn[3])) pending = null;
			return;
		}
		if (!pending) return;
		const rf = ROLL_CALL_FOR.exec(p.text);
		if (rf) {
			rollFor = memberList(rf[1]!);
			return;
		}
		const ra = ROLL_CALL_AGAINST.exec(p.text);
		if (ra) {
			rollAgainst = memberList(ra[1]!);
			return;
		}
		if (!VOTE_FINDING.test(p.text)) return;
		const at = pending;
		pending = null;
		const declared = declaredIn(p.text);
		if (!declared) {
			ctx.warnings.push({
				line: p.line,
				message: `The chair's finding on motion ${at.dossier}-${at.number} names no outcome (aangenomen, verworpen, staken); no outcome is read`
			});
			return;
		}
		const draft: VoteDraft = { ...base(p.line, p.text), kind: 'hands', declared };
		if (rollFor || rollAgainst) {
			draft.kind = 'roll-call';
			draft.members = [
				...(rollFor ?? []).map((n) => rollCallMember(n, 'for', ctx)),
				...(rollAgainst ?? []).map((n) => rollCallMember(n, 'against', ctx))
			];
			const count = ROLL_CALL_COUNT.exec(p.text);
			if (
				count &&
				(Number(count[1]) !== (rollFor?.length ?? 0) ||
					Number(count[2]) !== (rollAgainst?.length ?? 0))
			)
				ctx.warnings.push({
					line: p.line,
					message: `The chair counts ${count[1]} for and ${count[2]} against motion ${at.dossier}-${at.number}, the roll call names ${rollFor?.length ?? 0} and ${rollAgainst?.length ?? 0}`
				});
			rollFor = rollAgainst = null;
		} else if (UNANIMOUS.test(p.text)) {
			draft.kind = 'unanimous';
		} else {
			const forMatch = FRACTIONS_FOR.exec(p.text);
			const rest = forMatch ? p.text.slice(forMatch.index + forMatch[0].length) : p.text;
			const fractions: StatedFraction[] = [];
			if (forMatch)
				for (const name of fractionList(forMatch[1]!))
					fractions.push({ name, choice: 'for', seats: null, mistake: false });
			if (OTHERS_AGAINST.test(rest)) draft.others = 'against';
			else if (OTHERS_FOR.test(rest)) draft.others = 'for';
			else {
				const against = FRACTIONS_AGAINST.exec(rest);
				if (against)
					for (const name of fractionList(against[1]!))
						fractions.push({ name, choice: 'against', seats: null, mistake: false });
			}
			if (!forMatch && !draft.others && !fractions.length)
				ctx.warnings.push({
					line: p.line,
					message: `The chair's finding on motion ${at.dossier}-${at.number} names no fractions; the vote is kept without a tally`
				});
			draft.fractions = fractions;
		}
		out.push(statement(at, draft));
	});
	if (pending) {
		const last = pending as { dossier: string; number: number; line: number };
		ctx.warnings.push({
			line: last.line,
			message: `The vote on motion ${last.dossier}-${last.number} has no finding of the chair ("Ik constateer dat …"); no outcome is read`
		});
	}
	return out;
}
