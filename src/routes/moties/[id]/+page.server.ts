import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { motionPage } from '$lib/server/queries/motion';

export const load: PageServerLoad = ({ params }) => {
	const id = params.id.trim();
	const page = /^[\w.-]{1,40}$/.test(id) ? motionPage(getDb(), id) : null;
	if (!page) error(404, `Motie ${id.slice(0, 40)} niet gevonden`);
	return page;
};
