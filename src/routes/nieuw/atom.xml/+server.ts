import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { atomFeed } from '$lib/server/atom';
import { changesEntries } from '$lib/server/changes-feed';
import { changesSince, defaultSinceDay } from '$lib/server/queries/changes';
import { isIsoDate } from '$lib/dates';

/** What /nieuw shows for ?sinds=YYYY-MM-DD (else the week before the newest change), as Atom. */
export const GET: RequestHandler = ({ url }) => {
	const db = getDb();
	const asked = url.searchParams.get('sinds');
	const since = isIsoDate(asked) ? asked : defaultSinceDay(db);
	const suffix = isIsoDate(asked) ? `?sinds=${asked}` : '';
	const entries = since ? changesEntries(changesSince(db, since), url.origin) : [];
	const body = atomFeed(entries, {
		self: `${url.origin}/nieuw/atom.xml${suffix}`,
		page: `${url.origin}/nieuw${suffix}`,
		title: `Motiemonitor — nieuw sinds ${since ?? 'het begin'}`,
		origin: url.origin
	});
	return new Response(body, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
};
