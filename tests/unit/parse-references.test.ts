// Motion references in the cabinet's letters: every written form resolves to one id, a motion
// cited by name only stays unresolved, and Kamerstukken that are not motions are kept apart.
import { describe, expect, it } from 'vitest';
import { parseDocument, type MemberRecord, type Registry } from '../../src/lib/parse';
import { findKamerstukIds, readFootnotes } from '../../src/lib/parse/references';

const member = (name: string, fraction: string): MemberRecord => ({
	name,
	fullName: name,
	fraction,
	from: '2023-12-06',
	to: null,
	personId: `id-${name}`
});

const REGISTRY: Registry = {
	members: [
		member('Timmermans', 'GroenLinks-PvdA'),
		member('Yeşilgöz-Zegerius', 'VVD'),
		member('Boswijk', 'CDA'),
		member('Paternotte', 'D66'),
		member('Van Campen', 'VVD')
	],
	cabinet: []
};

const letter = (text: string, registry: Registry = REGISTRY) =>
	parseDocument(text, { kind: 'letter', date: '2025-03-04', registry });

describe('motion ids as written', () => {
	it('"Motie 36045-191" is a motion reference by id', () => {
		const doc = letter(
			'Het kabinet blijft Oekraïne steunen, conform de motie van de leden Timmermans en \nPaternotte (Motie 36045-191).\n'
		);
		expect(doc.references).toEqual([
			expect.objectContaining({
				motion: '36045-191',
				dossier: '36045',
				number: 191,
				via: 'id',
				line: 2
			})
		]);
		expect(doc.kamerstukken).toEqual([]);
	});

	it('"de motie Boswijk (Kamerstuk 21 501-02, nr. 2962)": the dossier with a space and a suffix', () => {
		const doc = letter(
			'Kan het kabinet, in lijn met de motie Boswijk (Kamerstuk 21 501-02, nr. 2962), het diplomatieke \nvoortouw nemen?\n'
		);
		expect(doc.references).toEqual([
			expect.objectContaining({
				motion: '21501-02-2962',
				dossier: '21501-02',
				number: 2962,
				asWritten: 'de motie Boswijk (Kamerstuk 21 501-02, nr. 2962)',
				signers: ['Boswijk']
			})
		]);
	});

	it('"(Kamerstukken II 2025-2026 30821 nr. 321)" after a letter is a Kamerstuk, not a motion', () => {
		const doc = letter(
			'Het kabinet heeft de Kamer hierover geïnformeerd in de brief van 1 december jl. \n(Kamerstukken II 2025-2026 30821 nr. 321). In deze brief is ook toegelicht hoe het verder gaat.\n'
		);
		expect(doc.references).toEqual([]);
		expect(doc.kamerstukken).toEqual([
			{ id: '30821-321', asWritten: 'Kamerstukken II 2025-2026 30821 nr. 321', line: 2 }
		]);
	});

	it('a Kamerstuk reference the text does not call a motion stays out of the references', () => {
		const doc = letter(
			'Zoals beschreven in het Regeerprogramma (bijlage bij Kamerstuk 36471, nr. 96) blijft \nhet kabinet Oekraïne steunen.\n'
		);
		expect(doc.references).toEqual([]);
		expect(doc.kamerstukken.map((k) => k.id)).toEqual(['36471-96']);
	});

	it('a budget chapter "36600 V" becomes "36600-V"', () => {
		const doc = letter(
			'De Kamer nam de motie Van Campen (Kamerstuk 36600 V, nr. 70) aan; zie ook de brief \n(Kamerstuk 36600 V, nr. 63).\n'
		);
		expect(doc.references.map((r) => [r.motion, r.dossier, r.signers])).toEqual([
			['36600-V-70', '36600-V', ['Van Campen']]
		]);
		expect(doc.kamerstukken.map((k) => k.id)).toEqual(['36600-V-63']);
	});

	it('reads a reference split over two lines, at the line where its id starts', () => {
		const doc = letter(
			'Hierbij wordt uitvoering gegeven aan de motie Boswijk (Kamerstuk 21 \n501-02, nr. 2962) over de diplomatieke inzet.\n'
		);
		expect(doc.references).toEqual([
			expect.objectContaining({
				motion: '21501-02-2962',
				asWritten: 'de motie Boswijk (Kamerstuk 21 501-02, nr. 2962)',
				line: 1
			})
		]);
	});

	it('reads "Motie" at a line end with its id on the next line, at the line where it starts', () => {
		const doc = letter('Het kabinet voert de motie uit (Motie\n36045-191, 18 februari jl.).\n');
		expect(doc.references.map((r) => [r.motion, r.line])).toEqual([['36045-191', 1]]);
	});
});

