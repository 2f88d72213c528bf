// A motion as the Kamer publishes it on its own (officiële publicatie kst-<dossier>-<number>.xml):
// dossier, number, date proposed, the text in <al> paragraphs and the signers' surnames at its
// foot. Read with a real XML parser; the regular expressions below only ever see element text.
import {
	MOTION_CLOSING_ANYWHERE,
	MOTION_HEARD,
	MOTION_OPENING,
	motionPartRule,
	MONTHS,
	NAME_PREFIX,
	NAME_PREFIXES
} from '../vocabulary';
import { parseXml, XmlElement, type XmlDocument } from '@rgrove/parse-xml';
import type { DocumentBody, MotionDraft } from '../body';
import { DocumentError } from '../decode';
import { isDossier, normaliseDossier } from '../motions';
import { nameKey, tidyName, type MemberIndex } from '../names';
import type { MemberRecord, MotionPartKind, ParseWarning, Signer } from '../types';

// --- the XML tree ---------------------------------------------------------------------------

const elements = (el: XmlElement): XmlElement[] =>
	el.children.filter((c): c is XmlElement => c instanceof XmlElement);

const child = (el: XmlElement | null | undefined, name: string): XmlElement | null =>
	(el && elements(el).find((c) => c.name === name)) || null;

/** Element text on one line: the publications are pretty-printed, so white space means nothing. */
const flat = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').trim();

const textOf = (el: XmlElement | null) => (el ? flat(el.text) : '');

/**
 * A byte-order mark (also one double-encoded as "ï»¿") or blank lines before the declaration:
 * harmless, but the parser refuses them.
 */
const withoutLeadingJunk = (xml: string) =>
	xml.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF|\s)+(?=<)/, '');

/** The stuk (the document proper) of a kamerstuk publication, or null. */
const stukOf = (root: XmlElement) => child(child(root, 'kamerstuk'), 'stuk');

/**
 * A motion's title: "MOTIE VAN HET LID …", "GEWIJZIGDE MOTIE …", "TWEEDE NADER GEWIJZIGDE MOTIE …",
 * with the typing slips that occur ("GEWIJZGIDE"). Anything else in a kamerstuk (a letter about a
 * motion, an amendment) names something else first.
 */
function isMotionTitle(title: string): boolean {
	const words = title.toLowerCase().split(' ');
	const at = words.indexOf('motie');
	if (at < 0 || at > 3) return false;
	return words
		.slice(0, at)
		.every((w) => /^(?:tweede|derde|vierde|nader|\p{L}*wij\p{L}*)$/u.test(w));
}

/** An officiële publicatie whose kamerstuk is a motion (amended or not). */
export function isMotionDocument(root: XmlElement): boolean {
	return (
		root.name === 'officiele-publicatie' && isMotionTitle(textOf(child(stukOf(root), 'titel')))
	);
}

/**
 * Cheap format detection: the root must be an officiele-publicatie near the top (a string test
 * that rejects other files without parsing them); only then is the XML parsed and its title read.
 */
export function looksLikeMotionDocument(xmlText: string): boolean {
	return motionDocumentRoot(xmlText) !== null;
}

/**
 * The parsed root of a motion document, or null when the text is none (or no well-formed XML):
 * format detection keeps it, so that the reader does not parse the document a second time.
 */
export function motionDocumentRoot(xmlText: string): XmlElement | null {
	if (!xmlText.slice(0, 2000).includes('<officiele-publicatie')) return null;
	try {
		const root = parseXml(withoutLeadingJunk(xmlText)).root;
		return root && isMotionDocument(root) ? root : null;
	} catch {
		return null;
	}
}

// --- the text -------------------------------------------------------------------------------

interface Paragraph {
	text: string;
	/** An item of a <lijst>: it always continues the part before it. */
	item: boolean;
}

/** The leaf paragraphs in reading order: <al>, list items ("– …"); <al-groep> is only grouping. */
function paragraphsOf(el: XmlElement): Paragraph[] {
	const out: Paragraph[] = [];
	for (const c of elements(el)) {
		if (c.name === 'al') out.push({ text: textOf(c), item: false });
		else if (c.name === 'li') {
			const nr = textOf(child(c, 'li.nr'));
			const inner = paragraphsOf(c).filter((p) => p.text);
			inner.forEach((p, i) =>
				out.push({ text: i === 0 && nr ? `${nr} ${p.text}` : p.text, item: true })
			);
		} else if (c.name === 'li.nr') continue;
		else if (elements(c).length) for (const p of paragraphsOf(c)) out.push(p);
		else out.push({ text: textOf(c), item: false });
	}
	return out.filter((p) => p.text);
}

