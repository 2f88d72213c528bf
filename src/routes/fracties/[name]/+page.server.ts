import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { cabinetMemberIdsByName } from '$lib/server/queries/cabinet';
import { coSigningFractions, fractionByName, fractionMembers } from '$lib/server/queries/fractions';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { verdictsByMinister, verdictsByVerdict } from '$lib/server/queries/stats';
import { outcomeCounts } from '$lib/server/queries/outcomes';
import { fractionVoting } from '$lib/server/queries/votes';
import { EMPTY_FILTERS, parseFilters, parseListOptions } from '$lib/filters';
import { pickGroups, topGroups } from '$lib/chart-groups';

const PER_PAGE = 50;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const fraction = fractionByName(db, params.name);
	if (!fraction) error(404, `Er is geen fractie met de naam “${params.name}”.`);
	if (fraction.name !== params.name)
		redirect(308, `/fracties/${encodeURIComponent(fraction.name)}${url.search}`);

	const { signers } = parseFilters(url.searchParams);
	const filters = { ...EMPTY_FILTERS, fraction: fraction.name, signers };
	const total = countMotions(db, filters);
	const pages = Math.max(1, Math.ceil(total / PER_PAGE));
	const page = Math.min(parseListOptions(url.searchParams).page, pages);
	const byMinister = topGroups(verdictsByMinister(db, filters));
	return {
		fraction,
		signers,
		total,
		page,
		pages,
		motions: listMotions(db, filters, { sort: 'date', dir: 'desc', page, perPage: PER_PAGE }),
		verdicts: verdictsByVerdict(db, filters),
		outcomes: outcomeCounts(db, filters),
		voting: fractionVoting(db, fraction.id),
		byMinister,
		ministerIds: pickGroups(cabinetMemberIdsByName(db), byMinister.data),
		coSigners: coSigningFractions(db, fraction.id),
		members: fractionMembers(db, fraction.id)
	};
};
