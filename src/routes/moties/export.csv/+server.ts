import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportMotions } from '$lib/server/queries/motions';
import { motionsToCsv } from '$lib/server/export';
import { parseFilters, parseListOptions } from '$lib/filters';

/** The motion list as filtered and sorted on /moties, every page, as a CSV file for Excel. */
export const GET: RequestHandler = ({ url }) => {
	const rows = exportMotions(
		getDb(),
		parseFilters(url.searchParams),
		parseListOptions(url.searchParams)
	);
	return new Response(motionsToCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="moties.csv"'
		}
	});
};
