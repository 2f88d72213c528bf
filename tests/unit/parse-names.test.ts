// Matching people's names across documents: keys, surnames, line-broken names, registry periods.
import { describe, expect, it } from 'vitest';
import {
	cabinetPostOn as cabinetPostOnFromNames,
	fractionOn,
	MemberIndex,
	nameKey,
	sameSurname,
	stripAddress,
	surnameOf,
	tidyName
} from '../../src/lib/parse/names';
import {
	cabinetPostOn,
	canonicalMember,
	nameReadings,
	namesMember,
	signatoryPost
} from '../../src/lib/parse/resolve';
import type { CabinetRecord, MemberRecord } from '../../src/lib/parse';

const member = (
	name: string,
	fraction: string,
	from: string | null,
	to: string | null,
	personId: string | null,
	fullName = name
): MemberRecord => ({ name, fullName, fraction, from, to, personId });

describe('nameKey', () => {
	it('matches across diacritics and case (Yeşilgöz / Yesilgöz / YESILGOZ)', () => {
		expect(nameKey('Yeşilgöz')).toBe('yesilgoz');
		expect(nameKey('Yesilgöz')).toBe(nameKey('Yeşilgöz'));
		expect(nameKey('YESILGOZ')).toBe(nameKey('Yeşilgöz'));
	});

	it('treats hyphens and runs of spaces alike, and curly apostrophes as straight', () => {
		expect(nameKey('Yeşilgöz-Zegerius')).toBe('yesilgoz zegerius');
		expect(nameKey('van  Hijum')).toBe(nameKey('Van Hijum'));
		expect(nameKey('in ’t Veld')).toBe("in 't veld");
	});

	it('keeps different names apart', () => {
		expect(nameKey('Van Hijum')).not.toBe(nameKey('Hijum'));
	});
});

describe('sameSurname', () => {
	it('matches a double surname cited by its first part', () => {
		expect(sameSurname('Yeşilgöz', 'Yeşilgöz-Zegerius')).toBe(true);
		expect(sameSurname('Yesilgöz', 'Yeşilgöz-Zegerius')).toBe(true);
	});

	it('does not match a double surname by its second part, or a different name', () => {
		expect(sameSurname('Zegerius', 'Yeşilgöz-Zegerius')).toBe(false);
		expect(sameSurname('Timmermans', 'Yeşilgöz-Zegerius')).toBe(false);
		expect(sameSurname('', 'Dassen')).toBe(false);
	});

	it('matches the same name in another case', () => {
		expect(sameSurname('van Hijum', 'Van Hijum')).toBe(true);
	});
});

describe('surnameOf', () => {
	it('"D.M. van Weel" → "Van Weel"', () => {
		expect(surnameOf('D.M. van Weel')).toBe('Van Weel');
	});

	it('"Ruben Brekelmans" → "Brekelmans"; "C.C.J. Veldkamp" → "Veldkamp"', () => {
		expect(surnameOf('Ruben Brekelmans')).toBe('Brekelmans');
		expect(surnameOf('C.C.J. Veldkamp')).toBe('Veldkamp');
	});

	it('keeps a multi-word prefix and drops a given name in brackets', () => {
		expect(surnameOf('J.A. van der Burg')).toBe('Van der Burg');
		expect(surnameOf('F.M. (Femke Marije) Wiersma')).toBe('Wiersma');
		expect(surnameOf('Van Weel')).toBe('Van Weel');
	});
});

describe('tidyName and stripAddress', () => {
	it('tidyName("van\\n Hijum") = "Van Hijum"', () => {
		expect(tidyName('van\n Hijum')).toBe('Van Hijum');
		expect(tidyName('  Dassen ')).toBe('Dassen');
	});

	it('stripAddress drops "de heer", "mevrouw", "het lid", "minister"', () => {
		expect(stripAddress('de heer Van Baarle')).toBe('Van Baarle');
		expect(stripAddress('Mevrouw Dobbe')).toBe('Dobbe');
		expect(stripAddress('het lid Dassen')).toBe('Dassen');
		expect(stripAddress('minister Van Weel')).toBe('Van Weel');
		expect(stripAddress('Kamerlid Dassen')).toBe('Dassen');
		expect(stripAddress('collega Dassen')).toBe('Dassen');
		expect(stripAddress('Minister-president Schoof')).toBe('Schoof');
		expect(stripAddress('Timmermans')).toBe('Timmermans');
	});
});

