import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { CSV_EXCEL_NL } from '$lib/server/export';
import { motionsCsvStream, RUN } from '$lib/server/export-stream';
import { parseFilters, parseListOptions } from '$lib/filters';

/**
 * The motion list as on /moties, every page, as the CSV Dutch Excel opens in columns: semicolons,
 * UTF-8 with BOM, dates as dd-mm-jjjj.
 */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		motionsCsvStream(
			getDb(),
			parseFilters(url.searchParams),
			parseListOptions(url.searchParams),
			RUN,
			CSV_EXCEL_NL
		),
		{
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="moties-excel.csv"'
			}
		}
	);
