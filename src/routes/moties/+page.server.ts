import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { filterOptions } from '$lib/server/queries/overview';
import { canonicalFilterParams } from '$lib/server/queries/suggest';
import { parseFilters, parseListOptions } from '$lib/filters';

const PAGE_ROWS = 50;

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	// A member or debate typed by name (the form sent without JavaScript) becomes its id in the URL.
	const canonical = canonicalFilterParams(db, url.searchParams);
	if (canonical) redirect(303, `${url.pathname}?${canonical}`);
	const filters = parseFilters(url.searchParams);
	const asked = parseListOptions(url.searchParams);
	// A page of HTML holds at most 50 motions (≈ 85 KB); longer lists are the exports and the API.
	const requested = { ...asked, perPage: Math.min(asked.perPage, PAGE_ROWS) };
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
		options: filterOptions(db, filters)
	};
};
