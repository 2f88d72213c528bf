import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { motionsXlsxStream } from '$lib/server/export-xlsx';
import { parseFilters, parseListOptions } from '$lib/filters';

/** The motion list as filtered and sorted on /moties, every page, as an Excel workbook. */
export const GET: RequestHandler = ({ url }) =>
	new Response(
		motionsXlsxStream(getDb(), parseFilters(url.searchParams), parseListOptions(url.searchParams)),
		{
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': 'attachment; filename="moties.xlsx"'
			}
		}
	);
