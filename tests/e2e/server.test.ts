// The server as a hostile or unlucky user meets it: protective headers on every answer, a policy
// the pages keep (charts included), and a rebuild under a running server that it survives.
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SERVE, TEST_BUILD } from '../helpers/paths';

test('pages, API answers and assets carry a CSP with frame-ancestors, and nosniff', async ({
	request
}) => {
	const page = await request.get('/moties');
	const csp = page.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toMatch(/script-src 'self' 'sha256-/);
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['referrer-policy']).toBe('same-origin');
	expect(page.headers()['x-frame-options']).toBe('DENY');

	const api = await request.get('/api/stats');
	expect(api.headers()['content-security-policy']).toBe(
		"default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
	);
	expect(api.headers()['x-content-type-options']).toBe('nosniff');

	const missing = await request.get('/moties/99999-1');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

	const asset = await request.get('/favicon.svg');
	expect(asset.status()).toBe(200);
	expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});

test('the pages run under their policy: nothing refused, the charts drawn', async ({ page }) => {
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
	});
	for (const path of ['/', '/moties', '/fracties', '/documenten']) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	await page.goto('/', { waitUntil: 'networkidle' });
	// Hydrated: chart.js drew on its canvas (a script the policy had refused would leave it blank).
	const canvas = page.locator('canvas').first();
	await expect(canvas).toBeVisible();
	expect(refused).toEqual([]);
});

test.describe('a rebuild under a running server', () => {
	const port = Number(process.env.E2E_PORT ?? 4173) + 9;
	const base = `http://127.0.0.1:${port}`;
	let dir: string;
	let build: string;
	let server: ChildProcess;
	let exited: number | null | undefined;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		dir = mkdtempSync(join(tmpdir(), 'motiemonitor-rebuild-'));
		// A build of its own inside the checkout (its imports resolve from node_modules there).
		build = mkdtempSync(join(ROOT, '.rebuild-test-'));
		cpSync(join(ROOT, TEST_BUILD), build, { recursive: true });
		const env = { ...process.env, DATABASE_URL: join(dir, 'rebuild.db') };
		// One document in: the server's first start then imports no snapshot.
		const imported = spawnSync(
			'node_modules/.bin/tsx',
			['src/cli/index.ts', 'import', 'data/documents/001_5a2fb29aceb06802.txt'],
			{ env, encoding: 'utf8' }
		);
		expect(imported.status, imported.stderr).toBe(0);
		server = spawn(process.execPath, SERVE(build), {
			env: { ...env, PORT: String(port), HOST: '' },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		server.on('exit', (code) => (exited = code));
		await new Promise<void>((resolve, reject) => {
			server.stdout!.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('Listening on http://127.0.0.1:')) resolve();
			});
			server.on('exit', (code) => reject(new Error(`server stopped (${code})`)));
		});
	});

	test.afterAll(() => {
		server?.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
		if (build) rmSync(build, { recursive: true, force: true });
	});

	test('keeps answering while its build is replaced, and a vanished asset is a 404', async ({
		request
	}) => {
		test.setTimeout(180_000);
		const assets = join(build, 'client', '_app', 'immutable', 'entry');
		const asset = `/_app/immutable/entry/${readdirSync(assets).find((f) => f.endsWith('.js'))}`;
		expect((await request.get(base + asset)).status()).toBe(200);
		expect((await request.get(base + '/moties')).status()).toBe(200);

		// The rebuild, as `vite build` does it: the output folder emptied and written again.
		const rebuild = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, MOTIEMONITOR_BUILD: build },
			stdio: 'ignore'
		});
		const done = new Promise<number | null>((resolve) => rebuild.on('exit', resolve));
		let finished = false;
		void done.then(() => (finished = true));
		const statuses = new Set<number>();
		let requests = 0;
		while (!finished) {
			for (const path of [asset, '/moties', '/_app/immutable/chunks/gone.js']) {
				const r = await request.get(base + path).catch(() => null);
				expect(r, `the server stopped answering (${path})`).not.toBeNull();
				statuses.add(r!.status());
				requests++;
			}
		}
		expect(await done).toBe(0);
		expect(requests).toBeGreaterThan(10);
		expect(exited).toBeUndefined();
		// Every answer was a page, an asset or a 404: no 5xx, no dropped connection.
		expect([...statuses].every((s) => s === 200 || s === 404)).toBe(true);
		const gone = await request.get(base + '/_app/immutable/chunks/gone.js');
		expect(gone.status()).toBe(404);
		expect(await gone.text()).toContain('Niet gevonden');
		expect((await request.get(base + '/moties')).status()).toBe(200);
		expect(exited).toBeUndefined();
	});
});

test('a server started during an import comes up, and the import ends with every document', async ({
	request
}) => {
	test.setTimeout(240_000);
	const port = Number(process.env.E2E_PORT ?? 4173) + 11;
	const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-during-'));
	const env = { ...process.env, DATABASE_URL: join(dir, 'during.db') };
	const importer = spawn(
		'node_modules/.bin/tsx',
		['src/cli/index.ts', 'import', 'data/documents', 'tests/fixtures/text'],
		{ env, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let out = '';
	importer.stdout!.on('data', (c: Buffer) => (out += c.toString()));
	importer.stderr!.on('data', (c: Buffer) => (out += c.toString()));
	const imported = new Promise<number | null>((resolve) => importer.on('exit', resolve));
	// The server starts once the import is writing (its first document reported).
	await expect.poll(() => out, { timeout: 60_000 }).toMatch(/^1\/\d+ /m);
	const server = spawn(process.execPath, SERVE(), {
		env: { ...env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	let exited: number | null | undefined;
	server.stdout!.on('data', (c: Buffer) => (log += c.toString()));
	server.stderr!.on('data', (c: Buffer) => (log += c.toString()));
	server.on('exit', (code) => (exited = code));
	try {
		await expect.poll(() => log, { timeout: 180_000 }).toContain('Listening on');
		expect((await request.get(`http://127.0.0.1:${port}/moties`)).status()).toBe(200);
		expect(await imported, out).toBe(0);
		expect(out).toMatch(/0 refused/);
		expect(log).not.toMatch(/database is locked|did not finish/);
		expect(exited).toBeUndefined();
	} finally {
		server.kill();
		importer.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});
