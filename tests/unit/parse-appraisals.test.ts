// The cabinet's verdicts on tabled motions: one case per phrasing, plus revisions, conditions and
// the warnings for what cannot be read. Each excerpt tables its motions, then the cabinet speaks.
import { describe, expect, it } from 'vitest';
import { parseDocument, type CabinetRecord, type Registry } from '../../src/lib/parse';
import {
	clauses,
	conditionIn,
	isTentative,
	mentionedNumbers,
	mentionsIn,
	mentionSegments,
	verdictIn
} from '../../src/lib/parse/appraisals';
import { VERDICT_PHRASES } from '../../src/lib/parse/vocabulary';
import { VERDICTS } from '../../src/lib/verdicts';

const post = (name: string, ministry: string, role = 'minister'): CabinetRecord => ({
	name,
	fullName: name,
	role,
	ministry,
	party: null,
	from: '2025-09-05',
	to: null
});

const REGISTRY: Registry = {
	members: [],
	cabinet: [
		post('Schoof', 'Algemene Zaken', 'minister-president'),
		post('Van Weel', 'Buitenlandse Zaken'),
		post('Brekelmans', 'Defensie')
	]
};

/** A member's turn tabling motions with these numbers (dossier 36045 unless "36046-225"). */
function tabling(numbers: (number | string)[], reader = 'De heer Timmermans (GroenLinks-PvdA):') {
	const blocks = numbers.map((n) => {
		const [dossier, number] = typeof n === 'string' ? n.split(/-(?=\d+$)/) : ['36045', n];
		return [
			'De Kamer,',
			'',
			'gehoord de beraadslaging,',
			'',
			`verzoekt de regering maatregel ${number} te nemen,`,
			'',
			'en gaat over tot de orde van de dag.',
			'',
			'De voorzitter:',
			'Deze motie is voorgesteld door het lid Timmermans.',
			'',
			`Zij krijgt nr. ${number} (${dossier}).`,
			''
		].join('\n');
	});
	return `${reader}\nIk heb een aantal moties.\n\n${blocks.join('\n')}\nDe voorzitter:\nDan de appreciatie.\n\n`;
}

const parse = (text: string) =>
	parseDocument(text, { kind: 'debate', date: '2025-09-11', registry: REGISTRY });

/** The one appraisal of a single motion `nr` tabled before `answer`. */
function appraise(nr: number, answer: string) {
	const doc = parse(tabling([nr]) + answer);
	return { doc, appraisal: doc.appraisals.find((a) => a.motionId === `36045-${nr}`) };
}

