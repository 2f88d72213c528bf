// Headers every answer carries, pages and API alike. The pages' Content-Security-Policy comes from
// kit.csp (svelte.config.js); answers without one (JSON, CSV, errors) get a policy that allows nothing.
import type { Handle } from '@sveltejs/kit';

export const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	// frame-ancestors for browsers that do not read it from the CSP.
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

/** The policy of an answer that is no page: nothing runs, nothing loads, nothing frames it. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

function withHeaders(response: Response): Response {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	// Not on a 304: a browser takes its headers over onto the page it kept, policy included.
	if (response.status !== 304 && !response.headers.has('content-security-policy'))
		response.headers.set('content-security-policy', NON_PAGE_CSP);
	return response;
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	try {
		return withHeaders(response);
	} catch {
		// Immutable headers (a response as fetch returns it): a copy takes them.
		return withHeaders(new Response(response.body, response));
	}
};
