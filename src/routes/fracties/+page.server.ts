import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { fractionCount, fractionSummaries } from '$lib/server/queries/fractions';
import { verdictsByFraction } from '$lib/server/queries/stats';
import { EMPTY_FILTERS, parseFilters } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const { signers } = parseFilters(url.searchParams);
	return {
		fractions: fractionSummaries(db),
		registered: fractionCount(db),
		signers,
		byFraction: verdictsByFraction(db, { ...EMPTY_FILTERS, signers })
	};
};
