import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser, signInUrl } from '$lib/server/auth/guard';
import { conflictList, reviewList } from '$lib/server/queries/clerks';
import { decideReviewItem, ReviewError, settleConflict } from '$lib/server/clerks/review';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, signInUrl(url));
	const db = getDb();
	return {
		open: reviewList(db, 'open'),
		decided: reviewList(db, 'decided').slice(0, 50),
		conflicts: conflictList(db)
	};
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const decision = String(form.get('decision') ?? '');
		if (decision !== 'accept' && decision !== 'reject')
			return fail(400, { message: 'Kies: document volgen of correctie behouden.' });
		try {
			decideReviewItem(
				getDb(),
				user.id,
				Number(form.get('item')),
				decision,
				String(form.get('reason') ?? '')
			);
		} catch (e) {
			if (e instanceof ReviewError) return fail(400, { message: e.message });
			throw e;
		}
		return { saved: true };
	},
	settle: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		try {
			settleConflict(
				getDb(),
				user.id,
				Number(form.get('conflict')),
				Number(form.get('document')),
				String(form.get('reason') ?? '')
			);
		} catch (e) {
			if (e instanceof ReviewError) return fail(400, { message: e.message });
			throw e;
		}
		return { saved: true };
	}
};
