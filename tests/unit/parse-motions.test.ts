// Motions as tabled in a debate transcript: speaker labels, the motion block, the chair's closing
// lines, and how each signer gets a fraction. One rule per case, on small hand-made excerpts.
import { describe, expect, it } from 'vitest';
import { parseDocument, type MemberRecord, type Registry } from '../../src/lib/parse';
import { readLabel } from '../../src/lib/parse/transcript';
import { normaliseDossier, splitNames } from '../../src/lib/parse/motions';
import { motionPartKind } from '../../src/lib/parse/vocabulary';

const member = (
	name: string,
	fraction: string,
	from: string | null = '2023-12-06',
	to: string | null = null,
	personId: string | null = `id-${name}`
): MemberRecord => ({ name, fullName: name, fraction, from, to, personId });

const REGISTRY: Registry = {
	members: [
		member('Timmermans', 'GroenLinks-PvdA'),
		member('Dassen', 'Volt'),
		member('Van Hijum', 'NSC'),
		member('Teunissen', 'PvdD'),
		member('Yeşilgöz-Zegerius', 'VVD')
	],
	cabinet: [
		{
			name: 'Van Weel',
			fullName: 'D.M. van Weel',
			role: 'minister',
			ministry: 'Buitenlandse Zaken',
			party: 'VVD',
			from: '2025-09-05',
			to: null
		}
	]
};

const DATE = '2025-09-11';
const parse = (text: string, registry: Registry = REGISTRY, date: string | null = DATE) =>
	parseDocument(text, { kind: 'debate', date, registry });

/** One motion in the documented layout; `parts` are the lines between "gehoord de beraadslaging," and the closing. */
function tabled(parts: string[], signers: string, number: string): string {
	return [
		'De Kamer,',
		'',
		'gehoord de beraadslaging,',
		'',
		...parts.flatMap((p) => [p, '']),
		'en gaat over tot de orde van de dag.',
		'',
		'De voorzitter:',
		`Deze motie is voorgesteld door ${signers}`,
		'',
		`Zij krijgt ${number}`,
		''
	].join('\n');
}

const TIMMERMANS = 'De heer Timmermans (GroenLinks-PvdA):\nIk heb één motie.\n\n';
const DICTUM = 'verzoekt de regering de steun aan Oekraïne voort te zetten,';

describe('speaker labels', () => {
	it('reads a member label with the party in brackets', () => {
		expect(readLabel('De heer Timmermans (GroenLinks-PvdA):')).toEqual({
			kind: 'member',
			name: 'Timmermans',
			party: 'GroenLinks-PvdA',
			title: null
		});
		expect(readLabel('Mevrouw Dobbe (SP):')).toMatchObject({
			kind: 'member',
			name: 'Dobbe',
			party: 'SP'
		});
		expect(readLabel('De heer Van Baarle (DENK):')).toMatchObject({
			name: 'Van Baarle',
			party: 'DENK'
		});
	});

	it('reads "Minister X:" as a cabinet member without a party', () => {
		expect(readLabel('Minister Schoof:')).toEqual({
			kind: 'cabinet',
			name: 'Schoof',
			party: null,
			title: 'Minister'
		});
		expect(readLabel('Minister Van Weel:')).toMatchObject({ kind: 'cabinet', name: 'Van Weel' });
		expect(readLabel('Minister Faber-van de Klashorst:')).toMatchObject({
			name: 'Faber-van de Klashorst'
		});
		expect(readLabel('Minister-president Schoof:')).toMatchObject({
			name: 'Schoof',
			title: 'Minister-president'
		});
	});

	it('reads "Staatssecretaris X:" as a cabinet member', () => {
		expect(readLabel('Staatssecretaris Tuinman:')).toEqual({
			kind: 'cabinet',
			name: 'Tuinman',
			party: null,
			title: 'Staatssecretaris'
		});
		expect(readLabel('Staatssecretaris Van der Burg:')).toMatchObject({ name: 'Van der Burg' });
	});

	it('reads "De voorzitter:" as the chair', () => {
		expect(readLabel('De voorzitter:')).toEqual({
			kind: 'chair',
			name: 'voorzitter',
			party: null,
			title: null
		});
	});

	it('does not take running text that ends in a colon for a label', () => {
		expect(readLabel('Er werd gezegd:')).toBeNull();
		expect(readLabel('Minister Van Weel zei het al in het debat:')).toBeNull();
		expect(readLabel('De heer Timmermans (GroenLinks-PvdA) vroeg:')).toBeNull();
	});

	it('gives a cabinet speaker the post the registry holds on the debate date', () => {
		const doc = parse('Minister Van Weel:\nDank, voorzitter.\n');
		expect(doc.speakers).toEqual([
			expect.objectContaining({
				kind: 'cabinet',
				name: 'Van Weel',
				post: 'minister van Buitenlandse Zaken',
				ministry: 'Buitenlandse Zaken',
				line: 1
			})
		]);
	});
});

