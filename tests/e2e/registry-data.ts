// What the end-to-end tests expect, computed from the Kamer's open data itself (zaken.jsonl and
// the published motion documents in ../shared/opendata-2023-2025) and the seed debate's gold file,
// never from the app: the motions, which ones an amended version replaced, the registry's label of
// each, and the verdict each motion counts with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldMotions, SHARED } from '../helpers/paths';

const OPENDATA = join(SHARED, 'opendata-2023-2025');

/** The registry's Kabinetsappreciatie labels that are verdicts (SOURCE.md); every other is none. */
export const LABEL_VERDICTS: Record<string, string> = {
	'Oordeel Kamer': 'oordeel_kamer',
	Ontraden: 'ontraden',
	'Ontraden, tenzij gewijzigd': 'ontraden_tenzij_gewijzigd',
	Overbodig: 'overbodig',
	Ontijdig: 'ontijdig',
	Overgenomen: 'overgenomen',
	'Verzocht motie aan te houden': 'verzocht_aan_te_houden'
};

export interface RegistryMotion {
	id: string;
	zaakNumber: string;
	documentNumber: string | null;
	label: string | null;
	done: boolean;
	date: string | null;
}

export interface RegistryFacts {
	/** Zaak records in the file, and those with a published Kamerstuk id (the rest are left out). */
	records: number;
	motions: Map<string, RegistryMotion>;
	/** Motions an amended version replaces: "(t.v.v. …)" in the registry or "ter vervanging van die gedrukt onder nr. …" in its document. */
	replaced: Set<string>;
	/** The motions that count: every registry motion not replaced. */
	counted: RegistryMotion[];
	/** The standing verdicts the seed debate's transcript gives, under the registry's ids. */
	transcript: Map<string, string>;
	/** Per verdict, over the counted motions: the transcript's where it has one, else the registry label's. */
	verdicts: Record<string, number>;
	/** Counted motions with no verdict from either. */
	withoutVerdict: number;
	/** Counted motions whose registry label is a verdict. */
	withRegistryVerdict: number;
	from: string;
	to: string;
}

const PUBLICATION = /^kst-(\d{5}(?:-[A-Z0-9]{1,5})?)-(\d+)$/;
const day = (s: string | null | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(s ?? '')?.[0] ?? null;

interface Zaak {
	Nummer: string;
	Onderwerp: string | null;
	GestartOp: string | null;
	Afgedaan: boolean | null;
	Kabinetsappreciatie: string | null;
	Document?: {
		Soort?: string | null;
		Verwijderd?: boolean;
		DocumentNummer?: string | null;
		Datum?: string | null;
		HuidigeDocumentVersie?: { ExterneIdentifier?: string | null } | null;
	}[];
}

let cached: RegistryFacts | null = null;

export function registryFacts(): RegistryFacts {
	if (cached) return cached;
	const lines = readFileSync(join(OPENDATA, 'zaken.jsonl'), 'utf8').split('\n').filter(Boolean);
	const motions = new Map<string, RegistryMotion>();
	const subjects = new Map<string, string>();
	for (const line of lines) {
		const z = JSON.parse(line) as Zaak;
		// The motion's own document first (a Zaak can list a letter about it beside it).
		const documents = [...(z.Document ?? [])].sort(
			(a, b) => Number(!/^motie/i.test(a.Soort ?? '')) - Number(!/^motie/i.test(b.Soort ?? ''))
		);
		for (const d of documents) {
			if (d.Verwijderd) continue;
			const m = PUBLICATION.exec(d.HuidigeDocumentVersie?.ExterneIdentifier ?? '');
			if (!m) continue;
			const id = `${m[1]}-${m[2]}`;
			motions.set(id, {
				id,
				zaakNumber: z.Nummer,
				documentNumber: d.DocumentNummer ?? null,
				label: z.Kabinetsappreciatie,
				done: Boolean(z.Afgedaan),
				date: day(d.Datum) ?? day(z.GestartOp)
			});
			subjects.set(id, z.Onderwerp ?? '');
			break;
		}
	}
	const replaced = new Set<string>();
	for (const subject of subjects.values()) {
		// Five subjects lack the closing parenthesis: "(t.v.v. 31305-489".
		const m = /t\.v\.v\.\s*(\d{5}(?:-[A-Z0-9]{1,5})?-\d+)(?![\d-])/.exec(subject);
		if (m && motions.has(m[1]!)) replaced.add(m[1]!);
	}
	for (const file of readdirSync(join(OPENDATA, 'motions'))) {
		const xml = readFileSync(join(OPENDATA, 'motions', file), 'utf8');
		const m = /ter vervanging van die gedrukt onder nr\.?\s*(\d+)/i.exec(xml);
		if (!m) continue;
		const id = file.replace(/^kst-|\.xml$/g, '');
		const target = `${id.replace(/-\d+$/, '')}-${m[1]}`;
		if (motions.has(target)) replaced.add(target);
	}
	const transcript = new Map<string, string>();
	for (const m of goldMotions().motions) {
		// The transcript's "nr. 225 (36046)" is the registry's 36045-225 (SOURCE.md).
		const id = m.id === '36046-225' ? '36045-225' : m.id;
		transcript.set(id, m.verdict);
	}
	const counted = [...motions.values()].filter((m) => !replaced.has(m.id));
	const verdicts: Record<string, number> = {};
	let withoutVerdict = 0;
	let withRegistryVerdict = 0;
	for (const m of counted) {
		const registry = m.label ? LABEL_VERDICTS[m.label] : undefined;
		if (registry) withRegistryVerdict++;
		const verdict = transcript.get(m.id) ?? registry;
		if (verdict) verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
		else withoutVerdict++;
	}
	const dates = counted.map((m) => m.date!).sort();
	cached = {
		records: lines.length,
		motions,
		replaced,
		counted,
		transcript,
		verdicts,
		withoutVerdict,
		withRegistryVerdict,
		from: dates[0]!,
		to: dates.at(-1)!
	};
	return cached;
}
