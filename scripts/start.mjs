// `npm start`: build the app when the build is missing or older than the sources, then serve it.
// The server itself migrates the database and imports data/documents when the database is empty.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// Fail fast, before a build, when the port is taken.
const port = process.env.PORT ?? '3000';
const free = await new Promise((resolve) => {
	const probe = createServer()
		.once('error', () => resolve(false))
		.once('listening', () => probe.close(() => resolve(true)))
		.listen(Number(port));
});
if (!free) {
	console.error(
		`Motiemonitor: port ${port} is already in use. Stop the other server, or start on another port: PORT=3001 npm start`
	);
	process.exit(1);
}

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
		if (t > newest) newest = t;
	}
	return newest;
}

const built = 'build/index.js';
const sourcesNewest = Math.max(
	newestMtime('src'),
	...['package.json', 'svelte.config.js', 'vite.config.ts'].map((f) => statSync(f).mtimeMs)
);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesNewest) {
	console.log('Motiemonitor: building the app …');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Motiemonitor: serving on http://localhost:${port}`);
const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: { ...process.env, PORT: port }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