describe('the motion block', () => {
	it('reads constaterende, overwegende, van mening, spreekt uit and verzoekt as parts', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[
						'constaterende dat de agressie van Rusland nooit beloond mag worden;',
						'overwegende dat gespeculeerd wordt over het verlichten van de sancties;',
						'van mening dat Oekraïne onze steun verdient;',
						'spreekt uit de steun aan Oekraïne voort te zetten;',
						DICTUM
					],
					'het lid Timmermans.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions).toHaveLength(1);
		expect(doc.motions[0]!.parts).toEqual([
			{
				kind: 'constaterende',
				text: 'constaterende dat de agressie van Rusland nooit beloond mag worden;'
			},
			{
				kind: 'overwegende',
				text: 'overwegende dat gespeculeerd wordt over het verlichten van de sancties;'
			},
			{ kind: 'van_mening', text: 'van mening dat Oekraïne onze steun verdient;' },
			{ kind: 'spreekt_uit', text: 'spreekt uit de steun aan Oekraïne voort te zetten;' },
			{ kind: 'verzoekt', text: DICTUM }
		]);
	});

	it('reads "verzoekt het kabinet" as the dictum', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					['verzoekt het kabinet niet in te stemmen met de opheffing van sancties,'],
					'het lid Timmermans.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.parts).toEqual([
			{
				kind: 'verzoekt',
				text: 'verzoekt het kabinet niet in te stemmen met de opheffing van sancties,'
			}
		]);
		expect(doc.motions[0]!.subject).toBe(
			'Verzoekt het kabinet niet in te stemmen met de opheffing van sancties'
		);
	});

	it('reads "verzoekt de demissionaire regering" as the dictum', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[
						'overwegende dat het kabinet demissionair is;',
						'verzoekt de demissionaire regering geen nieuwe toezeggingen te doen,'
					],
					'het lid Timmermans.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.parts.map((p) => p.kind)).toEqual(['overwegende', 'verzoekt']);
		expect(doc.motions[0]!.parts[1]!.text).toBe(
			'verzoekt de demissionaire regering geen nieuwe toezeggingen te doen,'
		);
	});

	it('gives the motion its text from "De Kamer," to the closing formula and its line range', () => {
		const doc = parse(TIMMERMANS + tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).'));
		const m = doc.motions[0]!;
		expect(m.text).toBe(
			`De Kamer,\n\ngehoord de beraadslaging,\n\n${DICTUM}\n\nen gaat over tot de orde van de dag.`
		);
		// "De Kamer," is line 4; "Zij krijgt nr." is line 15.
		expect(m.lines).toEqual([4, 15]);
	});

	it('leaves the reader’s words before "De Kamer," out of the motion', () => {
		const doc = parse(
			'De heer Timmermans (GroenLinks-PvdA):\nIk heb twee moties.\n\n' +
				tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).')
		);
		const m = doc.motions[0]!;
		expect(m.text).not.toContain('Ik heb twee moties');
		expect(m.parts.map((p) => p.text).join(' ')).not.toContain('moties');
		expect(m.reader).toBe('Timmermans');
	});

	it('joins a part split by a page break (three blank lines inside it)', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[
						'verzoekt de regering zich in te zetten voor een verbod op wapens die strijdig zijn met het \nhumanitair oorlogsrecht, zoals\n\n\n\nlandmijnen of clustermunitie,'
					],
					'het lid Timmermans.',
					'nr. 216 (36045).'
				)
		);
		const m = doc.motions[0]!;
		expect(m.parts).toEqual([
			{
				kind: 'verzoekt',
				text: 'verzoekt de regering zich in te zetten voor een verbod op wapens die strijdig zijn met het humanitair oorlogsrecht, zoals landmijnen of clustermunitie,'
			}
		]);
		expect(m.text).not.toMatch(/\n\s*\n\s*\n/);
	});

	it('ignores a page number left between the two halves of a part', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					['verzoekt de regering de steun aan\n\n\n12\n\nOekraïne voort te zetten,'],
					'het lid Timmermans.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.parts[0]!.text).toBe(
			'verzoekt de regering de steun aan Oekraïne voort te zetten,'
		);
	});

	it('warns about a motion that never reaches "en gaat over tot de orde van de dag."', () => {
		const doc = parse(
			TIMMERMANS + 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering iets,\n'
		);
		expect(doc.motions).toEqual([]);
		expect(doc.warnings).toContainEqual({
			line: 4,
			message: expect.stringContaining('never reaches "en gaat over tot de orde van de dag."')
		});
	});
});

