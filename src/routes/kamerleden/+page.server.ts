import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { memberSummaries, registeredMemberCount } from '$lib/server/queries/entities';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const everyone = url.searchParams.get('alle') === '1';
	return {
		everyone,
		members: memberSummaries(db, everyone),
		registered: registeredMemberCount(db)
	};
};