const OPENING = new RegExp(`^${MOTION_OPENING.replace(',', ',?')}$`, 'i');
const HEARD = MOTION_HEARD;
const CLOSING = MOTION_CLOSING_ANYWHERE;
const partRule = motionPartRule;

/** Is this part the Kamer deciding something (verzoekt, spreekt uit, zegt … op, keurt … af, …)? */
export function isOperativePart(part: { kind: MotionPartKind; text: string }): boolean {
	const rule = partRule(part.text);
	return !!rule && rule.operative && rule.kind === part.kind;
}

// --- the signers ----------------------------------------------------------------------------

const PREFIX_START = new RegExp(`^${NAME_PREFIX}`);

/** A line at the foot that can only be names: short, no digits or clause punctuation. */
function looksLikeNames({ text, item }: Paragraph): boolean {
	if (item || !text || /[\d;:()«»"]/.test(text) || text.split(' ').length > 6) return false;
	return /^[\\_\s]*\p{Lu}/u.test(text) || PREFIX_START.test(text);
}

/**
 * The surnames on one foot line, cleaned of the debris that occurs ("Erkens,", "Grinwis.",
 * "\Van Baarle", "Ceder____"): usually one name, sometimes "Boswijk, Bikker" or "Jetten en Eerdmans".
 * "D, van Dijk" is an initial with a slipped full stop: "D. van Dijk".
 */
function namesOnLine(text: string): string[] {
	const pieces = text
		.split(/\s*,\s*|\s+en\s+/)
		// "Tuinman e": the remains of an "en" cut short.
		.map((p) => p.replace(/\s+\p{Ll}$/u, ''))
		.map((p) => p.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}.]+$/u, ''))
		// A full stop after a surname is punctuation; after a lone initial it is the initial's.
		.map((p) => (/^\p{Lu}\.$/u.test(p) ? p : p.replace(/\.+$/, '')))
		.filter(Boolean);
	const names: string[] = [];
	for (let i = 0; i < pieces.length; i++) {
		const piece = pieces[i]!;
		const next = pieces[i + 1];
		if (/^\p{Lu}\.?$/u.test(piece) && next) {
			names.push(`${piece.replace(/\.?$/, '.')} ${next}`);
			i++;
		} else names.push(tidyName(piece));
	}
	return names;
}

// --- the title ------------------------------------------------------------------------------

/** "TER VERVANGING VAN DIE GEDRUKT ONDER NR. 617": the number an amended motion replaces. */
const REPLACES = /\bter vervanging van die gedrukt onder nr\.?\s*(\d+)/i;

/** Prefix words of Dutch surnames: lower case inside a name ("Diederik van Dijk"). */
const PREFIXES = new Set<string>(NAME_PREFIXES);

/** "rikkers-ooterkamp" → "Rikkers-Ooterkamp", "diedrik van dijk" → "Diedrik van Dijk". */
function capitalised(name: string): string {
	const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
	return name
		.split(' ')
		.map((w, i) => (i > 0 && PREFIXES.has(w) ? w : w.split('-').map(cap).join('-')))
		.join(' ');
}

/** The title up to its names, the names, and what follows them ("c.s.", "ter vervanging …"). */
const TITLE_NAMES =
	/^(.*?\bmotie\s+(?:(?:van|het|de|he)\s+)*(?:lid|leden|lden|liid)?\s*)(.*?)(\s*(?:\bc\.s\.|\bter vervanging\b).*)?$/iu;

/**
 * The capitalised title in normal case: "MOTIE VAN HET LID KOEKKOEK EN CEDER" → "Motie van het lid
 * Koekkoek en Ceder". The names take the spelling of the foot ("Van der Lee", "Kostić"), which
 * the title mostly shares; a name spelt otherwise ("KOSTIC") gets a capital per word.
 */