describe('the chair’s closing lines', () => {
	it('reads "door de leden …": the first is the indiener, the others co-sign in order', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'de leden Timmermans, Dassen en Van Hijum.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual([
			'Timmermans',
			'Dassen',
			'Van Hijum'
		]);
	});

	it('reads "door het lid …" as a single signer', () => {
		const doc = parse(
			'De heer Dassen (Volt):\nIk heb één motie.\n\n' +
				tabled([DICTUM], 'het lid Dassen.', 'nr. 220 (36045).')
		);
		expect(doc.motions[0]!.signers).toEqual([
			{ name: 'Dassen', party: 'Volt', partySource: 'label' }
		]);
		expect(doc.motions[0]!.reader).toBe('Dassen');
	});

	it('reads "Zij krijgt nr. 216 (36045)." as the Kamerstuk 36045-216', () => {
		const doc = parse(TIMMERMANS + tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).'));
		expect(doc.motions[0]).toMatchObject({
			id: '36045-216',
			dossier: '36045',
			number: 216,
			replaces: null
		});
	});

	it('keeps a second dossier in the same debate apart ("Zij krijgt nr. 225 (36046).")', () => {
		const doc = parse(
			TIMMERMANS +
				tabled([DICTUM], 'het lid Timmermans.', 'nr. 224 (36045).') +
				'\n' +
				tabled([DICTUM], 'het lid Timmermans.', 'nr. 225 (36046).')
		);
		expect(doc.motions.map((m) => [m.id, m.dossier, m.number])).toEqual([
			['36045-224', '36045', 224],
			['36046-225', '36046', 225]
		]);
	});

	it('reads an amended motion’s "Zij krijgt nr. 241, was nr. 234 (36045)."', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'het lid Timmermans.', 'nr. 241, was nr. 234 (36045).')
		);
		expect(doc.motions[0]).toMatchObject({ id: '36045-241', number: 241, replaces: 234 });
	});

	it('joins a signer list broken inside a name ("Van" / "Hijum")', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[DICTUM],
					'de leden Timmermans, Dassen, Van\nHijum en Teunissen.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual([
			'Timmermans',
			'Dassen',
			'Van Hijum',
			'Teunissen'
		]);
	});

	it('joins a signer list broken inside a name across a page break', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[DICTUM],
					'de leden Timmermans, Dassen, Van\n\n\n\nHijum en Teunissen.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual([
			'Timmermans',
			'Dassen',
			'Van Hijum',
			'Teunissen'
		]);
		expect(doc.motions[0]!.lines).toEqual([4, 19]);
	});

	it('splits names with "c.s." dropped and the forms of address stripped', () => {
		expect(splitNames('Timmermans, Dassen, Van\n Hijum en Ceder')).toEqual([
			'Timmermans',
			'Dassen',
			'Van Hijum',
			'Ceder'
		]);
		expect(splitNames('Vermeer c.s.')).toEqual(['Vermeer']);
	});

	it('normalises dossier numbers with a space, a suffix or a budget chapter', () => {
		expect(normaliseDossier('36 045')).toBe('36045');
		expect(normaliseDossier('21 501-02')).toBe('21501-02');
		expect(normaliseDossier('36600 V')).toBe('36600-V');
		expect(normaliseDossier('36 600-V')).toBe('36600-V');
	});
});

