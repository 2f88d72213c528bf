// The neutral document body every reader produces and extraction reads: no format survives here.
import type { Turn } from './transcript';
import type { DocumentKind, ParseWarning } from './types';

/** The forms in which the Kamer publishes, as read from the content (never from the file name). */
export type DocumentFormat = 'text' | 'pdf' | 'vlos' | 'handelingen' | 'motion';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
	'text',
	'pdf',
	'vlos',
	'handelingen',
	'motion'
];

export interface BodyMeta {
	/** Null when the reader cannot tell (plain text): extraction then detects it from the text. */
	kind: DocumentKind | null;
	title: string | null;
	/** ISO date of the sitting or the document, when the markup carries it. */
	date: string | null;
	format: DocumentFormat;
	/** An interim report ("Tussenpublicatie", "Ongecorrigeerd"): its text may stop before the end. */
	interim: boolean;
}

/** A motion as its own published document (kst XML) states it: surnames, not yet resolved. */
export interface MotionDraft {
	dossier: string;
	number: number;
	/** "Voorgesteld 21 december 2023" as ISO date. */
	date: string | null;
	title: string;
	parts: { kind: import('./types').MotionPartKind; text: string }[];
	text: string;
	/** Surnames as printed at the foot, first signer first. */
	signers: string[];
	/** 1-based lines of the display text the motion spans. */
	lines: [number, number];
	/** For an amended motion: the number it replaces, when the document says so. */
	replaces: number | null;
}

export interface DocumentBody {
	meta: BodyMeta;
	/** The display text, line by line: what the document page shows and line numbers refer to. */
	lines: string[];
	/**
	 * Speaker turns with their paragraphs (positions are lines of `lines`), when the markup gives
	 * them; null for plain text, whose turns are read from the lines by the transcript reader.
	 */
	turns: Turn[] | null;
	/** The debates a report holds, in order, with the display line each starts on (a VLOS report
	 * of a sitting holds several); empty for plain text. */
	sections: { title: string; line: number }[];
	/** A motion document's own motion (format 'motion'). */
	motion: MotionDraft | null;
	/** What the reader noticed and repaired (mojibake, a BOM before the XML declaration). */
	warnings: ParseWarning[];
}
