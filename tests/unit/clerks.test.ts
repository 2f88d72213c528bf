// Clerks at work, below the browser: passwords, sign-in limits and sessions, corrections that count
// and survive a later import, review decisions, uploads checked and held for their session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tempDb, count, dump, type TempDb } from '../helpers/db';
import { ROOT, seed, SEEDS, goldMotions } from '../helpers/paths';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';
import { importFile } from '../../src/lib/server/import/document';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import { addUser, disableUser, setPassword, UserError } from '../../src/lib/server/auth/users';
import { MAX_FAILED, sessionUser, signIn, signOut } from '../../src/lib/server/auth/sessions';
import { applyCorrection, CorrectionError } from '../../src/lib/server/clerks/corrections';
import { decideReviewItem } from '../../src/lib/server/clerks/review';
import {
	cancelUpload,
	confirmUpload,
	holdUpload,
	previewUpload,
	readUpload,
	UploadError
} from '../../src/lib/server/clerks/upload';
import { verdictsByVerdict } from '../../src/lib/server/queries/stats';
import { motionClerkData, auditLog } from '../../src/lib/server/queries/clerks';
import { dataVersion } from '../../src/lib/server/cache';
import { EMPTY_FILTERS } from '../../src/lib/filters';
import { openDatabase } from '../../src/lib/server/db';

const registry = loadRegistry();
const debate = readFileSync(seed(SEEDS.debate));
const DEBATE = { fileName: '003.txt', kind: 'debate' as const, date: '2025-09-11' };
let t: TempDb;

beforeEach(() => {
	t = tempDb();
	syncRegistry(t.db, registry);
});
afterEach(() => t.close());

function clerk(name = 'griffier') {
	return addUser(t.db, name, 'een-lang-wachtwoord', 'clerk');
}

const standing = (motionId: string) =>
	t.db.$client
		.prepare(
			'select verdict, correction_id as correctionId from appraisals where motion_id = ? and final = 1'
		)
		.get(motionId) as { verdict: string; correctionId: number | null };

describe('passwords', () => {
	it('are kept as salted scrypt hashes and checked in constant time', () => {
		const a = hashPassword('geheim wachtwoord');
		const b = hashPassword('geheim wachtwoord');
		expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
		expect(a).not.toBe(b);
		expect(a).not.toContain('geheim');
		expect(verifyPassword('geheim wachtwoord', a)).toBe(true);
		expect(verifyPassword('geheim wachtwoorD', a)).toBe(false);
		expect(verifyPassword('x', 'md5$abc')).toBe(false);
	});

	it('too short, or an account that exists, is refused with a Dutch message', () => {
		expect(() => addUser(t.db, 'kort', 'kort')).toThrow(/minstens 10 tekens/);
		clerk();
		expect(() => clerk()).toThrow(UserError);
		expect(() => addUser(t.db, 'met spatie', 'een-lang-wachtwoord')).toThrow(/geen geldige naam/);
	});
});

