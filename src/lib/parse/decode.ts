// Bytes to text, refusing what cannot be a document: empty, binary, undecodable.

export class DocumentError extends Error {
	constructor(
		message: string,
		readonly file: string | null = null,
		readonly line: number | null = null
	) {
		super(message);
		this.name = 'DocumentError';
	}

	/** "file:line: message", the way compilers report, so editors and clerks can find it. */
	describe(): string {
		const where = [this.file, this.line].filter((x) => x !== null).join(':');
		return where ? `${where}: ${this.message}` : this.message;
	}
}

/** Decode a document's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252. */
export function decodeDocument(bytes: Uint8Array, file: string | null = null): string {
	if (bytes.length === 0)
		throw new DocumentError('the file is empty: there is no document to read', file);
	// Before the binary check: a PDF's streams hold NUL bytes, and "extract the text" is the useful advice.
	if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
		throw new DocumentError(
			'the file is a PDF: extract its text first (e.g. pdftotext -layout)',
			file
		);
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return check(new TextDecoder('utf-16le').decode(bytes), file);
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return check(new TextDecoder('utf-16be').decode(bytes), file);
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of sample) {
		if (b === 0)
			throw new DocumentError('the file is binary (it holds NUL bytes), not a text document', file);
		if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
	}
	if (control / sample.length > 0.05) {
		throw new DocumentError(
			'the file is binary (too many control characters), not a text document',
			file
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Older government text exports are Windows-1252.
		text = fromWindows1252(bytes);
	}
	return check(text.replace(/^\uFEFF/, ''), file);
}

// Windows-1252's printable characters at 0x80-0x9F (the WHATWG index; five bytes stay C1 controls).
const CP1252_C1 =
	'\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
	'\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20 decodes 'windows-1252' as Latin-1 (nodejs/node#56542), leaving "€" and curly quotes as
 * C1 control characters; map those to what the bytes mean in Windows-1252.
 */
function fromWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

function check(text: string, file: string | null): string {
	if (!text.trim())
		throw new DocumentError('the file holds only white space: there is no document to read', file);
	return text;
}
