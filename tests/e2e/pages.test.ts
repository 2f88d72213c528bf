// Pages that stay small: the list pages weigh well under 150 KB with the whole registry snapshot,
// the filters that grow with the data are typed with suggestions, and the debate list is paged.
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVE } from '../helpers/paths';

const READY = { waitUntil: 'networkidle' } as const;
/** The limit the issue sets at 100,000 motions; with the 7,913 of the snapshot a page is far below it. */
const LIMIT = 150 * 1024;

test("no page at the default data is over 150 KB but a document's full text: every fraction, the largest member pages, every list", async ({
	request
}) => {
	const links = async (path: string, prefix: string) =>
		[
			...new Set(
				(await (await request.get(path)).text()).match(
					new RegExp(`href="${prefix}[^"#?]+"`, 'g')
				) ?? []
			)
		].map((h) => h.slice(6, -1));
	const paths = [
		'/',
		'/moties',
		'/moties?perPage=500',
		'/fracties',
		'/kamerleden?alle=1',
		'/bewindspersonen',
		'/bewindspersonen?alle=1',
		'/debatten',
		'/documenten',
		'/datakwaliteit',
		'/nog-niet-geladen',
		'/advies-en-uitkomst',
		'/zoeken?q=motie',
		'/nieuw',
		'/nieuw?sinds=2023-01-01',
		...(await links('/fracties', '/fracties/')),
		...(await links('/kamerleden', '/kamerleden/')).slice(0, 10),
		...(await links('/bewindspersonen', '/bewindspersonen/')).slice(0, 10)
	];
	expect(paths.length).toBeGreaterThan(30);
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expect((await response.body()).length, path).toBeLessThan(LIMIT);
	}
});

test('the overview, the motion list and the lists of debates and members stay small', async ({
	request
}) => {
	for (const [path, max] of [
		['/', LIMIT / 2],
		// 50 motions with their outcome, the header search, the feed and four downloads: ≈ 88 KB.
		['/moties', (LIMIT * 2) / 3],
		['/debatten', LIMIT / 2],
		['/kamerleden', LIMIT / 2],
		['/kamerleden?alle=1', LIMIT / 2]
	] as const) {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const size = (await response.body()).length;
		console.log(`${path}: ${(size / 1024).toFixed(1)} KB`);
		expect(size, path).toBeLessThan(max);
		// No member, dossier or debate is listed as an option of a filter.
		expect((await response.text()).match(/<option/g)?.length ?? 0, path).toBeLessThan(60);
	}
});

test('the member filter suggests members as you type; choosing one filters the list', async ({
	page
}) => {
	await page.goto('/moties', READY);
	const member = page.getByRole('combobox', { name: 'Kamerlid (indiener)' });
	await member.pressSequentially('Dob');
	const option = page.getByRole('option', { name: /Dobbe \(SP\)/ });
	await expect(option).toBeVisible();
	await expect(option).toContainText('S.E.M. Dobbe');
	await option.click();
	await expect(member).toHaveValue('Dobbe (SP)');
	await page.getByRole('button', { name: 'Filteren' }).click();
	await expect(page).toHaveURL(/member=\d+/);
	await expect(page.locator('.count')).toContainText('ondertekend door Dobbe');
	// The page names the member in the input again, from the id in the URL.
	await page.reload(READY);
	await expect(page.getByRole('combobox', { name: 'Kamerlid (indiener)' })).toHaveValue(
		'Dobbe (SP)'
	);

	// The keyboard: arrow down to the suggestion, Enter chooses, Enter again filters.
	await page.goto('/moties', READY);
	const dossier = page.getByRole('combobox', { name: 'Dossier' });
	await dossier.pressSequentially('3604');
	await expect(page.getByRole('option', { name: /^36045/ })).toBeVisible();
	await dossier.press('ArrowDown');
	await expect(dossier).toHaveAttribute('aria-activedescendant', /.+/);
	await dossier.press('Enter');
	await expect(dossier).toHaveValue('36045');
	await dossier.press('Enter');
	await expect(page).toHaveURL(/dossier=36045/);
	const n = Number(await page.locator('.count').getAttribute('data-total'));
	expect(n).toBeGreaterThan(0);
	await expect(page.locator('table.motions tbody tr[data-motion^="36045-"]')).toHaveCount(
		Math.min(n, 50)
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member typed by name filters by that member, and the URL keeps the id', async ({
		page
	}) => {
		await page.goto('/moties');
		await page.getByRole('textbox', { name: 'Kamerlid (indiener)' }).fill('Dobbe');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(/member=\d+/);
		await expect(page.locator('.count')).toContainText('ondertekend door Dobbe');
		await expect(page.getByRole('textbox', { name: 'Kamerlid (indiener)' })).toHaveValue(
			'Dobbe (SP)'
		);
		// Sent again unchanged, the label means the same member.
		const url = page.url();
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(url);
	});
});

test.describe('the debate list on a database of several debates', () => {
	// A server of its own: the sample documents and the two transcripts of tests/fixtures give three
	// debates (the default data holds one), shown two to a page.
	const port = Number(process.env.E2E_PORT ?? 4173) + 7;
	let dir: string;
	let server: ChildProcess;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		dir = mkdtempSync(join(tmpdir(), 'motiemonitor-e2e-debates-'));
		const env = { ...process.env, DATABASE_URL: join(dir, 'debates.db') };
		const cli = ['node_modules/.bin/tsx', 'src/cli/index.ts'];
		const imported = spawnSync(
			cli[0]!,
			[cli[1]!, 'import', 'data/documents', 'tests/fixtures/text'],
			{
				env,
				encoding: 'utf8'
			}
		);
		expect(imported.status, imported.stderr).toBe(0);
		server = spawn(process.execPath, SERVE(), {
			env: { ...env, PORT: String(port) },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		await new Promise<void>((resolve, reject) => {
			server.stdout!.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('Listening')) resolve();
			});
			server.on('exit', (code) => reject(new Error(`server stopped (${code})`)));
		});
	});

	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('shows a pager, and page 2 holds the rest', async ({ page }) => {
		const base = `http://localhost:${port}`;
		await page.goto(`${base}/debatten?perPage=2`);
		await expect(page.getByText('3 debatten in de geladen documenten')).toBeVisible();
		const pager = page.getByRole('navigation', { name: 'Paginering' });
		await expect(pager).toContainText('1–2 van 3');
		const rows = page.locator('table.debates tbody tr[data-debate]');
		await expect(rows).toHaveCount(2);
		const pageOne = await rows.evaluateAll((trs) =>
			trs.map((tr) => tr.getAttribute('data-debate'))
		);
		// Newest first: the dated debate of 11 September 2025 leads.
		await expect(rows.first()).toContainText('11 september 2025');

		await pager.getByRole('link', { name: 'Volgende →' }).click();
		await expect(page).toHaveURL(/\/debatten\?page=2&perPage=2$/);
		await expect(pager).toContainText('3–3 van 3');
		await expect(rows).toHaveCount(1);
		const pageTwo = await rows.evaluateAll((trs) =>
			trs.map((tr) => tr.getAttribute('data-debate'))
		);
		expect(pageOne).not.toContain(pageTwo[0]);
		await pager.getByRole('link', { name: '← Vorige' }).click();
		await expect(rows).toHaveCount(2);
		// A page past the end shows the last page, not an empty list.
		await page.goto(`${base}/debatten?perPage=2&page=99`);
		await expect(rows).toHaveCount(1);
	});
});
