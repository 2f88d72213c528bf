import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { motionsFeed } from '$lib/server/atom';
import { recentEntries } from '$lib/server/queries/feed';
import { personById } from '$lib/server/queries/members';
import { filtersToParams, parseFilters, type MotionFilters } from '$lib/filters';

/** What a feed follows, in words: "fractie SP, dossier 36045". */
function describe(f: MotionFilters, member: string | null): string {
	const parts = [
		f.fraction && `fractie ${f.fraction}${f.signers === 'all' ? ' (alle indieners)' : ''}`,
		member && `Kamerlid ${member}`,
		f.minister && `bewindspersoon ${f.minister}`,
		f.dossier && `dossier ${f.dossier}`,
		f.q && `zoekterm “${f.q}”`,
		f.verdict && `appreciatie ${f.verdict}`,
		f.from && `vanaf ${f.from}`,
		f.to && `tot en met ${f.to}`
	].filter(Boolean);
	return parts.length ? parts.join(', ') : 'alle moties';
}

/**
 * The newest appraisals of the motions the list's filters select and the Kamer's decisions on
 * them, as an Atom feed: a fraction's
 * (?fraction=SP), a member's (?member=ID), a cabinet member's (?minister=NAME), a dossier's
 * (?dossier=36045) or any search's (?q=…).
 */
export const GET: RequestHandler = ({ url }) => {
	const db = getDb();
	const filters = parseFilters(url.searchParams);
	const member = filters.member !== null ? (personById(db, filters.member)?.name ?? null) : null;
	const query = filtersToParams(filters).toString();
	const suffix = query ? `?${query}` : '';
	const body = motionsFeed(recentEntries(db, filters), {
		self: `${url.origin}/moties/atom.xml${suffix}`,
		page: `${url.origin}/moties${suffix}`,
		title: `Motiemonitor — appreciaties en stemmingen: ${describe(filters, member)}`,
		origin: url.origin
	});
	return new Response(body, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
};
