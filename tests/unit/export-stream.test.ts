// The web exports stream their rows in runs from a connection of their own; what arrives is
// exactly the file the command line writes from memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { exportMotions } from '../../src/lib/server/queries/motions';
import { motionsToCsv, motionsToJson } from '../../src/lib/server/export';
import { motionsCsvStream, motionsJsonStream } from '../../src/lib/server/export-stream';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { DOCUMENTS } from '../helpers/paths';

let t: TempDb;
beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, { documentsDir: DOCUMENTS, snapshot: null });
});
afterAll(() => t.close());

/** The bytes as text, keeping the byte-order mark Excel needs (Response.text() would drop it). */
const text = async (stream: ReadableStream<Uint8Array>) =>
	new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
const order = { sort: 'id', dir: 'asc' } as const;

describe('streamed exports', () => {
	it('CSV in runs of 7 rows is the file written at once', async () => {
		const rows = exportMotions(t.db, EMPTY_FILTERS, order);
		expect(rows.length).toBe(23);
		const streamed = await text(motionsCsvStream(t.db, EMPTY_FILTERS, order, 7));
		expect(streamed).toBe(motionsToCsv(rows));
		expect(streamed).toContain('\r\n36045-216,36045,216,');
	});

	it('JSON in runs of 7 rows is the array written at once, and parses', async () => {
		const rows = exportMotions(t.db, EMPTY_FILTERS, order);
		const streamed = await text(motionsJsonStream(t.db, EMPTY_FILTERS, order, 7));
		expect(streamed).toBe(motionsToJson(rows));
		const parsed = JSON.parse(streamed) as { id: string }[];
		expect(parsed.map((m) => m.id)).toEqual(rows.map((r) => r.id));
	});

	it('an empty selection is a header alone and an empty array', async () => {
		const none = { ...EMPTY_FILTERS, dossier: '99999' };
		expect(await text(motionsCsvStream(t.db, none, order))).toBe(motionsToCsv([]));
		expect(await text(motionsJsonStream(t.db, none, order))).toBe('[]\n');
		expect(JSON.parse(motionsToJson([]))).toEqual([]);
	});

	it('a download stopped halfway closes its connection', async () => {
		const stream = motionsCsvStream(t.db, EMPTY_FILTERS, order, 5);
		const reader = stream.getReader();
		await reader.read();
		await reader.read();
		await reader.cancel();
		// The server's connection can write at once: no reader holds a snapshot open.
		t.db.$client.exec('pragma wal_checkpoint(truncate)');
		const [result] = t.db.$client.pragma('wal_checkpoint(truncate)') as { busy: number }[];
		expect(result?.busy).toBe(0);
	});
});
