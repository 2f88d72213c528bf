// A server of its own for the tests that change data (sign-in, uploads, corrections): the built app
// on a fresh database holding one letter, so the shared e2e server's data stays as the other specs
// expect. Accounts are made with the command line, the password on stdin.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, seed, SEEDS } from './paths';
import { openDatabase } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/import/document';
import { loadRegistry } from '../../src/lib/server/registry';
import { syncRegistry } from '../../src/lib/server/import/registry';

export interface ClerkServer {
	url: string;
	dbPath: string;
	/** Everything the server printed. */
	log: () => string;
	stop: () => Promise<void>;
}

export async function startClerkServer(port: number): Promise<ClerkServer> {
	const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-clerks-'));
	const dbPath = join(dir, 'clerks.db');
	const db = openDatabase(dbPath);
	const registry = loadRegistry(join(ROOT, 'data'));
	syncRegistry(db, registry);
	// One document, so the server's first start imports no sample data and no registry snapshot.
	await importFile(
		db,
		{
			fileName: SEEDS.letter,
			bytes: readFileSync(seed(SEEDS.letter)),
			kind: 'letter',
			date: '2025-09-10'
		},
		registry
	);
	db.$client.close();
	let output = '';
	const server: ChildProcess = spawn(
		process.execPath,
		['scripts/serve.mjs', process.env.MOTIEMONITOR_BUILD || 'build-test'],
		{
			cwd: ROOT,
			env: {
				...process.env,
				DATABASE_URL: dbPath,
				PORT: String(port),
				BODY_SIZE_LIMIT: '40M',
				ORIGIN: `http://localhost:${port}`
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	server.stdout!.on('data', (d) => (output += String(d)));
	server.stderr!.on('data', (d) => (output += String(d)));
	const url = `http://localhost:${port}`;
	for (let i = 0; ; i++) {
		try {
			const r = await fetch(`${url}/inloggen`);
			if (r.ok) break;
		} catch {
			/* not listening yet */
		}
		if (i > 300 || server.exitCode !== null)
			throw new Error(`the clerks' test server did not start:\n${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		dbPath,
		log: () => output,
		stop: async () => {
			const exited = new Promise((r) => server.once('exit', r));
			server.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** `npm run cli -- user add NAME --role ROLE`, the password on stdin. Returns what it printed. */
export function addUserByCli(
	dbPath: string,
	name: string,
	password: string,
	role = 'clerk'
): string {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', 'src/cli/index.ts', 'user', 'add', name, '--role', role],
		{
			cwd: ROOT,
			env: { ...process.env, DATABASE_URL: dbPath },
			input: `${password}\n`,
			encoding: 'utf8'
		}
	);
	if (r.status !== 0) throw new Error(`user add failed (${r.status}): ${r.stderr}`);
	return r.stdout + r.stderr;
}
