// The reader against the gold files, through the CLI contract (`parse FILE --json`), as outside checks read it.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, seed, SEEDS, goldMotions, goldReferences } from '../helpers/paths';
import type { ContractJson } from '../../src/lib/parse/contract';

function cliParse(file: string): ContractJson {
	const out = execFileSync(
		process.execPath,
		[
			join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
			join(ROOT, 'src/cli/index.ts'),
			'parse',
			file,
			'--json'
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	return JSON.parse(out) as ContractJson;
}

describe('seed 003: the debate transcript against gold', () => {
	const gold = goldMotions();
	let parsed: ContractJson;
	beforeAll(() => {
		parsed = cliParse(seed(SEEDS.debate));
	});

	it('reads the document as the debate of 2025-09-11 with its title', () => {
		expect(parsed.document).toEqual({
			kind: 'debate',
			title: gold.debate,
			date: '2025-09-11',
			format: 'text',
			interim: false,
			debates: []
		});
	});

	it('finds exactly the gold motions, in order', () => {
		expect(parsed.motions.map((m) => m.id)).toEqual(gold.motions.map((m) => m.id));
		expect(parsed.motions).toHaveLength(gold.motionCount);
	});

	it.each(gold.motions.map((m) => [m.id, m] as const))(
		'%s: signers, fractions, verdict, minister',
		(id, g) => {
			const m = parsed.motions.find((x) => x.id === id)!;
			expect(m.dossier).toBe(g.dossier);
			expect(m.number).toBe(g.number);
			expect(m.signers.map((s) => s.name)).toEqual(g.signers);
			expect(m.signers.map((s) => s.party)).toEqual(g.signers.map((s) => gold.parties[s]));
			expect(m.verdict).toBe(g.verdict);
			expect(m.minister).toBe(g.minister);
			expect(m.reader).toBe(g.signers[0]);
		}
	);

	it('takes Teunissen’s fraction from the member registry, the others from the labels', () => {
		const signers = parsed.motions.flatMap((m) => m.signers);
		expect(
			signers.filter((s) => s.name === 'Teunissen').map((s) => [s.party, s.partySource])
		).toEqual([['PvdD', 'registry']]);
		expect(
			signers.filter((s) => s.name !== 'Teunissen').every((s) => s.partySource === 'label')
		).toBe(true);
	});

	it('marks 218 and 233 conditional, with the condition in words', () => {
		const byId = new Map(parsed.motions.map((m) => [m.id, m]));
		for (const g of gold.motions)
			expect(byId.get(g.id)!.conditional, g.id).toBe(g.conditional ?? false);
		expect(byId.get('36045-218')!.condition).toMatch(/burden sharing/);
		expect(byId.get('36045-233')!.condition).toMatch(/zo mag lezen/);
	});

	it('keeps the history of 233: first ontraden, then oordeel Kamer', () => {
		const m = parsed.motions.find((x) => x.id === '36045-233')!;
		expect(m.appraisal!.history.map((h) => h.verdict)).toEqual(['ontraden', 'oordeel_kamer']);
		expect(m.appraisal!.history.every((h) => h.minister === 'Brekelmans')).toBe(true);
	});

	it('gives each motion its line range and clean text', () => {
		const m216 = parsed.motions[0]!;
		expect(m216.lines).toEqual([2984, 3004]);
		expect(m216.parts.map((p) => p.kind)).toEqual(['constaterende', 'overwegende', 'verzoekt']);
		const m228 = parsed.motions.find((m) => m.id === '36045-228')!;
		// The page break inside the dictum is gone.
		expect(m228.parts.at(-1)!.text).toContain(
			'humanitair oorlogsrecht, zoals landmijnen of clustermunitie'
		);
		expect(m228.text).not.toMatch(/\n\s*\n\s*\n/);
	});

	it('totals agree with the gold totals', () => {
		const byVerdict: Record<string, number> = { oordeel_kamer: 0, ontraden: 0, overbodig: 0 };
		for (const m of parsed.motions) byVerdict[m.verdict!] = (byVerdict[m.verdict!] ?? 0) + 1;
		expect(byVerdict).toEqual(gold.totals.byVerdict);
	});

	it('warns about nothing it should not', () => {
		expect(parsed.warnings).toEqual([]);
	});
});

describe('the four other seeds: no motions, references as gold', () => {
	const gold = goldReferences();
	const others = [SEEDS.answers, SEEDS.letter, SEEDS.consultation, SEEDS.letter2];

	it.each(others)('%s tables no motion', (file) => {
		expect(cliParse(seed(file)).motions).toEqual([]);
	});

	it.each(others)('%s: motion references agree with references.json', (file) => {
		const parsed = cliParse(seed(file));
		const expected = gold.references.filter((r) => r.source === `seeds/${file}`);
		expect(parsed.references.map((r) => r.motion)).toEqual(expected.map((r) => r.motion));
		for (const [i, r] of parsed.references.entries()) {
			expect(r.signers).toEqual(expected[i]!.signers);
		}
		for (const not of gold.notMotions)
			expect(parsed.references.map((r) => r.motion)).not.toContain(not);
	});

	it('keeps the Kamerstukken that are not motions apart', () => {
		const ids = others.flatMap((f) => cliParse(seed(f)).kamerstukken.map((k) => k.id));
		for (const not of gold.notMotions) expect(ids).toContain(not);
	});

	it('cites 36045-191 from two letters in different spellings', () => {
		const written = [SEEDS.letter, SEEDS.letter2].map(
			(f) => cliParse(seed(f)).references.find((r) => r.motion === '36045-191')!.asWritten
		);
		expect(written[0]).toContain('Motie 36045-191');
		expect(written[1]).toContain('Timmermans-Yeşilgöz');
		expect(written[1]).toContain('Kamerstuk 36 045, nr. 191');
	});
});
