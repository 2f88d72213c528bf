// Every Dutch phrase the reader recognises, one table per concept: a wording met in a new
// transcript is one edit here, and every extraction step (and every reader) sees the same list.
import type { MotionPartKind, Verdict } from './types';

/** Escape a phrase for use inside a regular expression; a space matches any run of white space. */
const phrase = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const anyOf = (list: readonly string[]) => list.map(phrase).join('|');

// --- people ---------------------------------------------------------------------------------

/** Words that belong to a surname and stand before it: "Van Hijum", "Inge van Dijk", "In 't Veld". */
export const NAME_PREFIXES = [
	'van',
	'de',
	'den',
	'der',
	'het',
	"'t",
	'’t',
	'ten',
	'ter',
	'te',
	'el',
	'la',
	'le',
	'in',
	"'s",
	'op',
	'von',
	'du',
	'di',
	'da'
] as const;

/** A run of name prefixes before a capitalised word: "van der ", "in 't ". */
export const NAME_PREFIX = String.raw`(?:(?:${anyOf(NAME_PREFIXES)})\s+)`;

/** One surname as running text writes it: prefixes, then a capitalised word ("van der Plas", "Slagt-Tichelman"). */
export const SURNAME = String.raw`${NAME_PREFIX}*\p{Lu}[\p{L}'’-]*`;

/** A person's name: one or more capitalised words with their prefixes ("Inge van Dijk", "Van Hijum"). */
export const PERSON_NAME = String.raw`${SURNAME}(?:\s+${SURNAME})*`;

/** The same in a speaker label, where initials may stand in the name ("Minister Van der Burg:"). */
export const LABEL_NAME = String.raw`${NAME_PREFIX}*\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_PREFIX}*\p{Lu}[\p{L}'’.-]*)*`;

/** How a member is addressed before the name, in labels and running text. */
export const ADDRESSES = ['De heer', 'Mevrouw', 'Meneer'] as const;

/** How a member is referred to in the chair's lines and the cabinet's answers: "het lid Dassen". */
export const MEMBER_TERMS = [
	'het lid',
	'de leden',
	'lid',
	'collega',
	'Kamerlid',
	'Kamerleden'
] as const;

/** The titles of members of the cabinet, as labels and signatures write them. */
export const CABINET_TITLES = ['Minister-president', 'Minister', 'Staatssecretaris'] as const;

/** "de heer ", "Mevrouw ", "het lid ", "minister ": what stands before a name and is no part of it. */
export const ADDRESS_BEFORE_NAME = new RegExp(
	String.raw`^(?:${anyOf([...ADDRESSES, ...MEMBER_TERMS, ...CABINET_TITLES])})\s+`,
	'i'
);

/** The address as it stands before a signer's name in a mention: "van de heer", "van mevrouw", "van het lid". */
export const MENTION_ADDRESS = String.raw`(?:${anyOf(ADDRESSES.map((a) => a.toLowerCase()))}|${anyOf(MEMBER_TERMS)}|${anyOf(ADDRESSES)})`;

// --- speaker labels -------------------------------------------------------------------------

/** "De heer Timmermans (GroenLinks-PvdA):", "Mevrouw Dobbe (SP):" — the name and the fraction. */
export const MEMBER_LABEL = new RegExp(
	String.raw`^(?:${anyOf(ADDRESSES)})\s+(.+?)\s*\(([^()]+)\)\s*:\s*$`
);

/**
 * "Minister Van Weel:", "Staatssecretaris Blokhuis:". The name is capitalised words and name
 * prefixes only ("Van der Burg"), so running text ("Minister Van Weel zei het al:") is no label.
 */
export const CABINET_LABEL = new RegExp(
	String.raw`^(${anyOf(CABINET_TITLES)})\s+(${LABEL_NAME})\s*:\s*$`,
	'u'
);

/** "De voorzitter:". */
export const CHAIR_LABEL = /^De\s+(?:voorzitter|Voorzitter)\s*:\s*$/;

