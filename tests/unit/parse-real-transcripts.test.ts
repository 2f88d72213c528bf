// Extraction on real transcripts, rendered as plain text (tests/fixtures/text/*.source.txt say how):
// an older Handelingen item (2018, hand-checked) and a committee report whose motions the Kamer's
// registry appraised (VLOS 2025). Every motion, its signers and its verdict are checked.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes, parseDocument, type ParsedDocument, type Verdict } from '../../src/lib/parse';
import { loadRegistry } from '../../src/lib/server/registry';
import { readJson, ROOT, SHARED } from '../helpers/paths';

const fixture = (name: string) =>
	readFileSync(join(ROOT, 'tests', 'fixtures', 'text', name), 'utf8');

function parseDebate(name: string, date: string): ParsedDocument {
	return parseDocument(fixture(name), {
		date,
		kind: 'debate',
		registry: loadRegistry(join(ROOT, 'data'))
	});
}

const verdictOf = (doc: ParsedDocument, id: string) =>
	doc.appraisals.find((a) => a.motionId === id) ?? null;

describe('Handelingen 2017-2018 nr. 70 item 3 (VAO Wlz / Pgb, 5 April 2018)', () => {
	let doc: ParsedDocument;
	beforeAll(() => {
		doc = parseDebate('h-tk-20172018-70-3.txt', '2018-04-05');
	});

	/**
	 * The signers as the chair names them, with their fraction: from the speaker label where they
	 * speak, from data/members.csv on 5 April 2018 where they do not (Dijksma, Sazias, Hermans).
	 */
	const SIGNERS: Record<string, [string, string, 'label' | 'registry'][]> = {
		'34104-210': [['Ellemeet', 'GroenLinks', 'label']],
		'34104-211': [['Hijink', 'SP', 'label']],
		'34104-212': [
			['Bergkamp', 'D66', 'label'],
			['Segers', 'ChristenUnie', 'label'],
			['Dijksma', 'PvdA', 'registry']
		],
		'34104-213': [
			['Bergkamp', 'D66', 'label'],
			['Sazias', '50PLUS', 'registry']
		],
		'34104-214': [
			['Slootweg', 'CDA', 'label'],
			['Bergkamp', 'D66', 'label'],
			['Dijksma', 'PvdA', 'registry'],
			['Ellemeet', 'GroenLinks', 'label'],
			['Hijink', 'SP', 'label']
		],
		'34104-215': [['Agema', 'PVV', 'label']],
		'34104-216': [
			['Segers', 'ChristenUnie', 'label'],
			['Hermans', 'VVD', 'registry']
		]
	};

	/** Hand-checked against the text. */
	const VERDICTS: Record<string, [Verdict, string]> = {
		'34104-210': ['ontraden', 'De Jonge'],
		'34104-211': ['ontraden', 'De Jonge'],
		'34104-212': ['oordeel_kamer', 'De Jonge'],
		'34104-213': ['oordeel_kamer', 'De Jonge'],
		'34104-214': ['oordeel_kamer', 'Blokhuis'],
		'34104-215': ['ontraden', 'De Jonge'],
		'34104-216': ['oordeel_kamer', 'De Jonge']
	};

	it('finds exactly the seven motions 34104-210 … 216, in order', () => {
		expect(doc.motions.map((m) => m.id)).toEqual(Object.keys(SIGNERS));
	});

	it.each(Object.entries(SIGNERS))(
		'%s: the real signers, no chair formula among them',
		(id, expected) => {
			const m = doc.motions.find((x) => x.id === id)!;
			expect(m.signers.map((s) => [s.name, s.party, s.partySource])).toEqual(expected);
			expect(m.reader).toBe(expected[0]![0]);
		}
	);

	it('takes "Naar mij blijkt, wordt de indiening ervan voldoende ondersteund." for no one', () => {
		const names = doc.motions.flatMap((m) => m.signers.map((s) => s.name));
		expect(names.filter((n) => /blijkt|ondersteund|indiening/i.test(n))).toEqual([]);
		expect(doc.warnings.filter((w) => /blijkt|ondersteund|read out by/.test(w.message))).toEqual(
			[]
		);
	});

	it.each(Object.entries(VERDICTS))(
		'%s: the hand-checked verdict and who gave it',
		(id, [verdict, minister]) => {
			expect(verdictOf(doc, id)).toMatchObject({ verdict, minister });
		}
	);

	it('211: the request to hold comes first, "Dan ontraad ik de motie gewoon" stands', () => {
		const a = verdictOf(doc, '34104-211')!;
		expect(a.history.map((h) => h.verdict)).toEqual(['verzocht_aan_te_houden', 'ontraden']);
		expect(a.history[0]!.quote).toContain('deze motie even aan te houden');
		expect(a.quote).toBe('Dan ontraad ik de motie gewoon.');
	});

	it('212 and 216: the judgement left to the Kamer, in two older word orders', () => {
		expect(verdictOf(doc, '34104-212')!.quote).toContain(
			'aan het oordeel van de Kamer willen laten'
		);
		expect(verdictOf(doc, '34104-216')!.quote).toContain(
			'laat ik het oordeel over deze motie aan de Kamer'
		);
	});

	it('213: the verdict after the chair’s "En dan mis ik nog een oordeel van de minister."', () => {
		const a = verdictOf(doc, '34104-213')!;
		expect(a.history.map((h) => [h.verdict, h.by])).toEqual([['oordeel_kamer', 'cabinet']]);
		expect(a.quote).toBe('Laat ik om die reden het oordeel aan de Kamer laten.');
	});

	it('214: "Oordeel Kamer, neem ik aan?" — "Ja." is the verdict, by the chair’s confirmation', () => {
		const a = verdictOf(doc, '34104-214')!;
		expect(a.history.map((h) => [h.verdict, h.by, h.minister])).toEqual([
			['oordeel_kamer', 'chair', 'Blokhuis']
		]);
		expect(a.quote).toBe('Oordeel Kamer, neem ik aan? Ja.');
	});

	it('totals: oordeel Kamer 4, ontraden 3', () => {
		const totals: Record<string, number> = {};
		for (const a of doc.appraisals) totals[a.verdict] = (totals[a.verdict] ?? 0) + 1;
		expect(totals).toEqual({ oordeel_kamer: 4, ontraden: 3 });
	});
});

