// Every form the Kamer publishes in, through the one reader: format detection from the content,
// VLOS and Handelingen XML against the registry and the hand-checked samples.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	DocumentError,
	parseBody,
	parseDocument,
	readBytes,
	type DocumentBody,
	type ParsedDocument
} from '../../src/lib/parse';
import { toContractJson } from '../../src/lib/parse/contract';
import { loadRegistry } from '../../src/lib/server/registry';
import { registryAppraisal } from '../../src/lib/verdicts';
import { readJson, SHARED } from '../helpers/paths';

const registry = loadRegistry();
const strToU8 = (s: string) => new TextEncoder().encode(s);
/** A valid, empty zip archive: only its end-of-central-directory record. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
const sample = (...p: string[]) => join(SHARED, 'samples', ...p);
const VLOS_WGO = sample('vlos-xml', 'vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml');
const VLOS_CD = sample('vlos-xml', 'vlos_2025-07-03_commissiedebat_eufor-althea.xml');
const H70_3 = sample('handelingen-xml', 'h-tk-20172018-70-3.xml');
const H70_6 = sample('handelingen-xml', 'h-tk-20172018-70-6.xml');

async function read(path: string): Promise<DocumentBody> {
	return readBytes(readFileSync(path), path);
}

const verdicts = (doc: ParsedDocument) =>
	Object.fromEntries(toContractJson(doc).motions.map((m) => [m.id, m.verdict]));

describe('format detection', () => {
	const refusal = async (bytes: Uint8Array, file: string) => {
		try {
			await readBytes(bytes, file);
		} catch (e) {
			expect(e).toBeInstanceOf(DocumentError);
			return (e as DocumentError).describe();
		}
		throw new Error(`${file} was read`);
	};

	it('refuses an image, an archive and an unrelated XML with one line naming the file', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const png1 = await refusal(png, 'scan.png');
		expect(png1).toMatch(
			/^scan\.png: a PNG image is not a format Motiemonitor reads; it reads .*VLOS XML/
		);
		expect(png1).not.toContain('\n');
		expect(await refusal(EMPTY_ZIP, 'moties.zip')).toMatch(/^moties\.zip: a zip archive/);
		const rss = strToU8('<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
		expect(await refusal(rss, 'feed.xml')).toMatch(
			/^feed\.xml: an XML document of another kind \(root element <rss>\)/
		);
		const html = strToU8('<!DOCTYPE html><html><body>De Kamer,</body></html>');
		expect(await refusal(html, 'page.html')).toMatch(/^page\.html: an HTML page/);
		expect(await refusal(strToU8('<a><b></a>'), 'broken.xml')).toMatch(
			/^broken\.xml:1: the XML is not well-formed/
		);
	});

	it('tells the formats apart by their content, whatever the file is called', async () => {
		const vlos = await readBytes(readFileSync(VLOS_WGO), 'report.txt');
		expect(vlos.meta.format).toBe('vlos');
		const h = await readBytes(readFileSync(H70_3), 'no-extension');
		expect(h.meta.format).toBe('handelingen');
		const text = await readBytes(strToU8('De voorzitter:\nIk open de vergadering.'), 'x.xml');
		expect(text.meta.format).toBe('text');
	});
});

describe('VLOS: wetgevingsoverleg Jaarverslag VWS 2024 (2 July 2025, interim report)', () => {
	let body: DocumentBody;
	let doc: ParsedDocument;
	beforeAll(async () => {
		body = await read(VLOS_WGO);
		doc = parseBody(body, { registry });
	});

	it('takes date, title and the interim status from the markup', () => {
		expect(doc.document).toMatchObject({
			kind: 'debate',
			format: 'vlos',
			interim: true,
			date: '2025-07-02',
			title: 'Jaarverslag 2024 van het ministerie van VWS',
			debates: ['Jaarverslag 2024 van het ministerie van VWS']
		});
	});

	it('yields its 10 motions with signers and fractions', () => {
		const motions = toContractJson(doc).motions;
		expect(motions.map((m) => m.id)).toEqual(
			[9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => `36740-XVI-${n}`)
		);
		const signers = Object.fromEntries(
			motions.map((m) => [m.number, m.signers.map((s) => `${s.name} (${s.party})`).join(', ')])
		);
		expect(signers).toEqual({
			9: 'Slagt-Tichelman (GroenLinks-PvdA)',
			10: 'Slagt-Tichelman (GroenLinks-PvdA)',
			11: 'Slagt-Tichelman (GroenLinks-PvdA), Bevers (VVD)',
			12: 'Slagt-Tichelman (GroenLinks-PvdA), Bevers (VVD)',
			13: 'Thiadens (PVV)',
			14: 'Thiadens (PVV)',
			15: 'Thiadens (PVV)',
			16: 'De Korte (NSC)',
			17: 'Paulusma (D66)',
			18: 'Paulusma (D66)'
		});
	});

	it('gives the verdict the registry records for every motion appraised in the text', () => {
		const zaken = readJson<{ Volgnummer: number; Kabinetsappreciatie: string }[]>(
			sample('opendata', 'vlos_2025-07-02_wgo_jaarverslag-2024-vws', 'zaken.json')
		);
		const read = verdicts(doc);
		let compared = 0;
		for (const z of zaken) {
			const official = registryAppraisal(z.Kabinetsappreciatie);
			const ours = read[`36740-XVI-${z.Volgnummer}`];
			if (official?.verdict) {
				expect(ours, `36740-XVI-${z.Volgnummer}`).toBe(official.verdict);
				compared++;
			} else {
				// 'Geen (expliciete) appreciatie': nothing is invented.
				expect(ours, `36740-XVI-${z.Volgnummer}`).toBeNull();
			}
		}
		expect(compared).toBe(9);
	});

	it('names the cabinet member with the post the markup gives', () => {
		const m = toContractJson(doc).motions;
		expect(m.find((x) => x.number === 9)?.minister).toBe('Pouw-Verweij');
		expect(m.find((x) => x.number === 10)?.minister).toBe('Tielen');
		expect(m.find((x) => x.number === 12)?.minister).toBe('Jansen');
		const jansen = doc.speakers.find((s) => s.name === 'Jansen');
		expect(jansen?.post).toMatch(/minister van Volksgezondheid, Welzijn en Sport/i);
	});

	it('renders a display text with speaker labels whose lines the motions point into', () => {
		const m = doc.motions.find((x) => x.number === 9)!;
		expect(body.lines[m.lines[0] - 1]).toBe('De Kamer,');
		expect(body.lines).toContain('Mevrouw Slagt-Tichelman (GroenLinks-PvdA):');
		expect(body.lines).toContain('Minister Jansen:');
		expect(body.lines.slice(m.lines[0] - 1, m.lines[1]).join('\n')).toContain(
			'Zij krijgt nr. 9 (36740-XVI).'
		);
	});

	it('gives the same motions, signers and verdicts when its rendered text is read as text', () => {
		const asText = parseDocument(body.lines.join('\n'), {
			registry,
			date: '2025-07-02',
			kind: 'debate'
		});
		const strip = (d: ParsedDocument) =>
			toContractJson(d).motions.map((m) => ({
				id: m.id,
				signers: m.signers.map((s) => [s.name, s.party]),
				verdict: m.verdict,
				minister: m.minister,
				condition: m.condition,
				lines: m.lines
			}));
		expect(strip(asText)).toEqual(strip(doc));
	});

	it('the committee debate on EUFOR Althea yields no motion and no appraisal', async () => {
		const d = parseBody(await read(VLOS_CD), { registry });
		expect(d.document.format).toBe('vlos');
		expect(d.document.title).toBe('Artikel 100-bijdrage aan EUFOR Althea');
		expect(d.motions).toEqual([]);
		expect(d.appraisals).toEqual([]);
		expect(
			d.speakers
				.filter((s) => s.kind === 'cabinet')
				.map((s) => s.name)
				.sort()
		).toEqual(['Brekelmans', 'Veldkamp']);
	});
});

describe('Handelingen XML (2017-2018, nr. 70, as a scraper stored it)', () => {
	let body3: DocumentBody;
	let doc3: ParsedDocument;
	beforeAll(async () => {
		body3 = await read(H70_3);
		doc3 = parseBody(body3, { registry, date: '2018-04-05' });
	});

	it('repairs the double-encoded BOM and UTF-8 and says so', () => {
		expect(body3.warnings.map((w) => w.message).join('\n')).toMatch(/byte-order mark/);
		expect(body3.warnings.map((w) => w.message).join('\n')).toMatch(/doubly encoded UTF-8/);
		expect(body3.lines.join('\n')).toContain('ggz-cliënten');
		expect(body3.lines.join('\n')).not.toContain('Ã');
	});

	it('tidies the pretty-printed text: "Zij krijgt nr. 210 (34104)."', () => {
		expect(body3.lines).toContain('Zij krijgt nr. 210 (34104).');
		expect(body3.lines).toContain('Mevrouw Ellemeet (GroenLinks):');
		expect(body3.lines).toContain('Minister De Jonge:');
		expect(body3.lines).toContain('Staatssecretaris Blokhuis:');
	});

	it('70-3 yields 7 motions with their real signers, no chair formula among them', () => {
		const m = toContractJson(doc3).motions;
		expect(m.map((x) => x.id)).toEqual(
			[210, 211, 212, 213, 214, 215, 216].map((n) => `34104-${n}`)
		);
		const first = Object.fromEntries(m.map((x) => [x.number, x.signers.map((s) => s.name)]));
		expect(first[210]).toEqual(['Ellemeet']);
		expect(first[211]).toEqual(['Hijink']);
		expect(first[215]).toEqual(['Agema']);
		for (const x of m)
			for (const s of x.signers) expect(s.name).not.toMatch(/blijkt|ondersteund|indiening/i);
	});

	it('70-3 yields the 7 hand-checked verdicts, 214 by the chair\'s "Oordeel Kamer, neem ik aan?" "Ja."', () => {
		expect(verdicts(doc3)).toEqual({
			'34104-210': 'ontraden',
			'34104-211': 'ontraden',
			'34104-212': 'oordeel_kamer',
			'34104-213': 'oordeel_kamer',
			'34104-214': 'oordeel_kamer',
			'34104-215': 'ontraden',
			'34104-216': 'oordeel_kamer'
		});
		const m = toContractJson(doc3).motions;
		expect(m.find((x) => x.number === 214)?.minister).toBe('Blokhuis');
		expect(m.find((x) => x.number === 210)?.minister).toBe('De Jonge');
	});

	it('70-6 yields the amended motion 21501-08-726 replacing 719', async () => {
		const doc6 = parseBody(await read(H70_6), { registry, date: '2018-04-05' });
		const m = toContractJson(doc6).motions;
		expect(m.map((x) => [x.id, x.replaces])).toEqual([['21501-08-726', 719]]);
		expect(m[0]!.parts.some((p) => p.kind === 'verzoekt')).toBe(true);
		expect(doc6.document.title).toBe(
			'Stemmingen moties Informele Milieuraad d.d. 10-11 april 2018'
		);
	});
});
