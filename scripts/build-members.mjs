#!/usr/bin/env node
// Builds data/members.csv, the registry of Kamerleden and their fractions, from two sources
// (see ../shared/registry/README.md and data/README.md):
//   - 2008 – Nov 2019: the openkamer fixtures person.json + parliament.json (Kamer seat periods,
//     each with the party membership that covers it);
//   - Dec 2023 – Oct 2025: the roll-call observations in members-2023-2025.json.
// Nothing covers Dec 2019 – Dec 2023: that gap stays open (no rows are made up for it).
//
//   node scripts/build-members.mjs [--out FILE] [--current FILE] [--openkamer DIR] [--quiet]
//
// --out defaults to data/members.csv; --current to ../shared/registry/members-2023-2025.json (a
// bare first argument is read as --current, as before); --openkamer to ../shared/registry/openkamer.
// Plain Node ESM, no dependencies, deterministic: the same sources give the same bytes. Rerunning
// overwrites the output: rows a clerk added by hand are lost unless they are in EXTRA_ROWS below.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_REGISTRY = join(root, '..', 'shared', 'registry');
export const OPENKAMER_DIR = join(SHARED_REGISTRY, 'openkamer');

/** Surname prefixes (tussenvoegsels) as the open data writes them after the surname. */
const PREFIXES = new Set([
	'van',
	'de',
	'den',
	'der',
	'het',
	"'t",
	'’t',
	"'s",
	'ten',
	'ter',
	'te',
	'el',
	'al',
	'in',
	'op',
	'la',
	'le',
	'du',
	'da',
	'di',
	'von'
]);

/**
 * Diacritics the open data's vote records drop but the Handelingen write. Checked against the
 * speaker labels of the seed debate (003: "Mevrouw Yeşilgöz-Zegerius (VVD):") and the attendance
 * list of the Handelingen (plenair verslag 14 December 2023: "Kostić", "Yeşilgöz-Zegerius").
 */
const DIACRITICS = new Map([
	['Yesilgöz-Zegerius', 'Yeşilgöz-Zegerius'],
	['Yesilgoz-Zegerius', 'Yeşilgöz-Zegerius'],
	['Kostic', 'Kostić']
]);

/** Rows to add by hand, in the output's shape ({ name, full_name, fraction, from, to, person_id }). */
const EXTRA_ROWS = [];