describe('signers as the text names them', () => {
	it('"moties Timmermans en Yesilgöz-Zegerius" canonicalises the signers through the registry', () => {
		const doc = letter(
			'Het kabinet zet de steun voort, conform o.a. moties \nTimmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari \njl.) en Paternotte en Van Campen (Motie 21501-02-3047, 18 \nfebruari jl.).\n'
		);
		expect(doc.references.map((r) => [r.motion, r.signers, r.asWritten])).toEqual([
			[
				'36045-191',
				['Timmermans', 'Yeşilgöz-Zegerius'],
				'moties Timmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari jl.)'
			],
			[
				'21501-02-3047',
				['Paternotte', 'Van Campen'],
				'Paternotte en Van Campen (Motie 21501-02-3047, 18 februari jl.)'
			]
		]);
	});

	it('"de motie van de leden … en …" and "de motie van het lid … c.s." name their signers', () => {
		const doc = letter(
			'Conform de motie van de leden Timmermans en \nPaternotte (Motie 36045-191) en de motie van het lid Boswijk c.s. \n(Kamerstuk 21 501-02, nr. 2962) handelt het kabinet.\n'
		);
		expect(doc.references.map((r) => [r.motion, r.signers])).toEqual([
			['36045-191', ['Timmermans', 'Paternotte']],
			['21501-02-2962', ['Boswijk']]
		]);
	});

	it('"de motie-Boswijk (Kamerstuk …)" names its signer', () => {
		const doc = letter('Zie de motie-Boswijk (Kamerstuk 21 501-02, nr. 2962).\n');
		expect(doc.references.map((r) => [r.motion, r.signers])).toEqual([
			['21501-02-2962', ['Boswijk']]
		]);
	});

	it('keeps a signer the registry does not know as written', () => {
		const doc = letter('Conform de motie Onbekend (Motie 36045-300) handelt het kabinet.\n', {
			members: [],
			cabinet: []
		});
		expect(doc.references.map((r) => r.signers)).toEqual([['Onbekend']]);
	});
});

describe('motions cited by name', () => {
	it('"motie Boswijk" without an id stays unresolved, with its sentence and a warning', () => {
		const doc = letter(
			'Het kabinet steunt Oekraïne. In lijn met de motie Boswijk zet Nederland zich diplomatiek in.\n'
		);
		expect(doc.references).toEqual([]);
		expect(doc.unresolvedReferences).toEqual([
			{
				asWritten: 'de motie Boswijk',
				line: 1,
				signers: ['Boswijk'],
				sentence: 'In lijn met de motie Boswijk zet Nederland zich diplomatiek in.'
			}
		]);
		expect(doc.warnings).toContainEqual({
			line: 1,
			message: expect.stringContaining('("de motie Boswijk") could not be resolved')
		});
	});

	it('"de motie van het lid Boswijk" without an id is unresolved too, never guessed', () => {
		const doc = letter('Het kabinet voert de motie van het lid Boswijk uit.\n');
		expect(doc.references).toEqual([]);
		expect(doc.unresolvedReferences.map((u) => [u.asWritten, u.signers])).toEqual([
			['de motie van het lid Boswijk', ['Boswijk']]
		]);
	});

	it('"motie Timmermans-Yeşilgöz3" resolves through footnote 3 at the end', () => {
		const doc = letter(
			[
				'Kamerbrief over de steun aan Oekraïne.',
				'',
				'Met inachtneming van de motie Timmermans-Yeşilgöz3, zal het kabinet ',
				'de steun aan Oekraïne voortzetten.',
				'',
				'De minister van Buitenlandse Zaken,',
				'C.C.J. Veldkamp',
				'',
				'',
				'',
				'3 Kamerstuk 36 045, nr. 191.',
				''
			].join('\n')
		);
		expect(doc.references).toEqual([
			{
				motion: '36045-191',
				asWritten: 'de motie Timmermans-Yeşilgöz (footnote 3: Kamerstuk 36 045, nr. 191.)',
				line: 3,
				dossier: '36045',
				number: 191,
				signers: ['Timmermans', 'Yeşilgöz-Zegerius'],
				via: 'footnote',
				sentence:
					'Met inachtneming van de motie Timmermans-Yeşilgöz3, zal het kabinet de steun aan Oekraïne voortzetten.'
			}
		]);
		// The footnote is the motion's, so it is not a Kamerstuk besides.
		expect(doc.kamerstukken).toEqual([]);
		expect(doc.unresolvedReferences).toEqual([]);
	});

	it('keeps an unclaimed footnote citing a Kamerstuk among the Kamerstukken', () => {
		const doc = letter(
			[
				'Kamerbrief.',
				'',
				'Het kabinet verwijst naar de eerdere brief2 over dit onderwerp.',
				'',
				'',
				'2 Verzonden op 4 maart 2025, Kamerstuk 36600 V, nr. 63',
				''
			].join('\n')
		);
		expect(doc.references).toEqual([]);
		expect(doc.kamerstukken).toEqual([
			{ id: '36600-V-63', asWritten: 'Kamerstuk 36600 V, nr. 63', line: 6 }
		]);
	});
});

