import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import { bootstrap } from '$lib/server/bootstrap';
import { httpCache } from '$lib/server/http-cache';
import { keepWarm } from '$lib/server/warm';
import { securityHeaders } from '$lib/server/security-headers';
import { printable } from '$lib/printable';
import { SLOT_ATTRIBUTE } from '$lib/document-window';
import { authenticate } from '$lib/server/auth/guard';

/** A progress bar on the console while the first start imports the registry snapshot. */
function progress(done: number, total: number) {
	const step = Math.max(1, Math.floor(total / 20));
	if (done % step !== 0 && done !== total) return;
	const width = 30;
	const filled = Math.round((done / total) * width);
	console.log(
		`Motiemonitor: registry snapshot [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} moties`
	);
}

export const init: ServerInit = async () => {
	// Start-up writes (the registries, a first import) wait for an importer's lock (busy_timeout);
	// should they fail even so, the server serves what the database holds rather than die.
	try {
		const summary = await bootstrap(getDb(), { onProgress: progress });
		if (summary) {
			if (summary.registry)
				console.log(
					`Motiemonitor: imported the registry snapshot (${summary.registry.registryAdded} motions, ${summary.registry.warnings.length} records left out with a warning)`
				);
			const stored = summary.reports.length;
			console.log(
				`Motiemonitor: imported the sample data (${stored} documents, ${summary.refused.length} refused)`
			);
			for (const r of summary.refused)
				console.error(`  refused ${printable(r.file)}: ${printable(r.message)}`);
		}
	} catch (e) {
		console.error(
			`Motiemonitor: the start-up import did not finish (${printable((e as Error).message)}); serving the data the database holds. Restart the server to try again.`
		);
	}
	// Listening does not wait for this: the aggregates are computed between the first requests.
	keepWarm(getDb());
};

/**
 * A document page's text goes into its HTML here, into the placeholder the page renders, so that
 * it is sent once: as HTML, and not again in the page's data for hydration.
 */
const documentText: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const text = event.locals.documentText;
			if (!text) return html;
			const slot = `${SLOT_ATTRIBUTE}="${text.slot}">`;
			const at = html.indexOf(slot);
			if (at < 0) return html;
			const end = at + slot.length;
			// data-rendered: the window the element holds (the browser asks for no other copy).
			return `${html.slice(0, end - 1)} data-rendered="${text.slot}">${text.html}${html.slice(end)}`;
		}
	});

// The security headers outermost: a page served again from the cache carries them too.
export const handle: Handle = sequence(securityHeaders, authenticate, httpCache, documentText);
