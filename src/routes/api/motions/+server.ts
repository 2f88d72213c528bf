import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { parseFilters, parseListOptions } from '$lib/filters';

/** The motion list as JSON, with the same filters, sorting and pagination as /moties. */
export const GET: RequestHandler = ({ url }) => {
	const db = getDb();
	const filters = parseFilters(url.searchParams);
	const options = parseListOptions(url.searchParams);
	return json({
		total: countMotions(db, filters),
		page: options.page,
		perPage: options.perPage,
		motions: listMotions(db, filters, options)
	});
};
