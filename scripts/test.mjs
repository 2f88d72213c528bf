// `npm test`: every check the project has, in order, stopping at the first that fails.
import { spawnSync } from 'node:child_process';

const steps = [
	['format and lint', ['run', 'lint']],
	['types (svelte-check)', ['run', 'check']],
	['schema and migrations agree (drizzle-kit check)', ['run', 'db:check']],
	['unit and integration tests (vitest)', ['run', 'test:unit']],
	['end-to-end tests (playwright, chromium)', ['run', 'test:e2e']]
];

for (const [name, args] of steps) {
	console.log(`\n▶ ${name}`);
	const r = spawnSync('npm', args, { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`\n✖ ${name} failed (npm ${args.join(' ')}, exit ${r.status}).`);
		process.exit(r.status ?? 1);
	}
}
console.log('\n✔ all checks passed');