/** Capitalise a prefix as at the start of a sentence: "van den" → "Van den"; "'t" stays. */
export function capitalise(prefix) {
	return /^['’]/.test(prefix) ? prefix : prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

/** RFC 4180: quote only fields holding a comma, a quote or a line break. */
export function csvField(value) {
	const text = value == null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same comparison key as src/lib/parse/names.ts: no diacritics, no case, hyphens as spaces. */
export function nameKey(name) {
	return name
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[‘’`´]/g, "'")
		.replace(/[-\s]+/g, ' ')
		.trim();
}

/**
 * "Hijum van, Y.J." → { name: "Van Hijum", fullName: "Y.J. van Hijum" };
 * "Teunissen, C. (Christine)" → { name: "Teunissen", fullName: "C. (Christine) Teunissen" }.
 */
function splitName(input) {
	const raw = input.normalize('NFC');
	const comma = raw.indexOf(',');
	const surnamePart = (comma >= 0 ? raw.slice(0, comma) : raw).trim();
	const rest = comma >= 0 ? raw.slice(comma + 1).trim() : '';
	const nick = rest.match(/\(([^)]*)\)/);
	const initials = rest.replace(/\([^)]*\)/g, '').trim();

	const words = surnamePart.split(/\s+/);
	let cut = words.length;
	while (cut > 1 && PREFIXES.has(words[cut - 1].toLowerCase())) cut--;
	const core = words.slice(0, cut).join(' ');
	const surname = DIACRITICS.get(core) ?? core;
	const prefix = words
		.slice(cut)
		.map((w) => w.toLowerCase())
		.join(' ');

	const name = prefix ? `${capitalise(prefix)} ${surname}` : surname;
	const given = [initials, nick ? `(${nick[1].trim()})` : ''].filter(Boolean).join(' ');
	const fullName = [given, prefix, surname].filter(Boolean).join(' ');
	return { name, fullName };
}

// ---------------------------------------------------------------------------------------------
// openkamer (github.com/openkamer/openkamer, website/fixtures/, last changed 2019-12-14)

/** Read a Django fixture: the rows of each model, by primary key. */
export function readFixture(path) {
	const byModel = new Map();
	for (const row of JSON.parse(readFileSync(path, 'utf8'))) {
		const rows = byModel.get(row.model) ?? new Map();
		rows.set(row.pk, row.fields);
		byModel.set(row.model, rows);
	}
	return byModel;
}

/**
 * openkamer people whose forename/prefix/surname split is wrong for the Handelingen form (the
 * fixture puts part of a double surname in the forename or the prefix). Keyed by openkamer pk.
 */
export const PERSON_FIXES = new Map([
	// forename "Ans Willemse-van", prefix "der", surname "Ploeg"
	[115, { forename: 'Ans', prefix: '', surname: 'Willemse-van der Ploeg' }],
	// forename "Elly Blanksma-van", prefix "den", surname "Heuvel"
	[366, { forename: 'Elly', prefix: '', surname: 'Blanksma-van den Heuvel' }],
	// forename "Zohair El", surname "Yassini": the Handelingen write "El Yassini"
	[203, { forename: 'Zohair', prefix: 'el', surname: 'Yassini' }],
	// forename "Femke", surname "Merel Arissen": Femke Merel van Kooten-Arissen (PvdD, then vKA)
	[488, { forename: 'Femke Merel', prefix: 'van', surname: 'Kooten-Arissen' }],
	// forename "Henk", surname "Jan Ormel"
	[706, { forename: 'Henk Jan', prefix: '', surname: 'Ormel' }]
]);

/** Initials the fixture gets wrong: these people get none rather than a guess. */
const BAD_INITIALS = new Set([
	317 // Rutger Schonis: initials "i."
]);

/** One openkamer person as { name, fullName, forename, tkId }. */
export function openkamerPerson(pk, fields) {
	const fix = PERSON_FIXES.get(pk);
	const forename = (fix?.forename ?? fields.forename ?? '').trim();
	const prefix = (fix?.prefix ?? fields.surname_prefix ?? '').trim().toLowerCase();
	const surname = (fix?.surname ?? fields.surname ?? '').trim().normalize('NFC');
	const initials = BAD_INITIALS.has(pk) ? '' : (fields.initials ?? '').trim();
	const name = prefix ? `${capitalise(prefix)} ${surname}` : surname;
	const fullName = [initials, prefix, surname].filter(Boolean).join(' ');
	return { pk, name, fullName, forename, initials, tkId: fields.tk_id || null };
}

/**
 * The fraction name for an openkamer party: the short names the Kamer (and the Handelingen labels)
 * use for the big parties, and the Kamer's own names for the one- and two-member fractions.
 */
const FRACTION_OF_PARTY = new Map([
	['Volkspartij voor Vrijheid en Democratie', 'VVD'],
	['Partij voor de Vrijheid', 'PVV'],
	['Christen-Democratisch Appèl', 'CDA'],
	['Democraten 66', 'D66'],
	['Socialistische Partij', 'SP'],
	['Partij van de Arbeid', 'PvdA'],
	['GroenLinks', 'GroenLinks'],
	['ChristenUnie', 'ChristenUnie'],
	['Staatkundig Gereformeerde Partij', 'SGP'],
	['Partij voor de Dieren', 'PvdD'],
	['50PLUS', '50PLUS'],
	['DENK', 'DENK'],
	// The Kamer's open data now writes FVD (as members-2023-2025.json does); the Handelingen of
	// 2017-2020 label the fraction "FvD". One name keeps it one fraction.
	['Forum voor Democratie', 'FVD'],
	['Lid-Haga', 'Van Haga'],
	['Lid-Bontes', 'Bontes']
]);

export function fractionOfParty(party) {
	return FRACTION_OF_PARTY.get(party.name) ?? party.name;
}

/** The last event the openkamer fixture records (Ch. Jansen sworn in): a seat still open then ends here. */
export const OPENKAMER_LAST_SEEN = '2019-11-27';
/** Seat periods that reach this date are in: the fixture is complete from 2008 on. */
const OPENKAMER_FROM = '2008-01-01';

const DAY = 86_400_000;
const time = (iso) => Date.parse(`${iso}T00:00:00Z`);
const sameDay = (a, b, slack = 1) => Math.abs(time(a) - time(b)) <= slack * DAY;

/** The days a newly elected Kamer was installed: seat periods split there are no fraction switch. */
const KAMER_INSTALLED = ['2006-11-30', '2010-06-17', '2012-09-20', '2017-03-23'];

/** Days two periods share; open ends (null) run forever. */
function overlapDays(from, to, otherFrom, otherTo) {
	const start = Math.max(time(from), otherFrom ? time(otherFrom) : -Infinity);
	const end = Math.min(time(to), otherTo ? time(otherTo) : Infinity);
	return (end - start) / DAY;
}

/**
 * The fraction of one seat period. The fixture's party rows are party memberships, mostly undated;
 * the dated ones mark the fraction switches (openkamer also splits the seat periods there). So: the
 * dated row that covers most of the seat (a row dated at both ends wins a tie: it is a fraction
 * period, an open-ended one is a party membership); else the one undated party; else none.
 */
function fractionOfSeat(seat, partyRows, parties) {
	const dated = partyRows
		.filter((r) => r.joined || r.left)
		.map((r) => ({ r, days: overlapDays(seat.from, seat.to, r.joined, r.left) }))
		.filter((c) => c.days > 0)
		.sort(
			(a, b) =>
				b.days - a.days ||
				Number(!!(b.r.joined && b.r.left)) - Number(!!(a.r.joined && a.r.left)) ||
				a.r.party - b.r.party
		);
	if (dated.length)
		return { fraction: fractionOfParty(parties.get(dated[0].r.party)), how: 'dated' };
	const undated = [
		...new Set(partyRows.filter((r) => !r.joined && !r.left).map((r) => r.party))
	].map((pk) => fractionOfParty(parties.get(pk)));
	const distinct = [...new Set(undated)];
	if (distinct.length === 1) return { fraction: distinct[0], how: 'undated' };
	return {
		fraction: null,
		how: distinct.length ? `ambiguous: ${distinct.join(', ')}` : 'no party'
	};
}

/** Rows from the openkamer fixtures: one per person per fraction period, 2008 – Nov 2019. */
function openkamerRows(dir, notes) {
	const personFixture = readFixture(join(dir, 'person.json'));
	const parliament = readFixture(join(dir, 'parliament.json'));
	const persons = personFixture.get('person.person');
	const parties = parliament.get('parliament.politicalparty');
	const partyRowsOf = new Map();
	for (const r of parliament.get('parliament.partymember').values()) {
		partyRowsOf.set(r.person, [...(partyRowsOf.get(r.person) ?? []), r]);
	}
	// A Persoon id that two openkamer people carry cannot tell them apart: drop it for both.
	const tkCount = new Map();
	for (const p of persons.values())
		if (p.tk_id) tkCount.set(p.tk_id, (tkCount.get(p.tk_id) ?? 0) + 1);

	const seats = [...parliament.get('parliament.parliamentmember').values()]
		.filter((s) => s.joined && (s.left === null || s.left >= OPENKAMER_FROM))
		.map((s) => ({ person: s.person, from: s.joined, to: s.left ?? OPENKAMER_LAST_SEEN }))
		.sort((a, b) => a.person - b.person || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

	const rows = [];
	for (const seat of seats) {
		const fields = persons.get(seat.person);
		const person = openkamerPerson(seat.person, fields);
		const { fraction, how } = fractionOfSeat(seat, partyRowsOf.get(seat.person) ?? [], parties);
		if (!fraction) {
			notes.push(`skipped ${person.fullName} ${seat.from}..${seat.to}: ${how}`);
			continue;
		}
		// openkamer splits a seat where the member changed fraction. A split in mid-term whose second
		// part has no dated party row (Kortenoeven, Hernandez 2012) has an unknown fraction: no row.
		const before = seats.find(
			(s) => s.person === seat.person && s !== seat && sameDay(s.to, seat.from)
		);
		if (before && how !== 'dated' && !KAMER_INSTALLED.some((d) => sameDay(d, seat.from, 3))) {
			notes.push(
				`skipped ${person.fullName} ${seat.from}..${seat.to}: a mid-term split, fraction not in the source`
			);
			continue;
		}
		let personId = person.tkId;
		if (personId && tkCount.get(personId) > 1) {
			notes.push(`${person.fullName}: Persoon id ${personId} is shared in the fixture, left empty`);
			personId = null;
		}
		// Seat periods of one person that touch and keep the fraction become one period.
		const last = rows[rows.length - 1];
		if (last && last.pk === seat.person && last.fraction === fraction && seat.from <= last.to) {
			if (seat.to > last.to) last.to = seat.to;
			continue;
		}
		rows.push({ pk: seat.person, person, fraction, from: seat.from, to: seat.to, personId });
	}
	return rows;
}

// ---------------------------------------------------------------------------------------------

const HEADER = ['name', 'full_name', 'fraction', 'from', 'to', 'person_id'];

const COMMENTS = [
	'Kamerleden en hun fracties / Members of the Tweede Kamer and their fractions, 2008-2019 and 2023-2025.',
	'Generated by scripts/build-members.mjs; rerunning it overwrites this file (see data/README.md).',
	'GAP: no source covers December 2019 - December 2023 (the end of the 2017 Kamer and the whole',
	'2021 Kamer). Nobody who entered the Kamer in that period is here unless still a member in 2023,',
	'and no fraction switch of that period is here (Omtzigt, Den Haan, Van Haga, JA21, BBB, ...):',
	'for a date in the gap the registry holds no period, so a fraction found for it is a guess.',
	'Source 1, 2008 - 27 Nov 2019: github.com/openkamer/openkamer, website/fixtures/person.json and',
	'parliament.json (commit 6a1e57a7c93698eddaacbf7b24e79859de665d16, 2019-12-14), via',
	'../shared/registry/openkamer/. from/to: the Kamer seat period (to is the day of leaving; a seat',
	'still held in the fixture ends 2019-11-27, its last recorded event). The fraction is the party',
	'membership covering the seat; the fixture dates only some switches (Brinkman, Van Vliet,',
	'Bontes/Van Klaveren, Kuzu/Öztürk, Klein, Houwers, Monasch, Van Kooten-Arissen, Van Haga), so',
	'undated ones are missing (e.g. Kortenoeven/Hernandez 2012, the 50PLUS split of 2014).',
	'Source 2, 6 Dec 2023 on: Tweede Kamer open data, roll-call votes (Stemming rows, StemmingsSoort',
	'Hoofdelijk: ActorNaam, ActorFractie, Persoon_Id), crawled in October 2025 into the public',
	'repository tommyvanderwal/motiematcher (bronmateriaal-onbewerkt/stemming_enriched), via',
	'../shared/registry/members-2023-2025.json; from/to are the first and last roll-call dates',
	'observed for the member in that fraction (observations, not official dates); members who took',
	'part in no roll call are missing, and the cabinet is not in it.',
	'name: the surname as the Handelingen write it, prefix first ("Van Hijum"), with diacritics',
	'("Yeşilgöz-Zegerius", "Kostić"). full_name: initials, prefix and surname; where two people',
	'share a surname the given name in brackets ("I. (Inge) van Dijk": the Handelingen then write',
	'"Inge van Dijk"). One name per person: someone whose surname changed carries the latest form.',
	'person_id: the Kamer open data Persoon id, the same across fractions and sources (A.S. Joseph:',
	'NSC, then BBB); empty where the source has none or gives one id to two people.',
	'Note: "Dral, R.M." (VVD) has two Persoon ids in source 2 (2024-07-04, and from 2024-10-15);',
	'both rows are kept as the source gives them.',
	'Clerks may add rows by hand: same columns, one row per member per fraction period,',
	'dates as YYYY-MM-DD (to may be empty while the period lasts), person_id may be left empty.'
];

function parseArgs(argv) {
	const args = { out: null, current: null, openkamer: null, quiet: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--out') args.out = argv[++i];
		else if (a === '--current') args.current = argv[++i];
		else if (a === '--openkamer') args.openkamer = argv[++i];
		else if (a === '--quiet') args.quiet = true;
		else if (!a.startsWith('--') && !args.current) args.current = a;
		else throw new Error(`unknown argument ${a}`);
	}
	return {
		out: resolve(args.out ?? join(root, 'data', 'members.csv')),
		current: resolve(args.current ?? join(SHARED_REGISTRY, 'members-2023-2025.json')),
		openkamer: resolve(args.openkamer ?? OPENKAMER_DIR),
		quiet: args.quiet
	};
}

/** All rows, sorted, in the output's shape. */
export function buildRows({ current, openkamer }, notes = []) {
	const data = JSON.parse(readFileSync(current, 'utf8'));
	const records = Array.isArray(data) ? data : (data.rows ?? data.members ?? []);
	const recent = records.map((r) => {
		const { name, fullName } = splitName(r.name);
		return {
			name,
			full_name: fullName,
			fraction: r.fraction,
			from: r.firstSeen ?? '',
			to: r.lastSeen ?? '',
			person_id: r.personId ?? ''
		};
	});
	// The form the Kamer gives now wins for everyone who is in both sources.
	const nowById = new Map();
	for (const r of recent) if (r.person_id && !nowById.has(r.person_id)) nowById.set(r.person_id, r);

	const earlier = openkamerRows(openkamer, notes);
	// Surnames more than one person carries, over both sources: those get their given name.
	const peopleByKey = new Map();
	const addPerson = (name, id) => {
		const set = peopleByKey.get(nameKey(name)) ?? new Set();
		set.add(id);
		peopleByKey.set(nameKey(name), set);
	};
	for (const r of recent) addPerson(r.name, r.person_id || `full:${r.full_name}`);
	for (const r of earlier) {
		const now = r.personId && nowById.get(r.personId);
		addPerson(now ? now.name : r.person.name, r.personId || `ok:${r.pk}`);
	}
	const shared = (name) => (peopleByKey.get(nameKey(name))?.size ?? 0) > 1;

	const rows = [];
	for (const r of earlier) {
		const now = r.personId && nowById.get(r.personId);
		let name = r.person.name;
		let fullName = r.person.fullName;
		if (now) {
			if (nameKey(now.name) !== nameKey(name)) {
				notes.push(`${fullName} (${r.from}) is "${now.full_name}" in 2023-2025: the latter kept`);
			}
			name = now.name;
			fullName = now.full_name;
		} else if (shared(name) && r.person.forename) {
			const given = `(${r.person.forename})`;
			fullName = [r.person.initials, given, fullName.slice(r.person.initials.length).trim()]
				.filter(Boolean)
				.join(' ');
		}
		rows.push({
			name,
			full_name: fullName,
			fraction: r.fraction,
			from: r.from,
			to: r.to,
			person_id: r.personId ?? ''
		});
	}
	for (const r of recent) {
		if (shared(r.name) && !r.full_name.includes('(')) {
			notes.push(`${r.full_name} shares the surname with an earlier member but has no given name`);
		}
	}
	rows.push(...recent, ...EXTRA_ROWS);
	const collator = new Intl.Collator('nl', { sensitivity: 'base' });
	rows.sort(
		(a, b) =>
			collator.compare(a.name, b.name) ||
			(a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
			collator.compare(a.full_name, b.full_name) ||
			(a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0)
	);
	return rows;
}

export function renderCsv(rows) {
	const lines = [
		...COMMENTS.map((c) => `# ${c}`),
		HEADER.join(','),
		...rows.map((row) => HEADER.map((h) => csvField(row[h])).join(','))
	];
	return lines.join('\n') + '\n';
}

/** Surnames and fractions the readers rely on: seed documents (2025) and the 2018 Handelingen. */
const EXPECTED = [
	['Timmermans', 'GroenLinks-PvdA', '2024-06-01'],
	['Dassen', 'Volt', '2024-06-01'],
	['Paternotte', 'D66', '2024-06-01'],
	['Boswijk', 'CDA', '2024-06-01'],
	['Van Hijum', 'NSC', '2024-06-01'],
	['Dobbe', 'SP', '2024-06-01'],
	['Ceder', 'ChristenUnie', '2024-06-01'],
	['Van Baarle', 'DENK', '2024-06-01'],
	['Yeşilgöz-Zegerius', 'VVD', '2024-06-01'],
	['Stoffer', 'SGP', '2024-06-01'],
	['Eerdmans', 'JA21', '2024-06-01'],
	['Vermeer', 'BBB', '2024-06-01'],
	['De Roon', 'PVV', '2024-06-01'],
	['Teunissen', 'PvdD', '2024-06-01'],
	['Wilders', 'PVV', '2010-11-01'],
	['Agema', 'PVV', '2018-04-05'],
	['Hijink', 'SP', '2018-04-05'],
	['Bergkamp', 'D66', '2018-04-05'],
	['Ellemeet', 'GroenLinks', '2018-04-05'],
	['Dijksma', 'PvdA', '2018-04-05'],
	['Sazias', '50PLUS', '2018-04-05'],
	['Van der Staaij', 'SGP', '2018-04-05'],
	['Kuzu', 'Groep Kuzu/Öztürk', '2016-01-01'],
	['Van Haga', 'Van Haga', '2019-10-01']
];

function check(rows, target, notes, quiet) {
	if (quiet) return;
	console.log(`Wrote ${target}: ${rows.length} rows`);
	const missing = [];
	for (const [name, fraction, date] of EXPECTED) {
		const found = rows.find(
			(r) => r.name === name && r.fraction === fraction && r.from <= date && (!r.to || date <= r.to)
		);
		if (found) console.log(`  ok       ${name} (${fraction}) on ${date}: ${found.full_name}`);
		else {
			console.log(`  MISSING  ${name} (${fraction}) on ${date}`);
			missing.push(`${name} (${fraction}) on ${date}`);
		}
	}
	for (const n of notes) console.log(`  note     ${n}`);
	if (missing.length) {
		console.log(`Missing: ${missing.join(', ')}`);
		process.exitCode = 1;
	} else console.log('All expected members found with their fractions.');
}

export function main(argv = process.argv.slice(2)) {
	const args = parseArgs(argv);
	const notes = [];
	const rows = buildRows(args, notes);
	mkdirSync(dirname(args.out), { recursive: true });
	writeFileSync(args.out, renderCsv(rows), 'utf8');
	check(rows, args.out, notes, args.quiet);
	return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
