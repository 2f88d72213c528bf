import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { motionsCsvStream } from '$lib/server/export-stream';
import { parseFilters, parseListOptions } from '$lib/filters';

/** The motion list as filtered and sorted on /moties, every page, as a CSV file for Excel, written as the rows are read. */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		motionsCsvStream(getDb(), parseFilters(url.searchParams), parseListOptions(url.searchParams)),
		{
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="moties.csv"'
			}
		}
	);
