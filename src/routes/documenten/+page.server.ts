import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { documentKindCounts, listDocuments } from '$lib/server/queries/documents';
import { parseListOptions } from '$lib/filters';

const PER_PAGE = 50;

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const kinds = documentKindCounts(db);
	// Only a kind the database holds is a filter; anything else shows the default list.
	const asked = url.searchParams.get('soort');
	const kind = kinds.some((k) => k.kind === asked) ? asked : null;
	const { page } = parseListOptions(url.searchParams);
	return { kind, kinds, list: listDocuments(db, { kind, page, perPage: PER_PAGE }) };
};