function normalCaseTitle(title: string, signers: string[]): string {
	let t = title.toLowerCase().replace(/\bc\.?s\.?(?=\s|$)/g, 'c.s.');
	t = t.charAt(0).toUpperCase() + t.slice(1);
	const byLength = [...signers].sort((a, b) => b.length - a.length);
	for (const name of byLength) {
		const lower = name.toLowerCase();
		if (lower.length !== name.length) continue;
		const at = wordAt(t, lower);
		if (at >= 0) t = t.slice(0, at) + name + t.slice(at + name.length);
	}
	const m = TITLE_NAMES.exec(t);
	if (!m) return t;
	const names = m[2]!
		.split(/(\s*,\s*|\s+e?en\s+)/)
		.map((piece, i) => (i % 2 === 0 && !/\p{Lu}/u.test(piece) ? capitalised(piece) : piece))
		.join('');
	return m[1]! + names + (m[3] ?? '');
}

/** Where `word` occurs in `text` as whole words (not inside a longer name), or -1. */
function wordAt(text: string, word: string): number {
	const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return at;
	}
	return -1;
}

// --- the reader -----------------------------------------------------------------------------

function parse(xml: string, file: string | null): XmlDocument {
	try {
		return parseXml(withoutLeadingJunk(xml));
	} catch (e) {
		const err = e as { message?: string; line?: number };
		const message = String(err.message ?? e).split('\n')[0];
		throw new DocumentError(`the XML is not well-formed: ${message}`, file, err.line ?? null);
	}
}

interface Dossier {
	/** As printed: "21 501-02", "36 410 XVI". */
	asWritten: string;
	title: string;
	/** Normalised: "21501-02", "36410-XVI". */
	id: string;
}

/** <dossiernr>21 501</dossiernr>-<raadnr>02</raadnr>, or a budget chapter <begrotingshoofdstuk>. */
function readDossier(el: XmlElement): Dossier {
	const nummer = child(el, 'dossiernummer');
	const base = textOf(child(nummer, 'dossiernr'));
	const suffix = textOf(child(nummer, 'raadnr')) || textOf(child(nummer, 'begrotingshoofdstuk'));
	return {
		asWritten: textOf(nummer),
		title: textOf(child(el, 'titel')),
		id: normaliseDossier(suffix ? `${base}-${suffix}` : base)
	};
}

