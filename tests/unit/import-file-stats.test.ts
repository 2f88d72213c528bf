// A folder imported again: files whose size and modification time are as when they were last read
// are not read (file_stats), files that changed are, and a file modified within two seconds of
// being read is never trusted by its time. --reread reads every file whatever its time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	copyFileSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths, importFiles } from '../../src/lib/server/import/files';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';
import { count, tempDb, type TempDb } from '../helpers/db';
import { SHARED } from '../helpers/paths';

const registry = loadRegistry();
let folder: string;
let t: TempDb;
const HOUR_AGO = new Date(Date.now() - 3600_000);

/** The same number of bytes, one letter changed: a file whose size says nothing of the change. */
function sameSizeEdit(file: string, from: string, to: string) {
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
	writeFileSync(file, text.replace(from, to));
}

const outcomes = (s: Awaited<ReturnType<typeof importFiles>>) =>
	Object.fromEntries(s.reports.map((r) => [r.fileName, r.outcome]));

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'motiemonitor-file-stats-'));
	for (const f of ['000_bf87490c51285b27.txt', '001_5a2fb29aceb06802.txt']) {
		copyFileSync(join(SHARED, 'seeds', f), join(folder, f));
		utimesSync(join(folder, f), HOUR_AGO, HOUR_AGO);
	}
	t = tempDb();
	syncRegistry(t.db, registry);
});

afterAll(() => {
	t?.close();
	rmSync(folder, { recursive: true, force: true });
});

describe('importing a folder again', () => {
	const files = () => expandPaths([folder]).files;
	const a = () => join(folder, '000_bf87490c51285b27.txt');
	const b = () => join(folder, '001_5a2fb29aceb06802.txt');

	it('records what each file held when it was read, not in a dry run', async () => {
		const dry = await importFiles(t.db, files(), registry, { dryRun: true });
		expect(dry.refused).toEqual([]);
		expect(count(t.db, 'select count(*) as n from file_stats')).toBe(0);
		const first = await importFiles(t.db, files(), registry);
		expect(Object.values(outcomes(first))).toEqual(['added', 'added']);
		const row = t.db.$client
			.prepare('select size, mtime_ns, sha256 from file_stats where path = ?')
			.get(a()) as { size: number; mtime_ns: string; sha256: string };
		expect(row.size).toBe(statSync(a()).size);
		expect(BigInt(row.mtime_ns)).toBe(statSync(a(), { bigint: true }).mtimeNs);
		const stored = t.db.$client
			.prepare('select sha256 from documents where file_name = ?')
			.pluck()
			.get('000_bf87490c51285b27.txt');
		expect(row.sha256).toBe(stored);
	});

	it('takes a file of the same size and time as unchanged without reading it; --reread reads it', async () => {
		// Edited in place with the old time put back: only reading the bytes shows the change.
		sameSizeEdit(a(), 'Oekraïne', 'OekraïnE');
		utimesSync(a(), HOUR_AGO, HOUR_AGO);
		const again = await importFiles(t.db, files(), registry);
		expect(outcomes(again)).toEqual({
			'000_bf87490c51285b27.txt': 'unchanged',
			'001_5a2fb29aceb06802.txt': 'unchanged'
		});
		const reread = await importFiles(t.db, files(), registry, { reread: true });
		expect(outcomes(reread)['000_bf87490c51285b27.txt']).not.toBe('unchanged');
		expect(outcomes(reread)['001_5a2fb29aceb06802.txt']).toBe('unchanged');
		expect(
			count(
				t.db,
				'select count(*) as n from documents where file_name = ?',
				'000_bf87490c51285b27.txt'
			)
		).toBe(2);
	});

	it('reads a file whose time changed', async () => {
		sameSizeEdit(b(), 'Oekraïne', 'OekraïnE');
		const later = new Date(HOUR_AGO.getTime() + 60_000);
		utimesSync(b(), later, later);
		const again = await importFiles(t.db, files(), registry);
		expect(outcomes(again)['001_5a2fb29aceb06802.txt']).not.toBe('unchanged');
		expect(outcomes(again)['000_bf87490c51285b27.txt']).toBe('unchanged');
	});

	it('never trusts the time of a file modified within two seconds of being read', async () => {
		// Written just now and imported at once: its time is too close to the read to vouch for it.
		sameSizeEdit(a(), 'OekraïnE', 'OekraïNE');
		const now = statSync(a()).mtime;
		const first = await importFiles(t.db, [a()], registry);
		expect(first.reports[0]!.outcome).not.toBe('unchanged');
		sameSizeEdit(a(), 'OekraïNE', 'OekrAïNE');
		utimesSync(a(), now, now);
		const again = await importFiles(t.db, [a()], registry);
		expect(again.reports[0]!.outcome).not.toBe('unchanged');
		expect(
			count(
				t.db,
				'select count(*) as n from documents where file_name = ?',
				'000_bf87490c51285b27.txt'
			)
		).toBe(4);
	});
});
