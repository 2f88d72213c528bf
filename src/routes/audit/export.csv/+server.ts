import { redirect } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { signInUrl } from '$lib/server/auth/guard';
import { auditFilters } from '$lib/server/clerks/audit';
import { auditLog } from '$lib/server/queries/clerks';

/** The audit log as CSV (UTF-8 with a BOM, so Excel opens it right). */
export const GET: RequestHandler = ({ locals, url }) => {
	if (!locals.user) redirect(303, signInUrl(url));
	const rows = auditLog(getDb(), auditFilters(url.searchParams), 1_000_000);
	const csv = stringify(
		rows.map((r) => [r.at, r.person, r.action, r.motionId ?? '', r.documentId ?? '', r.summary]),
		{ header: true, columns: ['wanneer', 'wie', 'wat', 'motie', 'document', 'omschrijving'] }
	);
	return new Response('\ufeff' + csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="motiemonitor-audit.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