describe('verdict phrasings seen in the Handelingen', () => {
	it('"Die geef ik oordeel Kamer." after the motion is named by number', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nIk begin bij de motie op stuk nr. 216, van de heer Timmermans. Die geef ik oordeel Kamer.\n'
		);
		expect(appraisal).toMatchObject({
			verdict: 'oordeel_kamer',
			minister: 'Van Weel',
			conditional: false,
			condition: null
		});
		expect(appraisal!.quote).toBe(
			'Ik begin bij de motie op stuk nr. 216, van de heer Timmermans. Die geef ik oordeel Kamer.'
		);
	});

	it('"De motie op stuk nr. 224 van mevrouw Yeşilgöz: oordeel Kamer."', () => {
		const { appraisal } = appraise(
			224,
			'Minister Brekelmans:\nDe motie op stuk nr. 224 van mevrouw Yeşilgöz: oordeel Kamer.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'oordeel_kamer', minister: 'Brekelmans' });
	});

	it('"… moet ik ontraden."', () => {
		const { appraisal } = appraise(
			228,
			'Minister Van Weel:\nDe motie op stuk nr. 228, van mevrouw Dobbe, moet ik ontraden. Wij leveren zelf geen \nwapens die strijdig zijn met de verdragen.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', minister: 'Van Weel' });
	});

	it('"… ontraad ik."', () => {
		const { appraisal } = appraise(
			230,
			'Minister Brekelmans:\nDe motie op stuk nr. 230 van de heer Van Hijum ontraad ik. Ik heb in het debat toegelicht \nhoe we binnen de NAVO luchtverdediging vormgeven.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', minister: 'Brekelmans' });
	});

	it('"… ga ik ontraden, maar …" stays ontraden', () => {
		const { appraisal } = appraise(
			233,
			'Minister Brekelmans:\nDe motie op stuk nr. 233 van de heer Vermeer ga ik ontraden, maar dat doe ik \neigenlijk vooral omdat ik niet helemaal goed begrijp wat er staat.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', conditional: false });
		expect(appraisal!.history).toHaveLength(1);
	});

	it('"Dus ontraden." at the end of a reasoning', () => {
		const { appraisal } = appraise(
			234,
			'Minister Brekelmans:\nOké!\n\nDe motie op stuk nr. 234 vraagt om een extractieplan. Dat zullen we echt met de coalition of the \nwilling samen doen. Dus ontraden.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', minister: 'Brekelmans' });
		// The quote keeps the sentence that named the motion, from the same paragraph.
		expect(appraisal!.quote).toBe(
			'De motie op stuk nr. 234 vraagt om een extractieplan. Dus ontraden.'
		);
	});

	it('"…: ook ontraden, met verwijzing naar het debat."', () => {
		const { appraisal } = appraise(
			229,
			'Minister Schoof:\nDe motie op stuk nr. 229, over alleen bijdragen aan een vredesmacht als onderdeel van een \nakkoord en als er sprake is van een VN-mandaat: ook ontraden, met verwijzing naar het \ndebat.\n'
		);
		expect(appraisal).toMatchObject({
			verdict: 'ontraden',
			minister: 'Schoof',
			conditional: false
		});
	});

	it('"… dat ik die ontraad." with the verdict word after a page break', () => {
		const { appraisal } = appraise(
			235,
			[
				'Minister Schoof:',
				'Dan kom ik bij de laatste motie die ik doe. Dat is de motie op stuk nr. 235. Die heeft ',
				'betrekking op de gaswinning in het Groningse veld. Het zal u niet verbazen, gelet op alles ',
				'',
				'',
				'',
				'wat we gedaan hebben en de beloftes die we hebben gedaan aan Groningen, dat ik die ',
				'ontraad.',
				''
			].join('\n')
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', minister: 'Schoof' });
		// tabling() takes 19 lines; the label is line 20, the naming line 21, "ontraad." line 27.
		expect(appraisal!.lines).toEqual([21, 27]);
	});

	it('"Die zou ik toch willen ontraden" is a firm ontraden, not a possibility', () => {
		const { appraisal } = appraise(
			227,
			'Minister Schoof:\nDe motie op stuk nr. 227, over geen toezegging zonder toestemming van de Kamer. Die zou \nik toch willen ontraden, ook omdat de motie begint met te constateren dat ik buiten mandaat \nzou hebben gehandeld.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', conditional: false });
	});

	it('the chair names the next motion ("De motie-Vermeer op stuk nr. 233."), the minister answers', () => {
		const { appraisal } = appraise(
			233,
			'Minister Brekelmans:\nDan de volgende.\n\nDe voorzitter:\nDe motie-Vermeer op stuk nr. 233.\n\nMinister Brekelmans:\nJa, precies. Die ga ik ontraden, want ik begrijp niet goed wat er staat.\n'
		);
		expect(appraisal).toMatchObject({
			motionId: '36045-233',
			verdict: 'ontraden',
			minister: 'Brekelmans'
		});
		expect(appraisal!.history.map((h) => h.by)).toEqual(['cabinet']);
	});

	it('applies one verdict to every motion of "de moties op stuk nrs. 217 en 218"', () => {
		const doc = parse(
			tabling([217, 218]) +
				'Minister Schoof:\nDe moties op stuk nrs. 217 en 218 moet ik allebei ontraden.\n'
		);
		expect(doc.appraisals.map((a) => [a.motionId, a.verdict])).toEqual([
			['36045-217', 'ontraden'],
			['36045-218', 'ontraden']
		]);
	});

	it('gives each motion named in one sentence its own verdict', () => {
		const doc = parse(
			tabling([221, 222]) +
				'Minister Schoof:\nDe motie op stuk nr. 221 ontraad ik en de motie op stuk nr. 222 geef ik oordeel \nKamer.\n'
		);
		expect(doc.appraisals.map((a) => [a.motionId, a.verdict])).toEqual([
			['36045-221', 'ontraden'],
			['36045-222', 'oordeel_kamer']
		]);
	});

	it('gives one verdict to two motions named in one sentence before it', () => {
		const doc = parse(
			tabling([221, 222]) +
				'Minister Schoof:\nDe motie op stuk nr. 221 krijgt, net als de motie op stuk nr. 222, oordeel Kamer.\n'
		);
		expect(doc.appraisals.map((a) => [a.motionId, a.verdict])).toEqual([
			['36045-221', 'oordeel_kamer'],
			['36045-222', 'oordeel_kamer']
		]);
	});

	it('finds the motion of a second dossier by its number', () => {
		const doc = parse(
			tabling([224, '36046-225']) +
				'Minister Van Weel:\nDe motie op stuk nr. 225, van de heer Paternotte, over het agressietribunaal: oordeel Kamer.\n\nDe motie op stuk nr. 224 moet ik ontraden.\n'
		);
		expect(doc.appraisals.map((a) => [a.motionId, a.verdict])).toEqual([
			['36045-224', 'ontraden'],
			['36046-225', 'oordeel_kamer']
		]);
	});
});

