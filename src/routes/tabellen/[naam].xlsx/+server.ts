import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { chartTable } from '$lib/server/chart-tables';
import { tableXlsx } from '$lib/server/export-xlsx';
import { isChartTable, CHART_TABLES } from '$lib/chart-tables';
import { parseFilters } from '$lib/filters';

/** The table behind a chart, with the page's filters in the query string, as an Excel workbook. */
export const GET: RequestHandler = async ({ params, url }) => {
	if (!isChartTable(params.naam))
		error(404, `Er is geen tabel “${params.naam}”; wel: ${CHART_TABLES.join(', ')}.`);
	const table = chartTable(getDb(), params.naam, parseFilters(url.searchParams));
	return new Response(await tableXlsx(table), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${params.naam}.xlsx"`
		}
	});
};