/** The chair naming a member with the fraction in running text: "Mevrouw Dobbe, SP.", "De heer Van Baarle van DENK." */
export const NAMED_BY_CHAIR = new RegExp(
	String.raw`\b(?:${anyOf(ADDRESSES)})\s+((?:\p{Lu}\p{Ll}*\s)?\p{Lu}[\p{L}'-]+)(?:,| van)\s+(\p{Lu}[\p{L}-]+)\.`,
	'gu'
);

// --- the motion -----------------------------------------------------------------------------

/** A motion's opening, its formula of deliberation, and its closing. */
export const MOTION_OPENING = 'De Kamer,';
export const MOTION_HEARD = /^gehoord (?:hebbende )?de beraadslaging(?:en)?,?$/i;
const CLOSING_WORDS = String.raw`gaa[tn]\s+over\s+tot\s+(?:de\s+)?orde\s+van\s+de\s+dag`;
/** The closing at the end of a motion's last part: ", en gaat over tot de orde van de dag." */
export const MOTION_CLOSING = new RegExp(String.raw`,?\s*en\s+${CLOSING_WORDS}\.?\s*$`, 'i');
/** The closing wherever it stands (a motion document's own markup may put it anywhere). */
export const MOTION_CLOSING_ANYWHERE = new RegExp(
	String.raw`(?:\ben\s+)?\b${CLOSING_WORDS}\b[.,;]?`,
	'i'
);

export interface MotionPartRule {
	kind: MotionPartKind;
	/** The words a part starts with (after a qualifier such as "voorts"), lower case. */
	words: readonly string[];
	/** What the Kamer does (the dictum), as against what it notes or considers. */
	operative: boolean;
	/**
	 * The classic formulas, safe to take as a new part even right under the line before (a
	 * motion laid out without blank lines). The others start a part only as a paragraph.
	 */
	core: boolean;
}

/** How each part of a motion starts. Order matters: "roept uit" before "roept". */
export const MOTION_PART_RULES: readonly MotionPartRule[] = [
	{
		kind: 'constaterende',
		words: ['constaterende', 'constaterend', 'constateert', 'constateerde'],
		operative: false,
		core: true
	},
	{ kind: 'overwegende', words: ['overwegende', 'overwegend'], operative: false, core: true },
	{
		kind: 'van_mening',
		words: ['van mening', 'van oordeel', 'van overtuigd', 'ervan overtuigd', 'is van mening'],
		operative: false,
		core: true
	},
	// "spreekt uit", "spreekt zich uit", "spreekt als haar mening uit", "spreekt de wens uit".
	{ kind: 'spreekt_uit', words: ['spreekt'], operative: true, core: true },
	// Slips seen in the record: "v erzoekt", "erzoekt", "verzoek de regering".
	{
		kind: 'verzoekt',
		words: ['verzoekt', 'v erzoekt', 'erzoekt', 'verzoek de', 'verzoek het'],
		operative: true,
		core: true
	},
	// Decisions with no kind of their own: a declaration ("roept uit dat 15 maart …").
	{ kind: 'overig', words: ['roept uit'], operative: true, core: false },
	{ kind: 'roept_op', words: ['roept'], operative: true, core: true },
	{ kind: 'draagt_op', words: ['draagt'], operative: true, core: true },
	{ kind: 'besluit', words: ['besluit'], operative: true, core: false },
	// A motion of no confidence ("zegt het vertrouwen … op"), a promise ("zegt … toe"), censure
	// ("keurt … af", "betreurt", "veroordeelt"), and the other things the Kamer does.
	{
		kind: 'overig',
		words: [
			'zegt',
			'keurt',
			'betreurt',
			'veroordeelt',
			'erkent',
			'herbevestigt',
			'bevestigt',
			'steunt',
			'betuigt',
			'onderschrijft',
			'nodigt',
			'dringt',
			'vraagt',
			'wijst',
			'neemt',
			'doet',
			'geeft',
			'beveelt',
			'verklaart'
		],
		operative: true,
		core: false
	},
	// Considerations worded otherwise.
	{
		kind: 'overig',
		words: [
			'gelet op',
			'gelezen',
			'kennis genomen',
			'kennisgenomen',
			'beseffende',
			'benadrukkende',
			'erkennende',
			'appreciërende',
			'onderstrepende',
			'onderstrepend',
			'verwijzende',
			'waarschuwend',
			'concluderende',
			'concluderend',
			'herinnerende',
			'herinnerend',
			'indachtig',
			'stelt vast',
			'merkt op',
			'brengt in herinnering'
		],
		operative: false,
		core: false
	}
];

