// The scale benchmark's corpus: real debate transcripts renumbered into N debates with fresh motion
// ids, dates spread over 2005–2025, and members, fractions and ministers of the debate's date, so the
// importer and the pages meet the variety a real archive has. Deterministic (seeded), cached on disk.
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseBytes } from '../../src/lib/parse';
import { MONTHS } from '../../src/lib/parse/vocabulary';
import type { CabinetRecord, MemberRecord, Registry } from '../../src/lib/parse/types';
import { readSnapshot } from '../../src/lib/server/import/zaken';

/** Bump when the generated text changes, so a cached corpus of an older generator is not reused. */
const GENERATOR_VERSION = 4;

interface TemplateSource {
	file: string;
	/** The date the template's own text was read with (the manifest's, for text). */
	date: string;
	title: string;
	weight: number;
}

/** The real debates with motions the repository holds: seed 003, a VLOS report, a Handelingen XML. */
const TEMPLATE_SOURCES: TemplateSource[] = [
	{
		file: 'data/documents/003_7e549dd78be9550f.txt',
		date: '2025-09-11',
		title: 'Ontwikkelingen rondom de onderhandelingen over de oorlog in Oekraïne',
		weight: 0.5
	},
	{
		file: '../shared/samples/vlos-xml/vlos_2025-07-02_wgo_jaarverslag-2024-vws.xml',
		date: '2025-07-02',
		title: 'Jaarverslag 2024 van het ministerie van VWS',
		weight: 0.25
	},
	{
		file: '../shared/samples/handelingen-xml/h-tk-20172018-70-3.xml',
		date: '2018-04-05',
		title: 'VAO Wlz / Pgb / Toegang tot de Wlz voor ggz-cliënten',
		weight: 0.25
	}
];

