// The server runs with a bounded heap (scripts/server-flags.mjs): the largest upload a clerk may
// make, a 25 MB transcript, must still be read and imported within it, as the server does it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.mjs';

describe("the server's heap ceiling", () => {
	it('holds the preview and the import of the largest upload allowed', () => {
		const run = spawnSync(
			process.execPath,
			[...SERVER_NODE_FLAGS, '--import', 'tsx', 'tests/helpers/largest-upload.ts'],
			{ encoding: 'utf8', maxBuffer: 1 << 24 }
		);
		expect(run.stderr.slice(-2000)).not.toMatch(/heap out of memory/);
		expect(run.status).toBe(0);
		const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
		expect(result.bytes).toBeGreaterThan(24 * 1024 * 1024);
		expect(result.previewMotions).toBe(2180);
		expect(result.motionsAdded).toBe(2180);
		expect(result.heapLimitMb).toBeGreaterThanOrEqual(768);
	}, 120_000);
});
