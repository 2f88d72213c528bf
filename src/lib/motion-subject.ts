// What a motion is about, in one line a person can read: the registry's title without its
// "Motie van het lid … over", or else the first operative sentence of the text ("Verzoekt de
// regering …"), whole — never a fragment cut off at a length. Pure: parser, queries and pages.

/** The parts of a motion's text as the parser reads them (kind: 'verzoekt', 'overwegende', …). */
interface Part {
	kind: string;
	text: string;
}

/** The parts that ask or say something; the considerations before them only explain. */
const OPERATIVE = new Set(['verzoekt', 'spreekt_uit', 'roept_op', 'draagt_op', 'besluit']);

/** Words that may stand between the names of signers ("Van der Plas", "Dassen en Ouwehand"). */
const NAME_PARTICLES =
	/^(?:en|van|der|den|de|het|te|ter|ten|in|op|'t|’t|c\.s\.?|cs|lid|leden|d'|la|le|du|da|dos|el)$/;

const SENTENCE_END =
	/(?<!(?:^|[\s(])\p{L}|\p{L}\.\p{L}|\b(?:nr|art|bijv|mr|dhr|mevr|drs|dr|ir|prof|ca|zgn|incl|excl|resp|jl|St|nl))[.;](?=\s+(?:\p{Lu}|[•·–-]\s))/u;

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/**
 * The registry's Onderwerp ("Motie van het lid Flach c.s. over zich sterk maken voor …
 * (t.v.v. 21501-32-1590)") as a subject: "Zich sterk maken voor …". Null when the Onderwerp does
 * not name its subject after "over" (a handful of the Kamer's records leave the word out).
 */
export function subjectFromRegistry(onderwerp: string | null | undefined): string | null {
	if (!onderwerp) return null;
	// An amended motion names the one it replaces at the end; the motion page says that already.
	const text = onderwerp
		.replace(/\s*(?:\(t\.v\.v\..*|t\.v\.v\.\s*[\dA-Z-]+\s*|\(\s*)$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	const at = text.indexOf('over ');
	if (at < 0) return null;
	const head = /^(?:[\p{L} ]*?)motie\s+(?:van\s+)?(?:het lid|de leden)\s+(.*)$/iu.exec(
		text.slice(0, at).trim()
	);
	// The words before "over" must be the signers' names, else "over" belongs to the subject.
	if (!head) return null;
	// "Kamminga c.s..", "Dassen c.s. .", "Ceder c.s. t.v.v. 32317-916": the Kamer's own slips.
	const names = head[1]!
		.replace(/\bt\.v\.v\.\s*[\d-]+/g, '')
		.replace(/[\s.]+$/, '')
		.replace(/\s*\bc\.s$/, '')
		.trim();
	const words = names ? names.split(/\s+/) : [];
	const isName = (w: string) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.test(w.toLowerCase());
	if (!words.every(isName)) return null;
	const subject = text
		.slice(at + 5)
		.replace(/(?<!\bc\.s)[\s.,;:]+$/, '')
		.trim();
	return subject ? upperFirst(subject) : null;
}

/**
 * The first sentence of a part of a motion ("verzoekt de regering …, en gaat over tot de orde van
 * de dag."), without the closing formula and the final punctuation, starting with a capital.
 */
export function firstSentence(part: string): string | null {
	let text = part.replace(/\s+/g, ' ').trim();
	text = text.replace(/,?\s*en gaat over tot de orde van de dag\.?\s*$/i, '');
	// A sentence ends at a full stop or semicolon before a capital, a bullet or a dash — never at
	// an initial ("X. Jansen"), "o.a." or another abbreviation in the middle of one.
	const end = SENTENCE_END.exec(text);
	if (end) text = text.slice(0, end.index);
	text = text.replace(/[\s,;:.]+$/, '').trim();
	return text ? upperFirst(text) : null;
}

/** The first sentence of the first operative part: "Verzoekt de regering …". Null without one. */
export function operativeSentence(parts: readonly Part[]): string | null {
	const part = parts.find((p) => OPERATIVE.has(p.kind));
	return part ? firstSentence(part.text) : null;
}

/**
 * A motion's subject: the registry's title where it names one, else the first operative sentence
 * of its text, else the subject stored with it (a text read before the parser kept the whole
 * sentence ends in " …"; that mark is left as it is, it says something is missing).
 */
export function motionSubject(m: {
	registry?: string | null;
	parts?: readonly Part[] | null;
	stored?: string | null;
}): string | null {
	return (
		subjectFromRegistry(m.registry) ??
		(m.parts ? operativeSentence(m.parts) : null) ??
		(m.stored?.trim() || null) ??
		(m.registry?.trim() || null)
	);
}