describe('each signer’s fraction', () => {
	it('takes the fraction from the speaker label of a signer who speaks', () => {
		const doc = parse(TIMMERMANS + tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).'), {
			members: [],
			cabinet: []
		});
		expect(doc.motions[0]!.signers[0]).toEqual({
			name: 'Timmermans',
			party: 'GroenLinks-PvdA',
			partySource: 'label'
		});
	});

	it('takes the fraction of a non-speaking signer from the registry on the debate date', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'de leden Timmermans en Teunissen.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.signers[1]).toEqual({
			name: 'Teunissen',
			party: 'PvdD',
			partySource: 'registry'
		});
		expect(doc.warnings.filter((w) => w.message.includes('Teunissen'))).toEqual([]);
	});

	it('resolves a member who changed fraction by the debate date (two registry periods)', () => {
		const registry: Registry = {
			members: [
				member('Omtzigt', 'Lid Omtzigt', '2021-06-15', '2023-12-05', 'p-omtzigt'),
				member('Omtzigt', 'NSC', '2023-12-06', '2025-04-22', 'p-omtzigt')
			],
			cabinet: []
		};
		const text = TIMMERMANS + tabled([DICTUM], 'de leden Timmermans en Omtzigt.', 'nr. 9 (36045).');
		const before = parse(text, registry, '2023-10-01').motions[0]!.signers[1];
		const after = parse(text, registry, '2024-03-01').motions[0]!.signers[1];
		expect(before).toEqual({ name: 'Omtzigt', party: 'Lid Omtzigt', partySource: 'registry' });
		expect(after).toEqual({ name: 'Omtzigt', party: 'NSC', partySource: 'registry' });
	});

	it('takes the fraction the chair names in running text ("Mevrouw Dobbe, SP.")', () => {
		const doc = parse(
			'De voorzitter:\nMevrouw Dobbe, SP.\n\n' +
				TIMMERMANS +
				tabled([DICTUM], 'de leden Timmermans en Dobbe.', 'nr. 216 (36045).'),
			{ members: [], cabinet: [] }
		);
		expect(doc.motions[0]!.signers[1]).toEqual({
			name: 'Dobbe',
			party: 'SP',
			partySource: 'label'
		});
	});

	it('warns about a signer unknown to labels and registry and leaves the party null', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'de leden Timmermans en Onbekend.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.signers[1]).toEqual({
			name: 'Onbekend',
			party: null,
			partySource: null
		});
		expect(doc.warnings).toContainEqual({
			line: 15,
			message: expect.stringMatching(/^Onbekend: not a speaker in this transcript/)
		});
	});

	it('lets the label win over the registry when they disagree, with a warning', () => {
		const doc = parse(
			'De heer Dassen (D66):\nIk heb één motie.\n\n' +
				tabled([DICTUM], 'het lid Dassen.', 'nr. 220 (36045).')
		);
		expect(doc.motions[0]!.signers[0]).toEqual({
			name: 'Dassen',
			party: 'D66',
			partySource: 'label'
		});
		expect(doc.warnings).toContainEqual({
			line: 15,
			message: expect.stringContaining('labels this member D66, the member registry says Volt')
		});
	});

	it('canonicalises a signer through the registry (Yesilgöz → Yeşilgöz-Zegerius)', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'de leden Timmermans en Yesilgöz.', 'nr. 223 (36045).')
		);
		expect(doc.motions[0]!.signers[1]).toEqual({
			name: 'Yeşilgöz-Zegerius',
			party: 'VVD',
			partySource: 'registry'
		});
	});

	it('warns when the motion is read out by someone other than its first signer', () => {
		const doc = parse(
			'De heer Dassen (Volt):\nNamens de heer Timmermans.\n\n' +
				tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).')
		);
		expect(doc.warnings).toContainEqual({
			line: 4,
			message: 'Motion 36045-216 is read out by Dassen but its first signer is Timmermans'
		});
	});
});