/** "Voorgesteld 21 MEI 2025", "Voorgesteld 1april 2025": a date typed without its <datum> markup. */
function dateInText(text: string): string | null {
	const m = /(\d{1,2})\s*(\p{L}+)\s+(\d{4})/u.exec(text);
	const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
	if (!m || !month || Number(m[1]) > 31) return null;
	return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Lines of the display text, with the 1-based number of each paragraph written. */
class Page {
	readonly lines: string[] = [];
	line(text: string): number {
		this.lines.push(text);
		return this.lines.length;
	}
	paragraph(text: string): number {
		if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
		return this.line(text);
	}
}

/**
 * Read a motion document (kst XML): its display text and its motion, surnames not yet resolved.
 * Throws a DocumentError when the XML is not a motion document or lacks its dossier or number.
 */
export function readMotionDocument(xml: string, file: string | null = null): DocumentBody {
	const root = parse(xml, file).root;
	if (!root) throw new DocumentError('the XML has no root element', file);
	return readMotionRoot(root, file);
}

/** readMotionDocument on the root element of a document already parsed. */
export function readMotionRoot(root: XmlElement, file: string | null = null): DocumentBody {
	const fail = (message: string): never => {
		throw new DocumentError(message, file);
	};
	if (root.name !== 'officiele-publicatie')
		fail(`not a motion document: the XML is <${root.name}>, not an officiële publicatie (kst)`);
	const stuk = stukOf(root) ?? fail('not a motion document: the publication holds no kamerstuk');
	const rawTitle = textOf(child(stuk, 'titel'));
	if (!isMotionTitle(rawTitle))
		fail(
			`not a motion document: the kamerstuk is ${rawTitle ? `"${rawTitle}"` : 'untitled'}, not a motion`
		);

	const dossiers = elements(child(root, 'kamerstuk')!)
		.filter((e) => e.name === 'dossier')
		.map(readDossier);
	const dossier = dossiers[0] ?? fail('the motion document names no Kamerstuk dossier');
	if (!isDossier(dossier.id))
		fail(`the motion document has no Kamerstuk dossier number (found "${dossier.asWritten}")`);
	const numberText = textOf(child(child(stuk, 'stuknr'), 'ondernummer'));
	if (!/^\d+$/.test(numberText))
		fail(`the motion document has no number (<ondernummer> is "${numberText}")`);
	const number = Number(numberText);
	const datumtekst = child(stuk, 'datumtekst');
	const iso = child(datumtekst, 'datum')?.attributes.isodatum ?? '';
	const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : dateInText(textOf(datumtekst));

	const warnings: ParseWarning[] = [];
	const page = new Page();
	for (const d of dossiers) page.line(`Kamerstuk ${d.asWritten} ${d.title}`.trim());
	page.line(textOf(child(stuk, 'stuknr')));
	const titleLine = page.line(''); // filled in once the foot has given the names' spelling
	const dateLine = datumtekst ? page.line(textOf(datumtekst)) : titleLine;
	if (!date)
		warnings.push({
			line: dateLine,
			message: 'The document gives no date proposed ("Voorgesteld <datum isodatum=…>")'
		});

	const tekst = child(child(child(stuk, 'algemeen'), 'vrije-tekst'), 'tekst');
	const paragraphs = tekst ? paragraphsOf(tekst) : [];
	const read = readText(paragraphs, page, warnings);
	const title = normalCaseTitle(rawTitle, read.signers);
	page.lines[titleLine - 1] = title;
	const replacesMatch = REPLACES.exec(rawTitle);

	const motion: MotionDraft = {
		dossier: dossier.id,
		number,
		date,
		title,
		parts: read.parts,
		text: read.text,
		signers: read.signers,
		lines: read.lines,
		replaces: replacesMatch ? Number(replacesMatch[1]) : null
	};
	return {
		meta: { kind: 'motion', title, date, format: 'motion', interim: false },
		lines: page.lines,
		turns: null,
		// A motion document is no report of a sitting: it holds no debates.
		sections: [],
		motion,
		warnings
	};
}

interface ReadText {
	parts: MotionDraft['parts'];
	text: string;
	signers: string[];
	lines: [number, number];
}

/** Write the paragraphs to the page and read the motion from them: opening, parts, closing, foot. */
function readText(paragraphs: Paragraph[], page: Page, warnings: ParseWarning[]): ReadText {
	let closingAt = -1;
	for (let i = paragraphs.length - 1; i >= 0 && closingAt < 0; i--)
		if (CLOSING.test(paragraphs[i]!.text)) closingAt = i;
	// Without the closing formula the foot is the run of name-only lines at the end.
	let footAt = closingAt + 1;
	if (closingAt < 0) {
		footAt = paragraphs.length;
		while (footAt > 0 && looksLikeNames(paragraphs[footAt - 1]!)) footAt--;
	}
	const body = paragraphs.slice(0, footAt);
	const foot = paragraphs.slice(footAt);
	const bodyLines = body.map((p) => page.paragraph(p.text));
	if (foot.length) page.line('');
	const footLines = foot.map((p) => page.line(p.text));
	const first = bodyLines[0] ?? footLines[0] ?? page.lines.length;
	const last = page.lines.length;

	const signers: string[] = [];
	const texts = body.map((p) => p.text);
	if (closingAt >= 0) {
		// "…, en gaat over tot de orde van de dag." may share its <al> with the last words of the
		// dictum, and once with the names after it ("… van de dag. Boomsma").
		const closing = texts[closingAt]!;
		const m = CLOSING.exec(closing)!;
		const end = m.index + m[0].length;
		for (const name of namesOnLine(closing.slice(end).trim())) signers.push(name);
		texts[closingAt] = closing.slice(0, end).trim();
	}
	foot.forEach((p, i) => {
		if (looksLikeNames(p)) for (const name of namesOnLine(p.text)) signers.push(name);
		else
			warnings.push({
				line: footLines[i]!,
				message: `"${p.text}" at the foot is not a name; it is left out`
			});
	});

	// The parts lie between the opening ("De Kamer," "gehoord de beraadslaging,") and the closing.
	let from = 0;
	if (OPENING.test(texts[from] ?? '')) from++;
	else warnings.push({ line: first, message: 'The motion does not open with "De Kamer,"' });
	// Once printed twice (kst-23432-575): both are the opening, neither a part.
	while (HEARD.test(texts[from] ?? '')) from++;
	const to = closingAt >= 0 ? closingAt : body.length - 1;
	const parts: MotionDraft['parts'] = [];
	/** A word's first letters alone in an <al> ("v", then "erzoekt de regering …"). */
	let broken = '';
	for (let i = from; i <= to; i++) {
		let text = i === closingAt ? texts[i]!.replace(CLOSING, '').trim() : texts[i]!;
		if (!text) continue;
		if (/^\p{Ll}{1,2}$/u.test(text) && i < to) {
			broken = text;
			continue;
		}
		text = broken + text;
		broken = '';
		// A list item, or an unmarked paragraph, continues the part before it (a sentence broken
		// over two <al>s); a paragraph before any part stands as a part of its own.
		const rule = body[i]!.item ? null : partRule(text);
		const previous = parts[parts.length - 1];
		if (rule || !previous) parts.push({ kind: rule?.kind ?? 'overig', text });
		else previous.text += ' ' + text;
	}

	if (closingAt < 0)
		warnings.push({
			line: bodyLines[bodyLines.length - 1] ?? first,
			message: 'The motion does not close with "en gaat over tot de orde van de dag."'
		});
	if (!parts.some(isOperativePart))
		warnings.push({
			line: first,
			message:
				'No operative part found (verzoekt, spreekt uit, zegt … op, besluit, keurt … af, draagt … op, …)'
		});
	if (!signers.length)
		warnings.push({ line: last, message: 'No signers stand at the foot of the motion' });
	return { parts, text: texts.join('\n\n'), signers, lines: [first, last] };
}

// --- the fractions --------------------------------------------------------------------------

/** "D. van Dijk": the initials the Kamer prints to tell namesakes apart, and the surname. */
const INITIALS = /^((?:\p{Lu}\.)+)\s*(.+)$/u;

/** Names already looked up, per index: a corpus repeats the same two hundred names thousands of times. */
const looked = new WeakMap<MemberIndex, Map<string, MemberRecord[][]>>();

/** The people a foot name can mean: by surname, or by initials and surname ("I. van Dijk"). */
function peopleFor(cited: string, members: MemberIndex): MemberRecord[][] {
	let cache = looked.get(members);
	if (!cache) looked.set(members, (cache = new Map()));
	let people = cache.get(cited);
	if (!people) cache.set(cited, (people = lookUp(cited, members)));
	return people;
}

function lookUp(cited: string, members: MemberIndex): MemberRecord[][] {
	const m = INITIALS.exec(cited);
	const initials = m ? m[1]!.toUpperCase() : '';
	const people = members
		.find(m ? m[2]! : cited)
		.filter((periods) =>
			periods[0]!.fullName.replace(/\s+/g, '').toUpperCase().startsWith(initials)
		);
	// One person under two open-data ids ("R.M. Dral", noted in data/members.csv) is one person.
	const byFullName = new Map<string, MemberRecord[]>();
	for (const periods of people) {
		const key = nameKey(periods[0]!.fullName);
		byFullName.set(key, [...(byFullName.get(key) ?? []), ...periods]);
	}
	return [...byFullName.values()];
}

/** "I. (Inge) van Dijk" → "Inge van Dijk": how the Handelingen tell a namesake apart. */
function givenNameForm(record: MemberRecord): string | null {
	const m = /\(([^)]+)\)\s*(.+)$/.exec(record.fullName);
	return m ? `${m[1]} ${m[2]}` : null;
}

