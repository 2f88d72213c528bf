// Hostile input: large files shaped to make a careless pattern backtrack (quadratic or worse) or
// a spread overflow the stack. Each case must come back with a sane result; none is timed, but a
// return of super-linear work makes the case run far past its timeout.
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument, parseText } from '../../src/lib/parse';
import { lineAt, paragraphs, sentences } from '../../src/lib/parse/text';
import { isTentative, verdictIn } from '../../src/lib/parse/appraisals';
import { debateAnswering as debate, HOSTILE_REGISTRY as REGISTRY } from '../helpers/hostile';

const TIMEOUT = { timeout: 10_000 };

const repeat = (text: string, times: number) => text.repeat(times);

describe('hostile input is read in linear time', () => {
	it('an answers heading that opens again and again without its blank line', TIMEOUT, () => {
		// "Antwoord van de … op vragen van …" up to a blank line: 123 KB in the first lines.
		const text = `Vraag 1\nAntwoord\n${repeat('Antwoord van de minister op vragen van het lid ', 2700)}\nslot\n`;
		expect(text.length).toBeGreaterThan(120_000);
		const doc = parseDocument(text, { date: '2025-09-11' });
		expect(doc.document.kind).toBe('answers');
		expect(doc.document.title).toBeNull();
		expect(doc.motions).toEqual([]);
	});

	it('100 KB of dots: one sentence, no references', TIMEOUT, () => {
		const dots = repeat('.', 100_000);
		expect(sentences(dots)).toEqual([{ text: dots, at: 0 }]);
		const doc = parseDocument(`Geachte voorzitter,\n\n${dots}\n`, { kind: 'letter', date: null });
		expect(doc.references).toEqual([]);
		expect(doc.kamerstukken).toEqual([]);
	});

	it('900 KB of lines without a blank line: one paragraph', TIMEOUT, () => {
		const lines = Array.from({ length: 30_000 }, (_, i) =>
			i % 2 ? 'de tekst loopt door zonder lege regel en zonder hoofdletter' : 'woord-'
		);
		expect(lines.join('\n').length).toBeGreaterThan(900_000);
		const paras = paragraphs(lines);
		expect(paras).toHaveLength(1);
		expect(paras[0]!.offsets).toHaveLength(30_000);
		expect(lineAt(paras[0]!, paras[0]!.text.length - 1)).toBe(30_000);
		const doc = parseDocument(lines.join('\n'), { kind: 'letter', date: null });
		expect(doc.references).toEqual([]);
		expect(doc.text.length).toBe(lines.join('\n').length);
	});

	it('160 KB of "zou" before a verdict: the verdict is read, and firm', TIMEOUT, () => {
		const clause = `${repeat('zou ', 40_000)}oordeel Kamer`;
		expect(isTentative(clause, 'oordeel_kamer')).toBe(false);
		expect(verdictIn(clause)).toMatchObject({ verdict: 'oordeel_kamer' });
		const doc = parseDocument(debate(`De motie op stuk nr. 216: ${clause}.`), {
			kind: 'debate',
			date: '2025-09-11',
			registry: REGISTRY
		});
		expect(doc.motions.map((m) => m.id)).toEqual(['36045-216']);
		expect(doc.appraisals).toMatchObject([{ motionId: '36045-216', verdict: 'oordeel_kamer' }]);
	});

	it('a long clause of "dat" before a verdict word does not overflow the stack', TIMEOUT, () => {
		expect(verdictIn(`${repeat('dat ', 200_000)}ontraden`)).toMatchObject({
			verdict: 'ontraden'
		});
	});

	it('140 KB of lines that look like footnotes: no footnote, no reference', TIMEOUT, () => {
		const text = Array.from({ length: 16_000 }, (_, i) => `${(i % 99) + 1} iets\n`).join('\n');
		expect(text.length).toBeGreaterThan(140_000);
		const doc = parseDocument(text, { kind: 'letter', date: null });
		expect(doc.references).toEqual([]);
		expect(doc.unresolvedReferences).toEqual([]);
		expect(doc.kamerstukken).toEqual([]);
	});

	it('an 800 KB paragraph continued over a page break keeps every line', TIMEOUT, () => {
		const lines = ['de tekst begint', '', '', ...Array.from({ length: 200_000 }, () => 'abc')];
		expect(lines.join('\n').length).toBeGreaterThan(800_000);
		const paras = paragraphs(lines);
		expect(paras).toHaveLength(1);
		expect(paras[0]!.offsets).toHaveLength(200_001);
		const doc = parseDocument(lines.join('\n'), { kind: 'letter', date: null });
		expect(doc.references).toEqual([]);
	});

	it('a motion closing followed by 1 MB of names does not overflow the stack', TIMEOUT, () => {
		const names = repeat('Jansen, ', 130_000);
		const xml = `<?xml version="1.0"?><officiele-publicatie><kamerstuk><dossier><dossiernummer><dossiernr>36045</dossiernr></dossiernummer><titel>Oekraïne</titel></dossier><stuk><titel>MOTIE VAN HET LID JANSEN</titel><stuknr><ondernummer>216</ondernummer></stuknr><algemeen><vrije-tekst><tekst><al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering iets te doen,</al><al>en gaat over tot de orde van de dag. ${names}</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>`;
		expect(xml.length).toBeGreaterThan(1_000_000);
		const doc = parseText(xml, 'kst.xml', { date: '2025-09-11' });
		expect(doc.motions).toHaveLength(1);
		expect(doc.motions[0]!.signers).toHaveLength(130_000);
	});

	it('a debate heading that opens again and again without a full stop', TIMEOUT, () => {
		const line = repeat('Aan de orde is het debat over de zaak ', 3_000);
		const doc = parseDocument(`${line}\n\nDe voorzitter:\nIk open de vergadering\n`, {
			date: '2025-09-11'
		});
		expect(doc.document.kind).toBe('debate');
		expect(doc.document.title?.slice(0, 40) ?? null).toBeNull();
		expect(doc.motions).toEqual([]);
	});

	it('consultation headings that never name their fraction', TIMEOUT, () => {
		const line = repeat('Vragen en opmerkingen van de leden van de ', 3_000);
		const doc = parseDocument(`Schriftelijk overleg\n\n${line}\n\nVraag 1\n`, { date: null });
		expect(doc.document.kind).toBe('consultation');
		expect(doc.questions).toEqual([]);
	});

	it('a run of blank lines before the words that tell the kind', TIMEOUT, () => {
		const doc = parseDocument(`${repeat(`${repeat(' ', 2_500)}\n`, 399)}x\n`, { date: null });
		expect(doc.document.kind).toBe('letter');
	});

	it('an XML head of many processing instructions is refused, not backtracked', TIMEOUT, () => {
		const xml = `${repeat('<?x?>', 800)}!`;
		expect(() => parseText(xml, 'odd.xml')).toThrow(DocumentError);
	});
});
