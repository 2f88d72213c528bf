import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { documentPage } from '$lib/server/queries/documents';

/** A line number from the query string, or null when it is missing or not a number. */
function lineParam(p: URLSearchParams, key: string): number | null {
	const v = p.get(key);
	return v && /^\d{1,7}$/.test(v) ? Number(v) : null;
}

export const load: PageServerLoad = ({ params, url }) => {
	const page = /^\d{1,9}$/.test(params.id) ? documentPage(getDb(), Number(params.id)) : null;
	if (!page) error(404, `Document ${params.id} niet gevonden`);
	const last = page.document.lineCount;
	const from = lineParam(url.searchParams, 'from');
	const to = lineParam(url.searchParams, 'to') ?? from;
	let highlight: { from: number; to: number } | null = null;
	if (from !== null && to !== null) {
		const a = Math.min(Math.max(1, Math.min(from, to)), last);
		const b = Math.min(Math.max(1, Math.max(from, to)), last);
		highlight = { from: a, to: b };
	}
	return { ...page, highlight };
};
