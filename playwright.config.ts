import { defineConfig } from '@playwright/test';

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
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// Containers often give /dev/shm only 64 MB: full-page screenshots of long documents need more.
				'--disable-dev-shm-usage'
			]
		}
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
