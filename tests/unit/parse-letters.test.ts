// The cabinet's documents: which kind a text is, who signed it, and in a written consultation
// which fraction asked each question.
import { describe, expect, it } from 'vitest';
import { parseDocument, type CabinetRecord } from '../../src/lib/parse';
import { splitLines } from '../../src/lib/parse/text';
import { detectKind, readQuestions, readSignatories, readTitle } from '../../src/lib/parse/letters';

const CABINET: CabinetRecord[] = [
	{
		name: 'Veldkamp',
		fullName: 'C.C.J. Veldkamp',
		role: 'minister',
		ministry: 'Buitenlandse Zaken',
		party: 'NSC',
		from: '2024-07-02',
		to: '2025-08-22'
	},
	{
		name: 'Van Weel',
		fullName: 'D.M. van Weel',
		role: 'minister',
		ministry: 'Buitenlandse Zaken',
		party: 'VVD',
		from: '2025-09-05',
		to: null
	},
	{
		name: 'Brekelmans',
		fullName: 'R.P. Brekelmans',
		role: 'minister',
		ministry: 'Defensie',
		party: 'VVD',
		from: '2024-07-02',
		to: null
	}
];

const signatories = (text: string, cabinet: CabinetRecord[] = [], date: string | null = null) =>
	readSignatories(splitLines(text), cabinet, date);

describe('signatories', () => {
	it('"De minister van Buitenlandse Zaken,\\n\\nD.M. van Weel" → Van Weel, Buitenlandse Zaken', () => {
		expect(signatories('De minister van Buitenlandse Zaken,\n\nD.M. van Weel\n')).toEqual([
			{
				name: 'Van Weel',
				asWritten: 'D.M. van Weel',
				role: 'minister',
				ministry: 'Buitenlandse Zaken',
				line: 3
			}
		]);
	});

	it('"Ruben Brekelmans" with a given name → Brekelmans, Defensie', () => {
		expect(signatories('De minister van Defensie,\n\nRuben Brekelmans\n')).toEqual([
			{
				name: 'Brekelmans',
				asWritten: 'Ruben Brekelmans',
				role: 'minister',
				ministry: 'Defensie',
				line: 3
			}
		]);
	});

	it('"C.C.J. Veldkamp" right under the role, with trailing spaces', () => {
		expect(signatories('De minister van Buitenlandse Zaken,  \nC.C.J. Veldkamp   \n')).toEqual([
			{
				name: 'Veldkamp',
				asWritten: 'C.C.J. Veldkamp',
				role: 'minister',
				ministry: 'Buitenlandse Zaken',
				line: 2
			}
		]);
	});

	it('reads two signature blocks in order', () => {
		const text =
			'De minister van Buitenlandse Zaken, \nD.M. van Weel \n \nDe minister van Defensie, \nR.P. Brekelmans \n';
		expect(signatories(text).map((s) => [s.name, s.ministry, s.line])).toEqual([
			['Van Weel', 'Buitenlandse Zaken', 2],
			['Brekelmans', 'Defensie', 5]
		]);
	});

	it('takes the canonical name from the cabinet registry', () => {
		expect(
			signatories('De minister van Buitenlandse Zaken,\n\nD.M. van Weel\n', CABINET, '2025-10-01')
		).toMatchObject([{ name: 'Van Weel' }]);
	});

	it('reads a staatssecretaris and a minister-president', () => {
		const text =
			'De staatssecretaris van Defensie,\n\nG.P. Tuinman\n\nDe minister-president,\n\nH.W.M. Schoof\n';
		expect(signatories(text).map((s) => [s.name, s.role, s.ministry])).toEqual([
			['Tuinman', 'staatssecretaris', 'Defensie'],
			['Schoof', 'minister-president', 'Algemene Zaken']
		]);
	});

	it('does not take a sentence after a role for a name', () => {
		expect(
			signatories('De minister van Defensie,\n\nsprak met zijn collega’s over de steun.\n')
		).toEqual([]);
	});

	it('reaches the parse result of a letter', () => {
		const doc = parseDocument(
			'Geachte voorzitter,\n\nHierbij informeer ik u.\n\nDe minister van Buitenlandse Zaken,\n\nD.M. van Weel\n',
			{ kind: 'letter', date: '2025-10-01', registry: { members: [], cabinet: CABINET } }
		);
		expect(doc.signatories.map((s) => [s.name, s.ministry])).toEqual([
			['Van Weel', 'Buitenlandse Zaken']
		]);
	});
});