describe('VLOS wetgevingsoverleg Jaarverslag 2024 VWS (2 July 2025) against the Kamer’s registry', () => {
	let doc: ParsedDocument;
	/** Kabinetsappreciatie per motion id, from the registry records of these motions. */
	let registry: Map<string, string>;
	const OFFICIAL: Record<string, Verdict | null> = {
		'Oordeel Kamer': 'oordeel_kamer',
		Ontraden: 'ontraden',
		'Geen (expliciete) appreciatie': null
	};
	beforeAll(() => {
		doc = parseDebate('vlos_2025-07-02_wgo_jaarverslag-2024-vws.txt', '2025-07-02');
		const zaken = readJson<
			{
				Kabinetsappreciatie: string;
				Document: { HuidigeDocumentVersie: { ExterneIdentifier: string } }[];
			}[]
		>(join(SHARED, 'samples/opendata/vlos_2025-07-02_wgo_jaarverslag-2024-vws/zaken.json'));
		registry = new Map(
			zaken.map((z) => [
				z.Document[0]!.HuidigeDocumentVersie.ExterneIdentifier.replace(/^kst-/, ''),
				z.Kabinetsappreciatie
			])
		);
	});

	const SIGNERS: Record<string, string[]> = {
		'36740-XVI-9': ['Slagt-Tichelman'],
		'36740-XVI-10': ['Slagt-Tichelman'],
		'36740-XVI-11': ['Slagt-Tichelman', 'Bevers'],
		'36740-XVI-12': ['Slagt-Tichelman', 'Bevers'],
		'36740-XVI-13': ['Thiadens'],
		'36740-XVI-14': ['Thiadens'],
		'36740-XVI-15': ['Thiadens'],
		'36740-XVI-16': ['De Korte'],
		'36740-XVI-17': ['Paulusma'],
		'36740-XVI-18': ['Paulusma']
	};
	/** Who appraised each motion, as the text shows (the registry names no one). */
	const MINISTERS: Record<string, string> = {
		'36740-XVI-9': 'Pouw-Verweij',
		'36740-XVI-10': 'Tielen',
		'36740-XVI-12': 'Jansen',
		'36740-XVI-13': 'Jansen',
		'36740-XVI-14': 'Jansen',
		'36740-XVI-15': 'Jansen',
		'36740-XVI-16': 'Jansen',
		'36740-XVI-17': 'Pouw-Verweij',
		'36740-XVI-18': 'Jansen'
	};

	it('finds the ten motions 36740-XVI-9 … 18 with their signers', () => {
		expect(doc.motions.map((m) => m.id)).toEqual(Object.keys(SIGNERS));
		for (const m of doc.motions)
			expect(
				m.signers.map((s) => s.name),
				m.id
			).toEqual(SIGNERS[m.id]);
		expect(doc.motions.every((m) => m.signers.every((s) => s.partySource === 'label'))).toBe(true);
	});

	it('agrees with the registry’s Kabinetsappreciatie on every motion', () => {
		expect(registry.size).toBe(10);
		for (const [id, official] of registry) {
			expect(official in OFFICIAL, `${id}: ${official}`).toBe(true);
			expect(verdictOf(doc, id)?.verdict ?? null, id).toBe(OFFICIAL[official]);
		}
	});

	it.each(Object.entries(MINISTERS))('%s was appraised by %s', (id, minister) => {
		expect(verdictOf(doc, id)!.minister).toBe(minister);
	});

	it('11, a "spreekt uit" motion the cabinet leaves without a verdict, gets none', () => {
		expect(verdictOf(doc, '36740-XVI-11')).toBeNull();
		expect(doc.warnings).toContainEqual(
			expect.objectContaining({
				message: 'Motion 36740-XVI-11: the cabinet says it gives no appraisal'
			})
		);
	});

	it('12: the doubt between oordeel Kamer and ontraden is no verdict; the chair’s repeat changes nothing', () => {
		expect(verdictOf(doc, '36740-XVI-12')!.history.map((h) => [h.verdict, h.by])).toEqual([
			['oordeel_kamer', 'cabinet']
		]);
	});

	it('13: oordeel Kamer on a reading, kept as its condition', () => {
		expect(verdictOf(doc, '36740-XVI-13')).toMatchObject({
			verdict: 'oordeel_kamer',
			conditional: true,
			condition: expect.stringMatching(/^als ik die zo mag lezen dat/)
		});
	});

	it('15 and 9: the chair’s "Ontraden?" and a member’s plea leave ontraden standing', () => {
		expect(verdictOf(doc, '36740-XVI-15')!.history.map((h) => h.verdict)).toEqual(['ontraden']);
		expect(verdictOf(doc, '36740-XVI-9')!.history.map((h) => h.verdict)).toEqual(['ontraden']);
	});
});

describe('the published XML through its reader agrees with the text rendering', () => {
	/** What extraction found, in a form to compare: ids, signers, verdicts with who and how. */
	const summary = (doc: ParsedDocument) =>
		doc.motions.map((m) => {
			const a = verdictOf(doc, m.id);
			return {
				id: m.id,
				signers: m.signers.map((s) => [s.name, s.party]),
				parts: m.parts.map((p) => p.kind),
				history: a?.history.map((h) => [h.verdict, h.minister, h.by]) ?? []
			};
		});

	it.each([
		['handelingen-xml/h-tk-20172018-70-3.xml', 'h-tk-20172018-70-3.txt', '2018-04-05'],
		[
			'vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml',
			'vlos_2025-07-02_wgo_jaarverslag-2024-vws.txt',
			'2025-07-02'
		]
	])('%s', async (xml, text, date) => {
		const file = join(SHARED, 'samples', xml);
		const fromXml = await parseBytes(new Uint8Array(readFileSync(file)), file, {
			date,
			kind: 'debate',
			registry: loadRegistry(join(ROOT, 'data'))
		});
		expect(summary(fromXml)).toEqual(summary(parseDebate(text, date)));
	});
});
