import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportMotions } from '$lib/server/queries/motions';
import { motionsToJson } from '$lib/server/export';
import { parseFilters, parseListOptions } from '$lib/filters';

/** The motion list as filtered and sorted on /moties, every page, as a JSON file. */
export const GET: RequestHandler = ({ url }) => {
	const rows = exportMotions(
		getDb(),
		parseFilters(url.searchParams),
		parseListOptions(url.searchParams)
	);
	return new Response(motionsToJson(rows), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="moties.json"'
		}
	});
};
