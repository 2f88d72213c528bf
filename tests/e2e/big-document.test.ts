// A 50 MB transcript (stored before documents over 25 MB were refused) stays usable: its page shows
// a window of lines, loads within 2 s, and the server answers others while it is being served.
// Its text is written in pieces as the import writes it (writeBody).
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SEEDS, SERVE, seed } from '../helpers/paths';
import { writeBody } from '../../src/lib/server/document-body';

const port = Number(process.env.E2E_PORT ?? 4173) + 13;
const base = `http://127.0.0.1:${port}`;
let dir: string;
let server: ChildProcess;
let id: number;
let lineCount: number;
let bytes: number;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dir = mkdtempSync(join(tmpdir(), 'motiemonitor-big-'));
	const database = join(dir, 'big.db');
	const env = { ...process.env, DATABASE_URL: database };
	const imported = spawnSync(
		'node_modules/.bin/tsx',
		['src/cli/index.ts', 'import', 'data/documents/001_5a2fb29aceb06802.txt'],
		{ env, encoding: 'utf8' }
	);
	expect(imported.status, imported.stderr).toBe(0);
	// The debate transcript of the seeds, over and over, to 50 MB.
	const transcript = readFileSync(seed(SEEDS.debate), 'utf8');
	const body = transcript.repeat(Math.ceil((50 * 1024 * 1024) / transcript.length));
	bytes = Buffer.byteLength(body);
	lineCount = body.split('\n').length;
	const db = new Database(database);
	db.transaction(() => {
		id = Number(
			db
				.prepare(
					`insert into documents (sha256, file_name, kind, format, interim, title, date, imported_at, line_count, current)
					values ('big', 'groot-verslag.txt', 'debate', 'text', 0, 'Een zeer groot verslag', '2025-09-11', '2025-10-01T00:00:00Z', ?, 1)`
				)
				.run(lineCount).lastInsertRowid
		);
		writeBody(db, id, body);
	})();
	db.close();
	server = spawn(process.execPath, SERVE(), {
		env: { ...env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout!.on('data', (c: Buffer) => {
			if (c.toString().includes('Listening')) resolve();
		});
		server.on('exit', (code) => reject(new Error(`server stopped (${code})`)));
	});
});

test.afterAll(() => {
	server?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a 50 MB transcript’s page: the first view under 2 s, the next too, its text sent once, other requests answered meanwhile', async ({
	page,
	request
}) => {
	expect(bytes).toBeGreaterThan(50 * 1024 * 1024);
	expect(lineCount).toBeGreaterThan(500_000);
	const line = Math.floor(lineCount * 0.9);

	// The browser has the site's scripts already (a reader arrives from another page): what is
	// timed is this document's page, the server's first reading of it included.
	await page.goto(`${base}/documenten`);

	// Others ask meanwhile: every answer comes, none waits long.
	let asking = true;
	const waits: number[] = [];
	const others = (async () => {
		while (asking) {
			const start = performance.now();
			const r = await request.get(`${base}/api/stats`);
			expect(r.status()).toBe(200);
			waits.push(performance.now() - start);
		}
	})();

	const start = performance.now();
	const response = await page.goto(`${base}/documenten/${id}?regel=${line}#L${line}`, {
		waitUntil: 'load'
	});
	const first = (performance.now() - start) / 1000;
	expect(response!.status()).toBe(200);
	await expect(page.locator(`#L${line}`)).toHaveClass(/\bhl\b/);
	await expect(page.locator('.source .line')).toHaveCount(500);
	await expect(page.getByRole('navigation', { name: "Tekstpagina's" }).first()).toContainText(
		`van ${lineCount.toLocaleString('nl-NL')}`
	);
	// Another window of it, as a reader pages on.
	const again = performance.now();
	await page.goto(`${base}/documenten/${id}?regel=${line + 5000}#L${line + 5000}`, {
		waitUntil: 'load'
	});
	const next = (performance.now() - again) / 1000;
	await expect(page.locator(`#L${line + 5000}`)).toHaveClass(/\bhl\b/);
	asking = false;
	await others;
	// The text is stored in pieces (document_chunks): a view reads the one or two pieces of its
	// window, never the 50 MB, the first view as the next.
	expect(first).toBeLessThan(2);
	expect(next).toBeLessThan(2);
	// Every other request was answered meanwhile, none held up for long (up to 0.9 s seen while
	// other jobs kept the two cores busy: load average 12).
	expect(waits.length).toBeGreaterThan(0);
	expect(Math.max(...waits)).toBeLessThan(1500);

	// The text once: in the HTML, not again as data; the whole page well under a megabyte.
	const html = await (await request.get(`${base}/documenten/${id}?pagina=2`)).text();
	expect(html.length).toBeLessThan(1024 * 1024);
	// A line of the window shown, of letters only (escaping leaves it as it is), found once.
	const texts = await page.locator('.source .line .t').allTextContents();
	const sample = texts.map((t) => t.trim()).find((t) => /^[\p{L} ,.]{30,}$/u.test(t))!;
	expect(sample).toBeTruthy();
	const shown = `${base}/documenten/${id}?regel=${line + 5000}`;
	const second = await (await request.get(shown)).text();
	expect(second.split(sample).length - 1).toBe(texts.filter((t) => t.includes(sample)).length);
	// The page's data (what a client-side navigation loads) holds no line of the text.
	const data = await (
		await request.get(`${base}/documenten/${id}/__data.json?regel=${line + 5000}`)
	).text();
	expect(data).not.toContain(sample);
	expect(data.length).toBeLessThan(64 * 1024);
	console.log(
		`50 MB page: first view ${first.toFixed(2)} s, next ${next.toFixed(2)} s; ${waits.length} other requests meanwhile, longest ${Math.max(...waits).toFixed(0)} ms; page ${second.length} bytes, data ${data.length} bytes`
	);
});