describe('fractionOn', () => {
	const omtzigt = [
		member('Omtzigt', 'Lid Omtzigt', '2021-06-15', '2023-12-05', 'p1'),
		member('Omtzigt', 'NSC', '2023-12-06', '2025-04-22', 'p1')
	];

	it('picks the period that holds on the date', () => {
		expect(fractionOn(omtzigt, '2023-01-01')).toEqual({ fraction: 'Lid Omtzigt', exact: true });
		expect(fractionOn(omtzigt, '2024-06-01')).toEqual({ fraction: 'NSC', exact: true });
		expect(fractionOn(omtzigt, '2023-12-06')).toEqual({ fraction: 'NSC', exact: true });
	});

	it('falls back to the closest period before the date, marked not exact', () => {
		expect(fractionOn(omtzigt, '2025-09-11')).toEqual({ fraction: 'NSC', exact: false });
	});

	it('gives no fraction for two fractions and no date, or nothing before the date', () => {
		expect(fractionOn(omtzigt, null)).toBeNull();
		expect(fractionOn(omtzigt, '2020-01-01')).toBeNull();
		expect(fractionOn([], '2024-01-01')).toBeNull();
	});

	it('needs no date when every period has the same fraction', () => {
		const two = [
			member('Dassen', 'Volt', '2021-03-31', '2023-12-05', 'p2'),
			member('Dassen', 'Volt', '2023-12-06', null, 'p2')
		];
		expect(fractionOn(two, null)).toEqual({ fraction: 'Volt', exact: true });
	});
});

describe('MemberIndex', () => {
	const index = new MemberIndex([
		member('Yeşilgöz-Zegerius', 'VVD', '2023-12-06', null, 'p3'),
		member('Van Hijum', 'NSC', '2023-12-06', '2025-09-30', 'p4'),
		member('Jansen', 'PVV', '2023-12-06', null, 'p5', 'A. Jansen'),
		member('Jansen', 'SP', '2023-12-06', null, 'p6', 'B. Jansen')
	]);

	it('canonicalises a cited surname with other diacritics or only the first part', () => {
		expect(index.canonical('Yesilgöz-Zegerius')).toBe('Yeşilgöz-Zegerius');
		expect(index.canonical('Yesilgöz')).toBe('Yeşilgöz-Zegerius');
		expect(index.canonical('de heer van Hijum')).toBe('Van Hijum');
		expect(index.canonical('mevrouw Yesilgöz')).toBe('Yeşilgöz-Zegerius');
	});

	it('gives no canonical name when unknown or shared by two people', () => {
		expect(index.canonical('Boswijk')).toBeNull();
		expect(index.canonical('Jansen')).toBeNull();
		expect(index.find('Jansen')).toHaveLength(2);
	});
});

describe('cabinetPostOn', () => {
	const cabinet: CabinetRecord[] = [
		{
			name: 'Van Weel',
			fullName: 'D.M. van Weel',
			role: 'minister',
			ministry: 'Justitie en Veiligheid',
			party: 'VVD',
			from: '2024-07-02',
			to: '2025-09-05'
		},
		{
			name: 'Van Weel',
			fullName: 'D.M. van Weel',
			role: 'minister',
			ministry: 'Buitenlandse Zaken',
			party: 'VVD',
			from: '2025-09-05',
			to: null
		}
	];

	it('gives the post held on the date', () => {
		expect(cabinetPostOn(cabinet, 'Van Weel', '2025-01-01').map((c) => c.ministry)).toEqual([
			'Justitie en Veiligheid'
		]);
		expect(cabinetPostOn(cabinet, 'van Weel', '2025-11-01').map((c) => c.ministry)).toEqual([
			'Buitenlandse Zaken'
		]);
	});

	it('gives the successor’s post on the day it starts: a post holds from "from" up to, not on, "to"', () => {
		expect(cabinetPostOn(cabinet, 'Van Weel', '2025-09-05').map((c) => c.ministry)).toEqual([
			'Buitenlandse Zaken'
		]);
		expect(cabinetPostOn(cabinet, 'Van Weel', '2025-09-04').map((c) => c.ministry)).toEqual([
			'Justitie en Veiligheid'
		]);
		expect(cabinetPostOn(cabinet, 'Van Weel', '2024-07-02').map((c) => c.ministry)).toEqual([
			'Justitie en Veiligheid'
		]);
	});

	it('gives every post without a date, none for someone else', () => {
		expect(cabinetPostOn(cabinet, 'Van Weel', null)).toHaveLength(2);
		expect(cabinetPostOn(cabinet, 'Brekelmans', '2025-01-01')).toEqual([]);
	});

	it('lives in resolve.ts; names.ts still exports the same function', () => {
		expect(cabinetPostOnFromNames).toBe(cabinetPostOn);
	});

	it('signatoryPost: the post on the date, else any the registry knows, else null', () => {
		expect(signatoryPost(cabinet, 'Van Weel', '2025-11-01')?.ministry).toBe('Buitenlandse Zaken');
		expect(signatoryPost(cabinet, 'Van Weel', '2020-01-01')?.ministry).toBe(
			'Justitie en Veiligheid'
		);
		expect(signatoryPost(cabinet, 'Brekelmans', '2025-01-01')).toBeNull();
	});
});

