// The server the end-to-end tests run against: the built app on a fresh SQLite file in a temp
// folder, so the sample data is imported exactly as on a first `npm start`. The tests' build lives
// in build-test/ (npm run test:e2e), never in the build/ a running `npm start` serves from.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { SERVER_ENV, SERVER_NODE_FLAGS } from './server-flags.mjs';

const TEST_BUILD = process.env.MOTIEMONITOR_BUILD || 'build-test';

const dir = mkdtempSync(join(tmpdir(), 'motiemonitor-e2e-'));
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.mjs', TEST_BUILD], {
	stdio: 'inherit',
	env: {
		...SERVER_ENV,
		// adapter-node takes a request for https unless told: the origin check of form posts needs the real one.
		ORIGIN: `http://localhost:${process.env.PORT ?? '4173'}`,
		...process.env,
		DATABASE_URL: process.env.E2E_DATABASE_URL ?? join(dir, 'e2e.db'),
		PORT: process.env.PORT ?? '4173'
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
