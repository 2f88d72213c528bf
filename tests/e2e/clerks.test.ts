// Clerks at work in the browser (issue 19), on a server and database of their own so the shared
// server keeps the data the other specs expect: sign in, add seed 003 as a PDF and a VLOS report with
// a preview, correct a verdict with a reason, and see a later import wait for review.
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Browser as CoreBrowser } from 'playwright-core';
import { addUserByCli, startClerkServer, type ClerkServer } from '../helpers/clerk-server';
import { printTextToPdf } from '../helpers/chromium';
import { dump } from '../helpers/db';
import { goldMotions, seed, SEEDS, SHARED } from '../helpers/paths';
import { writeRoutes } from '../helpers/write-routes';
import type { Db } from '../../src/lib/server/db';

test.describe.configure({ mode: 'serial' });

const PORT = 4191;
const CLERK = 'griffier';
const PASSWORD = 'correct-paard-batterij-9';
let server: ClerkServer;
let cliOutput = '';
let seedPdf: Buffer;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startClerkServer(PORT);
	cliOutput = addUserByCli(server.dbPath, CLERK, PASSWORD);
	seedPdf = Buffer.from(
		await printTextToPdf(
			browser as unknown as CoreBrowser,
			readFileSync(seed(SEEDS.debate), 'utf8')
		)
	);
});

test.afterAll(async () => {
	await server?.stop();
});

const at = (path: string) => `${server.url}${path}`;