describe('sign-in and sessions', () => {
	it('gives a session that expires, ends on sign-out, and keeps only the token hash', () => {
		clerk();
		const now = new Date('2026-01-01T09:00:00Z');
		const r = signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.1', now);
		if (!r.ok) throw new Error(r.message);
		expect(count(t.db, 'select count(*) from sessions where id = ?', r.token)).toBe(0);
		expect(sessionUser(t.db, r.token, now)?.name).toBe('griffier');
		expect(sessionUser(t.db, r.token, new Date('2026-01-02T09:00:00Z'))).toBeNull();
		signOut(t.db, r.token);
		expect(sessionUser(t.db, r.token, now)).toBeNull();
	});

	it('refuses an account after too many failures, and an address after more, for a while', () => {
		clerk();
		const now = new Date('2026-01-01T09:00:00Z');
		for (let i = 0; i < MAX_FAILED.account; i++)
			expect(signIn(t.db, 'griffier', 'fout', '10.0.0.1', now)).toMatchObject({ ok: false });
		expect(signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.2', now)).toEqual({
			ok: false,
			message: expect.stringMatching(/Te veel mislukte pogingen/)
		});
		const later = new Date('2026-01-01T09:20:00Z');
		expect(signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.2', later).ok).toBe(true);
		for (let i = 0; i < MAX_FAILED.address; i++)
			signIn(t.db, `naam${i}`, 'fout', '10.0.0.9', later);
		expect(signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.9', later).ok).toBe(false);
	});

	it('a disabled account or a new password ends its sessions', () => {
		clerk();
		const r = signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.1');
		if (!r.ok) throw new Error(r.message);
		setPassword(t.db, 'griffier', 'een-ander-wachtwoord');
		expect(sessionUser(t.db, r.token)).toBeNull();
		disableUser(t.db, 'griffier');
		expect(signIn(t.db, 'griffier', 'een-ander-wachtwoord', '10.0.0.1').ok).toBe(false);
	});
});

describe('corrections', () => {
	it("a verdict correction stands in the counts, moves the data version, and keeps the reader's statement", async () => {
		await importFile(t.db, { ...DEBATE, bytes: debate }, registry);
		const user = clerk();
		const before = verdictsByVerdict(t.db, EMPTY_FILTERS);
		const version = dataVersion(t.db);
		expect(standing('36045-230').verdict).toBe('ontraden');
		applyCorrection(t.db, user.id, {
			motionId: '36045-230',
			field: 'verdict',
			value: 'oordeel_kamer',
			reason: 'de minister zei oordeel Kamer'
		});
		expect(dataVersion(t.db)).toBeGreaterThan(version);
		const after = verdictsByVerdict(t.db, EMPTY_FILTERS);
		expect(after.ontraden).toBe(before.ontraden! - 1);
		expect(after.oordeel_kamer).toBe(before.oordeel_kamer! + 1);
		expect(
			count(
				t.db,
				"select count(*) from appraisals where motion_id = '36045-230' and spoken_by <> 'clerk'"
			)
		).toBe(1);
		const data = motionClerkData(t.db, '36045-230');
		expect(data.corrections[0]).toMatchObject({
			field: 'verdict',
			before: 'ontraden',
			after: 'oordeel_kamer',
			author: 'griffier',
			reason: 'de minister zei oordeel Kamer'
		});
		expect(
			auditLog(t.db, { person: 'griffier', motion: '36045-230', document: null })
		).toHaveLength(1);
		expect(() =>
			applyCorrection(t.db, user.id, {
				motionId: '36045-230',
				field: 'verdict',
				value: 'oordeel_kamer',
				reason: 'nog eens'
			})
		).toThrow(CorrectionError);
		expect(() =>
			applyCorrection(t.db, user.id, {
				motionId: '36045-230',
				field: 'verdict',
				value: 'ontraden',
				reason: ''
			})
		).toThrow(/reden/);
	});

	it('a later version of the document does not undo it: the difference waits for review', async () => {
		await importFile(t.db, { ...DEBATE, bytes: debate }, registry);
		const user = clerk();
		applyCorrection(t.db, user.id, {
			motionId: '36045-230',
			field: 'verdict',
			value: 'oordeel_kamer',
			reason: 'video'
		});
		applyCorrection(t.db, user.id, {
			motionId: '36045-230',
			field: 'signer_fraction',
			position: 0,
			value: 'VVD',
			reason: 'fout label'
		});
		const report = await importFile(
			t.db,
			{ ...DEBATE, bytes: Buffer.concat([debate, Buffer.from('\n')]) },
			registry
		);
		expect(report.outcome).toBe('corrected');
		expect(report.reviewItems).toBe(2);
		expect(standing('36045-230')).toMatchObject({ verdict: 'oordeel_kamer' });
		expect(
			count(
				t.db,
				`select count(*) from motion_signers s join motions m on m.id = s.motion_id and m.document_id = s.document_id
				join fractions f on f.id = s.fraction_id where s.motion_id = '36045-230' and s.position = 0 and f.name = 'VVD'`
			)
		).toBe(1);
		const items = t.db.$client
			.prepare(
				"select id, field, corrected, imported from review_items where status = 'open' order by id"
			)
			.all() as { id: number; field: string; corrected: string; imported: string }[];
		expect(items.map((i) => [i.field, i.corrected])).toEqual([
			['verdict', 'oordeel_kamer'],
			['signer_fraction', 'VVD']
		]);
		expect(items[0]!.imported).toBe('ontraden');
		// The clerk follows the document for the verdict: the reader's statement stands again.
		decideReviewItem(t.db, user.id, items[0]!.id, 'accept', 'het verslag klopt toch');
		expect(standing('36045-230')).toEqual({ verdict: 'ontraden', correctionId: null });
		const golden = goldMotions().motions.filter((m) => m.verdict === 'ontraden').length;
		expect(verdictsByVerdict(t.db, EMPTY_FILTERS).ontraden).toBe(golden);
	});
});

describe('uploads', () => {
	it('refuses empty, oversized and unknown files in Dutch and stores nothing (a text-less PDF: tests/e2e/clerks.test.ts)', async () => {
		await importFile(t.db, { ...DEBATE, bytes: debate }, registry);
		const before = dump(t.db);
		const meta = { kind: null, title: null, date: null };
		await expect(readUpload(new Uint8Array(0), 'leeg.txt', meta)).rejects.toThrow(/leeg/);
		await expect(
			readUpload(new Uint8Array(30 * 1024 * 1024).fill(97), 'groot.txt', meta)
		).rejects.toThrow(/30\.0 MB; de grens is 25 MB/);
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
		await expect(readUpload(png, 'foto.png', meta)).rejects.toThrow(UploadError);
		await expect(readUpload(png, 'foto.png', meta)).rejects.toThrow(/bestandsformaat/);
		expect(dump(t.db)).toBe(before);
	});

	it('a preview stores nothing; the held upload imports only for the session that holds it', async () => {
		const user = clerk();
		const a = signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.1');
		const b = signIn(t.db, 'griffier', 'een-lang-wachtwoord', '10.0.0.1');
		if (!a.ok || !b.ok) throw new Error('sign-in');
		const sa = sessionUser(t.db, a.token)!;
		const sb = sessionUser(t.db, b.token)!;
		const before = dump(t.db);
		const preview = await previewUpload(t.db, debate, '003.txt', {
			kind: 'debate',
			title: null,
			date: '2025-09-11'
		});
		expect(preview.parsed.motions).toHaveLength(20);
		expect(preview.report).toMatchObject({ outcome: 'added', motionsAdded: 20 });
		expect(dump(t.db)).toBe(before);
		const token = holdUpload(t.db, sa.sessionId, debate, '003.txt', {
			kind: 'debate',
			title: null,
			date: '2025-09-11'
		});
		await expect(
			confirmUpload(t.db, { id: user.id, sessionId: sb.sessionId }, token)
		).rejects.toThrow(/niet \(meer\) bewaard/);
		const report = await confirmUpload(t.db, { id: user.id, sessionId: sa.sessionId }, token);
		expect(report.motionsAdded).toBe(20);
		expect(count(t.db, 'select count(*) from pending_uploads')).toBe(0);
		expect(count(t.db, 'select count(*) from import_runs where user_id = ?', user.id)).toBe(1);
		cancelUpload(t.db, sa.sessionId, token);
	});
});

describe('the user command', () => {
	it('adds an account with the password from stdin, lists it, and never prints the password', () => {
		const env = { ...process.env, DATABASE_URL: t.path };
		const cli = (args: string[], input = '') =>
			spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'user', ...args], {
				cwd: ROOT,
				env,
				input,
				encoding: 'utf8'
			});
		t.db.$client.close();
		const add = cli(['add', 'beheerder', '--role', 'admin'], 'zeer-geheim-wachtwoord\n');
		expect(add.status).toBe(0);
		expect(add.stdout).toContain('Account beheerder (admin) gemaakt');
		const list = cli(['list']);
		expect(list.stdout).toMatch(/beheerder\tadmin\tactief/);
		expect(add.stdout + add.stderr + list.stdout).not.toContain('zeer-geheim-wachtwoord');
		expect(readFileSync(t.path).toString('latin1')).not.toContain('zeer-geheim-wachtwoord');
		expect(cli(['add', 'x y'], 'zeer-geheim-wachtwoord\n').status).toBe(1);
		t.db = openDatabase(t.path);
	});
});
