import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { stats } from '$lib/server/queries/stats';
import { adviceOutcome } from '$lib/server/queries/outcomes';
import { parseFilters } from '$lib/filters';

/**
 * Verdict totals in the shape of the gold file's `totals` (fields are added, never renamed), with
 * the advice against the Kamer's decision beside them; the list's filters apply.
 */
export const GET: RequestHandler = ({ url }) => {
	const filters = parseFilters(url.searchParams);
	const db = getDb();
	return json({ ...stats(db, filters), adviceAndOutcome: adviceOutcome(db, filters) });
};
