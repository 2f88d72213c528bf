import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDocuments } from '$lib/server/queries/documents';

export const load: PageServerLoad = () => ({ documents: listDocuments(getDb()) });