describe('layouts and slips the chair’s lines must survive', () => {
	it('reads a motion laid out without blank lines, each part right under the one before', () => {
		const doc = parse(
			[
				'De heer Dassen (Volt):',
				'Ik heb één motie.',
				'De Kamer,',
				'gehoord de beraadslaging,',
				'constaterende dat het regent;',
				'verzoekt de regering een paraplu te kopen,',
				'en gaat over tot de orde van de dag.',
				'',
				'De voorzitter:',
				'Deze motie is voorgesteld door het lid Dassen.',
				'Zij krijgt nr. 216 (36045).',
				''
			].join('\n')
		);
		expect(doc.motions).toHaveLength(1);
		expect(doc.motions[0]).toMatchObject({ id: '36045-216', lines: [3, 11], reader: 'Dassen' });
		expect(doc.motions[0]!.parts.map((p) => p.kind)).toEqual(['constaterende', 'verzoekt']);
		expect(doc.motions[0]!.text).not.toContain('Ik heb één motie');
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual(['Dassen']);
	});

	it('warns with its line about a "Zij krijgt nr." where no motion was read', () => {
		const doc = parse(
			'De heer Dassen (Volt):\nIk dien een motie in over regen, zie hieronder.\n\nDe voorzitter:\nDeze motie is voorgesteld door het lid Dassen.\n\nZij krijgt nr. 216 (36045).\n'
		);
		expect(doc.motions).toEqual([]);
		expect(doc.warnings).toContainEqual({
			line: 7,
			message: expect.stringContaining('"Zij krijgt nr. 216 (36045)." stands here')
		});
	});

	it('leaves the chair’s interruption inside a motion out of the motion text', () => {
		const doc = parse(
			[
				'De heer Dassen (Volt):',
				'De Kamer,',
				'',
				'gehoord de beraadslaging,',
				'',
				'constaterende dat het regent;',
				'',
				'De voorzitter:',
				'Een ogenblik, meneer Dassen. Mag het wat rustiger in de zaal?',
				'',
				'De heer Dassen (Volt):',
				'verzoekt de regering een paraplu te kopen,',
				'',
				'en gaat over tot de orde van de dag.',
				'',
				'De voorzitter:',
				'Deze motie is voorgesteld door het lid Dassen.',
				'',
				'Zij krijgt nr. 216 (36045).',
				''
			].join('\n')
		);
		const m = doc.motions[0]!;
		expect(m.parts).toEqual([
			{ kind: 'constaterende', text: 'constaterende dat het regent;' },
			{ kind: 'verzoekt', text: 'verzoekt de regering een paraplu te kopen,' }
		]);
		expect(m.text).not.toContain('rustiger');
	});

	it('keeps both motions read with the same id, the second with a warning naming both lines', () => {
		const doc = parse(
			TIMMERMANS +
				tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).') +
				'\n' +
				tabled(['verzoekt de regering iets anders,'], 'het lid Timmermans.', 'nr. 216 (36045).')
		);
		expect(doc.motions.map((m) => [m.id, m.parts[0]!.text])).toEqual([
			['36045-216', DICTUM],
			['36045-216', 'verzoekt de regering iets anders,']
		]);
		expect(doc.warnings).toContainEqual({
			line: 17,
			message:
				'Motion 36045-216 is read twice: first at line 4, again at line 17; both are kept under the same id'
		});
	});

	it('leaves out a motion whose dossier is no Kamerstuk dossier, with a warning and its line', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'het lid Timmermans.', 'nr. 12 (36 600-VII/36 410).')
		);
		expect(doc.motions).toEqual([]);
		expect(doc.warnings).toContainEqual({
			line: 15,
			message: expect.stringContaining('"36 600-VII/36 410" is not a Kamerstuk dossier number')
		});
		expect(doc.warnings.filter((w) => w.line === 15)).toHaveLength(1);
	});

	it('ends the signer list at the full stop before "Zij krijgt", not at an initial', () => {
		const doc = parse(
			TIMMERMANS + tabled([DICTUM], 'de leden Dassen, J. de Vries en Ceder.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual(['Dassen', 'J. de Vries', 'Ceder']);
	});
});

