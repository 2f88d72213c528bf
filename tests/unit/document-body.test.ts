// A document's text in pieces (document_chunks): written by the import, read back byte for byte,
// a window read from its own pieces only, and each reference's place found at import exactly where
// the page used to look for it when shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/lib/server/import/document';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';
import { parseBytes } from '../../src/lib/parse';
import { bodyBytes, bodyLines, bodyText, writeBody } from '../../src/lib/server/document-body';
import { CHUNK_BYTES, cutBody } from '../../src/lib/server/body-cut';
import { windowText } from '../../src/lib/server/document-text';
import { citedMotions } from '../../src/lib/server/queries/documents';
import {
	findSpan,
	locateReference,
	marksOf,
	type ReferenceMark
} from '../../src/lib/server/reference-span';
import { tempDb, type TempDb } from '../helpers/db';
import { SEEDS, SHARED, seed } from '../helpers/paths';

const registry = loadRegistry();

/** A "stand van zaken" letter: bullet lines citing motions, a few wrapped over two lines. */
function bulletLetter(motions: number): string {
	const lines = ['Geachte voorzitter,', '', 'Hierbij de stand van zaken van de volgende moties:'];
	for (let i = 0; i < motions; i++)
		lines.push(
			i % 10 === 3
				? `- de motie van het lid Timmermans over steun (Kamerstuk\n36045, nr. ${1000 + i}): is in uitvoering genomen`
				: `- de motie van het lid Timmermans over steun (Kamerstuk 36045, nr. ${1000 + i}): is in uitvoering genomen`
		);
	lines.push('', 'De minister van Buitenlandse Zaken,', '', 'D.M. van Weel', '');
	return lines.join('\n');
}

/** How the page looked for a reference when it showed it (before places were stored): a pattern. */
function locateByPattern(
	lines: string[],
	ref: { line: number; asWritten: string; motionId: string | null },
	index: number
): ReferenceMark[] | null {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const at = (n: number) => lines[n - 1]!;
	if (ref.line < 1 || ref.line > lines.length) return null;
	const lo = Math.max(1, ref.line - 2);
	const hi = Math.min(lines.length, ref.line + 2);
	const starts: number[] = [];
	let text = '';
	for (let n = lo; n <= hi; n++) {
		starts.push(text.length);
		text += at(n) + '\n';
	}
	const lineStart = starts[ref.line - lo]!;
	const lineEnd = lineStart + at(ref.line).length;
	for (const candidate of [
		ref.asWritten,
		ref.asWritten.replace(/\s*\((?:footnote|voetnoot)\b[^)]*\)\s*$/i, ''),
		ref.asWritten.replace(/\s*\([^)]*\)\s*$/, ''),
		ref.motionId ?? ''
	]) {
		const words = candidate.trim().split(/\s+/).filter(Boolean);
		if (!words.length) continue;
		const re = new RegExp(words.map(escape).join('\\s+'), 'gu');
		for (const m of text.matchAll(re)) {
			const from = m.index;
			const to = from + m[0].length;
			if (to <= lineStart || from > lineEnd) continue;
			const marks: ReferenceMark[] = [];
			for (let i = 0; i < starts.length; i++) {
				const s = starts[i]!;
				const a = Math.max(from, s);
				const b = Math.min(to, s + at(lo + i).length);
				if (a < b) marks.push({ line: lo + i, start: a - s, end: b - s, ref: index });
			}
			return marks;
		}
	}
	return null;
}

const files: { name: string; bytes: Uint8Array }[] = [
	...Object.values(SEEDS).map((name) => ({ name, bytes: readFileSync(seed(name)) })),
	...[
		'samples/vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml',
		'samples/vlos-xml/vlos_2025-07-03_commissiedebat_eufor-althea.xml',
		'samples/handelingen-xml/h-tk-20172018-70-3.xml',
		'samples/handelingen-xml/h-tk-20172018-70-6.xml'
	].map((path) => ({ name: path.split('/').pop()!, bytes: readFileSync(join(SHARED, path)) })),
	{ name: 'stand-van-zaken.txt', bytes: new TextEncoder().encode(bulletLetter(300)) },
	// The debate transcript over and over: a text of many pieces.
	{
		name: 'groot-verslag.txt',
		bytes: new TextEncoder().encode(readFileSync(seed(SEEDS.debate), 'utf8').repeat(8))
	}
];

