// The registries in data/ (members.csv, cabinet.csv) read through the loader, against real facts:
// Kamerleden 2008-2019 (openkamer) and 2023-2025 (roll calls), cabinets 2006-2026, the 2018
// Handelingen samples, and the build scripts that must give the committed files byte for byte.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED } from '../helpers/paths';
import { loadRegistry } from '../../src/lib/server/registry';
import { cabinetPostOn, fractionOn, MemberIndex } from '../../src/lib/parse/names';

const DATA = join(ROOT, 'data');
const registry = loadRegistry(DATA);
const index = new MemberIndex(registry.members);

/** The fraction of the one member a surname names on a date (null when it names 0 or 2+ people). */
function fractionOf(cited: string, date: string): string | null {
	const people = index.find(cited);
	if (people.length !== 1) return null;
	return fractionOn(people[0]!, date)?.fraction ?? null;
}

/** How many people hold a seat on a date, by the registry's periods. */
function seatedOn(date: string): number {
	const seated = registry.members.filter((m) => (m.from ?? '') <= date && (!m.to || date <= m.to));
	return new Set(seated.map((m) => m.personId ?? m.fullName)).size;
}

/** A Handelingen sample as its text: the stored copy is mojibake (UTF-8 read as Latin-1), so undo it. */
function handelingen(file: string): string {
	const stored = readFileSync(join(SHARED, 'samples', 'handelingen-xml', file), 'utf8');
	const repaired = Buffer.from(stored, 'latin1').toString('utf8');
	return repaired
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('members.csv: Kamerleden 2008-2019 from openkamer', () => {
	it('has 150 people seated on 5 April 2018 and on dates across 2008-2019', () => {
		expect(seatedOn('2018-04-05')).toBe(150);
		expect(seatedOn('2008-01-01')).toBe(150);
		expect(seatedOn('2010-11-01')).toBe(150);
		expect(seatedOn('2016-01-01')).toBe(150);
	});

	it('Wilders is PVV on a 2010 date, from the same Persoon id as in 2023-2025', () => {
		expect(fractionOf('Wilders', '2010-11-01')).toBe('PVV');
		const wilders = index.find('Wilders');
		expect(wilders).toHaveLength(1);
		expect(wilders[0]!.map((m) => [m.from, m.fraction])).toEqual([
			['2006-11-30', 'PVV'],
			['2023-12-13', 'PVV']
		]);
		expect(new Set(wilders[0]!.map((m) => m.personId))).toEqual(
			new Set(['6d33b9bc-7d3a-4a60-b2d7-c2b70cd11ab1'])
		);
	});

	it('joins people across both sources by Persoon id: Omtzigt CDA in 2018, NSC in 2024', () => {
		expect(fractionOf('Omtzigt', '2018-04-05')).toBe('CDA');
		expect(fractionOf('Omtzigt', '2024-06-01')).toBe('NSC');
		expect(fractionOf('Timmermans', '2011-06-01')).toBe('PvdA');
		expect(fractionOf('Timmermans', '2024-06-01')).toBe('GroenLinks-PvdA');
	});

	it('dates the fraction switches the source dates', () => {
		expect(fractionOf('Kuzu', '2013-06-01')).toBe('PvdA');
		expect(fractionOf('Kuzu', '2016-01-01')).toBe('Groep Kuzu/Öztürk');
		expect(fractionOf('Kuzu', '2018-04-05')).toBe('DENK');
		expect(fractionOf('Van Haga', '2019-01-01')).toBe('VVD');
		expect(fractionOf('Van Haga', '2019-10-01')).toBe('Van Haga');
		expect(fractionOf('Brinkman', '2011-01-01')).toBe('PVV');
		expect(fractionOf('Brinkman', '2012-06-01')).toBe('Brinkman');
		expect(fractionOf('Van Kooten-Arissen', '2019-09-01')).toBe('Van Kooten-Arissen');
	});

	it('writes names as the Handelingen do: prefix capitalised first, diacritics kept', () => {
		const names = new Set(registry.members.map((m) => m.name));
		for (const name of [
			'Van der Staaij',
			'Van der Graaf',
			'De Roon',
			'Özütok',
			'Laçin',
			'Kröger'
		]) {
			expect(names).toContain(name);
		}
		expect(fractionOf('Van der Staaij', '2018-04-05')).toBe('SGP');
		expect(fractionOf('van der Graaf', '2018-04-05')).toBe('ChristenUnie');
	});

	it('tells namesakes apart by the given name: "Jasper van Dijk" is SP, "Gijs van Dijk" PvdA', () => {
		expect(index.find('Van Dijk').length).toBeGreaterThan(4);
		expect(fractionOf('Jasper van Dijk', '2018-04-05')).toBe('SP');
		expect(fractionOf('Gijs van Dijk', '2018-04-05')).toBe('PvdA');
		expect(fractionOf('Remco Dijkstra', '2018-04-05')).toBe('VVD');
		expect(fractionOf('Pia Dijkstra', '2018-04-05')).toBe('D66');
	});

	it('leaves the gap December 2019 - December 2023 empty: nobody has a period there', () => {
		expect(seatedOn('2020-06-01')).toBe(0);
		expect(seatedOn('2022-06-01')).toBe(0);
		const lastBefore = registry.members.filter((m) => m.to! < '2023-01-01').map((m) => m.to!);
		expect(lastBefore.sort().at(-1)).toBe('2019-11-27');
	});
});

describe('members.csv against the Handelingen of 5 April 2018 (h-tk-20172018-70-3 and -6)', () => {
	const debate = handelingen('h-tk-20172018-70-3.xml');
	const votes = handelingen('h-tk-20172018-70-6.xml');
	const expected: Record<string, string> = {
		Ellemeet: 'GroenLinks',
		Hijink: 'SP',
		Bergkamp: 'D66',
		Segers: 'ChristenUnie',
		Dijksma: 'PvdA',
		Sazias: '50PLUS',
		Slootweg: 'CDA',
		Agema: 'PVV',
		Hermans: 'VVD'
	};

	it('finds every signer of the seven motions in the registry with the right fraction', () => {
		const signers = [
			...debate.matchAll(/Deze motie is voorgesteld door (?:het lid|de leden) ([^.]+)\./g)
		]
			.flatMap((m) => m[1]!.split(/, | en /))
			.map((s) => s.trim());
		expect(new Set(signers)).toEqual(new Set(Object.keys(expected)));
		for (const name of signers)
			expect([name, fractionOf(name, '2018-04-05')]).toEqual([name, expected[name]]);
	});

	it('agrees with the speaker labels of the debate', () => {
		const labels = [
			...debate.matchAll(/(?:De heer|Mevrouw) (\p{Lu}[\p{L}' -]+?) \( ([^)]+?) \) ?:/gu)
		];
		expect(labels.length).toBeGreaterThan(10);
		for (const [, name, party] of labels)
			expect([name, fractionOf(name!, '2018-04-05')]).toEqual([name, party]);
	});

	it('resolves the motions voted on that day, diacritics and all', () => {
		expect(votes).toContain('motie-Laçin/Beckerman');
		expect(votes).toContain('motie-Kröger');
		expect(fractionOf('Wassenberg', '2018-04-05')).toBe('PvdD');
		expect(fractionOf('Laçin', '2018-04-05')).toBe('SP');
		expect(fractionOf('Lacin', '2018-04-05')).toBe('SP');
		expect(fractionOf('Beckerman', '2018-04-05')).toBe('SP');
		expect(fractionOf('Kröger', '2018-04-05')).toBe('GroenLinks');
	});
});

describe('cabinet.csv: Balkenende III (2006) to Schoof', () => {
	const post = (name: string, date: string) =>
		cabinetPostOn(registry.cabinet, name, date).map((c) => [c.role, c.ministry, c.party]);

	it('has De Jonge as minister of VWS and Blokhuis as staatssecretaris on 5 April 2018', () => {
		const debate = handelingen('h-tk-20172018-70-3.xml');
		expect(debate).toContain('Minister De Jonge :');
		expect(debate).toContain('Staatssecretaris Blokhuis :');
		expect(post('De Jonge', '2018-04-05')).toEqual([
			['minister', 'Volksgezondheid, Welzijn en Sport', 'CDA']
		]);
		expect(post('Blokhuis', '2018-04-05')).toEqual([
			['staatssecretaris', 'Volksgezondheid, Welzijn en Sport', 'ChristenUnie']
		]);
	});

	it('names the ministries as each cabinet had them', () => {
		expect(post('Grapperhaus', '2018-04-05')).toEqual([
			['minister', 'Justitie en Veiligheid', 'CDA']
		]);
		expect(post('Opstelten', '2011-01-01')).toEqual([
			['minister', 'Veiligheid en Justitie', 'VVD']
		]);
		expect(post('Hirsch Ballin', '2008-01-01')).toEqual([['minister', 'Justitie', 'CDA']]);
		expect(post('Verhagen', '2011-01-01')).toEqual([
			['minister', 'Economische Zaken, Landbouw en Innovatie', 'CDA']
		]);
		expect(post('Balkenende', '2006-08-01')).toEqual([
			['minister-president', 'Algemene Zaken', 'CDA']
		]);
	});

	it('carries Rutte III to its end on 10 January 2022, from the Rijksoverheid page', () => {
		expect(post('Van Ark', '2021-01-01')).toEqual([
			['minister zonder portefeuille', 'Medische Zorg', 'VVD']
		]);
		expect(post('Knapen', '2021-12-01')).toEqual([['minister', 'Buitenlandse Zaken', 'CDA']]);
		expect(post('Knops', '2020-01-15')).toEqual([
			['minister', 'Binnenlandse Zaken en Koninkrijksrelaties', 'CDA']
		]);
		expect(post('Rutte', '2022-01-09')).toEqual([['minister-president', 'Algemene Zaken', 'VVD']]);
		// On the day Rutte IV begins, the Rutte IV post holds (a post ends on its "to" day).
		expect(
			cabinetPostOn(registry.cabinet, 'De Jonge', '2022-01-10').map((c) => c.ministry)
		).toEqual(['Volkshuisvesting en Ruimtelijke Ordening']);
	});

	it('a label citing the first part of a married name finds the post', () => {
		expect(post('Bijleveld', '2018-04-05')).toEqual([['minister', 'Defensie', 'CDA']]);
		expect(post('Van Nieuwenhuizen', '2018-04-05')).toEqual([
			['minister', 'Infrastructuur en Waterstaat', 'VVD']
		]);
	});

	it('keeps the Rutte IV and Schoof rows exactly as written by hand', () => {
		const lines = readFileSync(join(DATA, 'cabinet.csv'), 'utf8')
			.split('\n')
			.filter((l) => l && !l.startsWith('#'))
			.slice(1);
		const hand = lines.slice(0, 105).join('\n');
		expect(createHash('sha256').update(hand).digest('hex')).toBe(
			'bac1f2b1cf5787a04e11171747b7ac2721e260643e0f6c7f0cfc45af9b13f9e3'
		);
		expect(registry.cabinet.slice(0, 105).every((c) => (c.from ?? '') >= '2022-01-10')).toBe(true);
		expect(registry.cabinet.slice(105).every((c) => (c.from ?? '') < '2022-01-10')).toBe(true);
		expect(post('Schoof', '2025-01-01')).toEqual([
			['minister-president', 'Algemene Zaken', 'partijloos']
		]);
		expect(post('Rutte', '2023-01-01')).toEqual([['minister-president', 'Algemene Zaken', 'VVD']]);
	});

	it('gives one full name per person across cabinets (the importer keys people by it)', () => {
		const mark = registry.cabinet.filter(
			(c) => c.name === 'Rutte' && c.role === 'minister-president'
		);
		expect(new Set(mark.map((c) => c.fullName))).toEqual(new Set(['M. (Mark) Rutte']));
		expect(mark.map((c) => c.from)).toEqual([
			'2022-01-10',
			'2017-10-26',
			'2012-11-05',
			'2010-10-14'
		]);
	});
});

describe('the build scripts give the committed files byte for byte', () => {
	const rebuild = (script: string, file: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'registry-'));
		try {
			const out = join(dir, file);
			execFileSync(process.execPath, [join(ROOT, 'scripts', script), '--out', out, '--quiet'], {
				cwd: ROOT
			});
			return readFileSync(out);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};

	it('scripts/build-members.mjs → data/members.csv', () => {
		expect(
			rebuild('build-members.mjs', 'members.csv').equals(readFileSync(join(DATA, 'members.csv')))
		).toBe(true);
	});

	it('scripts/build-cabinet.mjs → data/cabinet.csv', () => {
		expect(
			rebuild('build-cabinet.mjs', 'cabinet.csv').equals(readFileSync(join(DATA, 'cabinet.csv')))
		).toBe(true);
	});
});
