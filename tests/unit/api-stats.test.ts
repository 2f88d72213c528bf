// /api/stats (and the overview's queries) on a database built from the bundled sample documents,
// against the gold totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEvent } from '@sveltejs/kit';
import { goldMotions } from '../helpers/paths';
import { getDb, openDatabase, type Db } from '../../src/lib/server/db';
import { bootstrap } from '../../src/lib/server/bootstrap';
import { stats } from '../../src/lib/server/queries/stats';
import { adviceOutcome } from '../../src/lib/server/queries/outcomes';
import {
	ministerPosts,
	overviewTotals,
	verdictsOverTime
} from '../../src/lib/server/queries/overview';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { postLabel } from '../../src/lib/cabinet';

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-stats-'));
const file = join(dir, 'stats.db');
let db: Db;
let GET: (event: RequestEvent) => Response | Promise<Response>;

async function getStats(query = ''): Promise<unknown> {
	const url = new URL(`http://localhost/api/stats${query}`);
	const response = await GET({ url } as unknown as RequestEvent);
	expect(response.status).toBe(200);
	return response.json();
}

beforeAll(async () => {
	// The handler uses the server's one connection (getDb), which opens DATABASE_URL on first use.
	process.env.DATABASE_URL = file;
	db = openDatabase(file);
	await bootstrap(db, { snapshot: null });
	({ GET } = (await import('../../src/routes/api/stats/+server')) as unknown as {
		GET: typeof GET;
	});
});

afterAll(() => {
	db.$client.close();
	getDb().$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('/api/stats on the sample data', () => {
	// Fields are added beside the gold file's, never renamed: the gold part stays exactly as it is.
	it('gives the gold totals without filters', async () => {
		const { adviceAndOutcome, ...totals } = (await getStats()) as Record<string, unknown>;
		expect(totals).toEqual(goldMotions().totals);
		expect(adviceAndOutcome).toEqual(adviceOutcome(db, EMPTY_FILTERS));
	});

	it('agrees with the stats() query it uses', async () => {
		const { adviceAndOutcome, ...totals } = (await getStats()) as Record<string, unknown>;
		expect(totals).toEqual(stats(db, EMPTY_FILTERS));
		// The sample documents alone: 20 tabled and 3 cited-only motions, none voted on.
		expect(adviceAndOutcome).toMatchObject({ motions: 23, withOutcome: 0, withoutOutcome: 23 });
	});

	it('applies the filters: fraction=SP', async () => {
		const sp = (await getStats('?fraction=SP')) as ReturnType<typeof stats>;
		expect(sp.byVerdict).toEqual({ oordeel_kamer: 0, ontraden: 4, overbodig: 0 });
		expect(sp.byFirstSignerParty).toEqual({ SP: { oordeel_kamer: 0, ontraden: 4 } });
	});

	it('ignores what makes no sense in the query string', async () => {
		const { adviceAndOutcome, ...totals } = (await getStats(
			'?from=gisteren&debate=abc&verdict=misschien&outcome=wellicht'
		)) as Record<string, unknown>;
		expect(totals).toEqual(goldMotions().totals);
		expect(adviceAndOutcome).toBeDefined();
	});
});

describe('the overview queries on the sample data', () => {
	it('counts tabled, unappraised and cited-only motions', () => {
		const byVerdict = stats(db, EMPTY_FILTERS).byVerdict;
		expect(overviewTotals(db, EMPTY_FILTERS, byVerdict)).toEqual({
			byVerdict: goldMotions().totals.byVerdict,
			tabled: 20,
			withoutAppraisal: 0,
			citedOnly: 3,
			conditional: 2
		});
	});

	it("gives each cabinet member the posts held on the debate's date", () => {
		const posts = ministerPosts(db, EMPTY_FILTERS);
		expect(Object.keys(posts).sort()).toEqual(Object.keys(goldMotions().totals.byMinister).sort());
		expect(postLabel(posts['Schoof']!.posts)).toBe(
			'minister-president, minister van Algemene Zaken'
		);
		// Brekelmans kept Buitenlandse Zaken going only until 5 September 2025.
		expect(postLabel(posts['Brekelmans']!.posts)).toBe('minister van Defensie');
	});

	it('shows verdicts by day while every motion falls in one month', () => {
		const overTime = verdictsOverTime(db, EMPTY_FILTERS);
		expect(overTime).toEqual({
			unit: 'day',
			data: { '2025-09-11': { oordeel_kamer: 9, ontraden: 11 } }
		});
	});

	it('shows verdicts by year when the months would be more than a chart can label', () => {
		// The twenty motions spread over twenty years, one a year.
		const ids = db.$client
			.prepare('select distinct motion_id from appraisals order by motion_id')
			.pluck()
			.all() as string[];
		expect(ids).toHaveLength(20);
		const setDate = db.$client.prepare('update motions set date = ? where id = ?');
		ids.forEach((id, i) => setDate.run(`${2005 + i}-03-15`, id));
		const byMonth = verdictsOverTime(db, EMPTY_FILTERS);
		expect(byMonth.unit).toBe('month');
		expect(Object.keys(byMonth.data)).toHaveLength(20);
		const byYear = verdictsOverTime(db, EMPTY_FILTERS, 12);
		expect(byYear.unit).toBe('year');
		expect(Object.keys(byYear.data)).toEqual(
			Array.from({ length: 20 }, (_, i) => String(2005 + i))
		);
		const total = Object.values(byYear.data).reduce(
			(n, c) => n + c.oordeel_kamer! + c.ontraden!,
			0
		);
		expect(total).toBe(20);
	});
});
