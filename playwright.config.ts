import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/helpers/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		acceptDownloads: true,
		launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: 'node scripts/e2e-server.mjs',
		port,
		// E2E_REUSE=1: run against a server already listening on E2E_PORT (while writing tests).
		reuseExistingServer: process.env.E2E_REUSE === '1',
		// A first start imports the registry snapshot (7,913 motions) before it listens.
		timeout: 180_000,
		env: { PORT: String(port) }
	}
});
