// Serve a built app (`node scripts/serve.mjs [BUILD_DIR]`, default build/): adapter-node's handler
// behind a server of our own, so that
// - it listens on 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 serves the network);
// - an asset that is gone (the app rebuilt under a running server) is a 404, never a crash: the
//   static handler lists the files once at start and fails on one that has disappeared since;
// - static files carry the same protective headers as the pages.
import http from 'node:http';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? process.env.MOTIEMONITOR_BUILD ?? 'build');
const client = join(dir, 'client');
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);

const { handler } = await import(pathToFileURL(join(dir, 'handler.js')).href);

const STATIC_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY'
};

/** The file under client/ a request path names, or null when the path leaves the folder. */
function clientFile(url) {
	let path;
	try {
		path = decodeURIComponent(new URL(url, 'http://x').pathname);
	} catch {
		return null;
	}
	const file = resolve(client, '.' + path);
	return file.startsWith(client + sep) ? file : null;
}

/** Is this request for a built asset that is no longer there? (Pages are never files.) */
async function missingAsset(req) {
	if (req.method !== 'GET' && req.method !== 'HEAD') return false;
	if (!req.url?.startsWith('/_app/')) return false;
	const file = clientFile(req.url);
	if (!file) return true;
	try {
		return !(await stat(file)).isFile();
	} catch {
		return true;
	}
}

function notFound(res) {
	res.writeHead(404, {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store',
		...STATIC_HEADERS
	});
	res.end('Niet gevonden: dit bestand bestaat niet (meer). Herlaad de pagina.\n');
}

const server = http.createServer(async (req, res) => {
	for (const [name, value] of Object.entries(STATIC_HEADERS)) res.setHeader(name, value);
	if (await missingAsset(req)) return notFound(res);
	handler(req, res, () => notFound(res));
});

// Between the check above and the read, a rebuild can still take a file away: the static handler's
// read stream then fails with nobody listening. That one error is not worth the server.
process.on('uncaughtException', (e) => {
	const path = /** @type {{ path?: string }} */ (e).path;
	if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT' && path?.startsWith(client)) {
		console.error(`Motiemonitor: ${path} disappeared while it was being served (a rebuild?)`);
		return;
	}
	console.error(e);
	process.exit(1);
});

server.listen(port, host, () => {
	const shown = host.includes(':') ? `[${host}]` : host;
	console.log(`Listening on http://${shown}:${port}`);
});

function stop() {
	server.close(() => process.exit(0));
	server.closeAllConnections?.();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