/** Words that qualify a part's opening verb without changing it: "voorts constaterende", "en verzoekt". */
export const MOTION_PART_QUALIFIERS = [
	'en',
	'voorts',
	'verder',
	'tevens',
	'bovendien',
	'daarbij',
	'daarnaast',
	'daarom',
	'ook',
	'mede',
	'nog',
	'eveneens',
	'nogmaals',
	'tot slot',
	'ten slotte',
	'ten eerste',
	'ten tweede',
	'ten derde'
] as const;

const QUALIFIER_RUN = new RegExp(String.raw`^(?:(?:${anyOf(MOTION_PART_QUALIFIERS)})[\s,]+)+`, 'i');

const PART_WORD = (rule: MotionPartRule) =>
	new RegExp(String.raw`^(?:${anyOf(rule.words)})(?![\p{L}])`, 'u');
const PART_MATCHERS = MOTION_PART_RULES.map((rule) => ({ rule, re: PART_WORD(rule) }));

/** The rule a motion part's text starts with ("voorts verzoekt de regering …" → verzoekt), or null. */
export function motionPartRule(text: string): MotionPartRule | null {
	const lower = text.trim().toLowerCase().replace(QUALIFIER_RUN, '');
	// "en gaat over tot de orde van de dag" is the closing, not a part.
	return PART_MATCHERS.find(({ re }) => re.test(lower))?.rule ?? null;
}

/** The kind of part a text starts, or null when it continues the part before. */
export function motionPartKind(text: string): MotionPartKind | null {
	return motionPartRule(text)?.kind ?? null;
}

const ALL_PART_WORDS = anyOf([...new Set(MOTION_PART_RULES.flatMap((r) => r.words))]);
const CORE_PART_WORDS = anyOf([
	...new Set(MOTION_PART_RULES.filter((r) => r.core).flatMap((r) => r.words))
]);
const QUALIFIERS = String.raw`(?:(?:${anyOf(MOTION_PART_QUALIFIERS)})[\s,]+)*`;

// --- the chair's formulas -------------------------------------------------------------------

/** "Deze motie is voorgesteld door de leden Timmermans, Dassen en Ceder." (after the motion). */
export const SIGNERS_AFTER = /^Deze motie is voorgesteld door (?:de leden|het lid)\s+(.+?)\.?$/s;

/** "Door de leden Van der Ham en Pechtold wordt de volgende motie voorgesteld:" (older, before it). */
export const SIGNERS_BEFORE =
	/\bDoor (?:de leden|het lid)\s+(.+?)\s+(?:wordt|worden) de volgende moties? voorgesteld:?/s;

/** Where the chair gives the number, whether or not the rest of the line can be read. */
export const MOTION_NUMBER_AT = /Zij krijgt nr\./;

/** "Zij krijgt nr. 216 (36045)." · "Zij krijgt nr. 241, was nr. 234 (36045)." */
export const MOTION_NUMBER = /Zij krijgt nr\.\s*(\d+)(?:,\s*was nr\.\s*(\d+))?\s*\(([^)]+)\)/;

/**
 * What the chair says between a motion and its signers or number about its support, in the
 * Handelingen of every period. These sentences are procedure: never a signer, never a verdict.
 */
export const SUPPORT_FORMULAS: readonly RegExp[] = [
	/^Naar mij blijkt,? wordt de indiening (?:ervan|daarvan|van (?:de|deze) motie) (?:niet |on)?voldoende ondersteund\.?$/i,
	/^(?:De|Deze) motie (?:is|wordt) (?:niet |on)?voldoende ondersteund\.?$/i,
	/^De indiening (?:ervan |daarvan |van (?:de|deze) motie )?wordt (?:niet |on)?voldoende ondersteund\.?$/i,
	/^Ik constateer dat (?:de|deze) motie (?:niet |on)?voldoende (?:wordt )?ondersteund(?: wordt)?\.?$/i,
	/^(?:Zij|De motie|Deze motie) maakt (?:onder)?deel uit van de beraadslaging(?:en)?\.?$/i,
	/^(?:Zij|De motie|Deze motie) (?:is|wordt) voldoende ondersteund en maakt (?:onder)?deel uit van de beraadslaging\.?$/i
];

