// A clerk's upload of the largest document allowed (just under 25 MB of transcript: the seed debate
// over and over, each copy in dossiers of its own), previewed and imported as the server does it,
// in a process of its own with the server's Node flags (tests/unit/server-memory.test.ts runs it).
// Prints what it read and the heap it needed; exits non-zero (or is killed by V8) when it does not fit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { MAX_UPLOAD_BYTES, previewUpload } from '../../src/lib/server/clerks/upload';
import { importFile } from '../../src/lib/server/import/document';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';
import { tempDb } from './db';
import { SHARED } from './paths';

const seed = readFileSync(join(SHARED, 'seeds', '003_7e549dd78be9550f.txt'), 'utf8');
const copies: string[] = [];
let size = 0;
for (let i = 0; ; i++) {
	const copy = seed
		.replace(/36045/g, String(50000 + 2 * i))
		.replace(/36046/g, String(50001 + 2 * i));
	const bytes = Buffer.byteLength(copy);
	if (size + bytes > MAX_UPLOAD_BYTES - 1024) break;
	copies.push(copy);
	size += bytes;
}
const bytes = new TextEncoder().encode(copies.join(''));
const t = tempDb();
try {
	syncRegistry(t.db, loadRegistry());
	const meta = { kind: 'debate' as const, title: 'Grootste upload', date: '2025-09-11' };
	const preview = await previewUpload(t.db, bytes, 'grootste.txt', meta);
	const report = await importFile(
		t.db,
		{ fileName: 'grootste.txt', bytes, ...meta },
		loadRegistry()
	);
	console.log(
		JSON.stringify({
			bytes: bytes.length,
			previewMotions: preview.parsed.motions.length,
			motionsAdded: report.motionsAdded,
			heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576),
			peakHeapMb: Math.round(getHeapStatistics().total_heap_size / 1048576)
		})
	);
} finally {
	t.close();
}
