// Format detection from the content (never the file name) and one reader per format.
// A new format is one new reader and one line here.
import { decodeWithWarnings, DocumentError } from '../decode';
import { MAX_DOCUMENT_BYTES, megabytes, PARSE_TIME_LIMIT_MS } from '../limits';
import { withTimeLimit } from '../watchdog';
import { isSpace, splitLines } from '../text';
import type { DocumentBody, DocumentFormat } from '../body';
import { readXml, type XmlElement } from '../xml';
import { readVlos } from './vlos';
import { readHandelingen } from './handelingen';
import { motionDocumentRoot, readMotionRoot } from './motion-document';
import { looksLikePdf, readPdfText } from './pdf';

export const READ_FORMATS =
	'plain text (UTF-8, UTF-16, Windows-1252), PDF with a text layer, VLOS XML, Handelingen XML and motion documents (kst XML)';

/** Magic numbers of files that are certainly no document of the Kamer. */
const REFUSED: [string, (b: Uint8Array) => boolean][] = [
	['a PNG image', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
	['a JPEG image', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
	['a GIF image', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
	[
		'a TIFF image',
		(b) =>
			(b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) ||
			(b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00)
	],
	[
		'a zip archive (or an Office file)',
		(b) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05)
	],
	['a gzip archive', (b) => b[0] === 0x1f && b[1] === 0x8b],
	['a 7-Zip archive', (b) => b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf],
	['an RAR archive', (b) => b[0] === 0x52 && b[1] === 0x61 && b[2] === 0x72 && b[3] === 0x21],
	[
		'an old Word/Excel file',
		(b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0
	]
];

function refuse(what: string, file: string | null): never {
	throw new DocumentError(
		`${what} is not a format Motiemonitor reads; it reads ${READ_FORMATS}`,
		file
	);
}

/**
 * The root element's name, sniffed from the head of an XML text (after the declaration, comments
 * and a doctype) so that the one reader that fits parses the document once, with a real parser.
 */
function rootName(head: string): string | null {
	const at = prologEnd(head, 0, new Map());
	const m = at === null ? null : ROOT_AT.exec(head.slice(at));
	return m ? m[1]!.replace(/^.*:/, '') : null;
}

const ROOT_AT = /^<([A-Za-z_][\w.:-]*)/;

/**
 * Where the root element starts after the prolog from `at`: what the pattern
 * /^(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>]*>\s*)*(?=<[A-Za-z_])/ finds, in the order its
 * backtracking tries (a processing instruction or comment ends at its first closing, else at a
 * later one). The pattern itself takes exponential time on a head of many "<?x?>"; this search
 * tries each position once (`tried` holds the positions that lead nowhere). Null when none.
 */
function prologEnd(head: string, at: number, tried: Map<number, number | null>): number | null {
	const known = tried.get(at);
	if (known !== undefined) return known;
	let found: number | null = null;
	const next = (close: string, from: number) => {
		for (
			let q = head.indexOf(close, from);
			q >= 0 && found === null;
			q = head.indexOf(close, q + 1)
		)
			found = prologEnd(head, skipSpace(head, q + close.length), tried);
	};
	if (head.startsWith('<?', at)) next('?>', at + 2);
	else if (head.startsWith('<!--', at)) next('-->', at + 4);
	else if (head.startsWith('<!DOCTYPE', at)) {
		const q = head.indexOf('>', at + 9);
		if (q >= 0) found = prologEnd(head, skipSpace(head, q + 1), tried);
	} else if (ROOT_AT.test(head.slice(at))) found = at;
	tried.set(at, found);
	return found;
}

function skipSpace(text: string, at: number): number {
	while (at < text.length && isSpace(text.charCodeAt(at))) at++;
	return at;
}

/** The format of a document's text (already decoded); refuses XML and HTML of any other kind. */
export function formatOfText(
	text: string,
	file: string | null = null
): Exclude<DocumentFormat, 'pdf'> {
	return detectFormat(text, file).format;
}

/** The format, and for a motion document its parsed root (detection had to parse it). */
function detectFormat(
	text: string,
	file: string | null
): { format: Exclude<DocumentFormat, 'pdf'>; motion: XmlElement | null } {
	const junk = LEADING_JUNK.exec(text);
	const from = junk ? junk[0].length : 0;
	const head = text.slice(from, from + 4000);
	if (!head.startsWith('<')) return { format: 'text', motion: null };
	if (/^<(?:!doctype\s+html|html)\b/i.test(head)) refuse('an HTML page', file);
	const root = rootName(head);
	if (root === 'vlosCoreDocument') return { format: 'vlos', motion: null };
	if (root === 'officiele-publicatie') {
		if (/<handelingen[\s>]/.test(text)) return { format: 'handelingen', motion: null };
		const motion = motionDocumentRoot(text);
		if (motion) return { format: 'motion', motion };
		refuse('an officiële publicatie that is neither Handelingen nor a motion', file);
	}
	// Not one of ours: parse it anyway, so that broken XML is reported as broken, with its line.
	readXml(text, file);
	return refuse(`an XML document of another kind (root element <${root ?? '?'}>)`, file);
}

const LEADING_JUNK = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\s)+/;

/** Read a document's bytes in whatever form the Kamer publishes it into the neutral body. */
export async function readBytes(
	bytes: Uint8Array,
	file: string | null = null,
	timeLimitMs = PARSE_TIME_LIMIT_MS
): Promise<DocumentBody> {
	if (bytes.length === 0)
		throw new DocumentError('the file is empty: there is no document to read', file);
	if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(bytes.length, file);
	for (const [what, test] of REFUSED) if (test(bytes)) refuse(what, file);
	if (looksLikePdf(bytes)) {
		const body = readText(await readPdfText(bytes, file));
		return { ...body, meta: { ...body.meta, format: 'pdf' } };
	}
	const decoded = decodeWithWarnings(bytes, file);
	const body = withTimeLimit(timeLimitMs, file, () => readTextDocument(decoded.text, file));
	return decoded.warnings.length
		? { ...body, warnings: [...decoded.warnings, ...body.warnings] }
		: body;
}

function tooLarge(size: number, file: string | null): DocumentError {
	return new DocumentError(
		`the document is ${megabytes(size)}; documents up to ${megabytes(MAX_DOCUMENT_BYTES)} are read (split it, or leave it out)`,
		file
	);
}

/** A decoded document: plain text, or one of the XML forms. */
export function readTextDocument(text: string, file: string | null = null): DocumentBody {
	// A character is at least a byte: a text longer than the limit in characters is over it in bytes.
	if (text.length > MAX_DOCUMENT_BYTES) throw tooLarge(text.length, file);
	const { format, motion } = detectFormat(text, file);
	switch (format) {
		case 'vlos':
			return readVlos(text, file);
		case 'handelingen':
			return readHandelingen(text, file);
		case 'motion':
			return readMotionRoot(motion!, file);
		default:
			return readText(text);
	}
}

/** Plain text (as extracted from a PDF): the lines; turns are read from them by extraction. */
export function readText(text: string): DocumentBody {
	return {
		meta: { kind: null, title: null, date: null, format: 'text', interim: false },
		lines: splitLines(text),
		turns: null,
		sections: [],
		motion: null,
		warnings: []
	};
}
