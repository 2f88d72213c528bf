import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	verdictsByFraction,
	verdictsByMinister,
	verdictsByVerdict
} from '$lib/server/queries/stats';
import {
	coverage,
	filterOptions,
	ministerPosts,
	overviewTotals,
	verdictsOverTime
} from '$lib/server/queries/overview';
import { canonicalFilterParams } from '$lib/server/queries/suggest';
import { EMPTY_FILTERS, parseFilters } from '$lib/filters';
import { pickGroups, topGroups } from '$lib/chart-groups';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	// A debate typed by name (the form sent without JavaScript) becomes its id in the URL.
	const canonical = canonicalFilterParams(db, url.searchParams);
	if (canonical) redirect(303, `${url.pathname}?${canonical}`);
	const all = parseFilters(url.searchParams);
	// The overview offers only these filters; others in the URL would change the charts unseen.
	const { from, to, debate, dossier, minister, fraction, signers } = all;
	const filters = { ...EMPTY_FILTERS, from, to, debate, dossier, minister, fraction, signers };
	const byMinister = topGroups(verdictsByMinister(db, filters));
	return {
		filters,
		options: filterOptions(db, filters),
		totals: overviewTotals(db, filters, verdictsByVerdict(db, filters)),
		coverage: coverage(db, filters),
		byFraction: verdictsByFraction(db, filters),
		byMinister,
		ministers: pickGroups(ministerPosts(db, filters), byMinister.data),
		overTime: verdictsOverTime(db, filters)
	};
};
