import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	MEMBERS_PER_PAGE,
	memberSummaries,
	registeredMemberCount
} from '$lib/server/queries/members';
import { parseListOptions } from '$lib/filters';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const everyone = url.searchParams.get('alle') === '1';
	const { page, perPage } = parseListOptions(url.searchParams, MEMBERS_PER_PAGE);
	return {
		everyone,
		list: memberSummaries(db, { everyone, page, perPage }),
		registered: registeredMemberCount(db)
	};
};
