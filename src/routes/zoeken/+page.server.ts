import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { dossierExists, findMotion, search } from '$lib/server/queries/search';
import { dossierIn, motionIdIn } from '$lib/search';

export const load: PageServerLoad = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	if (!q.trim()) return { q, results: null };
	const db = getDb();
	// A motion or a dossier typed as such is opened, not searched for.
	const id = motionIdIn(q);
	const motion = id ? findMotion(db, id) : null;
	if (motion) redirect(303, `/moties/${encodeURIComponent(motion)}`);
	const dossier = dossierIn(q);
	if (dossier && dossierExists(db, dossier))
		redirect(303, `/moties?dossier=${encodeURIComponent(dossier)}`);
	return { q, results: search(db, q) };
};