describe('revisions and conditions', () => {
	const VERMEER = [
		'Minister Brekelmans:',
		'Ja, precies. De motie op stuk nr. 233 van de heer Vermeer ga ik ontraden, maar dat doe ik ',
		'eigenlijk vooral omdat ik niet helemaal goed begrijp wat er staat. Als ik deze motie van de ',
		'heer Vermeer zo mag lezen dat die met mijn uitleg overeenkomt, dan geef ik ’m oordeel ',
		'Kamer.',
		'',
		'De voorzitter:',
		'Ja! Hij beaamt het. De motie-Vermeer op stuk nr. 233 krijgt oordeel Kamer.',
		''
	].join('\n');

	it('keeps a revised verdict’s history: first ontraden, then oordeel Kamer; the last stands', () => {
		const { appraisal } = appraise(233, VERMEER);
		expect(appraisal!.verdict).toBe('oordeel_kamer');
		expect(appraisal!.history.map((h) => [h.verdict, h.minister, h.by])).toEqual([
			['ontraden', 'Brekelmans', 'cabinet'],
			['oordeel_kamer', 'Brekelmans', 'cabinet']
		]);
		expect(appraisal!.conditional).toBe(true);
		expect(appraisal!.condition).toMatch(/^als ik deze motie van de heer Vermeer zo mag lezen/);
	});

	it('218: "als …, krijgt de motie oordeel Kamer" is conditional, with the condition in words', () => {
		const { appraisal } = appraise(
			218,
			[
				'Minister Schoof:',
				'De motie op stuk nr. 218, over afspraken over een minimale uitgavennorm binnen de EU. Ik ',
				'heb een verzoek aan de heer Timmermans. Vooruitlopen op het MFK en daarin een norm ',
				'leggen, zou leiden tot "ontraden". Maar als het gaat over burden sharing, ieder zijn fair share ',
				'en dat wij daarop moeten inzetten, krijgt de motie oordeel Kamer.',
				''
			].join('\n')
		);
		expect(appraisal).toMatchObject({
			verdict: 'oordeel_kamer',
			conditional: true,
			condition:
				'als het gaat over burden sharing, ieder zijn fair share en dat wij daarop moeten inzetten'
		});
		expect(appraisal!.history).toHaveLength(1);
	});

	it('234: "Deze motie is dus ontraden, maar krijgt anders, met de aanpassing, oordeel Kamer" stays ontraden', () => {
		const { appraisal } = appraise(
			234,
			[
				'Minister Brekelmans:',
				'De motie op stuk nr. 234 moet ik ontraden, want we kunnen niet borgen dat een volledig ',
				'zelfstandig en uitvoerbaar extractieplan klaarligt.',
				'',
				'De heer Vermeer (BBB):',
				'Zal ik doen!',
				'',
				'Minister Brekelmans:',
				'Oké. Deze motie is dus ontraden, maar krijgt anders, met de aanpassing, oordeel Kamer.',
				''
			].join('\n')
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', conditional: false, condition: null });
		expect(appraisal!.history.map((h) => h.verdict)).toEqual(['ontraden']);
	});

	it('227: "Ik zou ’m eventueel overbodig kunnen verklaren" after ontraden stays ontraden', () => {
		const { appraisal } = appraise(
			227,
			[
				'Minister Schoof:',
				'De motie op stuk nr. 227. Die zou ik toch willen ontraden.',
				'',
				'Mevrouw Dobbe (SP):',
				'Als ik de constatering er dan uit haal, geeft u ’m dan oordeel Kamer?',
				'',
				'Minister Schoof:',
				'Nee, omdat ik ook heb gezegd dat de artikel 100-procedure voldoet. Ik zou ’m eventueel ',
				'overbodig kunnen verklaren.',
				''
			].join('\n')
		);
		expect(appraisal).toMatchObject({ verdict: 'ontraden', conditional: false });
		expect(appraisal!.history.map((h) => h.verdict)).toEqual(['ontraden']);
	});

	it('220: "Ik kan ’m "overbodig" geven, maar … ik geef ’m oordeel Kamer" is oordeel Kamer', () => {
		const { appraisal } = appraise(
			220,
			[
				'Minister Brekelmans:',
				'Dan de motie op stuk nr. 220 van de heer Dassen. Wij zijn dit dus al aan het doen. Ik ',
				'kan ’m "overbodig" geven, maar ik wil ook een keer vriendelijk zijn tegen de heer Dassen, ',
				'dus ik geef ’m oordeel Kamer. De motie is in lijn met staand beleid.',
				''
			].join('\n')
		);
		expect(appraisal).toMatchObject({ verdict: 'oordeel_kamer', conditional: false });
		expect(appraisal!.history.map((h) => h.verdict)).toEqual(['oordeel_kamer']);
	});

	it('a lone possibility ("zou leiden tot ontraden") stands when nothing firmer follows', () => {
		const { appraisal } = appraise(
			216,
			'Minister Schoof:\nDe motie op stuk nr. 216. Een norm leggen zou leiden tot "ontraden".\n'
		);
		expect(appraisal!.verdict).toBe('ontraden');
	});
});

describe('other phrasings in use', () => {
	it('"laat ik aan het oordeel van de Kamer" is oordeel Kamer', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 laat ik aan het oordeel van de Kamer.\n'
		);
		expect(appraisal).toMatchObject({ verdict: 'oordeel_kamer', conditional: false });
	});

	it('"oordeel Kamer, mits …" is conditional, the condition starting with "mits"', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer, mits het kabinet de uitvoering binnen de \nbestaande middelen mag zoeken.\n'
		);
		expect(appraisal).toMatchObject({
			verdict: 'oordeel_kamer',
			conditional: true,
			condition: 'mits het kabinet de uitvoering binnen de bestaande middelen mag zoeken'
		});
	});

	it('"ondersteuning van beleid" is overbodig', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 zie ik als ondersteuning van beleid.\n'
		);
		expect(appraisal!.verdict).toBe('overbodig');
	});

	it('"overbodig" said outright is overbodig', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 vind ik overbodig, want dit doen we al.\n'
		);
		expect(appraisal!.verdict).toBe('overbodig');
	});

	it('"ontijdig" is ontijdig', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 is ontijdig: de evaluatie komt in het voorjaar.\n'
		);
		expect(appraisal!.verdict).toBe('ontijdig');
	});

	it('"ik verzoek de indiener de motie aan te houden" is verzocht_aan_te_houden', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nOver de motie op stuk nr. 216: ik verzoek de indiener de motie aan te houden tot na \nde top.\n'
		);
		expect(appraisal!.verdict).toBe('verzocht_aan_te_houden');
	});

	it('"ontraden, tenzij …" is ontraden_tenzij_gewijzigd', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216: ontraden, tenzij het woord "onmiddellijk" uit het dictum gaat.\n'
		);
		expect(appraisal!.verdict).toBe('ontraden_tenzij_gewijzigd');
	});

	it('"overgenomen" is overgenomen', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 wil ik graag overnemen.\n\nDe voorzitter:\nDe motie op stuk nr. 216 is overgenomen.\n'
		);
		expect(appraisal!.verdict).toBe('overgenomen');
		expect(appraisal!.history).toHaveLength(1);
	});
});

