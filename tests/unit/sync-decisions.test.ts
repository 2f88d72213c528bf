// The sync of the Kamer's vote decisions against the local stand-in serving the 218 real Besluit
// records: they land as the bundled file's import does, and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { importZaken, readSnapshot } from '../../src/lib/server/import/zaken';
import { REGISTRY_SNAPSHOT } from '../../src/lib/server/bootstrap';
import {
	DECISION_FILTER,
	syncDecisions,
	type DecisionSyncOptions
} from '../../src/lib/server/sync/decisions';
import { tempDb, type TempDb } from '../helpers/db';
import { startODataServer, storedRecords, type ODataTestServer } from '../helpers/odata-server';
import { ROOT } from '../helpers/paths';
import type { Db } from '../../src/lib/server/db';

let server: ODataTestServer;
let t: TempDb;
const registry = loadRegistry(join(ROOT, 'data'));

beforeAll(async () => {
	server = await startODataServer();
	t = tempDb();
	syncRegistry(t.db, registry);
	// Only the motions the decisions are about: the rest of the snapshot changes nothing here.
	const zaken = new Set(
		storedRecords('Besluit').flatMap((r) =>
			(
				(JSON.parse(r.raw.toString('utf8')) as { Agendapunt: { Zaak: { Id: string }[] } })
					.Agendapunt.Zaak ?? []
			).map((z) => z.Id)
		)
	);
	importZaken(
		t.db,
		readSnapshot(join(ROOT, REGISTRY_SNAPSHOT)).filter((e) => zaken.has(e.zaak.Id)),
		registry
	);
}, 120_000);
afterAll(async () => {
	t.close();
	await server.close();
});

const sync = (db: Db, options: DecisionSyncOptions = {}) =>
	syncDecisions(db, registry, {
		baseUrl: server.baseUrl,
		// The stand-in keeps the records as collected: the agenda item's Zaak, not the decision's own.
		expand: 'Agendapunt($expand=Zaak($select=Id,Nummer,Soort)),Stemming',
		clock: { now: () => 0, sleep: async () => {} },
		random: () => 0,
		...options
	});

describe('the decisions sync', () => {
	it('asks for the decisions on motions only', () => {
		expect(DECISION_FILTER).toBe(
			"BesluitSoort eq 'Stemmen - aangenomen' or BesluitSoort eq 'Stemmen - verworpen' or BesluitSoort eq 'Stemmen - gestaakt' or BesluitSoort eq 'Stemmen - aangehouden' or BesluitSoort eq 'Stemmen - ingetrokken'"
		);
	});

	it('brings the 218 decisions in as the bundled file does, then nothing new', async () => {
		const first = await sync(t.db);
		expect(first).toMatchObject({
			records: 218,
			added: 217,
			complete: 151,
			incomplete: 66,
			updated: 0
		});
		expect(first.warnings).toHaveLength(1);
		expect(t.db.$client.prepare('select count(*) as n from votes').get()).toEqual({ n: 217 });
		const again = await sync(t.db);
		expect(again).toMatchObject({ added: 0, updated: 0 });
		expect(t.db.$client.prepare('select count(*) as n from votes').get()).toEqual({ n: 217 });
	});
});
