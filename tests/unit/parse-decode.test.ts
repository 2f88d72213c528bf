// Bytes to text: what cannot be a document is refused with a DocumentError that says why.
import { describe, expect, it } from 'vitest';
import { decodeDocument, DocumentError } from '../../src/lib/parse';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** The DocumentError that decoding throws, or a failure when it does not throw one. */
function refusal(input: Uint8Array, file: string | null = null): DocumentError {
	try {
		decodeDocument(input, file);
	} catch (e) {
		if (e instanceof DocumentError) return e;
		throw e;
	}
	throw new Error('decodeDocument accepted the input');
}

describe('decodeDocument refuses what is not a document', () => {
	it('an empty file', () => {
		expect(refusal(new Uint8Array()).message).toBe(
			'the file is empty: there is no document to read'
		);
	});

	it('a file of white space only', () => {
		expect(refusal(bytes(' \n\t\r\n  \n')).message).toBe(
			'the file holds only white space: there is no document to read'
		);
	});

	it('a binary file with NUL bytes', () => {
		expect(refusal(bytes('De Kamer,', [0, 1, 2], 'gehoord')).message).toBe(
			'the file is binary (it holds NUL bytes), not a text document'
		);
	});

	it('a binary file full of control characters', () => {
		expect(refusal(bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab')).message).toMatch(
			/binary \(too many control characters\)/
		);
	});

	it('a PDF (its magic "%PDF"), telling to extract the text first', () => {
		expect(refusal(bytes('%PDF-1.7\n%Tweede Kamer\n')).message).toBe(
			'the file is a PDF: extract its text first (e.g. pdftotext -layout)'
		);
	});

	it('a real PDF with binary streams is still named a PDF', () => {
		const pdf = bytes(
			'%PDF-1.7\n%',
			[0xe2, 0xe3, 0xcf, 0xd3],
			'\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n',
			[0x78, 0x9c, 0x00, 0x01, 0x02, 0x00, 0x1f, 0x8b],
			'\nendstream\n'
		);
		expect(refusal(pdf).message).toMatch(/is a PDF/);
	});

	it('a UTF-8 BOM and nothing else', () => {
		expect(refusal(bytes([0xef, 0xbb, 0xbf])).message).toMatch(/there is no document to read/);
	});

	it('a UTF-16 file of white space only', () => {
		expect(refusal(bytes([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])).message).toMatch(/white space/);
	});

	it('names the file in describe(), the way compilers report', () => {
		const e = refusal(new Uint8Array(), 'data/documents/leeg.txt');
		expect(e.name).toBe('DocumentError');
		expect(e.file).toBe('data/documents/leeg.txt');
		expect(e.describe()).toBe(
			'data/documents/leeg.txt: the file is empty: there is no document to read'
		);
		expect(new DocumentError('missing column(s) name', 'data/members.csv', 1).describe()).toBe(
			'data/members.csv:1: missing column(s) name'
		);
	});
});

describe('decodeDocument reads text in its encoding', () => {
	it('plain UTF-8', () => {
		expect(decodeDocument(new TextEncoder().encode('Oekraïne, Yeşilgöz\n'))).toBe(
			'Oekraïne, Yeşilgöz\n'
		);
	});

	it('UTF-8 with a BOM, which is dropped', () => {
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('De Kamer,')]);
		expect(decodeDocument(withBom)).toBe('De Kamer,');
	});

	it('Windows-1252, converted: "ï", "€", curly quotes and the en dash', () => {
		expect(
			decodeDocument(
				bytes('Oekra', [0xef], 'ne kost ', [0x80], ' 5 miljard ', [0x96], ' ', [0x93], 'nu', [0x94])
			)
		).toBe('Oekraïne kost € 5 miljard – “nu”');
	});

	it('UTF-16 little-endian with a BOM', () => {
		const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Oekraïne\n', 'utf16le')]);
		expect(decodeDocument(le)).toBe('Oekraïne\n');
	});

	it('UTF-16 big-endian with a BOM', () => {
		const le = Buffer.from('Yeşilgöz', 'utf16le');
		const be = new Uint8Array(le.length);
		for (let i = 0; i < le.length; i += 2) {
			be[i] = le[i + 1]!;
			be[i + 1] = le[i]!;
		}
		expect(decodeDocument(new Uint8Array([0xfe, 0xff, ...be]))).toBe('Yeşilgöz');
	});
});
