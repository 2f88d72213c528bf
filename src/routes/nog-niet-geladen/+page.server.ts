import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notLoadedMotions, unresolvedReferences } from '$lib/server/queries/documents';

export const load: PageServerLoad = () => {
	const db = getDb();
	return { motions: notLoadedMotions(db), unresolved: unresolvedReferences(db) };
};
