import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { debateSummaries } from '$lib/server/queries/entities';

export const load: PageServerLoad = () => ({ debates: debateSummaries(getDb()) });
