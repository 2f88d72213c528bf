// The display text of a marked-up transcript, written turn by turn: a speaker label line in the
// form the plain-text reader knows, then each paragraph on its own line, blank lines between.
// Line numbers, "tekst in de bron" links and highlighted appraisals then work as for text.
import type { Paragraph } from '../text';
import { speakerFromLabel, type Label, type Turn } from '../transcript';

/** "Mevrouw Slagt-Tichelman (GroenLinks-PvdA):", "Minister Jansen:", "De voorzitter:". */
export function labelLine(l: Label, address: string | null): string {
	if (l.kind === 'chair') return 'De voorzitter:';
	if (l.kind === 'cabinet') return `${l.title ?? 'Minister'} ${l.name}:`;
	const title = address && /^mevrouw$/i.test(address) ? 'Mevrouw' : 'De heer';
	return l.party ? `${title} ${l.name} (${l.party}):` : `${title} ${l.name}:`;
}

export class TurnWriter {
	readonly lines: string[] = [];
	readonly turns: Turn[] = [];
	private current: Turn | null = null;

	/** Start a speaker's turn (a new label line), unless that speaker holds the floor already. */
	speak(label: Label, address: string | null, post: string | null = null): void {
		const s = this.current?.speaker;
		if (s && s.kind === label.kind && s.name === label.name && s.party === label.party) return;
		if (this.lines.length) this.lines.push('');
		this.lines.push(labelLine(label, address));
		const line = this.lines.length;
		this.current = {
			speaker: speakerFromLabel(label, line, post),
			labelLine: line,
			paragraphs: []
		};
		this.turns.push(this.current);
	}

	/** A paragraph of the current speaker. */
	paragraph(text: string): void {
		if (!text) return;
		if (!this.current) {
			this.current = { speaker: null, labelLine: null, paragraphs: [] };
			this.turns.push(this.current);
		}
		this.lines.push('');
		this.lines.push(text);
		const line = this.lines.length;
		const para: Paragraph = { text, start: line, end: line, offsets: [{ at: 0, line }] };
		this.current.paragraphs.push(para);
	}

	/** A heading between debates: shown, read by no one. */
	heading(text: string): void {
		if (this.lines.length) this.lines.push('');
		this.lines.push(text);
		this.current = null;
	}
}
