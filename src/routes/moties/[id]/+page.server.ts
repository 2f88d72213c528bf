import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { motionPage } from '$lib/server/queries/motion';
import { motionClerkData } from '$lib/server/queries/clerks';
import { requireUser } from '$lib/server/auth/guard';
import { applyCorrection, CorrectionError } from '$lib/server/clerks/corrections';
import { CORRECTION_FIELDS, type CorrectionField } from '$lib/server/db/schema';

export const load: PageServerLoad = ({ params, locals }) => {
	const id = params.id.trim();
	const page = /^[\w.-]{1,40}$/.test(id) ? motionPage(getDb(), id) : null;
	if (!page) error(404, `Motie ${id.slice(0, 40)} niet gevonden`);
	return { ...page, clerk: motionClerkData(getDb(), page.motion.id), signedIn: !!locals.user };
};

export const actions: Actions = {
	correct: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const field = String(form.get('field') ?? '') as CorrectionField;
		if (!CORRECTION_FIELDS.includes(field)) return fail(400, { message: 'Kies wat u corrigeert.' });
		const position = form.get('position');
		try {
			applyCorrection(getDb(), user.id, {
				motionId: event.params.id.trim(),
				field,
				position: position === null || position === '' ? null : Number(position),
				value: String(form.get('value') ?? ''),
				reason: String(form.get('reason') ?? '')
			});
		} catch (e) {
			if (e instanceof CorrectionError) return fail(400, { message: e.message });
			throw e;
		}
		return { saved: true };
	}
};
