// Bytes to text, refusing what cannot be a document: empty, binary, undecodable.
import { printable } from '../printable';

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
		const where = [this.file === null ? null : printable(this.file), this.line]
			.filter((x) => x !== null)
			.join(':');
		return where ? `${where}: ${this.message}` : this.message;
	}
}

/** Decode a document's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252. */
export function decodeDocument(bytes: Uint8Array, file: string | null = null): string {
	return decodeWithWarnings(bytes, file).text;
}

/** What decoding tells about a file that is not clean UTF-8: which lines, in words for a person. */
export interface DecodeWarning {
	line: number;
	message: string;
}

/** Lines named in a warning; the rest are counted. */
const LINES_NAMED = 10;

/**
 * Decode a document's bytes, saying what was not clean. A file that is UTF-8 but for a few bytes
 * is read as UTF-8 (those bytes become "\uFFFD", and the warning names their lines): one stray
 * byte must not turn every "ş" and "ö" into "Å" and "Ã¶". Only a file that as a whole is not
 * UTF-8 (more bad sequences than good multi-byte characters) is read as Windows-1252, and says so.
 */
export function decodeWithWarnings(
	bytes: Uint8Array,
	file: string | null = null
): { text: string; warnings: DecodeWarning[] } {
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
		return { text: check(new TextDecoder('utf-16le').decode(bytes), file), warnings: [] };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: check(new TextDecoder('utf-16be').decode(bytes), file), warnings: [] };
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
	const warnings: DecodeWarning[] = [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const { bad, multiByte } = utf8Errors(bytes);
		const lines = linesOf(bytes, bad);
		const named = lines.slice(0, LINES_NAMED).join(', ');
		const more = lines.length > LINES_NAMED ? ` and ${lines.length - LINES_NAMED} more` : '';
		if (multiByte >= bad.length) {
			text = new TextDecoder('utf-8').decode(bytes);
			warnings.push({
				line: lines[0]!,
				message: `${bad.length === 1 ? 'A byte that is' : `${bad.length} bytes that are`} not UTF-8 on ${lines.length === 1 ? 'line' : 'lines'} ${named}${more} ${bad.length === 1 ? 'was' : 'were'} replaced by "\uFFFD"; the rest of the file is read as UTF-8`
			});
		} else {
			// Older government text exports are Windows-1252.
			text = fromWindows1252(bytes);
			warnings.push({
				line: lines[0]!,
				message: `The file is not UTF-8 (${bad.length} bytes on ${lines.length === 1 ? 'line' : 'lines'} ${named}${more} are no UTF-8 characters${multiByte ? `, ${multiByte} are` : ''}): read as Windows-1252; save it as UTF-8 to be sure of its accents`
			});
		}
	}
	return { text: check(text.replace(/^\uFEFF/, ''), file), warnings };
}

/**
 * Where UTF-8 breaks: the offset of each byte that starts no valid sequence, and how many valid
 * multi-byte characters there are (the evidence that the file is UTF-8 after all). One pass.
 */
export function utf8Errors(bytes: Uint8Array): { bad: number[]; multiByte: number } {
	const bad: number[] = [];
	let multiByte = 0;
	const cont = (i: number, lo = 0x80, hi = 0xbf) =>
		i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let length = 0;
		if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0;
		else if (b >= 0xe0 && b <= 0xef) {
			const lo = b === 0xe0 ? 0xa0 : 0x80;
			const hi = b === 0xed ? 0x9f : 0xbf;
			length = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
		} else if (b >= 0xf0 && b <= 0xf4) {
			const lo = b === 0xf0 ? 0x90 : 0x80;
			const hi = b === 0xf4 ? 0x8f : 0xbf;
			length = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
		}
		if (length) {
			multiByte++;
			i += length;
		} else {
			bad.push(i);
			i++;
		}
	}
	return { bad, multiByte };
}

/** The line numbers (\r\n, \r or \n ending a line) of sorted byte offsets, each line once. */
function linesOf(bytes: Uint8Array, offsets: number[]): number[] {
	const lines: number[] = [];
	let line = 1;
	let at = 0;
	for (const offset of offsets) {
		for (; at < offset; at++) {
			const b = bytes[at];
			if (b === 0x0a || (b === 0x0d && bytes[at + 1] !== 0x0a)) line++;
		}
		if (lines[lines.length - 1] !== line) lines.push(line);
	}
	return lines;
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
