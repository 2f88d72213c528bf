import type { LayoutServerLoad } from './$types';

/** Who is signed in (name and role only), for the menu. */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
});
