// One window of a document's text as an HTML fragment: what a page reached by client-side
// navigation puts in place (the page's own HTML holds it when the page is loaded whole).
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { renderWindow, WINDOW_LINES } from '$lib/server/document-text';

const int = (v: string | null) => (v && /^\d{1,7}$/.test(v) ? Number(v) : null);

export const GET: RequestHandler = ({ params, url }) => {
	const q = url.searchParams;
	const from = int(q.get('van'));
	const to = int(q.get('tot'));
	if (!/^\d{1,9}$/.test(params.id) || from === null || to === null || to < from || from < 1)
		error(400, 'Geef ?van=…&tot=… (regelnummers)');
	const mark = /^(\d{1,7})-(\d{1,7})$/.exec(q.get('markeer') ?? '');
	const html = renderWindow(
		getDb(),
		Number(params.id),
		{ from, to: Math.min(to, from + WINDOW_LINES - 1) },
		mark ? { from: Number(mark[1]), to: Number(mark[2]) } : null
	);
	if (html === null) error(404, `Document ${params.id} niet gevonden`);
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
