import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { cabinetMemberIdsByName, cabinetPostsOf } from '$lib/server/queries/cabinet';
import { membershipsOf, personById, signingCountsOf } from '$lib/server/queries/members';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { verdictsByMinister, verdictsByVerdict } from '$lib/server/queries/stats';
import { outcomeCounts } from '$lib/server/queries/outcomes';
import { EMPTY_FILTERS, parseListOptions } from '$lib/filters';

const PER_PAGE = 50;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : null;
	const person = id === null ? null : personById(db, id);
	if (id === null || !person) error(404, `Er is geen Kamerlid met nummer ${params.id}.`);

	const memberships = membershipsOf(db, id);
	const counts = signingCountsOf(db, id);
	const posts = cabinetPostsOf(db, id);
	if (!memberships.length && counts.firstSigned + counts.coSigned === 0) {
		if (posts.length) redirect(307, `/bewindspersonen/${id}`);
		error(404, `${person.name} is geen Kamerlid in het register en ondertekende geen moties.`);
	}

	const filters = { ...EMPTY_FILTERS, member: id };
	const total = countMotions(db, filters);
	const pages = Math.max(1, Math.ceil(total / PER_PAGE));
	const page = Math.min(parseListOptions(url.searchParams).page, pages);
	return {
		person,
		memberships,
		counts,
		isCabinetMember: posts.length > 0,
		total,
		page,
		pages,
		motions: listMotions(db, filters, { sort: 'date', dir: 'desc', page, perPage: PER_PAGE }),
		verdicts: verdictsByVerdict(db, filters),
		outcomes: outcomeCounts(db, filters),
		byMinister: verdictsByMinister(db, filters),
		ministerIds: cabinetMemberIdsByName(db)
	};
};