async function signIn(page: Page, name = CLERK, password = PASSWORD, expectSignedIn = true) {
	await page.goto(at('/inloggen'));
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	if (expectSignedIn) await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/**
 * Every row of the data. Not the aggregates' cache (query_cache): the server computes those in the
 * background after its start, whenever it gets to them, and they are derived from the data.
 */
function databaseDump(): string {
	const client = new Database(server.dbPath, { readonly: true });
	try {
		return dump({ $client: client } as unknown as Db, { except: ['query_cache'] });
	} finally {
		client.close();
	}
}

async function uploadFile(
	page: Page,
	file: { name: string; mimeType: string; buffer: Buffer },
	meta: { kind?: string; title?: string; date?: string } = {}
) {
	await page.goto(at('/documenten/nieuw'));
	await page.locator('input[name=file]').setInputFiles(file);
	if (meta.kind) await page.getByLabel('Soort').selectOption(meta.kind);
	if (meta.title) await page.getByLabel('Titel').fill(meta.title);
	if (meta.date) await page.getByLabel('Datum').fill(meta.date);
	await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
}

const DEBATE = {
	kind: 'debate',
	title: 'Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne',
	date: '2025-09-11'
};

test('a clerk signs in, uploads seed 003 as a PDF, sees its 20 motions with verdicts, confirms and finds them on the overview', async ({
	page
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	await expect(page.getByRole('button', { name: /Uitloggen \(griffier\)/ })).toBeVisible();
	await uploadFile(
		page,
		{ name: '003-debat.pdf', mimeType: 'application/pdf', buffer: seedPdf },
		DEBATE
	);
	const rows = page.locator('[data-preview] tr[data-motion]');
	await expect(rows).toHaveCount(20, { timeout: 30_000 });
	for (const m of goldMotions().motions)
		await expect(
			rows.locator(`xpath=self::*[@data-motion="${m.id}"]`).locator('td[data-verdict]')
		).toHaveAttribute('data-verdict', m.verdict);
	await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'added');
	// Nothing is stored before the clerk confirms.
	await expect(page.locator('[data-imported]')).toHaveCount(0);
	await page.getByRole('button', { name: 'Bevestigen en inlezen' }).click();
	await expect(page.locator('[data-imported]')).toContainText('20 moties nieuw');

	await page.goto(at('/'));
	const count = Number(await page.getByTestId('motion-count').getAttribute('data-count'));
	expect(count).toBeGreaterThanOrEqual(20);
	await page.goto(at('/moties?dossier=36045'));
	for (const id of ['36045-216', '36045-230'])
		await expect(page.getByRole('link', { name: id }).first()).toBeVisible();
});

test('the same clerk uploads a VLOS report and sees its motions', async ({ page }) => {
	await signIn(page);
	const file = `${SHARED}/samples/vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml`;
	await uploadFile(page, {
		name: 'vlos-vws.xml',
		mimeType: 'text/xml',
		buffer: readFileSync(file)
	});
	await expect(page.locator('[data-preview]')).toContainText('gelezen als vlos');
	await expect(page.locator('[data-preview] tr[data-motion]')).toHaveCount(10);
	await page.getByRole('button', { name: 'Bevestigen en inlezen' }).click();
	await expect(page.locator('[data-imported]')).toContainText('10 moties nieuw');
});

test("a clerk corrects 36045-230's verdict with a reason: history shows it and its author, the charts count it", async ({
	page,
	request
}) => {
	const before = (await (await request.get(at('/api/stats?dossier=36045'))).json()) as {
		byVerdict: Record<string, number>;
	};
	await signIn(page);
	await page.goto(at('/moties/36045-230'));
	const form = page.locator('form.correct');
	await form.getByLabel('Wat').selectOption('verdict');
	await form.getByLabel('Nieuwe waarde').selectOption('oordeel_kamer');
	await form.getByLabel('Reden').fill('Volgens de video zei de minister oordeel Kamer');
	await form.getByRole('button', { name: 'Correctie opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Correctie opgeslagen');
	const history = page.getByRole('list', { name: 'Geschiedenis van correcties' });
	await expect(history).toContainText(CLERK);
	await expect(history).toContainText('Ontraden');
	await expect(history).toContainText('Oordeel Kamer');
	await expect(history).toContainText('Volgens de video zei de minister oordeel Kamer');
	await expect(page.locator('[data-corrected]')).toContainText('Oordeel Kamer');

	const after = (await (await request.get(at('/api/stats?dossier=36045'))).json()) as typeof before;
	expect(after.byVerdict.ontraden).toBe(before.byVerdict.ontraden! - 1);
	expect(after.byVerdict.oordeel_kamer).toBe(before.byVerdict.oordeel_kamer! + 1);
	// Anyone reading sees it too (the public page is rendered for the new data version).
	const anonymous = await request.get(at('/moties/36045-230'));
	expect(await anonymous.text()).toContain('Gecorrigeerd door de griffie');
});

test('re-importing 003 puts the difference on the review list instead of undoing the correction', async ({
	page,
	request
}) => {
	await signIn(page);
	// The same document again, one byte longer: a new version of the file, read anew.
	const again = Buffer.concat([seedPdf, Buffer.from('\n')]);
	await uploadFile(
		page,
		{ name: '003-debat.pdf', mimeType: 'application/pdf', buffer: again },
		DEBATE
	);
	await expect(page.locator('[data-preview] tr[data-motion="36045-230"]')).toContainText(
		'gecorrigeerd'
	);
	await page.getByRole('button', { name: 'Bevestigen en inlezen' }).click();
	await expect(page.locator('[data-imported]')).toContainText('1 punten om te beoordelen');

	await page.goto(at('/beoordelen'));
	const item = page.locator('li[data-motion="36045-230"]');
	await expect(item).toContainText('Ontraden');
	await expect(item).toContainText('Oordeel Kamer');
	const stats = (await (await request.get(at('/api/stats?dossier=36045'))).json()) as {
		byVerdict: Record<string, number>;
	};
	await page.goto(at('/moties/36045-230'));
	await expect(page.locator('[data-corrected]')).toContainText('Oordeel Kamer');

	// The clerk keeps the correction, with a reason; the decision is on record in the audit log.
	await page.goto(at('/beoordelen'));
	await item.getByLabel('Reden').fill('De video is duidelijk');
	await item.getByRole('button', { name: 'Correctie behouden' }).click();
	await expect(page.getByRole('status')).toContainText('Beslissing opgeslagen');
	await page.goto(at('/audit?motie=36045-230'));
	await expect(page.locator('tr[data-action="correction"]')).toContainText(CLERK);
	await expect(page.locator('tr[data-action="review"]')).toContainText('De video is duidelijk');
	await page.goto(at('/audit'));
	await expect(page.locator('tr[data-action="import"]').first()).toContainText(CLERK);
	const csv = await request.get(at('/audit/export.csv'), {
		headers: {
			cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
		}
	});
	expect(await csv.text()).toContain('36045-230');
	expect(stats.byVerdict.oordeel_kamer).toBeGreaterThan(0);
});

test('a PNG, an empty file, a 30 MB file and a text-less PDF each get their message and store nothing', async ({
	page
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	await page.goto(at('/documenten/nieuw'));
	const before = databaseDump();
	const png = Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		Buffer.alloc(64, 1)
	]);
	const cases: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
		[
			{ name: 'foto.png', mimeType: 'image/png', buffer: png },
			/bestandsformaat kan Motiemonitor niet lezen/
		],
		[{ name: 'leeg.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /leeg/],
		[
			{ name: 'groot.txt', mimeType: 'text/plain', buffer: Buffer.alloc(30 * 1024 * 1024, 0x61) },
			/30\.0 MB; de grens is 25 MB/
		],
		[
			{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: textlessPdf() },
			/gescande PDF zonder tekstlaag/
		]
	];
	for (const [file, message] of cases) {
		await uploadFile(page, file);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.locator('[data-preview]')).toHaveCount(0);
		expect(databaseDump()).toBe(before);
	}
});

test('without a session every write route refuses (listed from the route tree); a foreign origin is refused', async ({
	page,
	request
}) => {
	const routes = writeRoutes();
	const ids = new Set(routes.map((r) => r.id));
	for (const id of ['/moties/[id]', '/documenten/nieuw', '/beoordelen', '/uitloggen', '/inloggen'])
		expect(ids).toContain(id);
	const before = databaseDump();
	for (const route of routes) {
		if (route.id === '/inloggen') continue;
		const r = await request.fetch(at(route.url), {
			method: route.method,
			form: { reason: 'zonder sessie', field: 'verdict', value: 'ontraden', token: 'x' },
			headers: { origin: server.url },
			maxRedirects: 0
		});
		const refused =
			r.status() === 401 ||
			r.status() === 403 ||
			(r.status() === 303 && (r.headers().location ?? '').startsWith('/inloggen'));
		expect(refused, `${route.method} ${route.url} (${route.file}) answered ${r.status()}`).toBe(
			true
		);
	}
	// Sign-in is the one write open to all: a wrong password stores no session.
	expect(databaseDump().includes('"sessions"')).toBe(before.includes('"sessions"'));

	await signIn(page);
	const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	const foreign = await request.fetch(at('/moties/36045-230?/correct'), {
		method: 'POST',
		form: { field: 'verdict', value: 'ontraden', reason: 'van elders' },
		headers: { origin: 'http://evil.example', cookie },
		maxRedirects: 0
	});
	expect(foreign.status()).toBe(403);
	expect(databaseDump()).toBe(databaseDump());
});

test('after the failed-attempt limit the sign-in is refused for a while, even with the right password', async ({
	page
}) => {
	addUserByCli(server.dbPath, 'tweede', 'nog-een-wachtwoord-7');
	for (let i = 0; i < 5; i++) {
		await signIn(page, 'tweede', `fout-${i}`, false);
		await expect(page.getByRole('alert')).toContainText('Naam of wachtwoord klopt niet');
	}
	await signIn(page, 'tweede', 'nog-een-wachtwoord-7', false);
	await expect(page.getByRole('alert')).toContainText('Te veel mislukte pogingen');
	// Another account from the same address is not locked by it.
	await signIn(page);
	await expect(page.getByRole('button', { name: /Uitloggen/ })).toBeVisible();
});

test('passwords are never stored or logged in clear', async () => {
	const files = [server.dbPath, `${server.dbPath}-wal`].flatMap((f) => {
		try {
			return [readFileSync(f).toString('latin1')];
		} catch {
			return [];
		}
	});
	expect(files.length).toBeGreaterThan(0);
	for (const password of [PASSWORD, 'nog-een-wachtwoord-7', 'fout-1']) {
		for (const f of files) expect(f.includes(password)).toBe(false);
		expect(server.log().includes(password)).toBe(false);
		expect(cliOutput.includes(password)).toBe(false);
	}
	const client = new Database(server.dbPath, { readonly: true });
	const hashes = client.prepare('select password_hash from users').pluck().all() as string[];
	client.close();
	expect(hashes.every((h) => h.startsWith('scrypt$'))).toBe(true);
});

/** One A4 page and nothing on it: a PDF with no text layer, as a scan without OCR. */
function textlessPdf(): Buffer {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
		'<< /Length 0 >>\nstream\n\nendstream'
	];
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(out.length);
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = out.length;
	out +=
		`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
		offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
		`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}
