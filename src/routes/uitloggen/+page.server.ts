import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE, signOut } from '$lib/server/auth/sessions';

export const load: PageServerLoad = ({ locals }) => ({ user: locals.user?.name ?? null });

export const actions: Actions = {
	default: ({ cookies }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) signOut(getDb(), token);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
