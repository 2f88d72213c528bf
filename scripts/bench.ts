// `npm run bench`: the project's performance figures, measured here rather than by timed tests.
//   npm run bench                      the micro-benchmarks (scripts/bench/micro.ts), then the scale
//                                      part on the default data (what `npm start` loads)
//   npm run bench -- --motions 100000  the scale part on a generated corpus of that many motions
// Options: --seconds S (load per page and connection count, default 3), --seed N (the corpus),
// --out FILE (every figure as JSON), --micro (the micro-benchmarks also with --motions),
// --keep (leave the database and server log in the temp folder), --database FILE (serve and
// measure that database instead of importing one: no import figures), --import-only (the corpus
// imported and the import figures printed, no server, no load: for work on the importer).
import { parseArgs } from 'node:util';
import { runMicro } from './bench/micro';
import { runScale } from './bench/scale';

const { values } = parseArgs({
	options: {
		motions: { type: 'string' },
		seconds: { type: 'string', default: '3' },
		seed: { type: 'string', default: '16' },
		out: { type: 'string' },
		micro: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		database: { type: 'string' },
		'import-only': { type: 'boolean', default: false }
	}
});

const positive = (name: string, value: string | undefined) => {
	const x = Number(value);
	if (!Number.isFinite(x) || x <= 0) {
		console.error(`--${name} ${value}: expected a positive number`);
		process.exit(2);
	}
	return x;
};
const motions =
	values.motions === undefined ? null : Math.round(positive('motions', values.motions));
const seconds = positive('seconds', values.seconds);
const seed = Math.round(positive('seed', values.seed));

// Ctrl-C ends the run through 'exit', where a started server is stopped with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

let ok = true;
if (values['import-only'] && values.database) {
	console.error('--import-only measures an import: it takes no --database');
	process.exit(2);
}
if (((motions === null && !values.database) || values.micro) && !values['import-only'])
	ok = (await runMicro()) && ok;
const database = values.database ?? null;
ok =
	(await runScale({
		motions,
		seconds,
		seed,
		out: values.out ?? null,
		keep: values.keep,
		database,
		importOnly: values['import-only']
	})) && ok;
process.exitCode = ok ? 0 : 1;
