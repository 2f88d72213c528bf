import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE, signIn } from '$lib/server/auth/sessions';

/** Only a path on this site: never send a clerk elsewhere after signing in. */
function back(url: URL): string {
	const to = url.searchParams.get('terug') ?? '/';
	return to.startsWith('/') && !to.startsWith('//') ? to : '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
	return { user: locals.user?.name ?? null, terug: back(url) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const name = String(form.get('naam') ?? '').trim();
		const password = String(form.get('wachtwoord') ?? '');
		if (!name || !password) return fail(400, { name, message: 'Vul uw naam en wachtwoord in.' });
		const result = signIn(getDb(), name, password, getClientAddress());
		if (!result.ok) return fail(401, { name, message: result.message });
		cookies.set(SESSION_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: result.expiresAt
		});
		redirect(303, back(url));
	}
};
