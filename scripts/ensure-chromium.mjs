// The PDF reader test (printing seed 003 to PDF) and the end-to-end tests drive Debian's chromium. Install it with apt-get when it is missing and we
// are root; otherwise stop with a message that says how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (process.getuid?.() === 0) {
	console.log(`Chromium not found at ${path}: installing Debian's chromium with apt-get …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update'],
		['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']
	]) {
		const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (r.status !== 0) {
			console.error(`apt-get ${args.join(' ')} failed (exit ${r.status}).`);
			process.exit(1);
		}
	}
	if (existsSync(path)) process.exit(0);
}
console.error(
	`The end-to-end tests need Debian's chromium at ${path}.\n` +
		'Install it as root with: apt-get update && apt-get install -y chromium\n' +
		'or point CHROMIUM_PATH at a Chromium binary.'
);
process.exit(1);