describe('what cannot be read is reported, never guessed', () => {
	it('warns about an appraisal of a number that was not tabled, with its line, and records none', () => {
		const doc = parse(
			tabling([216]) +
				'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer.\n\nDe motie op stuk nr. 299 moet ik ontraden.\n'
		);
		expect(doc.appraisals.map((a) => a.motionId)).toEqual(['36045-216']);
		expect(doc.warnings).toEqual([
			{
				line: 23,
				message:
					'An appraisal of motion nr. 299, which was not tabled in this document: "De motie op stuk nr. 299 moet ik ontraden."'
			}
		]);
	});

	it('leaves a motion without appraisal without a record, with a warning', () => {
		const doc = parse(
			tabling([216, 217]) + 'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer.\n'
		);
		expect(doc.appraisals.map((a) => a.motionId)).toEqual(['36045-216']);
		expect(doc.warnings).toEqual([
			{ line: 17, message: 'Motion 36045-217 received no appraisal in this document' }
		]);
	});

	it('does not take a member’s words for a verdict', () => {
		const doc = parse(
			tabling([216]) +
				'Mevrouw Dobbe (SP):\nIk snap niet waarom de motie op stuk nr. 216 ontraden zou moeten worden.\n'
		);
		expect(doc.appraisals).toEqual([]);
	});

	it('does not take a verdict word without a motion named before it', () => {
		const doc = parse(tabling([216]) + 'Minister Van Weel:\nIk geef alles oordeel Kamer.\n');
		expect(doc.appraisals).toEqual([]);
	});
});

