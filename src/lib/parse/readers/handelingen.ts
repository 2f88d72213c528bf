// Handelingen XML of officielebekendmakingen ("officiele-publicatie" with <handelingen>): speaker
// turns with fraction from <spreker>, motions in <motie> with the chair's <motie-info>.
import { DocumentError } from '../decode';
import { child, children, localName, readXml, textOf, type XmlElement } from '../xml';
import type { DocumentBody } from '../body';
import type { Label } from '../transcript';
import { TurnWriter } from './turns';
import { CABINET_TITLES } from '../vocabulary';

const CABINET_TITLE = new RegExp(`^(${CABINET_TITLES.join('|')})$`, 'i');

export const isHandelingenRoot = (root: XmlElement) =>
	localName(root) === 'officiele-publicatie' && !!child(root, 'handelingen');

const CHAIR: Label = { kind: 'chair', name: 'voorzitter', party: null, title: null };

interface MarkupSpeaker {
	label: Label;
	address: string | null;
}

function speakerOf(el: XmlElement | null, pretty: boolean): MarkupSpeaker | null {
	if (!el) return null;
	const prefix = textOf(child(el, 'voorvoegsels'), pretty);
	const name = textOf(child(el, 'naam'), pretty);
	if (!name) return null;
	if (/^voorzitter$/i.test(name)) return { label: CHAIR, address: null };
	const title = CABINET_TITLE.exec(prefix)?.[1];
	if (title) {
		const t = title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();
		return {
			label: {
				kind: 'cabinet',
				name,
				party: null,
				title: t === 'Minister-president' ? 'Minister-president' : t
			},
			address: null
		};
	}
	const party = textOf(child(el, 'politiek'), pretty) || null;
	return { label: { kind: 'member', name, party, title: null }, address: prefix || null };
}

export function readHandelingen(text: string, file: string | null = null): DocumentBody {
	const { root, pretty, warnings } = readXml(text, file);
	const handelingen = child(root, 'handelingen');
	if (!handelingen) throw new DocumentError('not a Handelingen publication (<handelingen>)', file);
	const writer = new TurnWriter();
	const sections: { title: string; line: number }[] = [];
	const say = (speaker: MarkupSpeaker | null, paragraph: string) => {
		if (speaker) writer.speak(speaker.label, speaker.address);
		writer.paragraph(paragraph);
	};

	const walk = (el: XmlElement, speaker: MarkupSpeaker | null) => {
		const name = localName(el);
		switch (name) {
			case 'spreker':
			case 'kop':
			case 'li.nr':
			case 'nr':
				return;
			case 'al':
				say(speaker, textOf(el, pretty));
				return;
			case 'spreekbeurt': {
				const own = speakerOf(child(el, 'spreker'), pretty) ?? speaker;
				for (const c of children(el)) walk(c, own);
				return;
			}
			case 'motie-info': {
				// The chair's closing lines of a motion: signers, support, number.
				const own = speakerOf(child(el, 'spreker'), pretty) ?? { label: CHAIR, address: null };
				for (const c of children(el)) walk(c, own);
				return;
			}
			default:
				for (const c of children(el)) walk(c, speaker);
		}
	};

	for (const item of children(handelingen, 'agendapunt')) {
		const title = textOf(child(item, 'item-titel'), pretty);
		if (title) {
			writer.heading(title);
			sections.push({ title, line: writer.lines.length });
		}
		for (const c of children(item)) {
			const name = localName(c);
			if (name === 'item-titel' || name === 'nr') continue;
			// The subject ("Aan de orde is …") belongs to no one; a bare text block between turns is
			// the chair carrying on ("Dank u wel. Dan gaan we luisteren naar …", "In stemming komt …").
			if (name === 'onderwerp') walk(c, null);
			else if (name === 'tekst') walk(c, { label: CHAIR, address: null });
			else walk(c, null);
		}
	}
	return {
		meta: {
			kind: 'debate',
			title: sections.length ? sections.map((s) => s.title).join(' / ') : null,
			date: null,
			format: 'handelingen',
			interim: false
		},
		lines: writer.lines,
		turns: writer.turns,
		motion: null,
		sections,
		warnings
	};
}
