import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { debateSummaries } from '$lib/server/queries/debates';
import { parseListOptions } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const { page, perPage } = parseListOptions(url.searchParams);
	return { list: debateSummaries(getDb(), { page, perPage }) };
};
