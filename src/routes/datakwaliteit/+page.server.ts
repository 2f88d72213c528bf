import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	registryExtent,
	registryLacksVerdict,
	registryWithoutTranscript,
	signersWithoutFraction,
	slips,
	transcriptWithoutRegistry,
	unknownSigners,
	verdictAgreement,
	verdictDisagreements
} from '$lib/server/queries/quality';

/** Each list pages on its own: ?zonder=2 is page 2 of the registry motions without a transcript. */
const PAGE_PARAMS = {
	registryOnly: 'zonder',
	transcriptOnly: 'onbekend',
	slips: 'schrijfwijze',
	disagreements: 'verschil',
	registryLacks: 'zonder-oordeel',
	withoutFraction: 'fractie',
	unknownSigners: 'namen'
} as const;

function pageOf(p: URLSearchParams, key: string): number {
	const v = p.get(key);
	return v && /^\d{1,6}$/.test(v) ? Math.max(1, Number(v)) : 1;
}

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const req = (key: string, perPage = 25) => ({ page: pageOf(url.searchParams, key), perPage });
	return {
		params: PAGE_PARAMS,
		registry: registryExtent(db),
		agreement: verdictAgreement(db),
		registryOnly: registryWithoutTranscript(db, req(PAGE_PARAMS.registryOnly, 50)),
		transcriptOnly: transcriptWithoutRegistry(db, req(PAGE_PARAMS.transcriptOnly)),
		slips: slips(db, req(PAGE_PARAMS.slips)),
		disagreements: verdictDisagreements(db, req(PAGE_PARAMS.disagreements)),
		registryLacks: registryLacksVerdict(db, req(PAGE_PARAMS.registryLacks)),
		withoutFraction: signersWithoutFraction(db, req(PAGE_PARAMS.withoutFraction)),
		unknownSigners: unknownSigners(db, req(PAGE_PARAMS.unknownSigners))
	};
};
