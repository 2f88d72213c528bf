// How a page names a document: by its title, or without one by its kind and date — never by its
// file name or id, which mean nothing to a reader (those sit in the document's metadata).
import { formatDateNl } from './dates';

const KIND_NAMES: Record<string, string> = {
	debate: 'Verslag van een debat',
	letter: 'Kamerbrief',
	answers: 'Antwoorden op Kamervragen',
	consultation: 'Schriftelijk overleg',
	motion: 'Motie'
};

/** A document's kind in running text and lists: "Kamerbrief", "antwoorden op Kamervragen". */
const KIND_IN_TEXT: Record<string, string> = {
	debate: 'debat',
	letter: 'Kamerbrief',
	answers: 'antwoorden op Kamervragen',
	consultation: 'schriftelijk overleg',
	motion: 'motie'
};

export function documentKindInText(kind: string): string {
	return KIND_IN_TEXT[kind] ?? kind;
}

export function documentTitle(d: {
	title: string | null;
	kind: string | null;
	date?: string | null;
}): string {
	const title = d.title?.trim();
	if (title) return title;
	const kind = (d.kind && KIND_NAMES[d.kind]) || 'Document';
	return d.date ? `${kind} van ${formatDateNl(d.date)}` : `${kind} zonder titel`;
}

/** A debate by its title, else by its date — never by its id. */
export function debateTitle(d: { title: string | null; date: string | null }): string {
	const title = d.title?.trim();
	if (title) return title;
	return d.date ? `Debat van ${formatDateNl(d.date)}` : 'Debat zonder titel';
}