let t: TempDb;
const texts = new Map<number, string>();
beforeAll(async () => {
	t = tempDb();
	syncRegistry(t.db, registry);
	for (const f of files) {
		const report = await importFile(
			t.db,
			{ fileName: f.name, bytes: f.bytes, date: '2025-10-01' },
			registry
		);
		const parsed = await parseBytes(new Uint8Array(f.bytes), f.name, {
			registry,
			date: '2025-10-01'
		});
		texts.set(report.documentId!, parsed.text);
	}
}, 120_000);
afterAll(() => t.close());

const chunksOf = (id: number) =>
	t.db.$client
		.prepare(
			'select seq, first_line as firstLine, line_count as lineCount, text from document_chunks where document_id = ? order by seq'
		)
		.all(id) as { seq: number; firstLine: number; lineCount: number; text: string }[];

describe("a document's text in pieces", () => {
	it('reads back byte for byte, for text, VLOS and Handelingen documents alike', () => {
		expect(texts.size).toBe(files.length);
		for (const [id, text] of texts) {
			expect(Buffer.from(bodyText(t.db.$client, id)!).equals(Buffer.from(text))).toBe(true);
			const chunks = chunksOf(id);
			const lineCount = t.db.$client
				.prepare('select line_count from documents where id = ?')
				.pluck()
				.get(id);
			expect(chunks.reduce((n, c) => n + c.lineCount, 0)).toBe(lineCount);
			chunks.forEach((c, i) => {
				expect(c.seq).toBe(i);
				if (i > 0) expect(c.firstLine).toBe(chunks[i - 1]!.firstLine + chunks[i - 1]!.lineCount);
				if (i < chunks.length - 1) expect(c.text.endsWith('\n')).toBe(true);
			});
			// Lines by number, a piece at a time, are the text's lines.
			const lines = text.split(/\r\n|\r|\n/);
			const read = [...bodyLines(t.db.$client, id)];
			expect(read.map((l) => l.text)).toEqual(lines);
			expect(read.at(-1)!.line).toBe(lines.length);
		}
	});

	it('cuts a large text into pieces of at most CHUNK_BYTES, whole lines each', () => {
		const big = [...texts.values()].find((s) => s.length > 4 * CHUNK_BYTES)!;
		const chunks = cutBody(big);
		expect(chunks.length).toBeGreaterThan(4);
		for (const c of chunks) {
			expect(Buffer.byteLength(c.text)).toBeLessThanOrEqual(CHUNK_BYTES);
			expect(Buffer.byteLength(c.text)).toBeGreaterThan(CHUNK_BYTES / 4);
		}
	});

	it('keeps every kind of line end and the empty text', () => {
		const line = 'Één regel met ë en 😀, en dan een einde';
		for (const text of [
			'',
			'a',
			'a\n',
			'\n\n',
			'x\r\ny\rz\n\r',
			Array.from({ length: 30_000 }, (_, i) => `${line} ${i}`).join('\r\n'),
			Array.from({ length: 30_000 }, (_, i) => `${line} ${i}${i % 3 ? '\r' : '\r\n'}`).join(''),
			'x'.repeat(3 * CHUNK_BYTES) + '\ny'
		]) {
			const chunks = cutBody(text);
			expect(chunks.map((c) => c.text).join('')).toBe(text);
			expect(chunks.reduce((n, c) => n + c.lineCount, 0)).toBe(text.split(/\r\n|\r|\n/).length);
			const id = Number(
				t.db.$client
					.prepare(
						`insert into documents (sha256, file_name, kind, imported_at, line_count) values (?, 'x.txt', 'letter', 'now', 0)`
					)
					.run(`line-ends-${Math.random()}`).lastInsertRowid
			);
			writeBody(t.db.$client, id, text);
			expect(bodyText(t.db.$client, id)).toBe(text);
			expect([...bodyLines(t.db.$client, id)].map((l) => l.text)).toEqual(text.split(/\r\n|\r|\n/));
			const last = text.split(/\r\n|\r|\n/).length;
			expect(windowText(t.db, id, Math.max(1, last - 3), last)!.lines).toEqual(
				text.split(/\r\n|\r|\n/).slice(Math.max(0, last - 6))
			);
		}
	});

	it('a window of lines reads only the pieces that hold it', () => {
		const [id, text] = [...texts].find(([, s]) => s.length > 4 * CHUNK_BYTES)!;
		const chunks = chunksOf(id);
		const lines = text.split('\n');
		for (const from of [1, 2000, Math.floor(lines.length / 2), lines.length - 10]) {
			const to = from + 499;
			const stored = bodyBytes(t.db.$client, id, from, to)!;
			const holding = chunks.filter(
				(c) => c.firstLine <= to && c.firstLine + c.lineCount - 1 >= from
			);
			expect(stored.firstLine).toBe(holding[0]!.firstLine);
			expect(stored.bytes.length).toBe(holding.reduce((n, c) => n + Buffer.byteLength(c.text), 0));
			expect(holding.length).toBeLessThanOrEqual(2);
			const window = windowText(t.db, id, from, to)!;
			expect(window.first).toBe(Math.max(1, from - 2));
			expect(window.lines).toEqual(lines.slice(window.first - 1, to + 2));
		}
	});
});