describe('the pieces', () => {
	it('verdictIn takes the last verdict a clause names', () => {
		expect(verdictIn('zou leiden tot "ontraden", krijgt de motie oordeel Kamer')).toMatchObject({
			verdict: 'oordeel_kamer'
		});
		expect(verdictIn('ontraden, tenzij gewijzigd')).toMatchObject({
			verdict: 'ontraden_tenzij_gewijzigd'
		});
		expect(verdictIn('Ik dank de minister.')).toBeNull();
	});

	it('isTentative flags "eventueel", "anders, met de aanpassing", and "kan" before a "maar"', () => {
		expect(isTentative('Ik kan ’m "overbodig" geven', 'overbodig', true)).toBe(true);
		expect(isTentative('Ik zou ’m eventueel overbodig kunnen verklaren', 'overbodig')).toBe(true);
		expect(isTentative('krijgt anders, met de aanpassing, oordeel Kamer', 'oordeel_kamer')).toBe(
			true
		);
		expect(isTentative('Die zou ik toch willen ontraden', 'ontraden')).toBe(false);
		// "kan ik … geven" is how a verdict is given, not a possibility.
		expect(isTentative('Deze motie kan ik oordeel Kamer geven', 'oordeel_kamer')).toBe(false);
	});

	it('clauses splits at "maar", "want", "omdat" and "dus"', () => {
		expect(
			clauses(
				'Ik kan ’m overbodig geven, maar ik wil vriendelijk zijn, dus ik geef ’m oordeel Kamer.'
			)
		).toEqual([
			'Ik kan ’m overbodig geven',
			'ik wil vriendelijk zijn',
			'ik geef ’m oordeel Kamer.'
		]);
	});

	it('mentionedNumbers reads "stuk nr.", "stuk nrs. … en …" and "motie-Vermeer op stuk nr."', () => {
		expect(mentionedNumbers('De motie op stuk nr. 216, van de heer Timmermans.')).toEqual([216]);
		expect(mentionedNumbers('De moties op stuk nrs. 217 en 218.')).toEqual([217, 218]);
		expect(mentionedNumbers('De motie-Vermeer op stuk nr. 233.')).toEqual([233]);
		expect(mentionedNumbers('De moties op stuk nrs. 220 t/m 222.')).toEqual([220, 221, 222]);
		expect(mentionedNumbers('Het debat van 11 september over 36045.')).toEqual([]);
	});

	it('mentionSegments cuts a sentence where a further motion is named', () => {
		expect(
			mentionSegments(
				'De motie op stuk nr. 221 ontraad ik en de motie op stuk nr. 222 krijgt oordeel Kamer.'
			)
		).toEqual([
			'De motie op stuk nr. 221 ontraad ik en de',
			'motie op stuk nr. 222 krijgt oordeel Kamer.'
		]);
		expect(mentionSegments('Dus ontraden.')).toEqual(['Dus ontraden.']);
	});
});

