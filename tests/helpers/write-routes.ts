// Every route that can change something, read from the route tree: the pages with form actions and
// the endpoints with POST, PUT, PATCH or DELETE. A new one is found without anyone listing it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from './paths';

export interface WriteRoute {
	/** The route id as SvelteKit names it: /moties/[id]. */
	id: string;
	/** A URL to try it at: parameters filled in, a named action as ?/name. */
	url: string;
	method: string;
	file: string;
}

/** What to put for a parameter: a motion that exists, else 1. */
const SAMPLE: Record<string, string> = { id: '1', name: 'VVD' };
const SAMPLE_BY_ROUTE: Record<string, string> = { '/moties/[id]': '36045-230' };

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

export function writeRoutes(): WriteRoute[] {
	const routes = join(ROOT, 'src', 'routes');
	const out: WriteRoute[] = [];
	for (const file of files(routes)) {
		const name = file.split(sep).pop()!;
		if (!/^\+(page\.server|server)\.(ts|js)$/.test(name)) continue;
		const dir = relative(routes, join(file, '..')).split(sep).filter(Boolean);
		const id = '/' + dir.join('/');
		const path =
			'/' +
			dir
				.filter((s) => !/^\(.*\)$/.test(s))
				.map((s) =>
					s.replace(
						/^\[\.*(\w+)(=\w+)?\]$/,
						(_, p: string) => SAMPLE_BY_ROUTE[id] ?? SAMPLE[p] ?? '1'
					)
				)
				.join('/');
		const source = readFileSync(file, 'utf8');
		const rel = relative(ROOT, file);
		if (name.startsWith('+page.server')) {
			const at = source.search(/export\s+const\s+actions\b/);
			if (at < 0) continue;
			const body = source.slice(at);
			const names = [...body.matchAll(/^\t(\w+)\s*:\s*(async\s*)?(\(|\w+\s*=>)/gm)].map(
				(m) => m[1]!
			);
			for (const action of names.length ? names : ['default'])
				out.push({
					id,
					url: action === 'default' ? path : `${path}?/${action}`,
					method: 'POST',
					file: rel
				});
		} else {
			for (const m of source.matchAll(
				/export\s+(?:const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b/g
			))
				out.push({ id, url: path, method: m[1]!, file: rel });
		}
	}
	return out.sort((a, b) => a.url.localeCompare(b.url));
}