const DAY = 86_400_000;
const daysFrom = (from: string, to: string) =>
	Math.round((Date.parse(to) - Date.parse(from)) / DAY);
/** How long after taking a seat a member's first roll call may come. */
const FIRST_VOTE_LAG = 31;
/** Periods further apart than this belong to different terms of the Kamer. */
const TERM_GAP = 365;

/**
 * The fraction a member sat in on `date`, read as data/members.csv means its periods: the first and
 * last roll call observed in a fraction, so a fraction holds until another is observed. Null when
 * the registry does not place the member in the Kamer around the date (a namesake of another
 * term), or when a change of fraction lies unobserved between the periods around it (A.S. Joseph,
 * NSC until July 2025 and BBB from 30 September 2025, for a motion in September).
 */
export function seatedFraction(periods: MemberRecord[], date: string): string | null {
	const holding = periods.filter((p) => (!p.from || p.from <= date) && (!p.to || date <= p.to));
	const fractions = new Set(holding.map((p) => p.fraction));
	if (fractions.size) return fractions.size === 1 ? holding[0]!.fraction : null;
	const before = periods
		.filter((p) => p.to && p.to < date)
		.sort((x, y) => (x.to! < y.to! ? 1 : -1))[0];
	const after = periods
		.filter((p) => p.from && p.from > date)
		.sort((x, y) => (x.from! < y.from! ? -1 : 1))[0];
	const sinceBefore = before ? daysFrom(before.to!, date) : Infinity;
	const untilAfter = after ? daysFrom(date, after.from!) : Infinity;
	// Between two observations of the same fraction in one term: no change was seen.
	if (before && after && before.fraction === after.fraction && sinceBefore + untilAfter <= TERM_GAP)
		return before.fraction;
	// Just before the first roll call of a term, the seat was already taken.
	if (after && untilAfter <= FIRST_VOTE_LAG && sinceBefore > TERM_GAP) return after.fraction;
	// After the last roll call observed, the fraction holds until another is seen.
	if (before && sinceBefore <= TERM_GAP && untilAfter > TERM_GAP) return before.fraction;
	return null;
}

