import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { adviceOutcome } from '$lib/server/queries/outcomes';
import { parseFilters } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const filters = parseFilters(url.searchParams);
	return { filters, figures: adviceOutcome(getDb(), filters) };
};
