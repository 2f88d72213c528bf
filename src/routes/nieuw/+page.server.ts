import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { changesSince, defaultSinceDay, latestChangeDay } from '$lib/server/queries/changes';
import { isIsoDate } from '$lib/dates';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const asked: string | null = url.searchParams.get('sinds')?.trim() || null;
	// A day that is no day is said so on the page; the default week is shown meanwhile.
	const since = isIsoDate(asked) ? asked : defaultSinceDay(db);
	const invalid = asked !== null && since !== asked ? asked.slice(0, 40) : null;
	return {
		since,
		invalid,
		latest: latestChangeDay(db),
		changes: since ? changesSince(db, since) : null
	};
};