export interface CorpusInfo {
	dir: string;
	/** The generated debate files, in import order. */
	files: string[];
	debates: number;
	/** Motions the generated debates table (as the templates read). */
	motions: number;
	bytes: number;
	/** Time spent generating, 0 when the cached corpus was reused. */
	generationMs: number;
	reused: boolean;
	/** Debates whose speakers were replaced by members seated on their date. */
	namesReplaced: number;
	byTemplate: Record<string, number>;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const dutchDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m! - 1]} ${y}`;
};

interface Template {
	source: TemplateSource;
	name: string;
	ext: string;
	text: string;
	/** Doubly encoded UTF-8 (the Handelingen sample): only ASCII names are put in. */
	doubleEncoded: boolean;
	motions: number;
	numbers: Set<number>;
	minNumber: number;
	span: number;
	/** The five-digit bases of the dossiers its motions are tabled in. */
	dossierBases: string[];
	suffix: string | null;
	members: { name: string; party: string | null }[];
	cabinet: { name: string; title: string | null }[];
	fractions: string[];
}

async function readTemplate(source: TemplateSource, registry: Registry): Promise<Template> {
	const bytes = readFileSync(source.file);
	const parsed = await parseBytes(bytes, source.file, { date: source.date, registry });
	if (!parsed.motions.length) throw new Error(`${source.file}: the template yields no motions`);
	const text = bytes.toString('utf8');
	const numbers = new Set(parsed.motions.map((m) => m.number));
	const min = Math.min(...numbers);
	const bases = [...new Set(parsed.motions.map((m) => m.dossier.slice(0, 5)))];
	const suffixes = [...new Set(parsed.motions.map((m) => m.dossier.slice(6) || null))];
	const members = new Map<string, string | null>();
	for (const s of parsed.speakers)
		if (s.kind === 'member' && s.name) members.set(s.name, s.party ?? members.get(s.name) ?? null);
	for (const m of parsed.motions)
		for (const s of m.signers)
			if (!members.has(s.name) || !members.get(s.name)) members.set(s.name, s.party);
	const cabinet = new Map<string, string | null>();
	for (const s of parsed.speakers)
		if (s.kind === 'cabinet' && s.name && !members.has(s.name)) cabinet.set(s.name, s.title);
	return {
		source,
		name: basename(source.file).replace(/\.[a-z]+$/, ''),
		ext: source.file.endsWith('.xml') ? 'xml' : 'txt',
		text,
		doubleEncoded: /Ã[«©¨¯¶¼]/.test(text),
		motions: parsed.motions.length,
		numbers,
		minNumber: min,
		span: Math.max(...numbers) - min + 1,
		dossierBases: bases,
		suffix: suffixes[0] ?? null,
		members: [...members].map(([name, party]) => ({ name, party })),
		cabinet: [...cabinet].map(([name, title]) => ({ name, title })),
		fractions: [...new Set([...members.values()].filter((p): p is string => !!p))]
	};
}

/** Words of the parser's own sources: a word any rule may look for is never swapped. */
function parserWords(): Set<string> {
	const words = new Set<string>();
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, e.name);
			if (e.isDirectory()) walk(path);
			else if (e.name.endsWith('.ts'))
				for (const w of readFileSync(path, 'utf8')
					.toLowerCase()
					.match(/\p{L}+/gu) ?? [])
					words.add(w);
		}
	};
	walk('src/lib/parse');
	return words;
}

/** The text outside markup: XML tags and attributes are never touched by the word swap. */
const TEXT_RUNS = /(^|>)([^<]+)/g;
const LONG_WORD = /(?<![\p{L}\p{N}-])\p{Ll}{9,}(?![\p{L}\p{N}-])/gu;

function seatedOn(date: string, registry: Registry): Map<string, MemberRecord[]> {
	const seated = registry.members.filter(
		(m) => (!m.from || m.from <= date) && (!m.to || m.to >= date)
	);
	const count = new Map<string, number>();
	for (const m of seated) count.set(m.name, (count.get(m.name) ?? 0) + 1);
	const byFraction = new Map<string, MemberRecord[]>();
	for (const m of seated) {
		// Two members of one surname need initials to tell apart; the bench takes neither.
		if (count.get(m.name) !== 1) continue;
		const list = byFraction.get(m.fraction) ?? [];
		list.push(m);
		byFraction.set(m.fraction, list);
	}
	return byFraction;
}

function inOffice(date: string, registry: Registry): CabinetRecord[] {
	const rows = registry.cabinet.filter(
		(c) => (!c.from || c.from <= date) && (!c.to || c.to >= date)
	);
	const count = new Map<string, number>();
	for (const c of rows) count.set(c.name, (count.get(c.name) ?? 0) + 1);
	return rows.filter((c) => count.get(c.name) === 1);
}

/** A pattern for a surname as transcripts write it: any whitespace (a line break) between words. */
function namePattern(name: string): string {
	return name
		.split(/\s+/)
		.map((w, i, all) =>
			// "van Hijum" in running text for "Van Hijum"; a one-word name keeps its capital ("Ceder").
			i === 0 && all.length > 1
				? `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRe(w.slice(1))}`
				: escapeRe(w)
		)
		.join('\\s+');
}

interface Debate {
	template: Template;
	date: string;
	dossier: string;
	offset: number;
	rand: () => number;
}

/**
 * A place in a template's text that a debate rewrites. The template is read once into slots, so
 * each debate is rendered by joining the text between them: regular expressions over 200 KB for
 * every one of thousands of debates would make the corpus slower to build than to import.
 */
type Slot = { start: number; end: number } & (
	| { kind: 'number'; n: number }
	| { kind: 'dossier'; spaced: boolean }
	| { kind: 'iso-date' | 'dutch-date' }
	| { kind: 'name'; name: string }
	| { kind: 'word'; word: string }
);

function slotsOf(t: Template, dictionary: Set<string>): Slot[] {
	const text = t.text;
	const slots: Slot[] = [];
	const numbersIn = (from: number, list: string) => {
		for (const m of list.matchAll(/\d+/g))
			if (t.numbers.has(Number(m[0])))
				slots.push({
					kind: 'number',
					n: Number(m[0]),
					start: from + m.index,
					end: from + m.index + m[0].length
				});
	};
	const gap = String.raw`(?:\s|<[^>]*>)*`;
	// "nr. 216", "nrs. 217 en 218", "stuk nr. 221 t/m 223", "nr. <stuknummer>9</stuknummer>", "nr.\n<extref …>210".
	for (const m of text.matchAll(
		new RegExp(String.raw`(\b[Nn][Rr][Ss]?\.?${gap})(\d+(?:${gap}(?:,|en|t\/m)${gap}\d+)*)`, 'g')
	))
		numbersIn(m.index + m[1]!.length, m[2]!);
	for (const m of text.matchAll(/(<stuknummer>\s*)(\d+)/g))
		numbersIn(m.index + m[1]!.length, m[2]!);
	// "M-34104-210", "kst-34104-210", "36740-XVI-9".
	const bases = t.dossierBases.map(escapeRe).join('|');
	for (const m of text.matchAll(
		new RegExp(String.raw`(\b(?:${bases})(?:-[A-Za-z0-9]{1,5})?-)(\d+)\b`, 'g')
	))
		numbersIn(m.index + m[1]!.length, m[2]!);
	// Every way the dossier is written, "36045", "36 045".
	const dossier = t.dossierBases.map((b) => `${b.slice(0, 2)}\\s?${b.slice(2)}`).join('|');
	for (const m of text.matchAll(new RegExp(String.raw`(?<!\d)(?:${dossier})(?!\d)`, 'g')))
		slots.push({
			kind: 'dossier',
			spaced: /\s/.test(m[0]),
			start: m.index,
			end: m.index + m[0].length
		});
	// The date, where the text carries it (VLOS: <datum>, time stamps, "2 juli 2025").
	for (const [kind, needle] of [
		['iso-date', t.source.date],
		['dutch-date', dutchDate(t.source.date)]
	] as const)
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
			slots.push({ kind, start: at, end: at + needle.length });
	// Members, fractions and ministers as the text writes them.
	const variants = new Map<string, string>();
	const add = (variant: string, name: string) => {
		if (!variants.has(variant)) variants.set(variant, name);
		if (!variants.has(stripMarks(variant))) variants.set(stripMarks(variant), name);
	};
	const people = [...t.members.map((m) => m.name), ...t.cabinet.map((c) => c.name), ...t.fractions];
	for (const name of people) add(name, name);
	for (const name of people) {
		// "Yeşilgöz" for "Yeşilgöz-Zegerius": the transcript often writes the first part only.
		const first = name.split('-')[0]!;
		if (first !== name && first.length > 3) add(first, name);
	}
	const keyOf = (s: string) => stripMarks(s).replace(/\s+/g, ' ').toLowerCase();
	const byKey = new Map([...variants].map(([v, name]) => [keyOf(v), name]));
	const keys = [...variants.keys()].sort((a, b) => b.length - a.length);
	const names = new RegExp(
		String.raw`(?<![\p{L}\p{N}])(?:${keys.map(namePattern).join('|')})(?![\p{L}\p{N}])`,
		'gu'
	);
	for (const m of text.matchAll(names)) {
		const name = byKey.get(keyOf(m[0]));
		if (name) slots.push({ kind: 'name', name, start: m.index, end: m.index + m[0].length });
	}
	// Long words outside markup, for the word swap.
	for (const run of text.matchAll(TEXT_RUNS)) {
		const from = run.index + run[1]!.length;
		for (const m of run[2]!.matchAll(LONG_WORD))
			if (dictionary.has(m[0]))
				slots.push({
					kind: 'word',
					word: m[0],
					start: from + m.index,
					end: from + m.index + m[0].length
				});
	}
	slots.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Slot[] = [];
	for (const s of slots) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
	return kept;
}

/** Who the debate's people are: members seated on its date, their fractions, ministers in office. */
function castOf(d: Debate, registry: Registry): Map<string, string> {
	const t = d.template;
	const map = new Map<string, string>();
	const seated = seatedOn(d.date, registry);
	const total = [...seated.values()].reduce((a, l) => a + l.length, 0);
	const asciiOnly = (s: string) => !t.doubleEncoded || /^[\x20-\x7e]+$/.test(s);
	if (total >= t.members.length * 2) {
		const fractions = [...seated.keys()].sort();
		const fractionMap = new Map<string, string>();
		const free = [...fractions];
		for (const f of t.fractions) {
			const pool = free.length ? free : fractions;
			const pick = pool[Math.floor(d.rand() * pool.length)]!;
			if (pool === free) free.splice(free.indexOf(pick), 1);
			fractionMap.set(f, pick);
		}
		const used = new Set<string>();
		const pickFrom = (list: MemberRecord[]) => {
			const ok = list.filter((m) => !used.has(m.name) && asciiOnly(m.name));
			if (!ok.length) return null;
			const m = ok[Math.floor(d.rand() * ok.length)]!;
			used.add(m.name);
			return m;
		};
		const everyone = [...seated.values()].flat();
		for (const m of t.members) {
			const fraction = m.party ? fractionMap.get(m.party) : undefined;
			const pick = (fraction && pickFrom(seated.get(fraction) ?? [])) || pickFrom(everyone);
			if (pick) map.set(m.name, pick.name);
		}
		for (const [from, to] of fractionMap) if (asciiOnly(to)) map.set(from, to);
	}
	const cabinet = inOffice(d.date, registry).filter((c) => asciiOnly(c.name));
	const usedCabinet = new Set<string>();
	for (const c of t.cabinet) {
		const role = (c.title ?? 'minister').toLowerCase();
		let pool = cabinet.filter((r) => !usedCabinet.has(r.name) && r.role.startsWith(role));
		if (!pool.length) pool = cabinet.filter((r) => !usedCabinet.has(r.name));
		if (!pool.length) continue;
		const pick = pool[Math.floor(d.rand() * pool.length)]!;
		usedCabinet.add(pick.name);
		map.set(c.name, pick.name);
	}
	return map;
}

/** Render one debate: numbers, dossier, date, names, fractions and about a quarter of the long words. */
function render(d: Debate, slots: Slot[], cast: Map<string, string>, words: string[]): string {
	const t = d.template;
	const text = t.text;
	const base = d.dossier.slice(0, 5);
	const swap = new Map<string, string>();
	const out: string[] = [];
	let at = 0;
	for (const s of slots) {
		out.push(text.slice(at, s.start));
		at = s.end;
		switch (s.kind) {
			case 'number':
				out.push(String(s.n + d.offset));
				break;
			case 'dossier':
				out.push(s.spaced ? `${base.slice(0, 2)} ${base.slice(2)}` : base);
				break;
			case 'iso-date':
				out.push(d.date);
				break;
			case 'dutch-date':
				out.push(dutchDate(d.date));
				break;
			case 'name':
				out.push(cast.get(s.name) ?? text.slice(s.start, s.end));
				break;
			case 'word': {
				let to = swap.get(s.word);
				if (to === undefined) {
					to = d.rand() < 0.25 ? words[Math.floor(d.rand() * words.length)]! : s.word;
					swap.set(s.word, to);
				}
				out.push(to);
			}
		}
	}
	out.push(text.slice(at));
	return out.join('');
}

function randomDate(rand: () => number): string {
	const from = Date.UTC(2005, 0, 1);
	const to = Date.UTC(2025, 11, 31);
	const day = new Date(from + Math.floor(rand() * ((to - from) / 86_400_000 + 1)) * 86_400_000);
	return day.toISOString().slice(0, 10);
}

/**
 * Generate (or reuse from the cache under the system's temp folder) debates that table at least
 * `motions` motions. The cache key covers the parameters, the generator and the templates' bytes.
 */
export async function generateCorpus(
	motions: number,
	registry: Registry,
	options: { seed?: number; log?: (line: string) => void } = {}
): Promise<CorpusInfo> {
	const seed = options.seed ?? 16;
	const log = options.log ?? (() => {});
	const hash = createHash('sha256').update(`${GENERATOR_VERSION} ${motions} ${seed}`);
	for (const s of TEMPLATE_SOURCES) hash.update(readFileSync(s.file));
	hash.update(readFileSync('data/members.csv')).update(readFileSync('data/cabinet.csv'));
	const key = hash.digest('hex').slice(0, 12);
	const dir = join(tmpdir(), `motiemonitor-bench-corpus-${motions}-${key}`);
	const infoFile = join(dir, 'corpus.json');
	if (existsSync(infoFile)) {
		const info = JSON.parse(readFileSync(infoFile, 'utf8')) as CorpusInfo;
		return {
			...info,
			dir,
			files: info.files.map((f) => join(dir, f)),
			generationMs: 0,
			reused: true
		};
	}
	const t0 = performance.now();
	const templates = await Promise.all(TEMPLATE_SOURCES.map((s) => readTemplate(s, registry)));
	const rand = prng(seed);

	// Fresh dossiers: five-digit numbers no snapshot motion and no template uses.
	const taken = new Set<string>();
	for (const e of readSnapshot('data/registry/moties-2023-2025.jsonl.gz'))
		for (const m of JSON.stringify(e.zaak).matchAll(/\b(\d{5})\b/g)) taken.add(m[1]!);
	for (const t of templates) for (const b of t.dossierBases) taken.add(b);
	const pool: string[] = [];
	for (let n = 29000; n < 37000; n++) if (!taken.has(String(n))) pool.push(String(n));
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
	}

	const skip = parserWords();
	const names = new Set(registry.members.flatMap((m) => m.name.toLowerCase().split(/[\s-]+/)));
	const dictionary = new Set(
		[
			...new Set(
				templates.flatMap((t) =>
					[...t.text.matchAll(TEXT_RUNS)].flatMap((m) => m[2]!.match(LONG_WORD) ?? [])
				)
			)
		]
			.filter((w) => !skip.has(w) && !names.has(w))
			.sort()
	);

	const words = [...dictionary];
	const slotCache = new Map<Template, Slot[]>();
	const work = `${dir}.partial-${process.pid}`;
	mkdirSync(work, { recursive: true });
	const manifest: { file: string; kind: string; title: string; date: string }[] = [];
	const files: string[] = [];
	const byTemplate: Record<string, number> = {};
	let total = 0;
	let bytes = 0;
	let namesReplaced = 0;
	/** A dossier in use: how many more debates it takes, and its next free number. */
	let open: { base: string; left: number; next: number } | null = null;
	const weights = templates.reduce((a, t) => a + t.source.weight, 0);
	for (let i = 0; total < motions; i++) {
		let r = rand() * weights;
		const template = templates.find((t) => (r -= t.source.weight) < 0) ?? templates[0]!;
		if (!open || open.left <= 0) {
			const base = pool[i % pool.length]!;
			open = { base, left: 1 + Math.floor(rand() * 5), next: 1 + Math.floor(rand() * 150) };
		}
		const dossier = template.suffix ? `${open.base}-${template.suffix}` : open.base;
		const debate: Debate = {
			template,
			date: randomDate(rand),
			dossier,
			offset: open.next - template.minNumber,
			rand
		};
		open.next += template.span + Math.floor(rand() * 4);
		open.left--;
		let slots = slotCache.get(template);
		if (!slots) slotCache.set(template, (slots = slotsOf(template, dictionary)));
		const cast = castOf(debate, registry);
		const named = template.members.some((m) => cast.has(m.name));
		const text = render(debate, slots, cast, words);
		const file = `${String(i).padStart(6, '0')}_${template.name}.${template.ext}`;
		writeFileSync(join(work, file), text);
		manifest.push({ file, kind: 'debate', title: template.source.title, date: debate.date });
		files.push(file);
		byTemplate[template.name] = (byTemplate[template.name] ?? 0) + 1;
		total += template.motions;
		bytes += Buffer.byteLength(text);
		if (named) namesReplaced++;
		if (i % 500 === 499) log(`  generated ${i + 1} debates, ${total} motions`);
	}
	writeFileSync(
		join(work, 'manifest.json'),
		JSON.stringify({
			note: 'Generated by npm run bench (scripts/bench/corpus.ts)',
			documents: manifest
		})
	);
	const info: CorpusInfo = {
		dir,
		files,
		debates: files.length,
		motions: total,
		bytes,
		generationMs: performance.now() - t0,
		reused: false,
		namesReplaced,
		byTemplate
	};
	writeFileSync(join(work, 'corpus.json'), JSON.stringify(info));
	// Complete or absent: a run stopped half-way leaves only a .partial folder behind.
	renameSync(work, dir);
	return { ...info, files: files.map((f) => join(dir, f)) };
}
