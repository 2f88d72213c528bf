// The queries a request runs (not the aggregates, which are cached per data version) must each be
// bounded by an index: no plan may scan the whole motions, motion_signers or appraisals table.
// Plans are taken on the default data (the registry snapshot and the sample documents) with the
// statistics of ANALYZE scaled to the whole Kamer (100,000 motions, 270,000 signatures, 100,000
// appraisals): at 8,000 motions and 60 appraisals some tables are small enough that SQLite would
// rightly scan them, which says nothing about the real size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { tempDb, type TempDb } from '../helpers/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { countMotions, listMotions } from '../../src/lib/server/queries/motions';
import { motionPage } from '../../src/lib/server/queries/motion';
import { documentPage } from '../../src/lib/server/queries/documents';
import {
	coSigningFractions,
	fractionByName,
	fractionMembers
} from '../../src/lib/server/queries/fractions';
import { personById, signingCountsOf } from '../../src/lib/server/queries/members';
import { verdictsByMinister, verdictsByVerdict } from '../../src/lib/server/queries/stats';
import { changesSince, defaultSinceDay } from '../../src/lib/server/queries/changes';
import { EMPTY_FILTERS, type ListOptions, type MotionFilters } from '../../src/lib/filters';
import { openDatabase, type Db } from '../../src/lib/server/db';

/** The big tables: a scan of any of these grows with the whole Kamer. */
const BIG = new Set(['motions', 'motion_signers', 'appraisals', 'registry_motions']);

let t: TempDb;
let db: Db;
let memberId: number;
let debateId: number;
let documentId: number;
let votedMotion: string;
beforeAll(async () => {
	t = tempDb();
	await bootstrap(t.db, {});
	t.db.$client.exec('analyze');
	scaleStatistics(t.db);
	t.db.$client.close();
	db = openDatabase(t.path);
	const any = (q: string) => (db.$client.prepare(q).get() as { id: number }).id;
	memberId = any(`select person_id as id from motion_signers where position = 0
		group by person_id order by count(*) desc limit 1`);
	debateId = any(`select debate_id as id from motions where debate_id is not null limit 1`);
	documentId = any(`select document_id as id from debates limit 1`);
	votedMotion = (
		db.$client.prepare(`select motion_id as id from votes where complete = 1 limit 1`).get() as {
			id: string;
		}
	).id;
}, 120_000);
afterAll(() => {
	db.$client.close();
	rmSync(t.dir, { recursive: true, force: true });
});

/** The whole Kamer: rows per big table. */
const SCALE: Record<string, number> = {
	motions: 100_000,
	motion_signers: 270_000,
	appraisals: 100_000,
	registry_motions: 100_000
};

/**
 * Multiply a big table's statistics (rows, and rows per key where a key repeats) up to its size at
 * national scale, keeping the proportions the real data has. A connection opened afterwards plans
 * with them.
 */
function scaleStatistics(db: Db) {
	const rows = db.$client.prepare('select tbl, idx, stat from sqlite_stat1').all() as {
		tbl: string;
		idx: string | null;
		stat: string;
	}[];
	const update = db.$client.prepare('update sqlite_stat1 set stat = ? where tbl = ? and idx is ?');
	for (const r of rows) {
		const target = SCALE[r.tbl];
		if (!target) continue;
		const [count, ...perKey] = r.stat.split(' ');
		const factor = target / Math.max(1, Number(count));
		const scaled = perKey.map((n) =>
			/^\d+$/.test(n) && n !== '1' ? String(Math.round(Number(n) * factor)) : n
		);
		update.run([String(target), ...scaled].join(' '), r.tbl, r.idx);
	}
	for (const tbl of Object.keys(SCALE))
		if (!rows.some((r) => r.tbl === tbl))
			db.$client
				.prepare('insert into sqlite_stat1 (tbl, idx, stat) values (?, null, ?)')
				.run(tbl, String(SCALE[tbl]));
}

interface Plan {
	sql: string;
	steps: string[];
}

/** Every statement `run` prepares, with its plan for the parameters it was run with. */
function plansOf(db: Db, run: () => unknown): Plan[] {
	const client = db.$client;
	const prepare = client.prepare.bind(client);
	const seen: { sql: string; params: unknown[] }[] = [];
	client.prepare = ((source: string) => {
		const statement = prepare(source);
		for (const method of ['all', 'get', 'run', 'iterate'] as const) {
			const original = statement[method].bind(statement) as (...a: unknown[]) => unknown;
			(statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
				seen.push({ sql: source, params });
				return original(...params);
			};
		}
		return statement;
	}) as Database.Database['prepare'];
	// A fresh data version, so that cached queries run rather than answer from memory.
	client.exec(`insert into sync_cursors values ('plan-test', '{}', 'now');
		delete from sync_cursors where entity = 'plan-test'`);
	try {
		run();
	} finally {
		client.prepare = prepare;
	}
	return seen
		.filter((s) => /^\s*(select|with)\b/i.test(s.sql))
		.map((s) => ({
			sql: s.sql,
			steps: (
				prepare(`explain query plan ${s.sql}`).all(...(s.params as never[])) as { detail: string }[]
			).map((r) => r.detail)
		}));
}