describe('consultation questions', () => {
	const CONSULTATION = [
		' Vragen en opmerkingen van de leden van de D66-fractie',
		'',
		'De leden van de D66-fractie hebben met interesse kennisgenomen van de geannoteerde agenda. ',
		'',
		'Vraag 1',
		'Wat zijn de rode lijnen?',
		'',
		'Antwoord',
		'Het kabinet wil hier niet op vooruitlopen.',
		'',
		' Vraag 2',
		'Is het kabinet het met de leden van de D66-fractie eens?',
		'',
		'Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie',
		'',
		'Vraag 3 ',
		'De leden van de GroenLinks-PvdA-fractie vragen welke rol Nederland ziet.',
		'',
		'Vraag 4. De leden van de GroenLinks-PvdA-fractie vragen wanneer de minister besluit.',
		''
	].join('\n');

	it('gives each question the fraction whose heading stands above it', () => {
		expect(readQuestions(splitLines(CONSULTATION))).toEqual([
			{ number: 1, fraction: 'D66', line: 5 },
			{ number: 2, fraction: 'D66', line: 11 },
			{ number: 3, fraction: 'GroenLinks-PvdA', line: 16 },
			{ number: 4, fraction: 'GroenLinks-PvdA', line: 19 }
		]);
	});

	it('does not take "vraag 1" in running text for a question', () => {
		expect(
			readQuestions(
				splitLines(
					'Vragen en opmerkingen van de leden van de PVV-fractie\n\nZoals in vraag 1 benoemd.\nVraag 12 van de leden gaat hierover.\n'
				)
			)
		).toEqual([]);
	});

	it('reaches the parse result of a consultation, with a title', () => {
		const doc = parseDocument(CONSULTATION, { date: '2025-11-27' });
		expect(doc.document.kind).toBe('consultation');
		expect(doc.document.title).toBe('Schriftelijk overleg over geannoteerde agenda');
		expect(doc.questions.map((q) => q.fraction)).toEqual([
			'D66',
			'D66',
			'GroenLinks-PvdA',
			'GroenLinks-PvdA'
		]);
	});
});

describe('kind detection', () => {
	const kind = (text: string) => detectKind(splitLines(text));

	it('a transcript: "De voorzitter:" or "Aan de orde is …"', () => {
		expect(kind('De voorzitter:\nIk heropen.\n')).toBe('debate');
		expect(kind('Aan de orde is het debat over Oekraïne.\n')).toBe('debate');
	});

	it('a written consultation', () => {
		expect(kind('Vragen en opmerkingen van de leden van de D66-fractie\n')).toBe('consultation');
		expect(kind('Verslag van een schriftelijk overleg\n')).toBe('consultation');
	});

	it('answers to written questions: "Vraag N" and "Antwoord"', () => {
		expect(kind('Vraag 1\nHeeft u kennisgenomen van het bericht?\n\nAntwoord\nJa.\n')).toBe(
			'answers'
		);
	});

	it('anything else is a letter', () => {
		expect(
			kind('Geachte voorzitter,\n\nHierbij informeer ik u over de steun aan Oekraïne.\n')
		).toBe('letter');
	});

	it('lets the caller’s kind win over detection', () => {
		const doc = parseDocument('De voorzitter:\nIk heropen.\n', { kind: 'letter', date: null });
		expect(doc.document.kind).toBe('letter');
	});

	it('warns when the document’s date is not given', () => {
		const doc = parseDocument('Geachte voorzitter,\n', {});
		expect(doc.document.date).toBeNull();
		expect(doc.warnings).toEqual([
			{ line: 1, message: expect.stringContaining('does not carry its date') }
		]);
	});

	it('reads the title of answers to written questions', () => {
		const lines = splitLines(
			'Antwoord van de minister van Buitenlandse Zaken op vragen van het lid Dassen over Oekraïne\n\nVraag 1\n'
		);
		expect(readTitle(lines, 'answers')).toBe(
			'Antwoord van de minister van Buitenlandse Zaken op vragen van het lid Dassen over Oekraïne'
		);
		expect(readTitle(lines, 'letter')).toBeNull();
	});
});

describe('found in review', () => {
	it('a letter that mentions "het schriftelijk overleg" in a sentence stays a letter', () => {
		expect(
			detectKind(
				splitLines(
					'Geachte voorzitter,\n\nTijdens het schriftelijk overleg over de Raad Buitenlandse Zaken heb ik toegezegd u te informeren.\n'
				)
			)
		).toBe('letter');
		expect(detectKind(splitLines('Schriftelijk overleg over de Raad Buitenlandse Zaken\n'))).toBe(
			'consultation'
		);
	});

	it('"De minister voor Buitenlandse Handel en Ontwikkelingshulp," is a minister without portfolio', () => {
		expect(
			signatories('De minister voor Buitenlandse Handel en Ontwikkelingshulp,\n\nR.J. Klever\n')
		).toEqual([
			{
				name: 'Klever',
				asWritten: 'R.J. Klever',
				role: 'minister zonder portefeuille',
				ministry: 'Buitenlandse Handel en Ontwikkelingshulp',
				line: 3
			}
		]);
	});
});
