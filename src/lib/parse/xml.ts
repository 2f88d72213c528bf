// XML as the Kamer publishes it, and as scrapers keep it: parsed with a real XML parser
// (@rgrove/parse-xml), after repairing the damage that occurs in the wild.
import { parseXml, XmlElement, XmlText, XmlCdata } from '@rgrove/parse-xml';
import { DocumentError } from './decode';
import type { ParseWarning } from './types';

export { XmlElement };

export interface RepairedXml {
	root: XmlElement;
	/** Text nodes were pretty-printed (each on its own indented line): spacing is tidied. */
	pretty: boolean;
	warnings: ParseWarning[];
}

/** Junk before the XML declaration: a BOM, a BOM that was itself double-encoded, blank lines. */
const LEADING_JUNK = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\s)+(?=<)/;
/** "Ã©" for "é", "Ã«" for "ë": UTF-8 bytes read as Latin-1 and encoded again. */
const MOJIBAKE = /[\u00C2\u00C3][\u0080-\u00BF]/;

/** Every character fits in one byte: the text can be UTF-8 that was read as Latin-1. */
function onlyLatin1(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
	return true;
}

/** Parse XML text, repairing a leading BOM and doubly encoded UTF-8, or throw a DocumentError. */
export function readXml(text: string, file: string | null = null): RepairedXml {
	const warnings: ParseWarning[] = [];
	let source = text;
	const junk = LEADING_JUNK.exec(source);
	if (junk && /[^\s\uFEFF]/.test(junk[0])) {
		warnings.push({
			line: 1,
			message: 'A double-encoded byte-order mark ("ï»¿") stood before the XML declaration; removed'
		});
	}
	if (junk) source = source.slice(junk[0].length);
	if (MOJIBAKE.test(source) && onlyLatin1(source)) {
		const repaired = Buffer.from(source, 'latin1').toString('utf8');
		if (!repaired.includes('\uFFFD')) {
			const count = source.match(new RegExp(MOJIBAKE.source, 'g'))?.length ?? 0;
			warnings.push({
				line: 1,
				message: `The text was doubly encoded UTF-8 ("Ã©" for "é", ${count} times); repaired`
			});
			source = repaired;
		}
	}
	let root: XmlElement | null;
	try {
		root = parseXml(source, { ignoreUndefinedEntities: true }).root;
	} catch (e) {
		const err = e as { message?: string; line?: number };
		throw new DocumentError(
			`the XML is not well-formed: ${String(err.message ?? e).split('\n')[0]}`,
			file,
			err.line ?? null
		);
	}
	if (!root) throw new DocumentError('the XML has no root element', file);
	return { root, pretty: /\n[ \t]+\S/.test(source.slice(0, 4000)), warnings };
}

/** The element's local name, without a namespace prefix. */
export const localName = (el: XmlElement) => el.name.replace(/^.*:/, '');

export function children(el: XmlElement, name?: string): XmlElement[] {
	return el.children.filter(
		(c): c is XmlElement => c instanceof XmlElement && (!name || localName(c) === name)
	);
}

export function child(el: XmlElement, name: string): XmlElement | null {
	return children(el, name)[0] ?? null;
}

/** The first descendant (depth first) with this name. */
export function find(el: XmlElement, name: string): XmlElement | null {
	for (const c of children(el)) {
		if (localName(c) === name) return c;
		const deeper = find(c, name);
		if (deeper) return deeper;
	}
	return null;
}

export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
	for (const c of children(el)) {
		if (localName(c) === name) out.push(c);
		findAll(c, name, out);
	}
	return out;
}

/**
 * An element's text as one line: white space collapsed. In pretty-printed XML every text node
 * sits on its own indented line, so "nr. (\n 34104\n )." is tidied to "nr. (34104).".
 */
export function textOf(
	el: XmlElement | null,
	pretty = false,
	skip?: (el: XmlElement) => boolean
): string {
	if (!el) return '';
	const pieces: string[] = [];
	const walk = (node: XmlElement) => {
		for (const c of node.children) {
			if (c instanceof XmlText || c instanceof XmlCdata) pieces.push(c.text);
			else if (c instanceof XmlElement && !(skip && skip(c))) walk(c);
		}
	};
	walk(el);
	return tidy(pieces.join(''), pretty);
}

export function tidy(text: string, pretty: boolean): string {
	let t = text.replace(/[\s\u00A0]+/g, ' ').trim();
	if (pretty) t = t.replace(/([(“‘]) /g, '$1').replace(/ ([)\],.;:!?”’])/g, '$1');
	return t;
}
