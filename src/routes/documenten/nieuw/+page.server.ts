import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser, signInUrl } from '$lib/server/auth/guard';
import {
	cancelUpload,
	confirmUpload,
	holdUpload,
	parseMeta,
	pastedFile,
	previewSummary,
	previewUpload,
	sizeProblem,
	UploadError
} from '$lib/server/clerks/upload';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, signInUrl(url));
	return {};
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const file = form.get('file');
		const pasted = String(form.get('text') ?? '');
		try {
			const meta = parseMeta(form);
			let bytes: Uint8Array;
			let fileName: string;
			if (file instanceof File && file.name) {
				const problem = sizeProblem(file.size);
				if (problem) return fail(400, { message: `${file.name}: ${problem}` });
				bytes = new Uint8Array(await file.arrayBuffer());
				fileName = file.name.replace(/^.*[\\/]/, '').slice(0, 200);
			} else if (pasted.trim()) {
				({ bytes, fileName } = pastedFile(pasted));
			} else {
				return fail(400, { message: 'Kies een bestand of plak de tekst van een document.' });
			}
			const db = getDb();
			const preview = await previewUpload(db, bytes, fileName, meta);
			const token = holdUpload(db, user.sessionId, bytes, fileName, meta);
			return { preview: previewSummary(db, fileName, preview), token };
		} catch (e) {
			if (e instanceof UploadError) return fail(400, { message: e.message });
			throw e;
		}
	},
	confirm: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		try {
			const report = await confirmUpload(getDb(), user, String(form.get('token') ?? ''));
			return {
				imported: {
					fileName: report.fileName,
					documentId: report.documentId,
					outcome: report.outcome,
					motionsAdded: report.motionsAdded,
					motionsUpdated: report.motionsUpdated,
					conflicts: report.conflicts,
					reviewItems: report.reviewItems
				}
			};
		} catch (e) {
			if (e instanceof UploadError) return fail(400, { message: e.message });
			throw e;
		}
	},
	cancel: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		cancelUpload(getDb(), user.sessionId, String(form.get('token') ?? ''));
		return { cancelled: true };
	}
};
