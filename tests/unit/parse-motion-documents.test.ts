// The reader for the Kamer's own motion documents (kst XML), on every one of the 7,913 real files in
// ../shared/opendata-2023-2025/motions, held against the registry's Zaak records (zaken.jsonl)
// and the member registry (data/members.csv); then a few real files, case by case.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from '../helpers/paths';
import { DocumentError } from '../../src/lib/parse/decode';
import { fractionOn, MemberIndex, nameKey } from '../../src/lib/parse/names';
import type { DocumentBody } from '../../src/lib/parse/body';
import type { MemberRecord, ParseWarning, Registry, Signer } from '../../src/lib/parse/types';
import { loadRegistry } from '../../src/lib/server/registry';
import {
	isOperativePart,
	looksLikeMotionDocument,
	readMotionDocument,
	resolveMotionSigners
} from '../../src/lib/parse/readers/motion-document';

const OPENDATA = join(SHARED, 'opendata-2023-2025');
const MOTIONS = join(OPENDATA, 'motions');
const motionFile = (name: string) => readFileSync(join(MOTIONS, name), 'utf8');

interface Read {
	file: string;
	body: DocumentBody;
	signers: Signer[];
	signerWarnings: ParseWarning[];
}

/** The first name in a Zaak's Onderwerp and what follows it: "Motie van het lid Podt c.s. over …". */
function namedInOnderwerp(onderwerp: string): string | null {
	const m = /\bmotie (?:van )?(?:het lid|de leden) (.+)$/i.exec(onderwerp.trim());
	return m ? m[1]! : null;
}

