import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { documentPage } from '$lib/server/queries/documents';
import { lineWindow, renderWindow } from '$lib/server/document-text';
import { textSlot } from '$lib/document-window';

/** A line number from the query string, or null when it is missing or not a number. */
function lineParam(p: URLSearchParams, key: string): number | null {
	const v = p.get(key);
	return v && /^\d{1,7}$/.test(v) ? Number(v) : null;
}

export const load: PageServerLoad = ({ params, url, locals }) => {
	const db = getDb();
	const page = /^\d{1,9}$/.test(params.id) ? documentPage(db, Number(params.id)) : null;
	if (!page) error(404, `Document ${params.id} niet gevonden`);
	const last = page.document.lineCount;
	const q = url.searchParams;
	// ?regel=12 (a cited line), ?from=12&to=14 (a range), ?pagina=3 (a page of the text).
	const from = lineParam(q, 'from') ?? lineParam(q, 'regel');
	const to = lineParam(q, 'to') ?? from;
	let highlight: { from: number; to: number } | null = null;
	if (from !== null && to !== null) {
		const a = Math.min(Math.max(1, Math.min(from, to)), last);
		const b = Math.min(Math.max(1, Math.max(from, to)), last);
		highlight = { from: a, to: b };
	}
	const window = lineWindow(last, { line: highlight?.from, page: lineParam(q, 'pagina') });
	// The text goes into the page's HTML only, never into its data (see hooks.server.ts).
	const html = renderWindow(db, page.document.id, window, highlight, page.citedMotions);
	const slot = textSlot(page.document.id, window, highlight);
	if (html !== null) locals.documentText = { slot, html };
	// Where each reference stands served the rendering above; the page's list needs only the line.
	const citedMotions = page.citedMotions.map(({ span: _span, ...r }) => r);
	return { ...page, citedMotions, highlight, window };
};
