// PDFs in, text with its line structure out: seed 003 printed to PDF by chromium reads back to the
// same 20 motions as gold; scans, truncated, broken and encrypted PDFs are refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, printTextToPdf } from '../helpers/chromium';
import { ROOT, seed, SEEDS, goldMotions } from '../helpers/paths';
import { DocumentError, parseDocument } from '../../src/lib/parse';
import { toContractJson, type ContractJson } from '../../src/lib/parse/contract';
import {
	groupLines,
	looksLikePdf,
	readPdfText,
	type PlacedText
} from '../../src/lib/parse/readers/pdf';
import { loadRegistry } from '../../src/lib/server/registry';

const seedText = readFileSync(seed(SEEDS.debate), 'utf8');

/** The DocumentError that reading throws, or a failure when it reads the bytes. */
async function refusal(bytes: Uint8Array, file: string | null = null): Promise<DocumentError> {
	try {
		await readPdfText(bytes, file);
	} catch (e) {
		if (e instanceof DocumentError) return e;
		throw e;
	}
	throw new Error('readPdfText accepted the input');
}

/** A minimal PDF, written by hand: objects 1… in order, with a correct cross-reference table. */
function buildPdf(objects: string[], trailer = ''): Uint8Array {
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out +=
		`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
		offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
		`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** One A4 page with a content stream in Helvetica (not embedded: one of the standard 14 fonts). */
function onePage(content: string, extra: string[] = [], trailer = ''): Uint8Array {
	return buildPdf(
		[
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
			`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
			'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
			...extra
		],
		trailer
	);
}

const item = (str: string, x: number, y: number, width: number, more: Partial<PlacedText> = {}) =>
	({ str, x, y, width, size: 10, hasEOL: false, ...more }) satisfies PlacedText;

describe('looksLikePdf', () => {
	it('knows the %PDF- magic and nothing else', () => {
		expect(looksLikePdf(new Uint8Array(Buffer.from('%PDF-1.7\n')))).toBe(true);
		expect(looksLikePdf(new Uint8Array(Buffer.from('%PDF')))).toBe(false);
		expect(looksLikePdf(new Uint8Array(Buffer.from('De Kamer, %PDF-1.7')))).toBe(false);
		expect(looksLikePdf(new Uint8Array())).toBe(false);
	});
});

describe('groupLines: fragments on one baseline make one line', () => {
	it('joins with a space across a gap, without one where fragments touch', () => {
		const lines = groupLines([
			item('Kamer', 10, 100, 30),
			item('stuk', 40, 100, 20), // touches "Kamer"
			item('36045', 63, 100, 25), // 3 units = 0.3 em gap
			item('nr.', 88.5, 100, 10) // 0.5 unit: kerning, not a space
		]);
		expect(lines.map((l) => l.text)).toEqual(['Kamerstuk 36045nr.']);
	});

	it('lets white-space fragments stand for the space, once', () => {
		const lines = groupLines([
			item('De', 10, 100, 10),
			item(' ', 20, 100, 5),
			item('  ', 25, 100, 8),
			item('Kamer,', 33, 100, 30),
			item(' ', 63, 100, 5)
		]);
		expect(lines.map((l) => l.text)).toEqual(['De Kamer,']);
	});

	it('starts a new line at hasEOL, at a new baseline, and when text jumps back left', () => {
		const lines = groupLines([
			item('een', 10, 100, 15, { hasEOL: true }),
			item('twee', 30, 100, 20), // same baseline, but pdf.js ended the line
			item('drie', 10, 112, 20), // next baseline
			item('vier', 50, 112, 20),
			item('vijf', 10, 112, 20) // back to the left margin on the same baseline
		]);
		expect(lines.map((l) => l.text)).toEqual(['een', 'twee', 'drie vier', 'vijf']);
	});

	it('keeps a raised footnote mark on its line, and the line on the baseline of its text', () => {
		const lines = groupLines([
			item('Kamerstuk', 10, 100, 45),
			item('1', 55, 96.5, 3, { size: 6 }),
			item('(Handelingen)', 60, 100, 60)
		]);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({ text: 'Kamerstuk1 (Handelingen)', y: 100, size: 10 });
	});

	it('drops empty end-of-line markers and lines of white space only', () => {
		const lines = groupLines([
			item('een', 10, 100, 15),
			item('', 25, 100, 0, { hasEOL: true }),
			item('   ', 10, 112, 15, { hasEOL: true }),
			item('twee', 10, 124, 20)
		]);
		expect(lines.map((l) => l.text)).toEqual(['een', 'twee']);
	});
});

describe('readPdfText: hand-written PDFs', () => {
	it('reads lines, a paragraph gap as a blank line, and fragments drawn apart as one line', async () => {
		const pdf = onePage(
			'BT /F1 12 Tf 72 720 Td (De Kamer,) Tj 0 -14 Td (gehoord de beraadslaging,) Tj ' +
				'0 -28 Td (verzoekt de regering) Tj ( de ) Tj (motie) Tj ET ' +
				// Rotated text in the margin (a Kamerstuk's colophon) is no part of the body.
				'BT /F1 8 Tf 0 1 -1 0 30 300 Tm (kst-36045-216 ISSN 0921-7371) Tj ET'
		);
		expect(await readPdfText(pdf, 'hand.pdf')).toBe(
			'De Kamer,\ngehoord de beraadslaging,\n\nverzoekt de regering de motie\n'
		);
	});

	it('leaves the bytes it was given intact', async () => {
		const pdf = onePage('BT /F1 12 Tf 72 720 Td (Motie) Tj ET');
		const copy = pdf.slice();
		await readPdfText(pdf);
		expect(pdf).toEqual(copy);
	});

	it('refuses a page without text as a scan', async () => {
		const e = await refusal(onePage('0 0 0 rg 72 72 400 600 re f'), 'blank.pdf');
		expect(e.message).toMatch(/^scanned PDF: no text to read/);
		expect(e.file).toBe('blank.pdf');
	});

	it('refuses an encrypted PDF that needs a password', async () => {
		// Standard security handler, RC4 40-bit; the /U entry does not match the empty password.
		const pdf = onePage(
			'BT /F1 12 Tf 72 720 Td (geheim) Tj ET',
			[
				`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`
			],
			`/Encrypt 6 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] `
		);
		const e = await refusal(pdf, 'geheim.pdf');
		expect(e.message).toMatch(/^encrypted PDF: it needs a password/);
		expect(e.describe()).toMatch(/^geheim\.pdf: encrypted PDF/);
	});

	it('refuses what is not a PDF, or is empty', async () => {
		expect((await refusal(new Uint8Array(Buffer.from('De Kamer,\n')))).message).toMatch(
			/^not a PDF/
		);
		expect((await refusal(new Uint8Array())).message).toMatch(/empty/);
		expect(
			(await refusal(new Uint8Array(Buffer.from('%PDF-1.4\nrommel\n%%EOF\n')))).message
		).toMatch(/^broken PDF: pdf\.js cannot read it \(Invalid PDF structure\)$/);
	});
});

describe('readPdfText: seed 003 printed to PDF by chromium', () => {
	const gold = goldMotions();
	const registry = loadRegistry(join(ROOT, 'data'));
	let browser: Browser | undefined;
	let seedPdf: Uint8Array;
	let imagePdf: Uint8Array;
	let text: string;
	let parsed: ContractJson;

	beforeAll(async () => {
		// No skip: without chromium this suite fails, saying why.
		browser = await launchChromium();
		seedPdf = await printTextToPdf(browser, seedText);
		const page = await browser.newPage();
		await page.setContent(
			'<!doctype html><body style="margin:0"><canvas id="c" width="400" height="300"></canvas>' +
				'<script>const g = document.getElementById("c").getContext("2d");' +
				'g.fillStyle = "#234"; g.fillRect(10, 10, 380, 280);</script>'
		);
		imagePdf = new Uint8Array(await page.pdf({ format: 'A4' }));
		await browser.close();
		browser = undefined;

		text = await readPdfText(seedPdf, 'seed-003.pdf');
		parsed = toContractJson(parseDocument(text, { date: '2025-09-11', kind: 'debate', registry }));
	}, 60_000);

	afterAll(async () => {
		await browser?.close();
	});

	it('is a multi-page PDF whose pages are separated by two blank lines', () => {
		expect(looksLikePdf(seedPdf)).toBe(true);
		const pages = (text.match(/\n\n\n/g) ?? []).length;
		expect(pages).toBeGreaterThan(40);
	});

	it('gives back every line of the seed, in order (blank lines aside)', () => {
		const lines = (s: string) =>
			s
				.split('\n')
				.map((l) => l.replace(/\s+/g, ' ').trim())
				.filter(Boolean);
		expect(lines(text)).toEqual(lines(seedText));
	});

	it('finds exactly the gold motions, in order', () => {
		expect(parsed.motions.map((m) => m.id)).toEqual(gold.motions.map((m) => m.id));
		expect(parsed.motions).toHaveLength(gold.motionCount);
		expect(parsed.motions).toHaveLength(20);
	});

	it('reads the title of the debate', () => {
		expect(parsed.document).toMatchObject({
			kind: 'debate',
			title: gold.debate,
			date: '2025-09-11'
		});
	});

	it.each(gold.motions.map((m) => [m.id, m] as const))(
		'%s: signers, fractions, verdict, minister as gold',
		(id, g) => {
			const m = parsed.motions.find((x) => x.id === id)!;
			expect(m.dossier).toBe(g.dossier);
			expect(m.number).toBe(g.number);
			expect(m.signers.map((s) => s.name)).toEqual(g.signers);
			expect(m.signers.map((s) => s.party)).toEqual(g.signers.map((s) => gold.parties[s]));
			expect(m.verdict).toBe(g.verdict);
			expect(m.minister).toBe(g.minister);
			expect(m.reader).toBe(g.signers[0]);
			expect(m.conditional).toBe(g.conditional ?? false);
		}
	);

	it('keeps the history of 233 and the dictum of 228 across its page break', () => {
		const m233 = parsed.motions.find((x) => x.id === '36045-233')!;
		expect(m233.appraisal!.history.map((h) => h.verdict)).toEqual(['ontraden', 'oordeel_kamer']);
		const m228 = parsed.motions.find((m) => m.id === '36045-228')!;
		expect(m228.parts.at(-1)!.text).toContain(
			'humanitair oorlogsrecht, zoals landmijnen of clustermunitie'
		);
	});

	it('totals agree with the gold totals, and nothing is warned about', () => {
		const byVerdict: Record<string, number> = { oordeel_kamer: 0, ontraden: 0, overbodig: 0 };
		for (const m of parsed.motions) byVerdict[m.verdict!] = (byVerdict[m.verdict!] ?? 0) + 1;
		expect(byVerdict).toEqual(gold.totals.byVerdict);
		expect(parsed.warnings).toEqual([]);
	});

	it('refuses a PDF of only an image as a scan', async () => {
		expect(looksLikePdf(imagePdf)).toBe(true);
		const e = await refusal(imagePdf, 'scan.pdf');
		expect(e.message).toMatch(/^scanned PDF: no text to read/);
		expect(e.describe()).toMatch(/^scan\.pdf: scanned PDF: no text to read/);
	});

	it('refuses a truncated PDF', async () => {
		const cut = seedPdf.slice(0, Math.floor(seedPdf.length / 2));
		expect((await refusal(cut, 'cut.pdf')).message).toMatch(/^truncated PDF: .*cut short/);
		// Cut out of the middle, with the end kept: the structure no longer holds.
		const half = Math.floor(seedPdf.length / 2);
		const tail = seedPdf.slice(seedPdf.length - 200);
		const spliced = new Uint8Array(half + tail.length);
		spliced.set(seedPdf.subarray(0, half));
		spliced.set(tail, half);
		expect((await refusal(spliced, 'spliced.pdf')).message).toMatch(/^broken PDF: /);
	});

	it('refuses a PDF with a hole in it rather than read part of it', async () => {
		const holed = new Uint8Array(seedPdf.length - 10_000);
		holed.set(seedPdf.subarray(0, 20_000));
		holed.set(seedPdf.subarray(30_000), 20_000);
		expect((await refusal(holed, 'holed.pdf')).message).toMatch(/^broken PDF: page \d+ of \d+: /);
	});
});
