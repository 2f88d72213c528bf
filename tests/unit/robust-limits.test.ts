// Bounded space and honest decoding: a letter listing a thousand motions stays small in the
// database and on the page, warnings are capped, oversized and overlong readings are refused with
// a message naming the file, and a stray byte in UTF-8 garbles nothing but itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { tempDb, type TempDb } from '../helpers/db';
import { importFile } from '../../src/lib/server/import/document';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { notLoadedMotions, unresolvedReferences } from '../../src/lib/server/queries/documents';
import { DocumentError, parseBytes, parseText, type ParsedDocument } from '../../src/lib/parse';
import { decodeWithWarnings } from '../../src/lib/parse/decode';
import { sentenceWindow, SENTENCE_WINDOW } from '../../src/lib/parse/references';
import { MAX_DOCUMENT_BYTES, MAX_WARNINGS } from '../../src/lib/parse/limits';

const registry = loadRegistry();
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A "stand van zaken moties" letter: one paragraph of bullet lines, no full stop anywhere. */
export function bulletLetter(motions: number): string {
	const lines = ['Geachte voorzitter,', '', 'Hierbij de stand van zaken van de volgende moties:'];
	for (let i = 0; i < motions; i++)
		lines.push(
			`- de motie van het lid Timmermans over steun (Kamerstuk 36045, nr. ${1000 + i}): is in uitvoering genomen`
		);
	lines.push('', 'De minister van Buitenlandse Zaken,', '', 'D.M. van Weel', '');
	return lines.join('\n');
}

describe('a 100 KB letter listing 1,000 motions as bullet lines', () => {
	let t: TempDb;
	let seconds: number;
	let report: Awaited<ReturnType<typeof importFile>>;
	const letter = bulletLetter(1000);

	beforeAll(async () => {
		t = tempDb();
		syncRegistry(t.db, registry);
		const start = performance.now();
		report = await importFile(
			t.db,
			{ fileName: 'stand-van-zaken.txt', bytes: utf8(letter), date: '2025-10-01', kind: 'letter' },
			registry
		);
		seconds = (performance.now() - start) / 1000;
		t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
	});
	afterAll(() => t.close());

	it('imports in under 2 s into a database under 5 MB', () => {
		expect(letter.length).toBeGreaterThan(90_000);
		expect(letter.length).toBeLessThan(110_000);
		expect(report.references).toBe(1000);
		expect(seconds).toBeLessThan(2);
		const bytes =
			statSync(t.path).size + (statSync(t.path + '-wal', { throwIfNoEntry: false })?.size ?? 0);
		expect(bytes).toBeLessThan(5 * 1024 * 1024);
	});

	it('keeps each reference with its line and a window of at most a few hundred characters', () => {
		const rows = t.db.$client
			.prepare('select line, length(sentence) as n, sentence from motion_references order by line')
			.all() as { line: number; n: number; sentence: string }[];
		expect(rows).toHaveLength(1000);
		expect(rows[0]!.line).toBe(4);
		expect(rows[999]!.line).toBe(1003);
		expect(Math.max(...rows.map((r) => r.n))).toBeLessThanOrEqual(SENTENCE_WINDOW + 4);
		// The window holds the words it cites.
		expect(rows[500]!.sentence).toContain('Kamerstuk 36045, nr. 1500');
	});

	it('the page of motions not loaded yet stays under 150 KB of data', () => {
		const page = notLoadedMotions(t.db, { page: 1, perPage: 50 });
		expect(page.total).toBe(1000);
		expect(page.rows).toHaveLength(50);
		expect(JSON.stringify(page).length).toBeLessThan(150 * 1024);
		const unresolved = unresolvedReferences(t.db, { page: 1, perPage: 50 });
		expect(JSON.stringify(unresolved).length).toBeLessThan(150 * 1024);
	});
});

describe('a sentence window', () => {
	it('keeps a short sentence whole and cuts a long one at words around the cited words', () => {
		expect(sentenceWindow({ text: 'Zie de motie 36045-191.', at: 10 }, 17, 32)).toBe(
			'Zie de motie 36045-191.'
		);
		const words = Array.from({ length: 400 }, (_, i) => `woord${i}`).join(' ');
		const at = words.indexOf('woord200');
		const w = sentenceWindow({ text: words, at: 0 }, at, at + 'woord200'.length);
		expect(w.startsWith('… woord')).toBe(true);
		expect(w.endsWith(' …')).toBe(true);
		expect(w).toContain('woord200');
		expect(w.length).toBeLessThanOrEqual(SENTENCE_WINDOW + 4);
	});
});

