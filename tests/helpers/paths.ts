// Where the shared reference material lives: ../shared beside the checkout (as in CI).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared');
export const DOCUMENTS = join(ROOT, 'data', 'documents');
/** The tests' build (npm run test:e2e builds it), apart from the build/ that `npm start` serves. */
export const TEST_BUILD = process.env.MOTIEMONITOR_BUILD || 'build-test';
/** The command that serves a build: node SERVE…, as `npm start` does. */
export const SERVE = (build: string = TEST_BUILD) => ['scripts/serve.mjs', build];

if (!existsSync(SHARED)) {
	throw new Error(`The tests compare against ../shared (gold files); not found at ${SHARED}`);
}

export function readJson<T = unknown>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const seed = (name: string) => join(SHARED, 'seeds', name);

export const SEEDS = {
	answers: '000_bf87490c51285b27.txt',
	letter: '001_5a2fb29aceb06802.txt',
	consultation: '002_d88359ce39742adb.txt',
	debate: '003_7e549dd78be9550f.txt',
	letter2: '004_7f05fd73837fd489.txt'
} as const;

export interface GoldMotions {
	motionCount: number;
	debate: string;
	parties: Record<string, string>;
	motions: {
		id: string;
		dossier: string;
		number: number;
		signers: string[];
		verdict: string;
		minister: string;
		conditional?: boolean;
	}[];
	totals: {
		byVerdict: Record<string, number>;
		byMinister: Record<string, Record<string, number>>;
		byFirstSignerParty: Record<string, Record<string, number>>;
	};
}

export interface GoldReferences {
	references: { source: string; motion: string; as_written: string; signers: string[] }[];
	notMotions: string[];
}

export const goldMotions = () =>
	readJson<GoldMotions>(join(SHARED, 'gold', '003_7e549dd78be9550f.motions.json'));
export const goldReferences = () =>
	readJson<GoldReferences>(join(SHARED, 'gold', 'references.json'));
