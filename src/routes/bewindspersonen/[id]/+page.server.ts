import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import {
	cabinetPostsOf,
	lettersSignedBy,
	ministerNameOf,
	postsAtAppraisalOf
} from '$lib/server/queries/cabinet';
import { membershipsOf, personById, signingCountsOf } from '$lib/server/queries/members';
import { countMotions, listMotions } from '$lib/server/queries/motions';
import { verdictsByFraction, verdictsByVerdict } from '$lib/server/queries/stats';
import { outcomeCounts } from '$lib/server/queries/outcomes';
import { EMPTY_FILTERS, parseListOptions } from '$lib/filters';

const PER_PAGE = 50;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : null;
	const person = id === null ? null : personById(db, id);
	if (id === null || !person) error(404, `Er is geen bewindspersoon met nummer ${params.id}.`);

	const posts = cabinetPostsOf(db, id);
	const ministerName = ministerNameOf(db, id);
	const letters = lettersSignedBy(db, id);
	if (!posts.length && !ministerName && !letters.length) {
		const counts = signingCountsOf(db, id);
		if (membershipsOf(db, id).length || counts.firstSigned + counts.coSigned > 0)
			redirect(307, `/kamerleden/${id}`);
		error(404, `${person.name} is geen bewindspersoon in het register.`);
	}

	// The appraisals name a member of the cabinet as the transcript does; filter on that name, so
	// the list, the totals and the chart select the same motions as /moties?minister=….
	const filters = ministerName ? { ...EMPTY_FILTERS, minister: ministerName } : null;
	const total = filters ? countMotions(db, filters) : 0;
	const pages = Math.max(1, Math.ceil(total / PER_PAGE));
	const page = Math.min(parseListOptions(url.searchParams).page, pages);
	return {
		person,
		ministerName,
		posts,
		postsAtAppraisal: postsAtAppraisalOf(db, id),
		letters,
		total,
		page,
		pages,
		motions: filters
			? listMotions(db, filters, { sort: 'date', dir: 'desc', page, perPage: PER_PAGE })
			: [],
		verdicts: filters ? verdictsByVerdict(db, filters) : {},
		outcomes: filters ? outcomeCounts(db, filters) : {},
		byFraction: filters ? verdictsByFraction(db, filters) : {}
	};
};
