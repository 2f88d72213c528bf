import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notLoadedMotions, unresolvedReferences } from '$lib/server/queries/documents';

/** Each list pages on its own: ?page=2 is the cited motions' second page, ?verwijzingen=2 the references'. */
const PER_PAGE = 50;

function pageOf(p: URLSearchParams, key: string): number {
	const v = p.get(key);
	return v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1;
}

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	return {
		motions: notLoadedMotions(db, { page: pageOf(url.searchParams, 'page'), perPage: PER_PAGE }),
		unresolved: unresolvedReferences(db, {
			page: pageOf(url.searchParams, 'verwijzingen'),
			perPage: PER_PAGE
		})
	};
};