/** A support formula that says the support is lacking: the motion is not part of the deliberation. */
export const UNSUPPORTED = /\b(?:niet voldoende|onvoldoende) ondersteund\b/i;

export const isSupportFormula = (sentence: string) =>
	SUPPORT_FORMULAS.some((re) => re.test(sentence.trim()));

/** The chair's lines that start a paragraph of their own ("Naar mij blijkt, …" under the signers). */
export const CHAIR_LINE_STARTS = [
	'Deze motie is voorgesteld',
	'Zij krijgt nr',
	'Naar mij blijkt',
	'Zij maakt onderdeel uit',
	'Zij maakt deel uit'
] as const;

/** A paragraph that is the chair's line after a motion: a motion text reaching it lost its closing. */
export const CHAIR_LINE_START = new RegExp(String.raw`^(?:${anyOf(CHAIR_LINE_STARTS)})`);

/**
 * Paragraph starts that are never a continuation of the paragraph before: a motion's formulas
 * and parts, and the chair's closing lines.
 */
export const MOTION_PART_START = new RegExp(
	String.raw`^(?:De Kamer,|gehoord de beraadslaging|${QUALIFIERS}(?:${ALL_PART_WORDS})(?![\p{L}])|en gaat over tot de orde|${anyOf(CHAIR_LINE_STARTS)}|Door (?:de leden|het lid) .+ wordt de volgende motie voorgesteld)`,
	'iu'
);

/**
 * A line that starts a motion part even right under the line before (a motion laid out without
 * blank lines). Stricter than MOTION_PART_START: the classic lower-case words, "De Kamer," alone.
 */
export const MOTION_LINE_START = new RegExp(
	String.raw`^(?:De Kamer,\s*$|gehoord de beraadslaging|(?:(?:voorts|tevens|mede|ook|verder|nog) )?(?:${CORE_PART_WORDS})\b|en gaat over tot de orde van de dag|Deze motie is voorgesteld|Zij krijgt nr)`
);

/** The chair asks for the verdict that was not given: "En dan mis ik nog een oordeel van de minister." */
export const VERDICT_REQUESTS: readonly RegExp[] = [
	/\b(?:mis|ontbreekt|wil|hoor|vraag|krijg|hebben|heb)\b[^.?!]{0,30}\b(?:oordeel|appreciatie)\s+(?:van|door)\s+(?:de|het|uw)\s+(?:minister|staatssecretaris|kabinet|bewindspersoon)/i,
	/\bwat is (?:uw|het|de|zijn|haar) (?:oordeel|appreciatie)\b/i,
	/\b(?:nog )?een (?:oordeel|appreciatie) (?:over|op|bij|van)\b/i
];

export const isVerdictRequest = (sentence: string) =>
	VERDICT_REQUESTS.some((re) => re.test(sentence));

/** An answer that confirms what the chair asked ("Oordeel Kamer, neem ik aan?" — "Ja."). */
export const ASSENT =
	/^(?:ja|jazeker|jawel|zeker|klopt|dat klopt|correct|inderdaad|precies|juist|dat is juist|dat is correct)\b/i;

// --- the cabinet's verdicts -----------------------------------------------------------------

/**
 * How each verdict is said, as regular expressions over one clause. Where two overlap, the one
 * earlier in VERDICT_PRECEDENCE wins ("ontraden, tenzij" over "ontraden").
 */
