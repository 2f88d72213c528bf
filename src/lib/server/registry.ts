// The registries clerks keep by hand: data/members.csv and data/cabinet.csv, read into typed rows.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DocumentError } from '../parse/decode';
import type { CabinetRecord, MemberRecord, Registry } from '../parse/types';

type Row = Record<string, string>;

function readCsv(path: string, required: string[]): Row[] {
	if (!existsSync(path)) return [];
	const text = readFileSync(path, 'utf8');
	let rows: Row[];
	try {
		rows = parse(text, {
			columns: true,
			comment: '#',
			skip_empty_lines: true,
			trim: true,
			bom: true
		});
	} catch (e) {
		const err = e as { message: string; lines?: number };
		throw new DocumentError(`not a valid CSV file: ${err.message}`, path, err.lines ?? null);
	}
	const header = rows[0] ? Object.keys(rows[0]) : required;
	const missing = required.filter((c) => !header.includes(c));
	if (missing.length) throw new DocumentError(`missing column(s) ${missing.join(', ')}`, path, 1);
	return rows;
}

const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

export function loadRegistry(dataDir = 'data'): Registry {
	const members: MemberRecord[] = readCsv(join(dataDir, 'members.csv'), ['name', 'fraction']).map(
		(r) => ({
			name: r.name!,
			fullName: r.full_name ?? r.name!,
			fraction: r.fraction!,
			from: orNull(r.from),
			to: orNull(r.to),
			personId: orNull(r.person_id)
		})
	);
	const cabinet: CabinetRecord[] = readCsv(join(dataDir, 'cabinet.csv'), [
		'name',
		'role',
		'ministry'
	]).map((r) => ({
		name: r.name!,
		fullName: r.full_name ?? r.name!,
		role: r.role!,
		ministry: r.ministry!,
		party: orNull(r.party),
		from: orNull(r.from),
		to: orNull(r.to)
	}));
	return { members, cabinet };
}
