// Rebuild data/registry/moties-2023-2025.jsonl.gz, the registry snapshot npm start imports:
// every motion Zaak of ../shared/opendata-2023-2025/zaken.jsonl (the fields Motiemonitor reads,
// in the API's own shape) with its published motion document (kst XML) verbatim.
// Usage: node scripts/build-snapshot.mjs [SOURCE_DIR] [OUT_FILE]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const source = process.argv[2] ?? '../shared/opendata-2023-2025';
const out = process.argv[3] ?? 'data/registry/moties-2023-2025.jsonl.gz';

const ZAAK_FIELDS = [
	'Id',
	'Nummer',
	'Soort',
	'Titel',
	'Onderwerp',
	'GestartOp',
	'Vergaderjaar',
	'Volgnummer',
	'Afgedaan',
	'Kabinetsappreciatie',
	'GewijzigdOp',
	'ApiGewijzigdOp',
	'Verwijderd'
];
const DOCUMENT_FIELDS = [
	'Id',
	'Soort',
	'DocumentNummer',
	'Onderwerp',
	'Datum',
	'Volgnummer',
	'Verwijderd'
];
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

const lines = [];
let withXml = 0;
for (const line of readFileSync(join(source, 'zaken.jsonl'), 'utf8').split('\n')) {
	if (!line.trim()) continue;
	const z = JSON.parse(line);
	const zaak = pick(z, ZAAK_FIELDS);
	zaak.Document = (z.Document ?? []).map((d) => ({
		...pick(d, DOCUMENT_FIELDS),
		HuidigeDocumentVersie: d.HuidigeDocumentVersie
			? { ExterneIdentifier: d.HuidigeDocumentVersie.ExterneIdentifier ?? null }
			: null
	}));
	// The motion's own document first: a Zaak can list a letter about it beside it.
	const publication = [...zaak.Document]
		.sort((a, b) => Number(!/^motie/i.test(a.Soort ?? '')) - Number(!/^motie/i.test(b.Soort ?? '')))
		.map((d) => d.HuidigeDocumentVersie?.ExterneIdentifier)
		.find(Boolean);
	const file = publication ? join(source, 'motions', `${publication}.xml`) : null;
	const xml = file && existsSync(file) ? readFileSync(file, 'utf8') : null;
	if (xml) withXml++;
	lines.push(JSON.stringify({ zaak, xml }));
}
// Sorted by Zaak id, so the file is the same whatever order the source lists them in.
lines.sort();
writeFileSync(out, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${out}: ${lines.length} motions, ${withXml} with their published document`);
