// The tests' build: into build-test/ (MOTIEMONITOR_BUILD), so that a server `npm start` runs from
// build/ keeps its files while the tests build and run.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, MOTIEMONITOR_BUILD: process.env.MOTIEMONITOR_BUILD || 'build-test' }
});
process.exit(r.status ?? 1);
