// The typed records the reader produces. Everything here is plain data: no I/O, no database.
import type { Verdict } from '../verdicts';

export type { Verdict };

/** 'motion': a motion as its own published document (kst XML). */
export type DocumentKind = 'debate' | 'letter' | 'answers' | 'consultation' | 'motion';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
	'debate',
	'letter',
	'answers',
	'consultation',
	'motion'
];

/** 1-based, inclusive line numbers in the source text. */
export type LineRange = [number, number];

export interface ParseWarning {
	line: number;
	message: string;
}

/** A member of the Kamer as the registry (data/members.csv) knows them. */
export interface MemberRecord {
	/** Surname as the Handelingen write it, prefix first: "Van Hijum". */
	name: string;
	fullName: string;
	fraction: string;
	from: string | null;
	to: string | null;
	personId: string | null;
}

/** A post in the cabinet (data/cabinet.csv). */
export interface CabinetRecord {
	name: string;
	fullName: string;
	role: string;
	ministry: string;
	party: string | null;
	from: string | null;
	to: string | null;
}

export interface Registry {
	members: MemberRecord[];
	cabinet: CabinetRecord[];
}

export type SpeakerKind = 'member' | 'cabinet' | 'chair';

export interface Speaker {
	kind: SpeakerKind;
	/** Canonical surname ("Van Weel", "Yeşilgöz-Zegerius"); "voorzitter" for the chair. */
	name: string;
	/** The fraction in the label, for members. */
	party: string | null;
	/** "Minister", "Staatssecretaris", "Minister-president" for the cabinet. */
	title: string | null;
	/** From the cabinet registry on the document's date: "minister van Defensie". */
	post: string | null;
	ministry: string | null;
	/** First line where this speaker's label occurs. */
	line: number;
}

export type MotionPartKind =
	| 'constaterende'
	| 'overwegende'
	| 'van_mening'
	| 'spreekt_uit'
	| 'verzoekt'
	| 'roept_op'
	| 'draagt_op'
	| 'besluit'
	| 'overig';

export interface MotionPart {
	kind: MotionPartKind;
	text: string;
}

export interface Signer {
	name: string;
	party: string | null;
	/** Where the fraction came from: the transcript's own speaker label or the member registry. */
	partySource: 'label' | 'registry' | null;
}

export interface Motion {
	id: string;
	dossier: string;
	number: number;
	/** For an amended motion ("Zij krijgt nr. 241, was nr. 234"): the number it replaces. */
	replaces: number | null;
	signers: Signer[];
	reader: string | null;
	subject: string;
	parts: MotionPart[];
	text: string;
	lines: LineRange;
	/** In a report of several debates: the index into `document.debates` of the one it was tabled in. */
	debate?: number | null;
}

export interface AppraisalStatement {
	verdict: Verdict;
	minister: string | null;
	conditional: boolean;
	condition: string | null;
	quote: string;
	lines: LineRange;
	/** Who said it: a member of the cabinet, or the chair confirming. */
	by: 'cabinet' | 'chair';
}

export interface Appraisal {
	motionId: string;
	verdict: Verdict;
	minister: string | null;
	conditional: boolean;
	condition: string | null;
	quote: string;
	lines: LineRange;
	/** Every statement that set or changed the verdict, in order; the last one stands. */
	history: AppraisalStatement[];
}

export interface MotionReference {
	motion: string;
	asWritten: string;
	line: number;
	dossier: string;
	number: number;
	/** Signers as the text names them, canonicalised where the registry knows them. */
	signers: string[];
	via: 'id' | 'footnote';
	sentence: string;
}

export interface UnresolvedReference {
	asWritten: string;
	line: number;
	signers: string[];
	sentence: string;
}

export interface KamerstukReference {
	id: string;
	asWritten: string;
	line: number;
}

export interface Signatory {
	name: string;
	asWritten: string;
	role: string;
	ministry: string | null;
	line: number;
}

export interface ConsultationQuestion {
	number: number;
	fraction: string;
	line: number;
}

export interface DocumentMeta {
	kind: DocumentKind;
	title: string | null;
	date: string | null;
	/** The form it was read from: text, pdf, vlos, handelingen, motion. */
	format: import('./body').DocumentFormat;
	/** An interim report ("Tussenpublicatie", "Ongecorrigeerd"): it may stop before the end. */
	interim: boolean;
	/** The debates a report holds, in order (VLOS and Handelingen items); empty for plain text. */
	debates: string[];
}

export interface ParsedDocument {
	document: DocumentMeta;
	speakers: Speaker[];
	motions: Motion[];
	appraisals: Appraisal[];
	references: MotionReference[];
	unresolvedReferences: UnresolvedReference[];
	kamerstukken: KamerstukReference[];
	signatories: Signatory[];
	questions: ConsultationQuestion[];
	/** Decisions the "Stemmingen" of a report record: votes, motions held or withdrawn. */
	votes: import('./votes').VoteStatement[];
	warnings: ParseWarning[];
	/** The display text line numbers refer to: the source for plain text, rendered for XML and PDF. */
	text: string;
}

export interface ParseOptions {
	date?: string | null;
	title?: string | null;
	kind?: DocumentKind | null;
	registry?: Registry;
	/** The longest the reading may take, in ms (default PARSE_TIME_LIMIT_MS); past it, a DocumentError. */
	timeLimitMs?: number;
}