/** Does `text` start with the name (whole words; diacritics and case aside)? "Kostic een …" / "Kostić". */
function startsWithName(text: string, name: string): boolean {
	const t = nameKey(text);
	const n = nameKey(name);
	return !!n && t.startsWith(n) && (t.length === n.length || /[\s,.(]/.test(t[n.length]!));
}

let registry: Registry;
let members: MemberIndex;
let files: string[];
let reads: Read[];
/** Zaak Onderwerp by publication id ("kst-19637-3185"). */
let onderwerpen: Map<string, string>;
let elapsed: number;

beforeAll(() => {
	const started = performance.now();
	registry = loadRegistry(join(ROOT, 'data'));
	members = new MemberIndex(registry.members);
	files = readdirSync(MOTIONS).filter((f) => f.endsWith('.xml'));
	reads = files.map((file) => {
		const body = readMotionDocument(motionFile(file), file);
		const resolved = resolveMotionSigners(body.motion!, members, body.meta.date);
		return { file, body, signers: resolved.signers, signerWarnings: resolved.warnings };
	});
	elapsed = performance.now() - started;
	onderwerpen = new Map();
	for (const line of readFileSync(join(OPENDATA, 'zaken.jsonl'), 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const zaak = JSON.parse(line) as {
			Onderwerp: string | null;
			Document?: { HuidigeDocumentVersie?: { ExterneIdentifier?: string | null } | null }[];
		};
		for (const doc of zaak.Document ?? []) {
			const id = doc.HuidigeDocumentVersie?.ExterneIdentifier;
			if (id && zaak.Onderwerp) onderwerpen.set(id, zaak.Onderwerp);
		}
	}
}, 60_000);

describe('every published motion document (7,913 real files)', () => {
	// How fast is the benchmark's business (`npm run bench`), not a timed test's.
	it('reads all of them', () => {
		expect(files).toHaveLength(7913);
		expect(reads).toHaveLength(7913);
		console.log(`read and resolved ${reads.length} motion documents in ${Math.round(elapsed)} ms`);
	});

	it('gives each the id of its file name (kst-<dossier>-<number>.xml) and at least one signer', () => {
		const wrongId = reads.filter(
			({ file, body }) => `kst-${body.motion!.dossier}-${body.motion!.number}.xml` !== file
		);
		expect(wrongId.map((r) => r.file)).toEqual([]);
		expect(reads.filter((r) => !r.body.motion!.signers.length).map((r) => r.file)).toEqual([]);
		expect(reads.every((r) => r.body.meta.format === 'motion' && r.body.turns === null)).toBe(true);
	});

	it('finds the operative part (verzoekt, spreekt uit, zegt … op, keurt … af, …) in ≥ 99.5 %', () => {
		const found = reads.filter((r) => r.body.motion!.parts.some(isOperativePart)).length;
		console.log(`operative part found in ${found} of ${reads.length}`);
		expect(found / reads.length).toBeGreaterThanOrEqual(0.995);
		// Where none is found, the reader says so.
		for (const r of reads.filter((r) => !r.body.motion!.parts.some(isOperativePart)))
			expect(r.body.warnings.some((w) => /No operative part/.test(w.message))).toBe(true);
	});

	it('has as first signer the member its Zaak names first, for ≥ 99.5 %', () => {
		const withZaak = reads.filter((r) => onderwerpen.has(r.file.replace(/\.xml$/, '')));
		expect(withZaak.length).toBeGreaterThanOrEqual(7900);
		const differ = withZaak.filter((r) => {
			const named = namedInOnderwerp(onderwerpen.get(r.file.replace(/\.xml$/, ''))!);
			const first = [r.signers[0]?.name, r.body.motion!.signers[0]];
			return !named || !first.some((name) => name && startsWithName(named, name));
		});
		console.log(
			`first signer agrees with the Zaak for ${withZaak.length - differ.length} of ${withZaak.length}; ` +
				`differ: ${differ.map((r) => `${r.file} (${r.body.motion!.signers[0]})`).join(', ')}`
		);
		expect((withZaak.length - differ.length) / withZaak.length).toBeGreaterThanOrEqual(0.995);
	});

	it('resolves the signers’ fractions for ≥ 99 %; the rest are warnings, none guessed', () => {
		const all = reads.flatMap((r) => r.signers.map((s) => ({ r, s })));
		const unresolved = all.filter(({ s }) => s.party === null);
		console.log(
			`fractions resolved for ${all.length - unresolved.length} of ${all.length} signers; ` +
				`${unresolved.length} left unknown: ` +
				unresolved.map(({ r, s }) => `${s.name} (${r.file})`).join(', ')
		);
		expect((all.length - unresolved.length) / all.length).toBeGreaterThanOrEqual(0.99);
		for (const { r, s } of unresolved) {
			expect(s.partySource).toBeNull();
			expect(r.signerWarnings.some((w) => w.message.includes(s.name))).toBe(true);
		}
		// A fraction given is one the registry gives that member; where a period holds the date, it
		// is that period's. Between roll calls (the registry's periods are observations), a fraction
		// holds until another is observed.
		let betweenObservations = 0;
		const rowsByName = new Map<string, MemberRecord[]>();
		for (const { r, s } of all.filter(({ s }) => s.party !== null)) {
			const date = r.body.meta.date;
			let rows = rowsByName.get(s.name);
			if (!rows) rowsByName.set(s.name, (rows = members.find(s.name).flat()));
			expect(s.partySource).toBe('registry');
			expect(rows.map((m) => m.fraction)).toContain(s.party);
			const holding = rows.filter(
				(m) => date && (!m.from || m.from <= date) && (!m.to || date <= m.to)
			);
			if (holding.length)
				expect(new Set(holding.map((m) => m.fraction))).toEqual(new Set([s.party]));
			else betweenObservations++;
		}
		console.log(
			`${betweenObservations} fractions hold between roll calls observed in the registry`
		);
	});
});

describe('single documents', () => {
	const read = (file: string) => readMotionDocument(motionFile(file), file);
	const resolve = (body: DocumentBody) =>
		resolveMotionSigners(body.motion!, members, body.meta.date);

	it('kst-19637-3185: Koekkoek and Ceder ask the government to spare children moves', () => {
		const body = read('kst-19637-3185.xml');
		expect(body.meta).toEqual({
			kind: 'motion',
			title: 'Motie van het lid Koekkoek en Ceder',
			date: '2023-12-21',
			format: 'motion',
			interim: false
		});
		expect(body.lines.slice(0, 6)).toEqual([
			'Kamerstuk 19 637 Vreemdelingenbeleid',
			'Nr. 3185',
			'Motie van het lid Koekkoek en Ceder',
			'Voorgesteld 21 december 2023',
			'',
			'De Kamer,'
		]);
		const motion = body.motion!;
		expect(motion).toMatchObject({
			dossier: '19637',
			number: 3185,
			date: '2023-12-21',
			signers: ['Koekkoek', 'Ceder'],
			replaces: null
		});
		expect(motion.parts.map((p) => p.kind)).toEqual(['constaterende', 'constaterende', 'verzoekt']);
		expect(motion.parts.filter(isOperativePart)).toHaveLength(1);
		expect(motion.parts[2]!.text).toMatch(
			/^verzoekt de regering bij het plaatsen van asielzoekers/
		);
		expect(motion.text).toMatch(/^De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende/);
		expect(motion.text).toMatch(/\n\nen gaat over tot de orde van de dag\.$/);
		// The motion runs from "De Kamer," to the last signer, who ends the page.
		expect(body.lines[motion.lines[0] - 1]).toBe('De Kamer,');
		expect(body.lines.slice(motion.lines[1] - 2)).toEqual(['Koekkoek', 'Ceder']);
		expect(motion.lines[1]).toBe(body.lines.length);
		expect(body.warnings).toEqual([]);

		const fractionInCsv = (name: string) =>
			fractionOn(
				registry.members.filter((m) => m.name === name),
				'2023-12-21'
			)?.fraction;
		expect(fractionInCsv('Koekkoek')).toBe('Volt');
		const { signers, warnings } = resolve(body);
		expect(signers).toEqual([
			{ name: 'Koekkoek', party: fractionInCsv('Koekkoek'), partySource: 'registry' },
			{ name: 'Ceder', party: fractionInCsv('Ceder'), partySource: 'registry' }
		]);
		expect(warnings).toEqual([]);
	});

	it('kst-21501-02-2798: a dossier with a council number, and a namesake by initial', () => {
		const body = read('kst-21501-02-2798.xml');
		expect(body.lines[0]).toBe(
			'Kamerstuk 21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken'
		);
		expect(body.motion).toMatchObject({ dossier: '21501-02', number: 2798, date: '2024-01-18' });
		expect(body.motion!.signers).toEqual(['Tuinman', 'D. van Dijk', 'Brekelmans']);
		expect(body.motion!.parts.filter((p) => p.kind === 'verzoekt')).toHaveLength(2);
		// "D. van Dijk" is D.J.H. (Diederik) van Dijk, SGP; four members are called Van Dijk.
		const { signers } = resolve(body);
		expect(signers[1]).toEqual({
			name: 'Diederik van Dijk',
			party: 'SGP',
			partySource: 'registry'
		});
	});

	it('kst-36410-XVI-100: a budget chapter, printed with a second dossier it also belongs to', () => {
		const body = read('kst-36410-XVI-100.xml');
		expect(body.lines.slice(0, 5)).toEqual([
			'Kamerstuk 36 410 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2024',
			'Kamerstuk 36 410 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2024',
			'Nr. 100',
			'Motie van de leden Dobbe en Synhaeve',
			'Voorgesteld tijdens het Wetgevingsoverleg van 29 januari 2024'
		]);
		expect(body.motion).toMatchObject({ dossier: '36410-XVI', number: 100, date: '2024-01-29' });
		expect(read('kst-36410-A-30.xml').motion).toMatchObject({ dossier: '36410-A', number: 30 });
	});

	it('kst-30950-427: an amended motion replaces nr. 381; its dictum shares an <al> with the closing', () => {
		const body = read('kst-30950-427.xml');
		expect(body.meta.title).toBe(
			'Gewijzigde motie van de leden Timmermans en Bamenga ter vervanging van die gedrukt onder nr. 381'
		);
		const motion = body.motion!;
		expect(motion).toMatchObject({ replaces: 381, signers: ['Timmermans', 'Bamenga'] });
		const dictum = motion.parts[motion.parts.length - 1]!;
		expect(dictum.kind).toBe('verzoekt');
		expect(dictum.text).toMatch(/voortgang,$/);
		expect(motion.text).toMatch(/voortgang, en gaat over tot de orde van de dag\.$/);
	});

	it('kst-21501-30-620: an amended motion without its closing formula still has its foot', () => {
		const body = read('kst-21501-30-620.xml');
		expect(body.motion).toMatchObject({
			number: 620,
			replaces: 617,
			signers: ['Thijssen', 'Dassen', 'Sneller']
		});
		expect(body.motion!.parts.map((p) => p.kind)).toEqual([
			'constaterende',
			'constaterende',
			'constaterende',
			'verzoekt'
		]);
		expect(body.warnings.map((w) => w.message)).toEqual([
			'The motion does not close with "en gaat over tot de orde van de dag."'
		]);
	});

	it('an amended motion that does not say what it replaces has replaces null', () => {
		// The Zaak has it "t.v.v. 36602-119"; the document itself does not say.
		const body = read('kst-36602-141.xml');
		expect(body.meta.title).toBe('Gewijzigde motie van het lid Vermeer');
		expect(body.motion!.replaces).toBeNull();
	});

	it('reads the dictum through typing slips: "v" and "erzoekt" in two paragraphs', () => {
		const body = read('kst-36600-X-53.xml');
		expect(body.lines).toContain('v');
		const parts = body.motion!.parts;
		expect(parts.map((p) => p.kind)).toEqual(['constaterende', 'constaterende', 'verzoekt']);
		expect(parts[2]!.text).toMatch(/^verzoekt de regering de Tweede Kamer/);
		expect(parts[1]!.text).toMatch(/;$/);
	});

	it('a motion of no confidence: "zegt het vertrouwen … op" is its operative part', () => {
		const parts = read('kst-19637-3330.xml').motion!.parts;
		expect(parts).toEqual([
			{ kind: 'overig', text: 'zegt het vertrouwen in de Minister van Asiel en Migratie op,' }
		]);
		expect(isOperativePart(parts[0]!)).toBe(true);
	});

	it('dates: without <datum> markup read from the text; without any, null and a warning', () => {
		expect(read('kst-33578-144.xml').meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const undated = read('kst-23432-574.xml');
		expect(undated.meta.date).toBeNull();
		expect(undated.motion!.date).toBeNull();
		expect(undated.warnings.map((w) => w.message)).toContain(
			'The document gives no date proposed ("Voorgesteld <datum isodatum=…>")'
		);
	});

	it('a foot name cut short ("Grinwi") is read as the title spells it, and says so', () => {
		const body = read('kst-29023-481.xml');
		expect(body.motion!.signers[0]).toBe('Grinwi');
		const { signers, warnings } = resolve(body);
		expect(signers[0]).toMatchObject({ name: 'Grinwis', partySource: 'registry' });
		expect(signers[0]!.party).not.toBeNull();
		expect(warnings.map((w) => w.message)).toContain(
			'Motion 29023-481: signer "Grinwi" is cut short at the foot; read as "Grinwis", as the title spells it'
		);
	});

	it('a member between two fractions keeps none: A.S. Joseph, NSC until July, BBB from 30 September', () => {
		const body = read('kst-24170-369.xml');
		expect(body.meta.date).toBe('2025-09-09');
		const joseph = registry.members.filter((m) => m.name === 'Joseph');
		expect(joseph.map((m) => m.fraction)).toEqual(['NSC', 'BBB']);
		const { signers, warnings } = resolve(body);
		const signer = signers.find((s) => s.name === 'Joseph')!;
		expect(signer).toEqual({ name: 'Joseph', party: null, partySource: null });
		expect(warnings.map((w) => w.message)).toContain(
			'Motion 24170-369: signer "Joseph" is in data/members.csv (A.S. Joseph) but not with one fraction around 2025-09-09; the fraction is left unknown'
		);
	});

	it('a namesake from another term does not make a name ambiguous: Van der Werf in 2025', () => {
		// M.C.I. (Marieke) van der Werf, CDA, 2011-2012; J.J. van der Werf, D66, from 2024.
		const namesakes = registry.members.filter((m) => m.name === 'Van der Werf');
		expect(new Set(namesakes.map((m) => m.fraction))).toEqual(new Set(['CDA', 'D66']));
		const body = read('kst-21501-20-2170.xml');
		expect(body.meta.date).toBe('2025-01-29');
		expect(body.motion!.signers).toEqual(['Klaver', 'Van der Werf', 'Dassen', 'Boswijk']);
		const { signers } = resolve(body);
		expect(signers.map((s) => [s.name, s.party])).toEqual([
			['Klaver', 'GroenLinks-PvdA'],
			['Van der Werf', 'D66'],
			['Dassen', 'Volt'],
			['Boswijk', 'CDA']
		]);
	});

	it('refuses XML that is no motion document, with a one-line DocumentError', () => {
		const handelingen = readFileSync(
			join(SHARED, 'samples', 'handelingen-xml', 'h-tk-20172018-70-3.xml'),
			'utf8'
		);
		const vlos = readFileSync(
			join(SHARED, 'samples', 'vlos-xml', 'vlos_2025-07-03_commissiedebat_eufor-althea.xml'),
			'utf8'
		);
		const amendment =
			'<officiele-publicatie><kamerstuk><stuk><titel>AMENDEMENT VAN HET LID DASSEN</titel>' +
			'</stuk></kamerstuk></officiele-publicatie>';
		const cases: [string, RegExp][] = [
			[handelingen, /^not a motion document: the publication holds no kamerstuk$/],
			[vlos, /^not a motion document: the XML is <vlosCoreDocument>/],
			[amendment, /^not a motion document: the kamerstuk is "AMENDEMENT VAN HET LID DASSEN"/],
			['<officiele-publicatie><kamerstuk>', /^the XML is not well-formed: /]
		];
		for (const [xml, message] of cases) {
			expect(() => readMotionDocument(xml, 'x.xml')).toThrow(DocumentError);
			expect(() => readMotionDocument(xml)).toThrow(message);
			expect(looksLikeMotionDocument(xml)).toBe(false);
		}
		expect(looksLikeMotionDocument(motionFile('kst-19637-3185.xml'))).toBe(true);
	});
});
