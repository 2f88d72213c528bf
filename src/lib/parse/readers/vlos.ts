// VLOS: the Kamer's XML meeting report (open data, /Verslag/{id}/resource). Speakers with their
// fraction and post come from the markup; the words are written out as a transcript.
import { DocumentError } from '../decode';
import { children, child, localName, readXml, textOf, type XmlElement } from '../xml';
import type { DocumentBody } from '../body';
import { readLabel, type Label } from '../transcript';
import type { SpeakerKind } from '../types';
import { TurnWriter } from './turns';

const sameLabel = (a: Label, b: Label) =>
	a.kind === b.kind && (a.kind === 'chair' || a.name.toLowerCase() === b.name.toLowerCase());

export const isVlosRoot = (root: XmlElement) => localName(root) === 'vlosCoreDocument';

/** Elements whose own <spreker> holds the floor for the text inside them. */
const SPEAKING = new Set(['woordvoerder', 'interrumpant', 'activiteitdeel', 'activiteithoofd']);
/** Metadata that is not spoken text. */
const SKIP = new Set([
	'sprekers',
	'zaken',
	'spreker',
	'titel',
	'onderwerp',
	'markeertijdbegin',
	'markeertijdeind'
]);
/** Activities that open or close a meeting: no debate of their own. */
const FORMAL = new Set(['Opening', 'Sluiting']);
/** Blocks that end a label's hold on the floor. */
const SCOPES = new Set(['tekst', 'draadboekfragment', 'activiteititem']);

interface MarkupSpeaker {
	label: Label;
	address: string | null;
	post: string | null;
}

function speakerOf(el: XmlElement | null, chair: boolean): MarkupSpeaker | null {
	if (!el) return null;
	const name = textOf(child(el, 'verslagnaam')) || textOf(child(el, 'achternaam'));
	if (!name) return null;
	const soort = el.attributes.soort ?? '';
	const address = textOf(child(el, 'aanhef')) || null;
	if (chair)
		return {
			label: { kind: 'chair', name: 'voorzitter', party: null, title: null },
			address,
			post: null
		};
	const functie = textOf(child(el, 'functie')) || null;
	let kind: SpeakerKind = 'member';
	let title: string | null = null;
	if (/^minister-president$/i.test(soort) || /^minister-president\b/i.test(functie ?? '')) {
		kind = 'cabinet';
		title = 'Minister-president';
	} else if (/^minister$/i.test(soort)) {
		kind = 'cabinet';
		title = 'Minister';
	} else if (/^staatssecretaris$/i.test(soort)) {
		kind = 'cabinet';
		title = 'Staatssecretaris';
	} else if (soort !== 'Tweede Kamerlid') {
		// Guests (an "Externe spreker"): their words are shown under their name, read by no rule.
		kind = 'member';
	}
	const party = kind === 'member' ? textOf(child(el, 'fractie')) || null : null;
	return {
		label: { kind, name, party, title },
		address,
		post: kind === 'cabinet' ? functie : null
	};
}

export function readVlos(text: string, file: string | null = null): DocumentBody {
	const { root, warnings } = readXml(text, file);
	if (!isVlosRoot(root))
		throw new DocumentError('not a VLOS meeting report (vlosCoreDocument)', file);
	const meeting = child(root, 'vergadering');
	if (!meeting) throw new DocumentError('the VLOS report has no <vergadering>', file);
	const interim =
		/tussenpublicatie/i.test(root.attributes.soort ?? '') ||
		/ongecorrigeerd/i.test(root.attributes.status ?? '');
	const date = /^(\d{4}-\d{2}-\d{2})/.exec(textOf(child(meeting, 'datum')))?.[1] ?? null;
	const writer = new TurnWriter();
	const debates: { title: string; line: number }[] = [];

	/** Walk in document order; returns the speaker holding the floor after `el`. */
	const walk = (el: XmlElement, speaker: MarkupSpeaker | null): MarkupSpeaker | null => {
		const name = localName(el);
		if (SKIP.has(name)) return speaker;
		let current = speaker;
		if (SPEAKING.has(name)) {
			const own = speakerOf(child(el, 'spreker'), textOf(child(el, 'isvoorzitter')) === 'true');
			if (own) current = own;
		}
		if (name === 'alineaitem') {
			const text = textOf(el);
			const label = readLabel(text);
			if (label) {
				// "De voorzitter:" inside a member's turn (the motion's closing lines) takes the floor
				// until this passage ends; the turn's own label repeats the markup's speaker.
				if (current && sameLabel(current.label, label)) return current;
				current = { label, address: /^Mevrouw\b/.test(text) ? 'Mevrouw' : null, post: null };
				writer.speak(current.label, current.address, current.post);
				return current;
			}
			if (current) writer.speak(current.label, current.address, current.post);
			writer.paragraph(text);
			return current;
		}
		for (const c of children(el)) current = walk(c, current);
		// A turn, a passage or a text block ends here: the floor goes back to who held it.
		return SCOPES.has(name) || SPEAKING.has(name) ? speaker : current;
	};

	for (const activity of children(meeting, 'activiteit')) {
		const soort = activity.attributes.soort ?? '';
		const title = textOf(child(activity, 'titel'));
		if (!FORMAL.has(soort) && title) {
			writer.heading(`${soort}: ${title}`);
			debates.push({ title, line: writer.lines.length });
		}
		for (const c of children(activity)) walk(c, null);
	}
	const title = debates.length === 1 ? debates[0]!.title : textOf(child(meeting, 'titel')) || null;
	return {
		meta: { kind: 'debate', title, date, format: 'vlos', interim },
		lines: writer.lines,
		turns: writer.turns,
		motion: null,
		sections: debates,
		warnings
	};
}
