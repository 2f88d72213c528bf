// `npm start`: build the app when the build is missing or older than the sources, then serve it.
// The server itself migrates the database and imports data/documents when the database is empty.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { SERVER_ENV, SERVER_NODE_FLAGS } from './server-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// Fail fast, before a build, when the port is taken. Only this machine can connect unless HOST
// says otherwise (HOST=0.0.0.0 npm start serves the network: see the README).
const port = process.env.PORT ?? '3000';
const host = process.env.HOST || '127.0.0.1';
const free = await new Promise((resolve) => {
	const probe = createServer()
		.once('error', () => resolve(false))
		.once('listening', () => probe.close(() => resolve(true)))
		.listen(Number(port), host);
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
		stdio: 'inherit',
		env: { ...process.env, MOTIEMONITOR_BUILD: 'build' }
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
console.log(`Motiemonitor: serving on http://${shown}:${port}`);
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.mjs', 'build'], {
	stdio: 'inherit',
	env: {
		...SERVER_ENV,
		// adapter-node takes a request for https unless told: the origin check of form posts (sign-in,
		// uploads, corrections) needs the address the browser uses. Behind a proxy: ORIGIN=https://…
		ORIGIN: `http://${shown}:${port}`,
		...process.env,
		PORT: port,
		HOST: host,
		MOTIEMONITOR_BUILD: 'build'
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
