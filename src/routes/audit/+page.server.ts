import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signInUrl } from '$lib/server/auth/guard';
import { auditFilters } from '$lib/server/clerks/audit';
import { auditLog, auditPeople } from '$lib/server/queries/clerks';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, signInUrl(url));
	const db = getDb();
	const filters = auditFilters(url.searchParams);
	return { filters, rows: auditLog(db, filters), people: auditPeople(db) };
};
