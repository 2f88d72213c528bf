// `export [--format csv|json] [filters] [--out FILE]`: the motions the filters select, with signers,
// fractions, verdicts and ministers. CSV is UTF-8 with a BOM so Excel opens it right.
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../lib/server/db';
import { exportMotions } from '../lib/server/queries/motions';
import { parseFilters, parseListOptions } from '../lib/filters';
import { motionsToCsv, motionsToJson } from '../lib/server/export';

export interface ExportCliOptions {
	format?: string;
	out?: string;
	[filter: string]: string | boolean | undefined;
}

const FILTER_KEYS = [
	'verdict',
	'fraction',
	'signers',
	'member',
	'minister',
	'dossier',
	'debate',
	'from',
	'to',
	'status',
	'q',
	'sort',
	'dir'
];

export function exportCommand(opts: ExportCliOptions): number {
	const format = opts.format ?? 'csv';
	if (format !== 'csv' && format !== 'json') {
		process.stderr.write(`motiemonitor export: --format "${format}" is not csv or json\n`);
		return 2;
	}
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const v = opts[key];
		if (typeof v === 'string') params.set(key, v);
	}
	if (opts.conditional) params.set('conditional', '1');
	// The command line keeps its order by motion id (scripts compare its output); the web list
	// opens newest first.
	if (!params.has('sort')) params.set('sort', 'id');
	const db = openDatabase();
	const rows = exportMotions(db, parseFilters(params), parseListOptions(params));
	db.$client.close();
	const body = format === 'csv' ? motionsToCsv(rows) : motionsToJson(rows);
	if (opts.out) {
		writeFileSync(opts.out, body);
		process.stderr.write(`Wrote ${rows.length} motions to ${opts.out}\n`);
	} else process.stdout.write(body);
	return 0;
}