describe('the chair’s formulas of older Handelingen', () => {
	const signersOf = (text: string) => parse(text).motions.map((m) => m.signers.map((s) => s.name));

	it('"Naar mij blijkt, wordt de indiening ervan voldoende ondersteund." after the signers is no signer', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[DICTUM],
					'de leden Timmermans en Dassen. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual(['Timmermans', 'Dassen']);
		expect(doc.warnings.map((w) => w.message).filter((m) => /blijkt|ondersteund/.test(m))).toEqual(
			[]
		);
	});

	it.each([
		['De motie is voldoende ondersteund.'],
		['Zij maakt onderdeel uit van de beraadslaging.'],
		['Zij maakt deel uit van de beraadslaging.'],
		['De indiening ervan wordt voldoende ondersteund.']
	])('"%s" between the signers and the number is no signer', (formula) => {
		const lines = tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).').split('\n');
		const at = lines.findIndex((l) => l.startsWith('Zij krijgt'));
		lines.splice(at, 0, formula, '');
		expect(signersOf(TIMMERMANS + lines.join('\n'))).toEqual([['Timmermans']]);
		// In the same paragraph as the signers, or after the number, it is no signer either.
		expect(
			signersOf(
				TIMMERMANS +
					tabled([DICTUM], `het lid Timmermans. ${formula}`, `nr. 216 (36045). ${formula}`)
			)
		).toEqual([['Timmermans']]);
	});

	it('warns when the chair says the motion is not sufficiently supported', () => {
		const doc = parse(
			TIMMERMANS +
				tabled(
					[DICTUM],
					'het lid Timmermans. Naar mij blijkt, wordt de indiening ervan niet voldoende ondersteund.',
					'nr. 216 (36045).'
				)
		);
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual(['Timmermans']);
		expect(doc.warnings).toContainEqual({
			line: 15,
			message:
				'Motion 36045-216: the chair says its tabling is not sufficiently supported, so it is no part of the deliberation'
		});
	});

	it('reads the signers the chair announces before the motion: "Door de leden … wordt de volgende motie voorgesteld:"', () => {
		const doc = parse(
			[
				'De heer Timmermans (GroenLinks-PvdA):',
				'Ik dien een motie in.',
				'',
				'De voorzitter:',
				'Door de leden Timmermans en Van Hijum wordt de volgende motie voorgesteld:',
				'',
				'Motie',
				'',
				'De Kamer,',
				'',
				'gehoord de beraadslaging,',
				'',
				DICTUM,
				'',
				'en gaat over tot de orde van de dag.',
				'',
				'Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.',
				'',
				'Zij krijgt nr. 12 (31700-XVI).',
				''
			].join('\n')
		);
		expect(doc.motions).toHaveLength(1);
		expect(doc.motions[0]).toMatchObject({ id: '31700-XVI-12', reader: 'Timmermans' });
		expect(doc.motions[0]!.signers.map((s) => s.name)).toEqual(['Timmermans', 'Van Hijum']);
		expect(doc.motions[0]!.text).not.toContain('Motie\n');
	});

	it('leaves the "Motie" heading above "De Kamer," out of the motion', () => {
		const doc = parse(
			TIMMERMANS + 'Motie\n\n' + tabled([DICTUM], 'het lid Timmermans.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.parts).toEqual([{ kind: 'verzoekt', text: DICTUM }]);
	});
});

describe('motion parts from the vocabulary', () => {
	it.each([
		['constaterende dat het regent;', 'constaterende'],
		['voorts constaterende dat het waait;', 'constaterende'],
		['van oordeel dat het moet;', 'van_mening'],
		['spreekt zich uit tegen de paraplu;', 'spreekt_uit'],
		['spreekt uit dat de paraplu blijft;', 'spreekt_uit'],
		['en verzoekt de regering een jas te kopen,', 'verzoekt'],
		['roept de regering op een jas te kopen,', 'roept_op'],
		['draagt de regering op een jas te kopen,', 'draagt_op'],
		['besluit een jas te kopen,', 'besluit'],
		['zegt het vertrouwen in de minister op,', 'overig'],
		['keurt het optreden van de minister af,', 'overig'],
		['betreurt de gang van zaken,', 'overig'],
		['appreciërende dat de regering zich inspant;', 'overig']
	])('"%s" is a part of kind %s', (part, kind) => {
		expect(motionPartKind(part)).toBe(kind);
		const before = 'overwegende dat het waait;';
		const doc = parse(
			TIMMERMANS + tabled([before, part], 'het lid Timmermans.', 'nr. 216 (36045).')
		);
		expect(doc.motions[0]!.parts).toEqual([
			{ kind: 'overwegende', text: before },
			{ kind, text: part }
		]);
	});

	it('continues a part whose next paragraph starts with an ordinary word', () => {
		expect(motionPartKind('de regering te vragen om een jas,')).toBeNull();
		expect(motionPartKind('besluitvorming daarover,')).toBeNull();
	});
});
