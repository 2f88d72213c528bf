import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	cabinetMemberSummaries,
	cabinetRegistry,
	registeredCabinetMemberCount
} from '$lib/server/queries/cabinet';
import { verdictsByMinister } from '$lib/server/queries/stats';
import { EMPTY_FILTERS } from '$lib/filters';
import { topGroups } from '$lib/chart-groups';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const everyone = url.searchParams.get('alle') === '1';
	return {
		everyone,
		members: cabinetMemberSummaries(db),
		registered: registeredCabinetMemberCount(db),
		registry: everyone ? cabinetRegistry(db) : [],
		byMinister: topGroups(verdictsByMinister(db, EMPTY_FILTERS))
	};
};