describe('the motion in hand is not kept forever', () => {
	/** Motions with their own signers: [number, "de leden Dassen en Paternotte"]. */
	function tabledBy(list: [number, string][]) {
		const blocks = list.map(([number, signers]) =>
			[
				'De heer Dassen (Volt):',
				'De Kamer,',
				'',
				'gehoord de beraadslaging,',
				'',
				`verzoekt de regering maatregel ${number} te nemen,`,
				'',
				'en gaat over tot de orde van de dag.',
				'',
				'De voorzitter:',
				`Deze motie is voorgesteld door ${signers}.`,
				'',
				`Zij krijgt nr. ${number} (36045).`,
				''
			].join('\n')
		);
		return blocks.join('\n') + '\n';
	}
	const history = (doc: ReturnType<typeof parse>, id: string) =>
		doc.appraisals.find((a) => a.motionId === id)?.history.map((h) => h.verdict) ?? [];

	it('"Dan de motie van de heer Dassen" moves to Dassen’s motion without a verdict yet', () => {
		const doc = parse(
			tabledBy([
				[216, 'de leden Dassen en Paternotte'],
				[217, 'het lid Dassen']
			]) +
				'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer. Dan de motie van de heer Dassen over de jas: die ontraad ik.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['oordeel_kamer']);
		expect(history(doc, '36045-217')).toEqual(['ontraden']);
	});

	it('"de motie-X" without a number names X’s only motion; an ambiguous name clears the motion in hand', () => {
		const doc = parse(
			tabledBy([
				[216, 'het lid Timmermans'],
				[217, 'het lid Dassen'],
				[218, 'het lid Dassen']
			]) +
				'Minister Van Weel:\nDe motie op stuk nr. 217: ontraden. Dan de motie-Timmermans: oordeel Kamer. En dan de motie van de heer Dassen over iets anders: ontraden.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['oordeel_kamer']);
		// Dassen's only motion without a verdict is 218.
		expect(history(doc, '36045-218')).toEqual(['ontraden']);
		const cleared = parse(
			tabledBy([
				[216, 'het lid Timmermans'],
				[217, 'het lid Dassen'],
				[218, 'het lid Dassen']
			]) +
				'Minister Van Weel:\nDe motie op stuk nr. 216: ontraden. Dan de motie van de heer Dassen: oordeel Kamer.\n'
		);
		expect(history(cleared, '36045-216')).toEqual(['ontraden']);
		expect(history(cleared, '36045-217')).toEqual([]);
		expect(history(cleared, '36045-218')).toEqual([]);
	});

	it('reads "zijn motie (36045, nr. 216)" as a mention, only in that dossier', () => {
		const doc = parse(
			tabling([216, 217]) +
				'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer. De motie op stuk nr. 217: ontraden.\n\n' +
				'Dan nog zijn motie (36045, nr. 216): die wil ik toch ontraden.\n\n' +
				'En de motie (36046, nr. 217): oordeel Kamer.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['oordeel_kamer', 'ontraden']);
		expect(history(doc, '36045-217')).toEqual(['ontraden']);
		expect(doc.warnings).toContainEqual(
			expect.objectContaining({
				message: expect.stringContaining('An appraisal of motion 36046-217, which was not tabled')
			})
		);
	});

	it("the chair holding a motion at the member's request is no appraisal", () => {
		const doc = parse(
			tabling([216]) +
				'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer.\n\n' +
				'De voorzitter:\nOp verzoek van de heer Timmermans stel ik voor zijn motie (36045, nr. 216) aan te houden. Daartoe wordt besloten.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['oordeel_kamer']);
	});

	it('does not count a denied verdict: "kan ik niet overnemen", "is niet overbodig", "geen oordeel Kamer"', () => {
		for (const said of [
			'Die kan ik niet overnemen.',
			'Die is niet overbodig.',
			'Die krijgt geen oordeel Kamer.'
		]) {
			const { appraisal } = appraise(
				216,
				`Minister Van Weel:\nDe motie op stuk nr. 216. ${said}\n`
			);
			expect(appraisal, said).toBeUndefined();
		}
		expect(verdictIn('het zal u niet verrassen dat ik die ontraad')).toMatchObject({
			verdict: 'ontraden'
		});
		expect(verdictIn('Ik kan niet anders dan die ontraden')).toMatchObject({ verdict: 'ontraden' });
	});

	it('does not take "overbodig om hier te bespreken" for a verdict on the motion in hand', () => {
		const { appraisal } = appraise(
			216,
			"Minister Van Weel:\nDe motie op stuk nr. 216 ontraad ik. Mevrouw Dobbe vroeg nog naar de paraplu's. Daar kom ik schriftelijk op terug; dat is overbodig om hier te bespreken.\n"
		);
		expect(appraisal!.history.map((h) => h.verdict)).toEqual(['ontraden']);
	});

	it('reads a condition after the verdict: "wil ik ontraden als die niet wordt aangepast"', () => {
		const { appraisal } = appraise(
			216,
			'Minister Van Weel:\nDe motie op stuk nr. 216 wil ik ontraden als die niet wordt aangepast.\n'
		);
		expect(appraisal).toMatchObject({
			verdict: 'ontraden',
			conditional: true,
			condition: 'als die niet wordt aangepast'
		});
		expect(conditionIn('ontraden, net als de vorige', 0)).toBeNull();
	});
});

describe('found in real transcripts (Handelingen 2017-2018, VLOS 2025)', () => {
	/** Motions by different members: [number, signer], each read out by its signer. */
	function tabledBy(list: [number, string][]) {
		return (
			list
				.map(([number, signer]) =>
					[
						`Mevrouw ${signer.split(' ').pop()} (SP):`,
						'De Kamer,',
						'',
						'gehoord de beraadslaging,',
						'',
						`verzoekt de regering maatregel ${number} te nemen,`,
						'',
						'en gaat over tot de orde van de dag.',
						'',
						'De voorzitter:',
						`Deze motie is voorgesteld door het lid ${signer}.`,
						'',
						`Zij krijgt nr. ${number} (36045).`,
						''
					].join('\n')
				)
				.join('\n') + '\n'
		);
	}
	const THREE = tabledBy([
		[216, 'Timmermans'],
		[217, 'Dassen'],
		[218, 'Slagt-Tichelman']
	]);
	const history = (doc: ReturnType<typeof parse>, id: string) =>
		doc.appraisals.find((a) => a.motionId === id)?.history.map((h) => h.verdict) ?? [];
	const appraisalOf = (doc: ReturnType<typeof parse>, id: string) =>
		doc.appraisals.find((a) => a.motionId === id);

	it.each([
		['Laat ik om die reden het oordeel aan de Kamer laten.'],
		['Met die kanttekening laat ik het oordeel over deze motie aan de Kamer.'],
		['Ik zou deze motie dus aan het oordeel van de Kamer willen laten.'],
		['Die laat ik aan het oordeel van de Kamer over.'],
		['Het oordeel hierover laat ik graag aan de Kamer.'],
		['Die laat ik aan de Kamer.']
	])('leaving the judgement to the Kamer is oordeel Kamer: "%s"', (said) => {
		const doc = parse(THREE + `Minister Van Weel:\nDe motie op stuk nr. 217. ${said}\n`);
		expect(history(doc, '36045-217')).toEqual(['oordeel_kamer']);
	});

	it('does not take "ik laat het aan de Kamer weten" for oordeel Kamer', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 217. De uitkomst laat ik aan de Kamer weten.\n'
		);
		expect(history(doc, '36045-217')).toEqual([]);
	});

	it('"ondersteuning van het beleid" is overbodig, "ontijdig" is ontijdig', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216 beschouw ik als ondersteuning van het beleid. De motie op stuk nr. 217 is ontijdig.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['overbodig']);
		expect(history(doc, '36045-217')).toEqual(['ontijdig']);
	});

	it('a request to hold with a fallback is verzocht_aan_te_houden, the fallback its condition', () => {
		const same = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216: ik verzoek de indiener de motie aan te houden; anders ontraden.\n'
		);
		expect(appraisalOf(same, '36045-216')).toMatchObject({
			verdict: 'verzocht_aan_te_houden',
			conditional: true,
			condition: 'anders ontraden'
		});
		const next = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216. Ik verzoek de heer Timmermans die motie aan te houden. Zo niet, dan ontraad ik haar.\n'
		);
		expect(appraisalOf(next, '36045-216')).toMatchObject({
			verdict: 'verzocht_aan_te_houden',
			condition: 'zo niet, dan ontraad ik haar'
		});
		expect(history(next, '36045-216')).toEqual(['verzocht_aan_te_houden']);
	});

	it('a request to hold that the member declines, then "Dan ontraad ik de motie gewoon", ends ontraden', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216. Ik zou willen vragen om deze motie even aan te houden.\n\n' +
				'De voorzitter:\nU houdt deze motie dus niet aan, begrijp ik.\n\n' +
				'Mevrouw Timmermans (SP):\nNee.\n\n' +
				'De voorzitter:\nDan wil ik graag een oordeel van de minister.\n\n' +
				'Minister Van Weel:\nDan ontraad ik de motie gewoon. Dat deel van de motie is dus wat overbodig. Daarom zou ik de motie maar gewoon willen ontraden.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['verzocht_aan_te_houden', 'ontraden']);
		expect(appraisalOf(doc, '36045-216')!.quote).toBe('Dan ontraad ik de motie gewoon.');
	});

	it('a motion named only to compare ("net als bij", "gelet op") takes no verdict', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216: oordeel Kamer. Dan de motie op stuk nr. 217. Net als bij de motie op stuk nr. 216 heb ik sympathie, maar deze ontraad ik.\n\n' +
				'De motie op stuk nr. 218 ontraad ik, gelet op de motie-Timmermans op stuk nr. 216. Dus ontraden.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['oordeel_kamer']);
		expect(history(doc, '36045-217')).toEqual(['ontraden']);
		expect(history(doc, '36045-218')).toEqual(['ontraden']);
		expect(mentionsIn('gelet op de motie-Timmermans op stuk nr. 216')[0]).toMatchObject({
			numbers: [216],
			reference: true
		});
	});

	it('a number a member says in an interruption does not take the verdict away', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 217. Daar moet ik iets over zeggen.\n\n' +
				'Mevrouw Timmermans (SP):\nGeldt dat ook voor mijn motie op stuk nr. 216?\n\n' +
				'Minister Van Weel:\nNee. Deze motie ontraad ik.\n'
		);
		expect(history(doc, '36045-217')).toEqual(['ontraden']);
		expect(history(doc, '36045-216')).toEqual([]);
	});

	it('the chair announcing the next motion does not take the verdict from the one discussed', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 217. Daar moet ik iets over zeggen.\n\n' +
				'De voorzitter:\nVoordat u naar de motie op stuk nr. 218 gaat: mevrouw Dassen.\n\n' +
				'Mevrouw Dassen (SP):\nWat vindt u ervan?\n\n' +
				'Minister Van Weel:\nDie motie ontraad ik.\n\n' +
				'De voorzitter:\nDan de motie op stuk nr. 218.\n\n' +
				'Minister Van Weel:\nOordeel Kamer.\n'
		);
		expect(history(doc, '36045-217')).toEqual(['ontraden']);
		expect(history(doc, '36045-218')).toEqual(['oordeel_kamer']);
	});

	it('"over de vorige motie" goes back to the motion before the one in hand', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 216 ontraad ik. Dan kom ik op de motie op stuk nr. 217.\n\n' +
				'De voorzitter:\nNog een vraag van mevrouw Timmermans over de vorige motie.\n\n' +
				'Mevrouw Timmermans (SP):\nWaarom?\n\n' +
				'Minister Van Weel:\nDaarom. Maar goed: dan geef ik haar toch oordeel Kamer.\n'
		);
		expect(history(doc, '36045-216')).toEqual(['ontraden', 'oordeel_kamer']);
		expect(history(doc, '36045-217')).toEqual([]);
	});

	it('"Oordeel Kamer, neem ik aan?" answered "Ja." is oordeel Kamer, by the chair’s confirmation', () => {
		const asked =
			THREE +
			'Staatssecretaris Blokhuis:\nIk wil reageren op de motie op stuk nr. 217. Geen enkel probleem met deze motie.\n\n' +
			'De voorzitter:\nOordeel Kamer, neem ik aan?\n\n';
		const doc = parse(asked + 'Staatssecretaris Blokhuis:\nJa.\n');
		expect(appraisalOf(doc, '36045-217')).toMatchObject({
			verdict: 'oordeel_kamer',
			minister: 'Blokhuis',
			quote: 'Oordeel Kamer, neem ik aan? Ja.'
		});
		expect(appraisalOf(doc, '36045-217')!.history.map((h) => h.by)).toEqual(['chair']);
		const denied = parse(asked + 'Staatssecretaris Blokhuis:\nNee, dat zeg ik niet.\n');
		expect(history(denied, '36045-217')).toEqual([]);
	});

	it('"En dan mis ik nog een oordeel van de minister." is no verdict; the answer is', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 217. Ik aarzel.\n\n' +
				'De voorzitter:\nEn dan mis ik nog een oordeel van de minister.\n\n' +
				'Minister Van Weel:\nLaat ik om die reden het oordeel aan de Kamer laten.\n'
		);
		expect(appraisalOf(doc, '36045-217')).toMatchObject({
			verdict: 'oordeel_kamer',
			minister: 'Van Weel',
			quote: 'Laat ik om die reden het oordeel aan de Kamer laten.'
		});
	});

	it('finds a motion by its signer: a short form of a double surname, a given name', () => {
		const short = parse(
			THREE + 'Minister Van Weel:\nDan de motie van mevrouw Slagt over de jas: die ontraad ik.\n'
		);
		expect(history(short, '36045-218')).toEqual(['ontraden']);
		const given = parse(
			tabledBy([
				[216, 'Van Dijk'],
				[217, 'Dassen']
			]) + 'Minister Van Weel:\nDan de motie van Inge van Dijk: oordeel Kamer.\n'
		);
		expect(history(given, '36045-216')).toEqual(['oordeel_kamer']);
		const collega = parse(THREE + 'Minister Van Weel:\nDe motie van collega Dassen ontraad ik.\n');
		expect(history(collega, '36045-217')).toEqual(['ontraden']);
	});

	it('a "spreekt uit" motion the cabinet leaves without a verdict gets none', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nIk heb de motie op stuk nr. 216 voor me. Dat is een spreekt-uitmotie en ik geef dus geen appreciatie.\n\n' +
				'De voorzitter:\nDan de motie op stuk nr. 217.\n\n' +
				'Minister Van Weel:\nOordeel Kamer.\n'
		);
		expect(appraisalOf(doc, '36045-216')).toBeUndefined();
		expect(history(doc, '36045-217')).toEqual(['oordeel_kamer']);
		expect(doc.warnings).toContainEqual({
			line: 2,
			message: 'Motion 36045-216: the cabinet says it gives no appraisal'
		});
	});

	it('a verdict weighed ("Ik twijfelde of ik … oordeel Kamer zou geven of ontraden") is none', () => {
		const doc = parse(
			THREE +
				'Minister Van Weel:\nDe motie op stuk nr. 217 kan ik oordeel Kamer geven. Ik twijfelde wel of ik deze motie oordeel Kamer zou geven of ontraden, want het is niet aan mij.\n'
		);
		expect(history(doc, '36045-217')).toEqual(['oordeel_kamer']);
	});

	it('two motions under one number share the verdict given to that number', () => {
		const doc = parse(
			tabledBy([
				[216, 'Timmermans'],
				[216, 'Dassen']
			]) + 'Minister Van Weel:\nDe motie op stuk nr. 216 ontraad ik.\n'
		);
		expect(doc.motions.map((m) => m.id)).toEqual(['36045-216', '36045-216']);
		expect(doc.appraisals.map((a) => [a.motionId, a.verdict])).toEqual([['36045-216', 'ontraden']]);
	});

	it('VERDICT_PHRASES has phrasings for every verdict', () => {
		for (const verdict of VERDICTS)
			expect(VERDICT_PHRASES[verdict].length, verdict).toBeGreaterThan(0);
	});
});