describe('resolution of names cited in running text', () => {
	it('nameReadings cuts where the text ran on past the name, never inside prefixes', () => {
		expect(nameReadings('Agema op Prinsjesdag')).toEqual(['Agema op Prinsjesdag', 'Agema']);
		expect(nameReadings('Van der Plas')).toEqual(['Van der Plas']);
		expect(nameReadings('Inge van Dijk')).toEqual(['Inge van Dijk', 'Inge']);
	});

	it('namesMember: a short form of a double surname, a given name on either side', () => {
		expect(namesMember('Slagt', 'Slagt-Tichelman')).toBe(true);
		expect(namesMember('mevrouw Yesilgöz', 'Yeşilgöz-Zegerius')).toBe(true);
		expect(namesMember('Yesilgöz', 'Yeşilgöz-Zegerius')).toBe(true);
		expect(namesMember('Inge van Dijk', 'Van Dijk')).toBe(true);
		expect(namesMember('Van Dijk', 'Inge van Dijk')).toBe(true);
		expect(namesMember('Jasper van Dijk', 'Inge van Dijk')).toBe(false);
		expect(namesMember('Tichelman', 'Slagt-Tichelman')).toBe(false);
		expect(namesMember('Dassen op Prinsjesdag', 'Dassen')).toBe(true);
	});

	it('canonicalMember takes the longest reading the registry knows', () => {
		const index = new MemberIndex([
			member('Boswijk', 'CDA', '2023-12-06', null, 'p1'),
			member('Yeşilgöz-Zegerius', 'VVD', '2023-12-06', null, 'p2')
		]);
		expect(canonicalMember('Boswijk in Kamerstuk', index)).toBe('Boswijk');
		expect(canonicalMember('Yesilgöz', index)).toBe('Yeşilgöz-Zegerius');
		expect(canonicalMember('Dassen', index)).toBeNull();
	});
});

describe('namesakes told apart by a given name', () => {
	const vanDijk = (
		given: string,
		initials: string,
		fraction: string,
		personId: string
	): MemberRecord => ({
		name: 'Van Dijk',
		fullName: `${initials} (${given}) van Dijk`,
		fraction,
		from: '2023-12-13',
		to: '2025-09-30',
		personId
	});
	const index = new MemberIndex([
		vanDijk('Inge', 'I.', 'CDA', 'p-inge'),
		vanDijk('Diederik', 'D.J.H.', 'SGP', 'p-diederik')
	]);

	it('the surname alone is ambiguous', () => {
		expect(index.find('Van Dijk')).toHaveLength(2);
		expect(index.canonical('Van Dijk')).toBeNull();
	});

	it('"Inge van Dijk" is the CDA member, and keeps her given name', () => {
		const people = index.find('mevrouw Inge van Dijk');
		expect(people).toHaveLength(1);
		expect(people[0]![0]!.fraction).toBe('CDA');
		expect(index.canonical('Inge van Dijk')).toBe('Inge van Dijk');
	});

	it('a given name nobody has matches no one', () => {
		expect(index.find('Piet van Dijk')).toEqual([]);
	});
});
