// Progress of an import (rate, time left) and the ids an import run remembers between documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDb, type TempDb } from '../helpers/db';
import { DOCUMENTS } from '../helpers/paths';
import { join } from 'node:path';
import {
	describeProgress,
	formatDuration,
	progressMeter,
	type Progress
} from '../../src/lib/server/import/progress';
import { importFiles } from '../../src/lib/server/import/files';
import { KnownIds, syncRegistry, type FastIds } from '../../src/lib/server/import/registry';
import { loadRegistry } from '../../src/lib/server/registry';

describe('progress', () => {
	it('gives the pace so far and the time left at that pace', () => {
		let now = 1000;
		const meter = progressMeter(10, () => now);
		const before = meter.tick(0, 0);
		expect(before.motionsPerSecond).toBeNull();
		expect(before.secondsLeft).toBeNull();
		now += 2000;
		const p = meter.tick(4, 80);
		expect(p).toMatchObject({ done: 4, total: 10, motions: 80, elapsedMs: 2000 });
		expect(p.motionsPerSecond).toBe(40);
		expect(p.perSecond).toBe(2);
		expect(p.secondsLeft).toBe(3);
		expect(describeProgress(p)).toBe('40 moties/s, nog 3 s');
		now += 3000;
		expect(meter.tick(10, 200).secondsLeft).toBe(0);
	});

	it('counts documents while no motion is read (a re-import stops at the hash)', () => {
		const p: Progress = {
			done: 1500,
			total: 5000,
			motions: 0,
			elapsedMs: 1000,
			perSecond: 1500,
			motionsPerSecond: 0,
			secondsLeft: 2.3
		};
		expect(describeProgress(p)).toBe('1.500 documenten/s, nog 2 s');
		expect(describeProgress(p, 'records')).toBe('1.500 records/s, nog 2 s');
	});

	it('writes the time left as a person reads it', () => {
		expect(formatDuration(12.4)).toBe('12 s');
		expect(formatDuration(185)).toBe('3 min 05 s');
		expect(formatDuration(3720)).toBe('1 h 02 min');
	});
});

describe('importing files reports progress', () => {
	let t: TempDb;
	beforeEach(() => {
		t = tempDb();
	});
	afterEach(() => t.close());

	it('after each file: done of total and the motions read so far', async () => {
		const registry = loadRegistry();
		syncRegistry(t.db, registry);
		const files = [
			join(DOCUMENTS, '001_5a2fb29aceb06802.txt'),
			join(DOCUMENTS, '003_7e549dd78be9550f.txt')
		];
		const seen: [number, number, number][] = [];
		await importFiles(t.db, files, registry, {}, (done, _file, p) =>
			seen.push([done, p.total, p.motions])
		);
		expect(seen).toEqual([
			[1, 2, 0],
			[2, 2, 20]
		]);
	});
});

describe('the ids an import run remembers', () => {
	function counting(): FastIds & { calls: number } {
		let next = 1;
		const ids = {
			calls: 0,
			person: () => (ids.calls++, next++),
			fraction: () => (ids.calls++, next++)
		};
		return ids;
	}

	it('are handed on to the run only when the document commits', () => {
		const run = new KnownIds();
		const ids = counting();
		const failed = run.layer();
		const a = failed.over(ids).person('kamer:1', 'Ceder', 'D.G. Ceder');
		expect(failed.over(ids).person('kamer:1', 'Ceder', 'D.G. Ceder')).toBe(a);
		expect(ids.calls).toBe(1);
		// The document rolled back: its layer is dropped, so the next one asks the database again.
		const next = run.layer();
		const b = next.over(ids).person('kamer:1', 'Ceder', 'D.G. Ceder');
		expect(b).not.toBe(a);
		expect(ids.calls).toBe(2);
		next.commit();
		expect(run.layer().over(ids).person('kamer:1', 'Ceder', 'D.G. Ceder')).toBe(b);
		expect(ids.calls).toBe(2);
		const first = run.layer();
		const cda = first.over(ids).fraction('CDA');
		first.commit();
		expect(run.layer().over(ids).fraction('CDA')).toBe(cda);
		expect(ids.calls).toBe(3);
	});

	it('ask again when a name or full name changed', () => {
		const run = new KnownIds();
		const ids = counting();
		const layer = run.layer();
		layer.over(ids).person('kamer:1', 'Ceder', 'D.G. Ceder');
		layer.over(ids).person('kamer:1', 'Ceder', 'Don Ceder');
		expect(ids.calls).toBe(2);
	});
});
