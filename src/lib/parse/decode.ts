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
	if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
		throw new DocumentError(
			'the file is a PDF: extract its text first (e.g. pdftotext -layout)',
			file
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Older government text exports are Windows-1252.
		text = new TextDecoder('windows-1252').decode(bytes);
	}
	return check(text.replace(/^\uFEFF/, ''), file);
}

function check(text: string, file: string | null): string {
	if (!text.trim())
		throw new DocumentError('the file holds only white space: there is no document to read', file);
	return text;
}
