// Start-up: the database migrated, the registries in, and the bundled sample data imported when
// the database holds no documents yet (so `npm start` on a fresh clone shows a full dashboard).
import { sql } from 'drizzle-orm';
import type { Db } from './db';
import { loadRegistry } from './registry';
import { syncRegistry } from './import/registry';
import { expandPaths, importFiles, type ImportSummary } from './import/files';

export const SAMPLE_DOCUMENTS = 'data/documents';

export async function bootstrap(
	db: Db,
	documentsDir = SAMPLE_DOCUMENTS
): Promise<ImportSummary | null> {
	const registry = loadRegistry();
	syncRegistry(db, registry);
	const count = db.get<{ n: number }>(sql`select count(*) as n from documents`)?.n ?? 0;
	if (count > 0) return null;
	const { files } = expandPaths([documentsDir]);
	return importFiles(db, files, registry);
}