/**
 * The foot's surnames as members: the canonical name and the fraction on the date proposed, from
 * the member registry. A name it does not know, or that can be more than one member seated then,
 * keeps no fraction and is reported: a fraction is never guessed.
 */
export function resolveMotionSigners(
	draft: MotionDraft,
	members: MemberIndex,
	date: string | null
): { signers: Signer[]; warnings: ParseWarning[] } {
	const warnings: ParseWarning[] = [];
	const line = draft.lines[1];
	const id = `${draft.dossier}-${draft.number}`;
	const unknown = (name: string, why: string): Signer => {
		warnings.push({
			line,
			message: `Motion ${id}: signer "${name}" ${why}; the fraction is left unknown`
		});
		return { name, party: null, partySource: null };
	};
	const signers = draft.signers.map((printed): Signer => {
		let cited = printed;
		let people = peopleFor(cited, members);
		const full = people.length ? null : spelledOutInTitle(cited, draft.title);
		if (full && peopleFor(full, members).length) {
			warnings.push({
				line,
				message: `Motion ${id}: signer "${printed}" is cut short at the foot; read as "${full}", as the title spells it`
			});
			cited = full;
			people = peopleFor(full, members);
		}
		if (!people.length) return unknown(cited, 'is not in data/members.csv');
		// Without a date only a name that was ever one member in one fraction tells the fraction.
		const seated = people
			.map((periods) => ({
				periods,
				fraction: date
					? seatedFraction(periods, date)
					: people.length === 1 && new Set(periods.map((p) => p.fraction)).size === 1
						? periods[0]!.fraction
						: null
			}))
			.filter((s) => s.fraction);
		const names = people.map((p) => p[0]!.fullName).join(', ');
		if (seated.length > 1)
			return unknown(
				cited,
				`can be ${seated.length} members seated on ${date} (${seated.map((s) => s.periods[0]!.fullName).join(', ')})`
			);
		const match = seated[0];
		if (!match)
			return unknown(
				cited,
				date
					? `is in data/members.csv (${names}) but not with one fraction around ${date}`
					: `has no date proposed to tell the fraction (${names})`
			);
		const record = match.periods[0]!;
		// The registry's spelling; where the foot tells a namesake apart by given name or initial
		// ("Inge van Dijk", "D. van Dijk"), the given name stays, as the Handelingen write it.
		const byGivenName = nameKey(cited).endsWith(' ' + nameKey(record.name));
		const name = (byGivenName && givenNameForm(record)) || record.name;
		return { name, party: match.fraction, partySource: 'registry' };
	});
	return { signers, warnings };
}

/**
 * A foot name the typesetter cut short ("Grinwi", "Inge van Dij") that the title spells out
 * ("Motie van het lid Grinwis c.s."): one or two letters more, ending where the title's word ends.
 */
function spelledOutInTitle(cited: string, title: string): string | null {
	const lower = title.toLowerCase();
	const name = cited.toLowerCase();
	if (!name || name.length !== cited.length) return null;
	for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
		if (/\p{L}/u.test(lower[at - 1] ?? '')) continue;
		const more = /^\p{L}{1,2}(?!\p{L})/u.exec(lower.slice(at + name.length));
		if (more) return cited + more[0];
	}
	return null;
}
