// Rebuild data/registry/besluiten-2023-2025.jsonl.gz, the registry's vote decisions npm start
// imports: every Besluit of ../shared/opendata-2023-2025/besluiten-met-een-motie.jsonl (decisions
// whose agenda item holds exactly one Zaak, a motion) with the fields Motiemonitor reads, in the
// API's own shape, and its Stemming rows without the copy of the Besluit each row repeats.
// Usage: node scripts/build-votes.mjs [SOURCE_FILE] [OUT_FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const source = process.argv[2] ?? '../shared/opendata-2023-2025/besluiten-met-een-motie.jsonl';
const out = process.argv[3] ?? 'data/registry/besluiten-2023-2025.jsonl.gz';

const BESLUIT_FIELDS = [
	'Id',
	'StemmingsSoort',
	'BesluitSoort',
	'BesluitTekst',
	'Status',
	'GewijzigdOp',
	'ApiGewijzigdOp',
	'Verwijderd'
];
const ZAAK_FIELDS = ['Id', 'Nummer', 'Soort', 'Onderwerp'];
const STEMMING_FIELDS = [
	'Id',
	'Soort',
	'FractieGrootte',
	'ActorNaam',
	'ActorFractie',
	'Vergissing',
	'Persoon_Id',
	'Fractie_Id',
	'Verwijderd'
];
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

const lines = [];
let rows = 0;
for (const line of readFileSync(source, 'utf8').split('\n')) {
	if (!line.trim()) continue;
	const b = JSON.parse(line);
	const record = pick(b, BESLUIT_FIELDS);
	record.Agendapunt = {
		Id: b.Agendapunt?.Id ?? null,
		Onderwerp: b.Agendapunt?.Onderwerp ?? null,
		Zaak: (b.Agendapunt?.Zaak ?? []).map((z) => pick(z, ZAAK_FIELDS))
	};
	record.Stemming = (b.Stemming ?? [])
		.map((s) => pick(s, STEMMING_FIELDS))
		.sort((x, y) => (x.Id < y.Id ? -1 : 1));
	rows += record.Stemming.length;
	lines.push(JSON.stringify(record));
}
// Sorted by Besluit id, so the file is the same whatever order the source lists them in.
lines.sort();
writeFileSync(out, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${out}: ${lines.length} decisions, ${rows} Stemming rows`);
