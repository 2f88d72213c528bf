// Reading is open to everyone; every request that could change something needs a signed-in clerk.
// The guard stands in front of every route, so a new form action or endpoint cannot forget it.
import { json, redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { SESSION_COOKIE, sessionUser } from './sessions';

/** Methods that only read. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes that take a write without a session: signing in is how one gets a session. */
export const OPEN_WRITE_ROUTES = new Set(['/inloggen']);

export const SIGN_IN = '/inloggen';

export function signInUrl(from: URL): string {
	const back = from.pathname + from.search;
	return back === '/' ? SIGN_IN : `${SIGN_IN}?terug=${encodeURIComponent(back)}`;
}

function refuse(event: RequestEvent): Response {
	const location = signInUrl(event.url);
	// A form action sent by use:enhance expects an action result; a redirect result sends the browser on.
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'redirect', status: 303, location }, { status: 401 });
	if ((event.request.headers.get('accept') ?? '').includes('text/html'))
		return new Response(null, { status: 303, headers: { location } });
	return json(
		{ message: 'Log eerst in: wijzigen mag alleen een ingelogde griffier.' },
		{ status: 401 }
	);
}

export const authenticate: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = token ? sessionUser(getDb(), token) : null;
	if (token && !event.locals.user) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	if (
		!SAFE_METHODS.has(event.request.method) &&
		!event.locals.user &&
		!OPEN_WRITE_ROUTES.has(event.route.id ?? '')
	)
		return refuse(event);
	const response = await resolve(event);
	// What a signed-in clerk sees is theirs: never kept by a browser or shared cache.
	if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
	return response;
};

/** In a form action or endpoint: the signed-in user, or a redirect to sign in. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const user = event.locals.user;
	if (!user) redirect(303, signInUrl(event.url));
	return user;
}