describe("a reference's place, found at import", () => {
	it('is what the page found in the text when it showed it', () => {
		let compared = 0;
		let placed = 0;
		for (const [id, text] of texts) {
			const lines = text.split(/\r\n|\r|\n/);
			const refs = citedMotions(t.db, id);
			refs.forEach((ref, i) => {
				expect(ref.span).not.toBeUndefined();
				const before = locateByPattern(lines, ref, i);
				expect(locateReference({ first: 1, lines }, ref, i)).toEqual(before);
				const now = ref.span ? marksOf(ref.span, (n) => lines[n - 1]?.length, i) : null;
				expect(now).toEqual(before);
				compared++;
				if (now) placed++;
			});
		}
		// The seeds' references, the letter's 300 (30 wrapped over two lines), the samples'.
		expect(compared).toBeGreaterThanOrEqual(304);
		expect(placed).toBeGreaterThanOrEqual(300);
		const wrapped = t.db.$client
			.prepare(
				'select count(*) from motion_references where located = 1 and span_end_line = span_line + 1'
			)
			.pluck()
			.get() as number;
		expect(wrapped).toBeGreaterThanOrEqual(30);
	});
	it('is found as the pattern found it, in awkward text too', () => {
		const lines = [
			'zie de motie-Dobbe (36045, nr. 12) en de',
			'motie-Dobbe  (36045,\u00a0nr. 12) nogmaals; de motie-Dobbe (36045, nr.',
			'12) en 😀de motie-Dobbe (36045, nr. 12)',
			'de motie-Dobbe (36045, nr. 12)de motie-Dobbe (36045, nr. 12)',
			'',
			'niets hier',
			'de motie-Dobbe (voetnoot 3: Kamerstuk 36045, nr. 12)',
			'Kamerstuk 36045-12 zonder meer'
		];
		const refs = [
			{ asWritten: 'de motie-Dobbe (36045, nr. 12)', motionId: '36045-12' },
			{ asWritten: 'de motie-Dobbe (voetnoot 3: Kamerstuk 36045, nr. 12)', motionId: '36045-12' },
			{ asWritten: 'motie-Dobbe (36045, nr. 12)', motionId: null },
			{ asWritten: 'nergens te vinden', motionId: '36045-12' },
			{ asWritten: 'nergens te vinden', motionId: null },
			{ asWritten: '  de   motie-Dobbe ', motionId: null }
		];
		let placed = 0;
		for (let line = 1; line <= lines.length + 1; line++)
			for (const r of refs) {
				const ref = { ...r, line };
				const before = locateByPattern(lines, ref, 0);
				expect(locateReference({ first: 1, lines }, ref, 0)).toEqual(before);
				const span = findSpan((n) => lines[n - 1], ref);
				expect(span ? marksOf(span, (n) => lines[n - 1]?.length, 0) : null).toEqual(before);
				if (before) placed++;
			}
		expect(placed).toBeGreaterThan(20);
	});
});
