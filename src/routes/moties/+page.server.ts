import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { filterOptions } from '$lib/server/queries/overview';
import { parseFilters, parseListOptions } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const filters = parseFilters(url.searchParams);
	const requested = parseListOptions(url.searchParams);
	const total = countMotions(db, filters);
	// A page past the end (an old link after the data changed) shows the last page, not nothing.
	const list = {
		...requested,
		page: Math.min(requested.page, Math.max(1, Math.ceil(total / requested.perPage)))
	};
	return {
		filters,
		list,
		total,
		motions: listMotions(db, filters, list),
		options: filterOptions(db)
	};
};
