import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { isSuggestKind, suggest, SUGGEST_KINDS } from '$lib/server/queries/suggest';

/** Suggestions for a filter as a person types: [{value, label, detail}], at most 20. */
export const GET: RequestHandler = ({ url, setHeaders }) => {
	const kind = url.searchParams.get('kind');
	if (!isSuggestKind(kind))
		error(400, `Onbekende soort “${kind ?? ''}”: kies uit ${SUGGEST_KINDS.join(', ')}.`);
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const limit = Number(url.searchParams.get('limit') ?? undefined);
	// Short-lived: the same letters typed again within a minute need no new query.
	setHeaders({ 'cache-control': 'max-age=60' });
	return json(suggest(getDb(), kind, q, Number.isNaN(limit) ? undefined : limit));
};