describe('the pieces', () => {
	it('findKamerstukIds reads each written form and says which are called a motion', () => {
		expect(
			findKamerstukIds(
				'Motie 36045-191, Kamerstuk 21 501-02, nr. 2962, Kamerstukken II 2025-2026 30821 nr. 321 en (36045, nr. 216)'
			).map((k) => [k.id, k.calledMotion])
		).toEqual([
			['36045-191', true],
			['21501-02-2962', false],
			['30821-321', false],
			['36045-216', false]
		]);
	});

	it('readFootnotes finds numbered notes at the end, not numbered text at the start', () => {
		const lines = [
			'1 Inleiding van de brief',
			'Tekst met een voetnoot3 erin.',
			'',
			'',
			'3 Kamerstuk 36 045, nr. 191.'
		];
		const notes = readFootnotes(lines);
		expect([...notes.keys()]).toEqual([3]);
		expect(notes.get(3)).toMatchObject({ text: 'Kamerstuk 36 045, nr. 191.', line: 5 });
	});
});

describe('a footnote at the foot of a page, in the middle of the letter', () => {
	const text = [
		'Nederland heeft deelgenomen aan het planningsproces.1 ',
		'De Nederlandse betrokkenheid past binnen het beleid ',
		'',
		' ',
		'1 Zoals aan uw Kamer gecommuniceerd tijdens het plenair debat op 18 februari ',
		'2025.  ',
		'',
		'',
		'',
		'van onverminderde steun, conform o.a. moties ',
		'Timmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari ',
		'jl.).',
		''
	].join('\n');

	it('is read as a footnote and taken out of the running text', () => {
		expect(readFootnotes(text.split('\n')).get(1)).toMatchObject({ line: 5, lines: [5, 6] });
	});

	it('does not cut the sentence it interrupts, and a marker after a full stop ends a sentence', () => {
		const [ref] = letter(text).references;
		expect(ref!.motion).toBe('36045-191');
		expect(ref!.sentence).toBe(
			'De Nederlandse betrokkenheid past binnen het beleid van onverminderde steun, conform o.a. moties Timmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari jl.).'
		);
	});

	it('a line in running text that starts with a number is not a footnote', () => {
		const body =
			'De premier sprak op\n2 maart jl. met regeringsleiders.3\n\n3 Kamerstuk 36 045, nr. 190.\n';
		const notes = readFootnotes(body.split('\n'));
		expect([...notes.keys()]).toEqual([3]);
	});
});

describe('written forms found in review', () => {
	it('reads "Kamerstukken II 2024/25, 36600-V, nr. 14" and the other ways to write the year', () => {
		const doc = letter(
			[
				'Met deze brief voer ik de motie van het lid Boswijk c.s. (Kamerstukken II 2024-2025, 36 600 V, nr. 12) uit.',
				'',
				'En de motie van het lid Timmermans (Kamerstukken II, 2024/25, 36 600-V, nr. 13).',
				'',
				'En de motie-Paternotte (Kamerstukken II 2024/25, 36600-V, nr. 14).',
				'',
				'En de brief (Kamerstukken II 2024/2025 36600-V, nr. 15).',
				''
			].join('\n')
		);
		expect(doc.references.map((r) => [r.motion, r.signers])).toEqual([
			['36600-V-12', ['Boswijk']],
			['36600-V-13', ['Timmermans']],
			['36600-V-14', ['Paternotte']]
		]);
		expect(doc.kamerstukken.map((k) => k.id)).toEqual(['36600-V-15']);
		expect(doc.unresolvedReferences).toEqual([]);
	});

	it('keeps a motion named before parentheses without an id as unresolved', () => {
		const doc = letter(
			'Zoals gevraagd in de motie-Paternotte (zie de bijlage) stuur ik u deze brief.\n'
		);
		expect(doc.references).toEqual([]);
		expect(doc.unresolvedReferences).toEqual([
			expect.objectContaining({ asWritten: 'de motie-Paternotte', signers: ['Paternotte'] })
		]);
	});

	it('"de motie-Timmermans c.s. (36045, nr. 216)": the phrase from "de motie", its signer', () => {
		const doc = letter(
			'Zoals gevraagd in de motie-Timmermans c.s. (36045, nr. 216) over de garanties stuur ik u deze brief.\n'
		);
		expect(doc.references).toEqual([
			expect.objectContaining({
				motion: '36045-216',
				asWritten: 'de motie-Timmermans c.s. (36045, nr. 216)',
				signers: ['Timmermans']
			})
		]);
	});
});

describe('names in running text, through the shared vocabulary', () => {
	it('a name the text runs on past ("de motie Boswijk op Prinsjesdag") resolves to the member', () => {
		const doc = letter('Het kabinet voert de motie Boswijk op Prinsjesdag uit.\n');
		expect(doc.unresolvedReferences.map((u) => u.signers)).toEqual([['Boswijk']]);
	});

	it('"de motie van de Kamer" names no member', () => {
		const doc = letter('Het kabinet voert de motie van de Kamer uit.\n');
		expect(doc.unresolvedReferences).toEqual([]);
	});

	it('"de motie van collega Boswijk" and "van mevrouw Yesilgöz" name their signer', () => {
		const doc = letter(
			'Het kabinet voert de motie van collega Boswijk uit, en de motie van mevrouw Yesilgöz.\n'
		);
		expect(doc.unresolvedReferences.map((u) => u.signers)).toEqual([
			['Boswijk'],
			['Yeşilgöz-Zegerius']
		]);
	});
});