/** The aliases a statement gives the big tables: "from motions m" → m. */
function bigAliases(sql: string): Set<string> {
	const out = new Set<string>();
	for (const m of sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?(\w+))?/gi)) {
		const table = m[1]!.toLowerCase();
		if (!BIG.has(table)) continue;
		out.add(table);
		const alias = m[2]?.toLowerCase();
		if (
			alias &&
			!['on', 'where', 'join', 'left', 'inner', 'group', 'order', 'limit'].includes(alias)
		)
			out.add(alias);
	}
	return out;
}

/** Plan steps that read a big table whole: "SCAN m", not "SCAN m USING INDEX …" or "SEARCH m …". */
function fullScans(plans: Plan[]): string[] {
	const out: string[] = [];
	for (const p of plans) {
		const aliases = bigAliases(p.sql);
		for (const step of p.steps) {
			const scan = /^SCAN (\w+)(.*)$/.exec(step);
			if (!scan || /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(scan[2]!)) continue;
			if (aliases.has(scan[1]!.toLowerCase()))
				out.push(`${step}\n    in: ${p.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
		}
	}
	return out;
}

const page = (o: Partial<ListOptions> = {}): ListOptions => ({
	sort: 'date',
	dir: 'desc',
	page: 1,
	perPage: 50,
	...o
});

function listAndCount(f: Partial<MotionFilters>, o: Partial<ListOptions> = {}) {
	const filters = { ...EMPTY_FILTERS, ...f };
	return () => {
		countMotions(db, filters);
		listMotions(db, filters, page(o));
	};
}

describe('hot query plans use an index for the big tables', () => {
	it('the data is the default data, and a query without an index is caught', () => {
		expect(countMotions(db, EMPTY_FILTERS)).toBeGreaterThan(7000);
		const bad = plansOf(db, () =>
			db.$client
				.prepare('select count(*) from motion_signers s where s.name_as_written = ?')
				.get('Dobbe')
		);
		expect(fullScans(bad)).toHaveLength(1);
	});

	const cases: [string, () => () => unknown][] = [
		['the motion list, newest first', () => listAndCount({})],
		['a deep page of the list', () => listAndCount({}, { page: 100 })],
		[
			'the list past its tabled motions (the cited-only ones)',
			() => listAndCount({}, { page: 1000 })
		],
		['the list by id', () => listAndCount({}, { sort: 'id', dir: 'asc' })],
		['the list of one fraction', () => listAndCount({ fraction: 'SP' })],
		['the list of one member', () => listAndCount({ member: memberId })],
		['the list of one cabinet member', () => listAndCount({ minister: 'Brekelmans' })],
		['the list of one dossier', () => listAndCount({ dossier: '36045' })],
		[
			'the list of one debate',
			() => listAndCount({ debate: debateId }, { sort: 'id', dir: 'asc' })
		],
		['a search', () => listAndCount({ q: 'oekraine' })],
		['the list by status: adopted', () => listAndCount({ outcome: 'adopted' })],
		['the list by status: replaced', () => listAndCount({ outcome: 'replaced' })],
		['the list sorted by status', () => listAndCount({}, { sort: 'outcome', dir: 'asc' })],
		[
			'an advice-and-outcome cell: ontraden and adopted',
			() => listAndCount({ verdict: 'ontraden', outcome: 'adopted' })
		],
		[
			'an advice-and-outcome cell of a fraction: SP, all signers, rejected',
			() => listAndCount({ fraction: 'SP', signers: 'all', outcome: 'rejected' })
		],
		['a voted motion page', () => () => motionPage(db, votedMotion)],
		['a motion page', () => () => motionPage(db, '36045-230')],
		['a document page', () => () => documentPage(db, documentId)],
		[
			'a member page',
			() => () => {
				personById(db, memberId);
				signingCountsOf(db, memberId);
				const f = { ...EMPTY_FILTERS, member: memberId };
				verdictsByVerdict(db, f);
				verdictsByMinister(db, f);
			}
		],
		[
			'a fraction page',
			() => () => {
				const fraction = fractionByName(db, 'SP')!;
				coSigningFractions(db, fraction.id);
				fractionMembers(db, fraction.id);
			}
		],
		[
			'what is new since a week before the newest change (/nieuw)',
			() => () => changesSince(db, defaultSinceDay(db)!)
		],
		[
			'what is new since the first day (/nieuw?sinds=2023-01-01)',
			() => () => changesSince(db, '2023-01-01')
		],
		[
			'a debate page',
			() => () => {
				const f = { ...EMPTY_FILTERS, debate: debateId };
				verdictsByVerdict(db, f);
				verdictsByMinister(db, f);
			}
		]
	];
	for (const [name, make] of cases) {
		it(name, () => {
			const plans = plansOf(db, make());
			expect(plans.length).toBeGreaterThan(0);
			expect(fullScans(plans)).toEqual([]);
		});
	}
});
