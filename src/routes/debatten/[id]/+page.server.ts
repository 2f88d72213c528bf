import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { cabinetMemberIdsByName } from '$lib/server/queries/cabinet';
import { debateById } from '$lib/server/queries/debates';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import {
	verdictsByFraction,
	verdictsByMinister,
	verdictsByVerdict
} from '$lib/server/queries/stats';
import { EMPTY_FILTERS, parseFilters, parseListOptions } from '$lib/filters';

const PER_PAGE = 100;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : null;
	const debate = id === null ? null : debateById(db, id);
	if (id === null || !debate) error(404, `Er is geen debat met nummer ${params.id}.`);

	const { signers } = parseFilters(url.searchParams);
	const filters = { ...EMPTY_FILTERS, debate: id };
	const total = countMotions(db, filters);
	const pages = Math.max(1, Math.ceil(total / PER_PAGE));
	const page = Math.min(parseListOptions(url.searchParams).page, pages);
	return {
		debate,
		signers,
		total,
		page,
		pages,
		motions: listMotions(db, filters, { sort: 'id', dir: 'asc', page, perPage: PER_PAGE }),
		verdicts: verdictsByVerdict(db, filters),
		byFraction: verdictsByFraction(db, { ...filters, signers }),
		byMinister: verdictsByMinister(db, filters),
		ministerIds: cabinetMemberIdsByName(db)
	};
};