describe('warnings are capped per document, with a count of the rest', () => {
	it('2,000 motions cited by name only: 100 warnings and one that counts the other 1,900', () => {
		const lines = ['Geachte voorzitter,', ''];
		// Names of letters only ("Onbekend" + aa … cxx): a digit after a name reads as a footnote marker.
		const name = (i: number) =>
			'Onbekend' +
			[...i.toString(26)].map((d) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(d, 26)]).join('');
		for (let i = 0; i < 2000; i++) lines.push(`Over de motie ${name(i)} is niets bekend`, '');
		const doc = parseText(lines.join('\n'), 'namen.txt', { kind: 'letter', date: '2025-10-01' });
		expect(doc.unresolvedReferences).toHaveLength(2000);
		expect(doc.warnings).toHaveLength(MAX_WARNINGS + 1);
		expect(doc.warnings[MAX_WARNINGS]!.message).toBe(
			`… and 1900 more warnings after line ${doc.warnings[MAX_WARNINGS - 1]!.line}, not listed (the first 100 are)`
		);
	});
});

describe('size and time limits refuse with a message naming the file', () => {
	it('a document over 25 MB', async () => {
		const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
		await expect(parseBytes(big, 'groot.txt')).rejects.toThrow(
			new DocumentError(
				'the document is 25.0 MB; documents up to 25.0 MB are read (split it, or leave it out)',
				'groot.txt'
			)
		);
		try {
			await parseBytes(big, 'groot.txt');
		} catch (e) {
			expect((e as DocumentError).describe()).toMatch(/^groot\.txt: the document is 25\.0 MB/);
		}
	});

	it('a reading that takes longer than its limit is stopped', async () => {
		const letter = bulletLetter(2000);
		let error: DocumentError | null = null;
		try {
			await parseBytes(utf8(letter), 'traag.txt', { kind: 'letter', timeLimitMs: 0 });
		} catch (e) {
			error = e as DocumentError;
		}
		expect(error).toBeInstanceOf(DocumentError);
		expect(error!.file).toBe('traag.txt');
		expect(error!.describe()).toMatch(
			/^traag\.txt: reading took longer than 0 s and was stopped \(while [a-z ]+\); the document is not imported/
		);
		// The same document with the default limit is read.
		const doc: ParsedDocument = await parseBytes(utf8(letter), 'traag.txt', { kind: 'letter' });
		expect(doc.references).toHaveLength(2000);
	});
});

describe('decoding: UTF-8 with a stray byte stays UTF-8', () => {
	const stray = (...parts: (string | number)[]) =>
		new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...utf8(p)])));

	it('keeps "Yeşilgöz" right and names the line of the bad byte', () => {
		const bytes = stray(
			'De motie Timmermans-Yeşilgöz\nregel twee\nde minister van Buitenlandse Zaken ',
			0xe9,
			'n Defensie\nYeşilgöz-Zegerius\n'
		);
		const { text, warnings } = decodeWithWarnings(bytes, 'brief.txt');
		expect(text).toBe(
			'De motie Timmermans-Yeşilgöz\nregel twee\nde minister van Buitenlandse Zaken \uFFFDn Defensie\nYeşilgöz-Zegerius\n'
		);
		expect(warnings).toEqual([
			{
				line: 3,
				message:
					'A byte that is not UTF-8 on line 3 was replaced by "\uFFFD"; the rest of the file is read as UTF-8'
			}
		]);
	});

	it('the warning reaches the parsed document, and several lines are named', async () => {
		const bytes = stray('Geachte voorzitter,\n\nYeşilgöz ', 0xff, '\r\nregel\r\nen ', 0x80, '\r\n');
		const doc = await parseBytes(bytes, 'brief.txt', { kind: 'letter', date: '2025-10-01' });
		expect(doc.text).toContain('Yeşilgöz \uFFFD');
		expect(doc.warnings).toContainEqual({
			line: 3,
			message:
				'2 bytes that are not UTF-8 on lines 3, 5 were replaced by "\uFFFD"; the rest of the file is read as UTF-8'
		});
	});

	it('a file that as a whole is not UTF-8 is Windows-1252, and says so', () => {
		const bytes = new Uint8Array([
			...Buffer.from('Oekra', 'latin1'),
			0xef,
			...Buffer.from('ne\nYe', 'latin1'),
			0xfe,
			...Buffer.from('ilg', 'latin1'),
			0xf6,
			0x7a,
			0x0a
		]);
		const { text, warnings } = decodeWithWarnings(bytes, 'oud.txt');
		expect(text).toBe('Oekraïne\nYeþilgöz\n');
		expect(warnings).toEqual([
			{
				line: 1,
				message:
					'The file is not UTF-8 (3 bytes on lines 1, 2 are no UTF-8 characters): read as Windows-1252; save it as UTF-8 to be sure of its accents'
			}
		]);
	});
});
