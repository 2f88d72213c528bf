import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { stats } from '$lib/server/queries/stats';
import { parseFilters } from '$lib/filters';

/** Verdict totals in the shape of the gold file's `totals`; the list's filters apply. */
export const GET: RequestHandler = ({ url }) =>
	json(stats(getDb(), parseFilters(url.searchParams)));