export const VERDICT_PHRASES: Record<Verdict, readonly RegExp[]> = {
	ontraden_tenzij_gewijzigd: [/\bontra(?:den|ad|adt)\b,?\s+tenzij\b/gi],
	oordeel_kamer: [
		// "oordeel Kamer", "aan het oordeel van de Kamer (laten/overlaten)", "oordeel der Kamer".
		/\boordeel\s+(?:van\s+)?(?:de\s+|der\s+|uw\s+)?Kamer\b/gi,
		// "het oordeel aan de Kamer laten", "laat ik het oordeel over deze motie aan de Kamer",
		// "het oordeel hierover graag aan de Kamer".
		/\boordeel\s+(?:(?:over|bij|omtrent|op)\s+(?:deze|die|de|dit|het|haar|zijn)\s+(?:motie|moties|voorstel|punt)\s+|hierover\s+|daarover\s+|erover\s+)?(?:(?:dan|dus|graag|maar|ook|wel|gewoon|toch|echt|om\s+die\s+reden)\s+)*(?:aan|bij)\s+(?:de|uw|der)\s+Kamer\b/gi,
		// "Die laat ik aan de Kamer", "laat ik graag over aan de Kamer", "aan de Kamer overlaten".
		/\b(?:laat|laten|overlaten|overlaat)\b(?:\s+(?!(?:niet|geen)\b)[\p{L}'’]+){0,5}?\s+(?:over\s+)?aan\s+(?:de|uw)\s+Kamer\b(?!\s+(?:weten|zien|horen|toekomen|sturen|melden|voorleggen))/giu,
		/\baan\s+(?:de|uw)\s+Kamer\s+(?:over\s*)?(?:te\s+)?(?:laten|overlaten)\b(?!\s+(?:weten|zien|horen|toekomen))/gi
	],
	ontraden: [/\bontra(?:den|ad|adt)\b/gi],
	// "overbodig" about the motion, not "overbodig om hier te bespreken"; "ondersteuning van
	// (het) beleid" is its older name.
	overbodig: [
		/\boverbodig\b(?!\s+om\s+(?:\S+\s+){0,4}?te\b)/gi,
		/\bondersteuning\s+van\s+(?:het\s+)?(?:staand\s+|huidig\s+|bestaand\s+|ingezet\s+)?(?:kabinets)?beleid\b/gi
	],
	ontijdig: [/\bontijdig\b/gi],
	overgenomen: [/\bovergenomen\b|\bovernemen\b/gi],
	verzocht_aan_te_houden: [/\b(?:motie\s+)?(?:even\s+)?aan\s+te\s+houden\b|\baanhouden\b/gi]
};

/**
 * A word every phrasing above holds, matched with the most permissive of their flags (iu): a
 * clause without one states no verdict. A new phrasing must hold one of these words, or add it.
 */
export const VERDICT_WORD =
	/ontra|oordeel|kamer|overbodig|ondersteuning|ontijdig|overgenomen|overnemen|houden/iu;

/** Which verdict wins where two phrasings overlap: the more specific first. */
export const VERDICT_PRECEDENCE: readonly Verdict[] = [
	'ontraden_tenzij_gewijzigd',
	'oordeel_kamer',
	'ontraden',
	'overbodig',
	'ontijdig',
	'overgenomen',
	'verzocht_aan_te_houden'
];

/**
 * Words that make a verdict a possibility rather than the verdict: "ik zou 'm eventueel overbodig
 * kunnen verklaren", "zou leiden tot ontraden" ("zou" … "leiden"/"kunnen" with no comma between).
 */
export function isTentativeWording(clause: string): boolean {
	return TENTATIVE_WORDS.test(clause) || wouldLeadOrCould(clause);
}

const TENTATIVE_WORDS =
	/\b(?:anders|eventueel|misschien|wellicht|kan me voorstellen|kunnen\s+(?:geven|verklaren|noemen))\b/i;
const WOULD = /\bzou(?:den)?\b/gi;
const LEAD_OR_COULD = /\b(?:leiden|kunnen)\b/gi;

/**
 * /\bzou(?:den)?\b[^,]*\b(?:leiden|kunnen)\b/i without its backtracking, which is quadratic in a
 * long clause of "zou"s: only the first "zou" of each comma-free stretch needs trying (a later one
 * reaches no further), and the next "leiden"/"kunnen" found is kept until a "zou" passes it.
 */
function wouldLeadOrCould(clause: string): boolean {
	WOULD.lastIndex = 0;
	let next: RegExpExecArray | null | undefined;
	for (let m = WOULD.exec(clause); m; m = WOULD.exec(clause)) {
		const end = m.index + m[0].length;
		if (next === undefined || (next && next.index < end)) {
			LEAD_OR_COULD.lastIndex = end;
			next = LEAD_OR_COULD.exec(clause);
		}
		if (!next) return false;
		const comma = clause.indexOf(',', end);
		if (comma < 0 || next.index < comma) return true;
		WOULD.lastIndex = comma + 1;
	}
	return false;
}

/** "met de aanpassing": a verdict the motion would get if it were changed. */
export const IF_AMENDED = /\b(?:aanpassing|gewijzigd|wijziging)\b/i;

/** A verdict weighed, not given: "Ik twijfelde wel of ik deze motie oordeel Kamer zou geven of ontraden". */
export const DELIBERATION =
	/\b(?:twijfel\w*|aarzel\w*|overwo(?:og|gen)|overweeg\w*|afgewogen|nagedacht|dacht\w*\s+(?:er\s+)?(?:over\s+)?na)\b[^.]*\bof\b|\bof\s+ik\b[^.]*\bzou\b/i;

/** Degree words that make a verdict word a description: "Dat deel van de motie is dus wat overbodig." */
export const HEDGED =
	/\b(?:wat|enigszins|een\s+beetje|beetje|nogal|deels|gedeeltelijk|min\s+of\s+meer|half)\s+$/i;

/** A part of the motion as the subject: "dat deel van de motie", "dit onderdeel". */
export const PART_OF_MOTION =
	/\b(?:dat|dit|het|die|deze|een)\s+(?:deel|onderdeel|gedeelte|stuk|element|passage)\b(?:\s+van\s+de\s+motie)?/i;

/** "niet anders dan" and "niet alleen" deny nothing. */
export const NEGATION = /\b(?:niet|geen)\b(?!\s+(?:anders\s+dan|alleen)\b)/i;

/** Words that lead a condition on a verdict: "als …, krijgt de motie oordeel Kamer", "oordeel Kamer, mits …". */
export const CONDITION_BEFORE = /\b(als|indien|wanneer|op voorwaarde dat)\b/i;
export const CONDITION_AFTER =
	/\b(mits|tenzij|op voorwaarde dat|met de kanttekening dat|in de interpretatie dat|met de interpretatie dat|(?<!\b(?:net|even|zo|ook)\s)(?:als|indien|wanneer)(?!\s+(?:zodanig|het\s+ware|gezegd|eerder|ondersteuning)\b))\b/i;

/**
 * After a request to hold, the verdict the motion gets if it is not held: "ik verzoek de indiener
 * de motie aan te houden; anders ontraden", "Zo niet, dan ontraad ik haar."
 */
export const HOLD_FALLBACK =
	/\b(?:anders|zo\s*niet|zo\s+nee|indien\s+niet|zo\s+niet,?\s+dan|als\s+(?:\S+\s+){0,4}?(?:dat\s+)?niet\s+(?:doet|gebeurt|wil|aanhoudt)|wordt\s+(?:de\s+motie|zij|die|ze)\s+niet\s+aangehouden|mocht\s+(?:\S+\s+){0,4}?niet)\b/i;

/** The cabinet saying it gives no verdict: "Dat is een spreekt-uitmotie en ik geef dus geen appreciatie." */
export const NO_APPRAISAL =
	/\bgeen\s+(?:appreciatie|oordeel)\b(?!\s+(?:van\s+de\s+)?Kamer)|\b(?:niet|nooit)\s+(?:appreciëren|apprecieren|beoordelen)\b|\bgaat\s+de\s+Kamer\s+(?:zelf\s+)?over\b/i;

// --- naming a motion ------------------------------------------------------------------------

/** A Kamerstuk dossier as written: "36045", "36 045", "21 501-02", "36600 V", "36740-XVI". */
export const DOSSIER_NUMBER = String.raw`\d{2}\s?\d{3}(?:\s*-\s*[A-Z0-9]{1,4}\b|\s+[IVXLC]{1,5}\b)?`;

/**
 * Words that name another motion only to compare or refer ("net als bij de motie op stuk nr. 216",
 * "gelet op de motie-Van Hijum", "dus niet over de motie op stuk nr. 17"): that motion is not the
 * one being appraised, and the verdict in the sentence is not its verdict.
 */
export const REFERENCE_LEADS = [
	'net als bij',
	'zoals bij',
	'evenals bij',
	'anders dan bij',
	'net als in',
	'zoals in',
	'gelet op',
	'gezien',
	'in lijn met',
	'in de lijn van',
	'in de geest van',
	'conform',
	'overeenkomstig',
	'vergelijkbaar met',
	'naar aanleiding van',
	'vanwege',
	'met verwijzing naar',
	'onder verwijzing naar',
	'verwijzend naar',
	'ter uitvoering van',
	'uitvoering van',
	'uitvoering aan',
	'in aanvulling op',
	'in tegenstelling tot',
	'niet over',
	'niet om'
] as const;

export const REFERENCE_LEAD = new RegExp(
	String.raw`\b(?:${anyOf(REFERENCE_LEADS)})\s+(?:(?:de|het|een|zijn|haar|mijn|uw|hun|diens)\s+)?(?:(?:eerdere|eerder\s+aangenomen|aangenomen|aangehouden|vorige|gewijzigde|oude)\s+)?$`,
	'i'
);

/** "de vorige motie": back to the motion discussed before the one in hand. */
export const PREVIOUS_MOTION = /\b(?:de|die|over\s+de|op\s+de)\s+vorige\s+motie\b/i;

/** Nouns that say what kind of document a Kamerstuk reference is; the motion nouns first. */
export const MOTION_NOUNS = ['motie', 'moties', 'gewijzigde motie'] as const;
export const DOCUMENT_NOUNS = [
	'kamerbrief',
	'brief',
	'bijlage',
	'verslag',
	'nota',
	'regeerprogramma',
	'wetsvoorstel',
	'amendement',
	'agenda',
	'rapport',
	'besluit',
	'antwoorden',
	'vragen',
	'beslisnota',
	'jaarverslag',
	'begroting'
] as const;

// --- the cabinet's documents ----------------------------------------------------------------

/** A signature block's role line: "De minister van Buitenlandse Zaken,", "De staatssecretaris van …,". */
export const SIGNATURE_ROLE = new RegExp(
	String.raw`^\s*De\s+(${anyOf(CABINET_TITLES)})(?:\s+(van|voor)\s+([^,]+?))?\s*,\s*$`,
	'i'
);

/** A written consultation's fraction heading: "Vragen en opmerkingen van de leden van de D66-fractie". */
export const CONSULTATION_HEADING = /Vragen en opmerkingen van de leden van de (.+?)-fractie/i;

/** "Vraag 8" on its own line, or "Vraag 18. De leden van de PVV-fractie vragen …". */
export const QUESTION_LINE = /^\s*Vraag\s+(\d+)(?:\s*|[.:]\s+\p{Lu}.*)$/u;

/** The months as Dutch dates write them ("11 september 2025"), January first: one list, in dates.ts. */
export { MONTHS } from '../dates';

// --- votes ("Stemmingen") and the registry's decisions ------------------------------------------

/** The registry's BesluitSoort for a decision on a motion, by what it decides. */
export const REGISTRY_DECISIONS: Record<string, import('../outcomes').Decision> = {
	'Stemmen - aangenomen': 'adopted',
	'Stemmen - verworpen': 'rejected',
	'Stemmen - gestaakt': 'tied',
	'Stemmen - aangehouden': 'held',
	'Stemmen - ingetrokken': 'withdrawn'
};

/** The registry's StemmingsSoort. */
export const REGISTRY_VOTE_KINDS: Record<string, import('../outcomes').VoteKind> = {
	'Met handopsteken': 'hands',
	Hoofdelijk: 'roll-call'
};

/** The registry's Stemming.Soort. */
export const REGISTRY_CHOICES: Record<string, import('../outcomes').Choice> = {
	Voor: 'for',
	Tegen: 'against',
	'Niet deelgenomen': 'absent'
};

/** The motion (or motions) a Kamerstuk citation in a vote names: "(36045, nr. 216)", "(21501-08, nr. 726, was nr. 719)". */
const VOTE_CITATION = String.raw`\((${DOSSIER_NUMBER}),\s*nr\.\s*(\d+)(?:,\s*was\s+nr\.\s*(\d+))?\)`;

/** "In stemming komt de (gewijzigde) motie-Timmermans c.s. (36045, nr. 216)." */
export const VOTE_ON_MOTION = new RegExp(
	String.raw`^In\s+stemming\s+komt\s+de\s+(?:gewijzigde\s+)?motie[-\s]?(.*?)\s*${VOTE_CITATION}\.?`,
	'iu'
);

/** "Ik constateer dat …": the chair's finding after a vote. */
export const VOTE_FINDING = /^Ik\s+constateer\s+dat\b/i;

/** "… met algemene stemmen is aangenomen." */
export const UNANIMOUS = /\bmet\s+algemene\s+stemmen\b/i;

/** The declared outcome at the end of the finding. */
export const VOTE_DECLARED: readonly [RegExp, import('../outcomes').Decision][] = [
	[/\b(?:is|zijn)\s+aangenomen\b/i, 'adopted'],
	[/\b(?:is|zijn)\s+verworpen\b/i, 'rejected'],
	[/\bstemmen\s+(?:hebben\s+)?(?:ge)?sta(?:ken|akt)\b/i, 'tied']
];

/** "de leden van de fracties van de SP, de PvdA en 50PLUS voor deze motie hebben gestemd" (also "de fractie van"). */
export const FRACTIONS_FOR =
	/de\s+leden\s+van\s+de\s+fracties?\s+van\s+(.+?)\s+voor\s+deze\s+(?:gewijzigde\s+)?motie\s+hebben\s+gestemd/i;

/** "en de leden van de fracties van de PVV en FVD ertegen". */
export const FRACTIONS_AGAINST = /de\s+leden\s+van\s+de\s+fracties?\s+van\s+(.+?)\s+ertegen\b/i;

/** "de leden van de overige fracties ertegen" / "… ervoor". */
export const OTHERS_AGAINST = /de\s+leden\s+van\s+de\s+overige\s+fracties\s+ertegen\b/i;
export const OTHERS_FOR = /de\s+leden\s+van\s+de\s+overige\s+fracties\s+(?:ervoor|voor\s+deze)/i;

/** Articles before a fraction's name in a list: "de SP", "het CDA". */
export const FRACTION_ARTICLE = /^(?:de|het)\s+/i;

/** A roll call: "Vóór stemmen de leden: Agema, Van Aalst, …" and "Tegen stemmen de leden: …". */
export const ROLL_CALL_FOR = /^V[óo]{1,2}r\s+stemmen\s+de\s+leden\s*:?\s*(.*)$/iu;
export const ROLL_CALL_AGAINST = /^Tegen\s+stemmen\s+de\s+leden\s*:?\s*(.*)$/i;

/** "met 76 stemmen voor en 74 stemmen tegen": the chair's count of a roll call. */
export const ROLL_CALL_COUNT =
	/met\s+(\d+)\s+stemmen\s+vóó?r\s+en\s+(\d+)\s+(?:stemmen\s+)?tegen/iu;

/** "Op verzoek van de heer Van Hijum stel ik voor zijn motie (36045, nr. 230) aan te houden." */
export const HOLD_REQUEST = new RegExp(
	String.raw`Op\s+verzoek\s+van\s+(?:de\s+heer|mevrouw|het\s+lid)\s+(.+?)\s+stel\s+ik\s+voor\s+(?:zijn|haar|de)\s+(?:gewijzigde\s+)?motie[-\s]?.*?${VOTE_CITATION}\s+aan\s+te\s+houden`,
	'iu'
);

/** The words HOLD_REQUEST ends on: a paragraph without them is not tried against the long pattern. */
export const HOLD_HINT = /aan\s+te\s+houden/i;

/** "Daartoe wordt besloten." after a proposal of the chair. */
export const DECIDED = /\bDaartoe\s+wordt\s+besloten\b/i;

/** "Aangezien de motie-Vermeer (36045, nr. 233) is ingetrokken, …" / "De motie-… (…) is ingetrokken." */
export const WITHDRAWN = new RegExp(
	String.raw`\bmotie[-\s]?(.*?)\s*${VOTE_CITATION}\s+is\s+ingetrokken\b`,
	'iu'
);
/** The word WITHDRAWN ends on. */
export const WITHDRAWN_HINT = /ingetrokken/i;
