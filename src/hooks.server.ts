import type { ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { bootstrap } from '$lib/server/bootstrap';

export const init: ServerInit = async () => {
	const summary = await bootstrap(getDb());
	if (summary) {
		const stored = summary.reports.length;
		console.log(
			`Motiemonitor: imported the sample data (${stored} documents, ${summary.refused.length} refused)`
		);
		for (const r of summary.refused) console.error(`  refused ${r.file}: ${r.message}`);
	}
};
