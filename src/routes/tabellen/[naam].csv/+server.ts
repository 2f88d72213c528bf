import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { chartTable } from '$lib/server/chart-tables';
import { tableCsv } from '$lib/server/export';
import { isChartTable, CHART_TABLES } from '$lib/chart-tables';
import { parseFilters } from '$lib/filters';

/**
 * The table behind a chart, with the page's filters in the query string, as the CSV Dutch Excel
 * opens in columns: semicolons, UTF-8 with BOM, days as dd-mm-jjjj.
 */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isChartTable(params.naam))
		error(404, `Er is geen tabel “${params.naam}”; wel: ${CHART_TABLES.join(', ')}.`);
	const table = chartTable(getDb(), params.naam, parseFilters(url.searchParams));
	return new Response(tableCsv(table), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${params.naam}.csv"`
		}
	});
};
