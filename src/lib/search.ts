// The search box's language, shared by the server (the FTS5 query) and the page (what to mark):
// words must all occur, "a phrase" in that order, OR between alternatives, word* for a prefix.
// Letters are compared without accents, as the index does (remove_diacritics).

export interface SearchTerms {
	/** The FTS5 MATCH expression, or null when nothing searchable was typed. */
	match: string | null;
	/** Each word or phrase, lower case without accents, prefix words ending in "*". */
	terms: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: what the index compares. */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchTerms(q: string | null | undefined): SearchTerms {
	const parts: string[] = [];
	const terms: string[] = [];
	let pendingOr = false;
	for (const m of (q ?? '').matchAll(/"([^"]*)"?|(\S+)/g)) {
		if (m[1] !== undefined) {
			const words = m[1].match(WORD);
			if (!words) continue;
			if (pendingOr && parts.length) parts.push('OR');
			pendingOr = false;
			parts.push(`"${words.join(' ')}"`);
			terms.push(fold(words.join(' ')));
			continue;
		}
		const token = m[2]!;
		if (token === 'OR' || token === 'OF') {
			pendingOr = true;
			continue;
		}
		const prefix = token.endsWith('*');
		const words = token.match(WORD);
		if (!words) continue;
		if (pendingOr && parts.length) parts.push('OR');
		pendingOr = false;
		// "36045-233" or "Yeşilgöz-Zegerius": the words in that order.
		const phrase = words.join(' ');
		parts.push(`"${phrase}"${prefix ? '*' : ''}`);
		terms.push(fold(phrase) + (prefix ? '*' : ''));
	}
	return { match: parts.length ? parts.join(' ') : null, terms };
}

export interface Segment {
	text: string;
	hit: boolean;
}

/** The text cut into pieces, the pieces the terms match marked as hits (for <mark>). */
export function highlight(text: string, terms: string[]): Segment[] {
	if (!terms.length || !text) return [{ text, hit: false }];
	const folded = fold(text);
	// fold() keeps one character per character of NFC text in nearly every case; where it does not,
	// nothing is marked rather than the wrong letters.
	if (folded.length !== text.length) return [{ text, hit: false }];
	const hits: [number, number][] = [];
	for (const term of terms) {
		const prefix = term.endsWith('*');
		const words = (prefix ? term.slice(0, -1) : term).split(' ').map(escapeRegExp);
		const pattern = new RegExp(
			`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}${prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`,
			'gu'
		);
		for (const m of folded.matchAll(pattern)) hits.push([m.index, m.index + m[0].length]);
	}
	if (!hits.length) return [{ text, hit: false }];
	hits.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let at = 0;
	for (const [from, to] of hits) {
		if (from < at) continue;
		if (from > at) segments.push({ text: text.slice(at, from), hit: false });
		segments.push({ text: text.slice(from, to), hit: true });
		at = to;
	}
	if (at < text.length) segments.push({ text: text.slice(at), hit: false });
	return segments;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A motion as people write it: "36045-233", "36045 nr. 233", "kst-36045-233", "36600-VII-12". */
export function motionIdIn(q: string): string | null {
	const m =
		/^\s*(?:kst-)?(\d{5}(?:-[0-9]*[A-Z]+[0-9]*|-\d{1,3}(?=[- ]))?)(?:\s*,?\s*(?:nr\.?|nummer)?\s*|-)(\d{1,4})\s*$/i.exec(
			q
		);
	return m ? `${m[1]!.toUpperCase()}-${m[2]}` : null;
}

/** A dossier number alone: "36045", "36600-VII". */
export function dossierIn(q: string): string | null {
	const m = /^\s*(\d{5}(?:-[A-Z]+)?)\s*$/i.exec(q);
	return m ? m[1]!.toUpperCase() : null;
}
