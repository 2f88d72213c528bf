#!/usr/bin/env node
// Builds data/cabinet.csv, the registry of bewindspersonen (ministers and staatssecretarissen), from:
//   - kabinet-Balkenende III (2006) – kabinet-Rutte III (until Dec 2019): openkamer's
//     government.json + person.json (../shared/registry/openkamer/), with the posts, names, dates
//     and parties corrected or completed after the Rijksoverheid pages of those cabinets (CC0,
//     read through the copies in github.com/ThijsvanEssen/lawgraph, tests/fixtures/rijksoverheid/,
//     commits in COMMENTS below): Rutte III's changes from Nov 2019 to 10 January 2022 come
//     from the Rijksoverheid page alone;
//   - kabinet-Rutte IV and kabinet-Schoof: the rows written by hand (HAND_ROWS below, verbatim).
//
//   node scripts/build-cabinet.mjs [--out FILE] [--openkamer DIR] [--quiet]
//
// Deterministic: the same sources give the same bytes. Rerunning overwrites the output; rows a
// clerk adds to data/cabinet.csv by hand belong in HAND_ROWS too.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	OPENKAMER_DIR,
	csvField,
	nameKey,
	openkamerPerson,
	readFixture
} from './build-members.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HEADER = ['name', 'full_name', 'role', 'ministry', 'party', 'from', 'to'];

/** openkamer government pk → the cabinet's name and the day it ended (the next one began). */
const CABINETS = new Map([
	[20, { name: 'Balkenende III', end: '2007-02-22' }],
	[19, { name: 'Balkenende IV', end: '2010-10-14' }],
	[18, { name: 'Rutte I', end: '2012-11-05' }],
	[17, { name: 'Rutte II', end: '2017-10-26' }],
	// Rutte III ended when Rutte IV was sworn in (its first row in HAND_ROWS).
	[16, { name: 'Rutte III', end: '2022-01-10' }]
]);

/** Words that stay lower-case inside a ministry's name. */
const SMALL = new Set(['en', 'van', 'voor', 'de', 'der']);
const titleCase = (s) =>
	s
		.split(' ')
		.map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');

/**
 * Ministries openkamer names after an earlier cabinet (its list is per cabinet but reuses names):
 * the names the Rijksoverheid page of that cabinet gives.
 */
const MINISTRY_RENAMES = new Map([
	['Rutte I|economische zaken', 'Economische Zaken, Landbouw en Innovatie'],
	['Rutte III|economische zaken', 'Economische Zaken en Klimaat'],
	['Rutte III|infrastructuur en milieu', 'Infrastructuur en Waterstaat'],
	['Rutte III|veiligheid en justitie', 'Justitie en Veiligheid']
]);

/**
 * Ministers without portfolio ("minister voor ..."), by openkamer governmentposition pk: what
 * follows "voor", as the Rijksoverheid pages write it (openkamer leaves some empty or misspelt).
 */
const MWP_POSTS = new Map([
	[476, 'Ontwikkelingssamenwerking'], // Van Ardenne
	[481, 'Bestuurlijke Vernieuwing en Koninkrijksrelaties'], // Nicolaï (openkamer: empty)
	[445, 'Ontwikkelingssamenwerking'], // Koenders, Verhagen
	[457, 'Wonen, Wijken en Integratie'], // Vogelaar, Van der Laan, Van Middelkoop
	[467, 'Jeugd en Gezin'], // Rouvoet (openkamer: "programma jeugd en gezin")
	// Leers: openkamer "immigratie, integratie en asiel"; the Rijksoverheid page: "Immigratie en Asiel"
	[424, 'Immigratie en Asiel'],
	[399, 'Buitenlandse Handel en Ontwikkelingssamenwerking'], // Ploumen
	[408, 'Wonen en Rijksdienst'], // Blok
	[384, 'Buitenlandse Handel en Ontwikkelingssamenwerking'], // Kaag (openkamer misspells it)
	[385, 'Rechtsbescherming'], // Dekker
	[386, 'Medische Zorg'], // Bruins
	[387, 'Basis- en Voortgezet Onderwijs en Media'] // Slob (openkamer: empty)
]);

/**
 * Names as a speaker label writes them (openkamer has the birth names of married women and splits
 * some double surnames wrongly), after the Rijksoverheid pages. By openkamer person pk.
 */
const CABINET_NAMES = new Map([
	[9, { prefix: '', surname: 'Bijleveld-Schouten' }],
	[56, { prefix: 'van', surname: 'Bijsterveldt-Vliegenthart' }],
	[34, { prefix: '', surname: 'Schultz van Haegen-Maas Geesteranus', forename: 'Melanie' }],
	[61, { prefix: '', surname: 'Veldhuijzen van Zanten-Hyllner', forename: 'Marlies' }],
	[74, { prefix: '', surname: 'Huizinga-Heringa' }],
	[85, { prefix: 'van', surname: 'Ardenne-van der Hoeven' }],
	[11, { prefix: 'van', surname: 'Nieuwenhuizen-Wijbenga' }],
	[23, { prefix: 'van', surname: 'Veldhoven-van der Meer' }]
]);

/** Party per openkamer person pk, as the Rijksoverheid pages give it (normalised: CU → ChristenUnie). */
const PARTY_OF = {
	VVD: [
		1,
		5,
		8,
		11,
		14,
		15,
		19,
		21,
		24,
		25,
		31,
		32,
		34,
		37,
		38,
		40,
		41,
		42,
		51,
		60,
		81,
		83,
		86,
		87,
		88,
		90,
		93,
		96,
		161,
		251,
		301,
		// No party on the Rijksoverheid page; VVD in openkamer's party memberships:
		39, // Van der Steur
		26 // Broekers-Knol
	],
	CDA: [
		2, 6, 7, 9, 17, 20, 49, 50, 52, 53, 54, 55, 56, 57, 58, 59, 61, 62, 65, 68, 69, 75, 77, 78, 80,
		82, 84, 85, 89, 91, 92, 94, 95, 97
	],
	PvdA: [27, 28, 29, 30, 33, 35, 36, 43, 44, 45, 46, 47, 48, 64, 66, 67, 71, 72, 73, 76, 79],
	D66: [3, 10, 12, 13, 18, 23, 602],
	ChristenUnie: [4, 16, 22, 63, 70, 74]
};
const PARTY = new Map(
	Object.entries(PARTY_OF).flatMap(([party, pks]) => pks.map((pk) => [pk, party]))
);

/**
 * Corrections of openkamer's dates, by governmentmember pk, after the Rijksoverheid pages (a post
 * ends on the day the page says the holder resigned; openkamer sometimes has the next day or the
 * end of the cabinet).
 */
const DATE_FIXES = new Map([
	[591, { from: '2006-09-26' }], // Winsemius (openkamer 2006-09-22)
	[555, { to: '2010-05-14' }], // J.G. de Vries, "afgetreden op 14 mei 2010" (openkamer 2010-05-18)
	[487, { to: '2014-10-17' }], // Timmermans BZ, "afgetreden 17 oktober 2014" (openkamer 10-18)
	[499, { to: '2017-01-27' }], // Van der Steur, "afgetreden 27 januari 2017" (openkamer 01-26)
	[498, { to: '2017-01-27' }], // Blok, Wonen en Rijksdienst, "afgetreden 27 januari 2017"
	[490, { to: '2017-10-02' }], // Hennis-Plasschaert, "afgetreden 2 oktober 2017"
	[502, { to: '2017-10-03' }], // Dijkhoff, staatssecretaris VenJ, "afgetreden 3 oktober 2017"
	[510, { to: '2017-09-01' }], // Van Dam, "afgetreden 1 september 2017"
	// Mansveld: openkamer has from 2015-11-05 to 2015-10-29; in office from the cabinet's start,
	// "afgetreden 28 oktober 2015".
	[506, { from: '2012-11-05', to: '2015-10-28' }],
	// Rutte III, open in openkamer (Dec 2019) or interrupted: the Rijksoverheid page.
	[460, { to: '2019-11-01' }], // Ollongren BZK, away 1 Nov 2019 - 14 Apr 2020 (row added below)
	[474, { to: '2019-11-01' }], // Knops, staatssecretaris BZK, minister meanwhile (rows added below)
	[480, { to: '2019-11-01' }], // Van Veldhoven, staatssecretaris IenW, minister meanwhile (added below)
	[482, { to: '2021-05-25' }], // Blok BZ
	[470, { to: '2021-08-10' }], // Kaag BHO
	[466, { to: '2021-09-17' }], // Bijleveld-Schouten Defensie
	[468, { to: '2021-08-31' }], // Van Nieuwenhuizen-Wijbenga IenW
	[465, { to: '2021-01-15' }], // Wiebes EZK
	[472, { to: '2020-03-19' }], // Bruins, Medische Zorg
	[475, { to: '2019-12-18' }], // Snel
	[478, { to: '2021-08-31' }], // Visser, staatssecretaris Defensie
	[477, { to: '2021-09-25' }], // Keijzer
	[481, { to: '2020-07-09' }] // Van Ark, staatssecretaris SZW
]);

/**
 * Rutte III posts openkamer does not have (from Nov 2019 on, and two interruptions it misses):
 * the Rijksoverheid page. person is an openkamer pk, or the name when openkamer lacks the person.
 * A post without an end date on the page ends with the cabinet (2022-01-10).
 */
const RUTTE_III_ADDED = [
	{
		person: 17,
		role: 'minister',
		ministry: 'Binnenlandse Zaken en Koninkrijksrelaties',
		from: '2019-11-01',
		to: '2020-04-14'
	},
	{
		person: 3,
		role: 'minister',
		ministry: 'Binnenlandse Zaken en Koninkrijksrelaties',
		from: '2020-04-14'
	},
	{
		person: 23,
		role: 'minister zonder portefeuille',
		ministry: 'Milieu en Wonen',
		from: '2019-11-01',
		to: '2020-04-14'
	},
	{
		person: 13,
		role: 'minister',
		ministry: 'Buitenlandse Zaken',
		from: '2021-05-25',
		to: '2021-09-17'
	},
	{
		person: { name: 'De Bruijn', fullName: 'Th.J.A.M. de Bruijn', party: 'D66' },
		role: 'minister',
		ministry: 'Buitenlandse Zaken',
		from: '2021-09-17',
		to: '2021-09-24'
	},
	{ person: 57, role: 'minister', ministry: 'Buitenlandse Zaken', from: '2021-09-24' },
	{
		person: { name: 'De Bruijn', fullName: 'Th.J.A.M. de Bruijn', party: 'D66' },
		role: 'minister zonder portefeuille',
		ministry: 'Buitenlandse Handel en Ontwikkelingssamenwerking',
		from: '2021-08-10'
	},
	{ person: 7, role: 'minister', ministry: 'Defensie', from: '2021-09-17', to: '2021-09-24' },
	{ person: 32, role: 'minister', ministry: 'Defensie', from: '2021-09-24' },
	{ person: 21, role: 'minister', ministry: 'Infrastructuur en Waterstaat', from: '2021-08-31' },
	{
		person: 11,
		role: 'minister',
		ministry: 'Economische Zaken en Klimaat',
		from: '2021-01-15',
		to: '2021-01-20'
	},
	{
		person: 301,
		role: 'minister',
		ministry: 'Economische Zaken en Klimaat',
		from: '2021-01-20',
		to: '2021-05-25'
	},
	{ person: 25, role: 'minister', ministry: 'Economische Zaken en Klimaat', from: '2021-05-25' },
	{
		person: 48,
		role: 'minister zonder portefeuille',
		ministry: 'Medische Zorg',
		from: '2020-03-23',
		to: '2020-07-09'
	},
	{
		person: 24,
		role: 'minister zonder portefeuille',
		ministry: 'Medische Zorg',
		from: '2020-07-09',
		to: '2021-09-03'
	},
	{
		person: 17,
		role: 'staatssecretaris',
		ministry: 'Binnenlandse Zaken en Koninkrijksrelaties',
		from: '2020-04-14'
	},
	{
		person: { name: 'Vijlbrief', fullName: 'J.A. Vijlbrief', party: 'D66' },
		role: 'staatssecretaris',
		ministry: 'Financiën',
		from: '2020-01-29'
	},
	// The page gives no party for Van Huffelen; D66 as on the kabinet-Rutte IV page (HAND_ROWS).
	{
		person: { name: 'Van Huffelen', fullName: 'A.C. van Huffelen', party: 'D66' },
		role: 'staatssecretaris',
		ministry: 'Financiën',
		from: '2020-01-29'
	},
	{
		person: 23,
		role: 'staatssecretaris',
		ministry: 'Infrastructuur en Waterstaat',
		from: '2020-04-14',
		to: '2021-07-19'
	},
	{
		person: 602,
		role: 'staatssecretaris',
		ministry: 'Infrastructuur en Waterstaat',
		from: '2021-08-10'
	},
	{
		person: 251,
		role: 'staatssecretaris',
		ministry: 'Economische Zaken en Klimaat',
		from: '2021-05-25'
	},
	{
		person: 301,
		role: 'staatssecretaris',
		ministry: 'Sociale Zaken en Werkgelegenheid',
		from: '2020-07-09',
		to: '2021-01-20'
	},
	{
		person: 161,
		role: 'staatssecretaris',
		ministry: 'Sociale Zaken en Werkgelegenheid',
		from: '2021-08-10'
	}
];

/**
 * Balkenende III, Rutte II: posts openkamer lacks or merges (the Rijksoverheid pages). Verdonk's post
 * is a "minister" row without ministry in openkamer (pk 596): two posts, split on 14 December 2006.
 */
const OTHER_ADDED = [
	{ cabinet: 17, person: 41, role: 'minister', ministry: 'Defensie', from: '2017-10-03' }
];
const VERDONK = {
	member: 596,
	posts: [
		{ ministry: 'Vreemdelingenbeleid en Integratie', from: '2006-07-07', to: '2006-12-14' },
		{ ministry: 'Integratie, Jeugdbescherming, Preventie en Reclassering', from: '2006-12-14' }
	]
};

/** The header comment lines of the output (without "# "). */
const COMMENTS = [
	'Bewindspersonen / Members of the cabinet, kabinet-Balkenende III (7 July 2006) to kabinet-Schoof (until 23 February 2026).',
	'Generated by scripts/build-cabinet.mjs (see data/README.md). First the kabinet-Schoof (2 July 2024 - 23 February 2026) and kabinet-Rutte IV (10 January 2022 - 2 July 2024) rows, written by hand and kept verbatim in the script; then kabinet-Rutte III back to kabinet-Balkenende III, built from openkamer.',
	'Columns: name = the surname as the Handelingen write it in a speaker label ("Minister Van Weel:" -> Van Weel); full_name = initials, prefix, surname (a given name in brackets where two people share a surname);',
	'role = minister-president | minister | staatssecretaris | minister zonder portefeuille; ministry = the ministry ("Algemene Zaken" for the minister-president).',
	'A "minister zonder portefeuille" row is a "minister voor ..." post: its ministry column holds what follows "voor" (Klever: minister voor Buitenlandse Handel en Ontwikkelingshulp).',
	"from/to = ISO dates, both the day the post began or ended (a successor's from equals the predecessor's to); to is empty while the post lasts (Heinen and Palmen kept their posts in the kabinet-Jetten).",
	'One row per person per post; a person holding two posts at once has two rows. Vice-premiership (viceminister-president) is not a row.',
	'Kabinet-Schoof and kabinet-Rutte IV (the rows written by hand):',
	'Rows where a minister kept a vacant ministry going ("tijdelijk beheer") until a successor came, listed as minister by Rijksoverheid:',
	'  Hermans IenW 2025-06-03..06-19 and OCW 2025-08-22..09-05; Heinen EZ 2025-06-03..06-19; Van Hijum VWS 2025-06-03..06-19; Brekelmans BZ 2025-08-22..09-05; Van Weel BZK 2025-08-22..09-05;',
	'  Keijzer SZW 2025-08-22..09-05; Tieman VWS 2025-08-22..09-05; Rutte IV: Schouten LNV 2022-09-06..10-03, Dijkgraaf PVO 2023-06-23..07-21, Schreinemacher BZ 2023-09-01..09-05, Jetten Financiën 2024-01-08..01-12.',
	'Party: as Rijksoverheid gives it; Struycken was nominated by NSC but is partijloos; Palmen left NSC and stayed on as partijloos from 2025-09-05; Bruins (NSC) was nominated by NSC.',
	'Sources (read 2025/2026):',
	'  https://www.rijksoverheid.nl/regering/over-de-regering/kabinetten-sinds-1945/kabinet-schoof ("Kabinet-Schoof (2024-2026)": every post with dates; read through the copy of 25 September 2026 in github.com/ThijsvanEssen/lawgraph, tests/fixtures/rijksoverheid/kabinet-schoof.html)',
	'  https://www.rijksoverheid.nl/regering/over-de-regering/kabinetten-sinds-1945/kabinet-rutte-iv (same copy, kabinet-rutte-iv.html)',
	'  https://www.rijksoverheid.nl/regering/over-de-regering/kabinetten-sinds-1945/kabinet-jetten (kabinet-Jetten sworn in 23 February 2026: the end of the kabinet-Schoof)',
	'  https://www.rijksoverheid.nl/actueel/nieuws/2025/06/19/benoemingen-ministers-en-staatssecretarissen (Tieman, Karremans, D.E.M.C. Jansen, Boerma, Aartsen, Tielen, Pouw-Verweij; Asiel en Migratie shared by Van Weel, Van Hijum, Keijzer)',
	'  https://www.rijksoverheid.nl/actueel/nieuws/2025/08/23/veldkamp-en-boerma-treden-af (Brekelmans waarnemend minister van Buitenlandse Zaken)',
	'  https://www.rijksoverheid.nl/actueel/nieuws/2025/09/05/benoemingen-ministers-en-staatssecretarissen (Van Weel to Buitenlandse Zaken, Van Oosten, Rijkaart, Moes, Paul, Bruijn, De Vries, A.C.L. Rutte, Becking, Heijnen, Palmen)',
	'  https://www.blikopnieuws.nl/nieuws/306408/koning-ontvangt-minister-president-in-verband-met-val-kabinet-schoof-i.html (KB of 3 June 2025: ontslag of the nine PVV bewindspersonen)',
	'  https://www.vorsten.nl/vorstenhuizen/koning-verleent-ontslag-aan-bewindslieden-nsc/ (22 August 2025: NSC leaves; who kept which ministry going)',
	'  https://www.parlement.com/id/vme0ncltqvtq/nieuws/verdeling_posten_per_partij_in_kabinet (the posts of 2 July 2024)',
	'  https://nos.nl/artikel/2542855-staatssecretaris-idsinga-financien-afgetreden-wordt-openlijk-aan-mij-getwijfeld and https://www.accountancyvanmorgen.nl/2024/11/01/nsc-staatssecretaris-folkert-idsinga-financien-stapt-op/ (Idsinga, 1 November 2024)',
	'  https://nos.nl/artikel/2547132-sandra-palmen-nsc-nieuwe-staatssecretaris-toeslagen (Achahbar left on 15 November 2024)',
	'  Handelingen, for the forms of the names: https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D06621&id=2025D06621 ("Minister Faber:"), https://berthub.eu/tkconv/document.html?nummer=2026D05822 ("Minister Van Weel:"), https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D42111&id=2025D42111 ("mevrouw Palmen, Staatssecretaris Herstel en Toeslagen")',
	"Not verified: Schreinemacher as minister voor BHO from 10 January 2022 (the Rijksoverheid page lists her only from 5 September 2023; she held the post from the start of Rutte IV); Pia Dijkstra's party (D66; the page gives none);",
	'  the label forms of the Rutte IV names ("Van der Wal", "Gräper-van Koolwijk") were not checked against the Handelingen. Rutte IV: Van der Burg and Van der Maat were "tijdelijk afwezig" 2023-10-30..11-23 (Van der Maat then stood in at JenV); Heijnen (IenW) "tijdelijk afwezig" from 2024-05-25.',
	'Several Rutte IV bewindspersonen were also Kamerleden from 6 December 2023 to 2 July 2024 (Yeşilgöz-Zegerius, Jetten, Paul, Helder, Van der Wal, Van der Burg, De Vries): the label ("Minister ..." or "Mevrouw ... (VVD)") tells which.',
	'Kabinet-Rutte III (26 October 2017 - 10 January 2022), Rutte II, Rutte I, Balkenende IV and Balkenende III (from 7 July 2006): github.com/openkamer/openkamer, website/fixtures/government.json and person.json (commit 6a1e57a7c93698eddaacbf7b24e79859de665d16, 2019-12-14; via ../shared/registry/openkamer/), complete until December 2019,',
	'  corrected and completed after the Rijksoverheid pages of those cabinets (rijksoverheid.nl/regering/over-de-regering/kabinetten-sinds-1945/..., CC0), read through the copies of 25 September 2026 in github.com/ThijsvanEssen/lawgraph, tests/fixtures/rijksoverheid/: kabinet-rutte-iii.html (commit e149d46d9ec102e2133c5abe64472741295b085b), kabinet-rutte-asscher.html (0df791accea7446329508e8ca1406ad6d19e0a92), kabinet-rutte-verhagen.html (3e62958c850bcc5daa8a4dd6e36f78eb18e24b2c), kabinet-balkenende-iv.html (4132e09c5bc289810939ec5c1ff7fbe7792f1ad3), kabinet-balkenende-iii.html (3e62958c850bcc5daa8a4dd6e36f78eb18e24b2c).',
	"  Rutte III from November 2019 on (Knops and Van Veldhoven standing in 2019-11-01..2020-04-14, Snel, Vijlbrief, Van Huffelen, Bruins, Van Rijn, Van Ark, Van 't Wout, Wiebes, Blok, the changes of 2021) comes from the Rijksoverheid page alone; a post it gives without an end ends with the cabinet on 2022-01-10.",
	'  Corrections to openkamer: ministries named per cabinet (Rutte I: Economische Zaken, Landbouw en Innovatie; Rutte III: Justitie en Veiligheid, Infrastructuur en Waterstaat, Economische Zaken en Klimaat); the "minister voor" posts named as the pages name them (Leers: Immigratie en Asiel; openkamer: Immigratie, Integratie en Asiel);',
	"  dates as the pages give them (Winsemius from 2006-09-26; J.G. de Vries to 2010-05-14; Timmermans BZ to 2014-10-17; Van der Steur and Blok (Wonen en Rijksdienst) to 2017-01-27; Hennis-Plasschaert to 2017-10-02; Dijkhoff staatssecretaris to 2017-10-03, then minister van Defensie; Van Dam to 2017-09-01; Mansveld 2012-11-05..2015-10-28); Verdonk's post, renamed on 2006-12-14, is two rows.",
	'  Names: the married names the pages give (Bijleveld-Schouten, Van Bijsterveldt-Vliegenthart, Schultz van Haegen-Maas Geesteranus, Huizinga-Heringa, Van Ardenne-van der Hoeven, Van Nieuwenhuizen-Wijbenga, Van Veldhoven-van der Meer, Veldhuijzen van Zanten-Hyllner; a label citing the first part still matches); initials as openkamer gives them; people also in the hand rows keep the full_name written there.',
	"  Party as the pages give it; they give none for Van der Steur and Broekers-Knol (VVD: openkamer's party membership) and Van Huffelen (D66, as on the kabinet-Rutte IV page).",
	"  Possibly incomplete (not on the pages, so not here): who kept a vacant Rutte III post going (Medische Zorg after Van Ark left on 2021-09-03; staatssecretaris SZW 2021-01-20..08-10, IenW 2021-07-19..08-10, EZK after Keijzer left on 2021-09-25) and the minister voor Wonen en Rijksdienst after Blok (2017-01-27). Blok as acting minister van Veiligheid en Justitie 2015-03-10..03-20 is openkamer's, not on the page.",
	'  Not verified: the label forms of these names against the Handelingen of their years.',
	'Clerks may add rows by hand: same columns, comment lines only at the top of the file. scripts/build-cabinet.mjs rewrites this file: add lasting rows to its HAND_ROWS too.'
];

/**
 * Kabinet-Schoof and kabinet-Rutte IV, written by hand (sources in COMMENTS): verbatim, in this order.
 */
const HAND_ROWS = `
Schoof,H.W.M. Schoof,minister-president,Algemene Zaken,partijloos,2024-07-02,2026-02-23
Veldkamp,C.C.J. Veldkamp,minister,Buitenlandse Zaken,NSC,2024-07-02,2025-08-22
Brekelmans,R.P. Brekelmans,minister,Buitenlandse Zaken,VVD,2025-08-22,2025-09-05
Van Weel,D.M. van Weel,minister,Buitenlandse Zaken,VVD,2025-09-05,2026-02-23
Klever,R.J. Klever,minister zonder portefeuille,Buitenlandse Handel en Ontwikkelingshulp,PVV,2024-07-02,2025-06-03
Van Weel,D.M. van Weel,minister,Justitie en Veiligheid,VVD,2024-07-02,2025-09-05
Van Oosten,F. van Oosten,minister,Justitie en Veiligheid,VVD,2025-09-05,2026-02-23
Faber,M.H.M. Faber-van de Klashorst,minister,Asiel en Migratie,PVV,2024-07-02,2025-06-03
Van Weel,D.M. van Weel,minister,Asiel en Migratie,VVD,2025-06-03,2026-02-23
Van Hijum,Y.J. van Hijum,minister zonder portefeuille,Asiel en Migratie,NSC,2025-06-19,2025-08-22
Keijzer,M.C.G. Keijzer,minister zonder portefeuille,Asiel en Migratie,BBB,2025-06-19,2026-02-23
Uitermark,J.J.M. Uitermark,minister,Binnenlandse Zaken en Koninkrijksrelaties,NSC,2024-07-02,2025-08-22
Van Weel,D.M. van Weel,minister,Binnenlandse Zaken en Koninkrijksrelaties,VVD,2025-08-22,2025-09-05
Rijkaart,F. Rijkaart,minister,Binnenlandse Zaken en Koninkrijksrelaties,BBB,2025-09-05,2026-02-23
Keijzer,M.C.G. Keijzer,minister,Volkshuisvesting en Ruimtelijke Ordening,BBB,2024-07-02,2026-02-23
Bruins,E.E.W. Bruins,minister,"Onderwijs, Cultuur en Wetenschap",NSC,2024-07-02,2025-08-22
Hermans,S.Th.M. Hermans,minister,"Onderwijs, Cultuur en Wetenschap",VVD,2025-08-22,2025-09-05
Moes,G. Moes,minister,"Onderwijs, Cultuur en Wetenschap",BBB,2025-09-05,2026-02-23
Heinen,E. Heinen,minister,Financiën,VVD,2024-07-02,
Brekelmans,R.P. Brekelmans,minister,Defensie,VVD,2024-07-02,2026-02-23
Madlener,B. Madlener,minister,Infrastructuur en Waterstaat,PVV,2024-07-02,2025-06-03
Hermans,S.Th.M. Hermans,minister,Infrastructuur en Waterstaat,VVD,2025-06-03,2025-06-19
Tieman,R. Tieman,minister,Infrastructuur en Waterstaat,BBB,2025-06-19,2026-02-23
Beljaarts,D.S. Beljaarts,minister,Economische Zaken,PVV,2024-07-02,2025-06-03
Heinen,E. Heinen,minister,Economische Zaken,VVD,2025-06-03,2025-06-19
Karremans,V.P.G. Karremans,minister,Economische Zaken,VVD,2025-06-19,2026-02-23
Hermans,S.Th.M. Hermans,minister,Klimaat en Groene Groei,VVD,2024-07-02,2026-02-23
Wiersma,F.M. (Femke Marije) Wiersma,minister,"Landbouw, Visserij, Voedselzekerheid en Natuur",BBB,2024-07-02,2026-02-23
Van Hijum,Y.J. van Hijum,minister,Sociale Zaken en Werkgelegenheid,NSC,2024-07-02,2025-08-22
Keijzer,M.C.G. Keijzer,minister,Sociale Zaken en Werkgelegenheid,BBB,2025-08-22,2025-09-05
Paul,M.L.J. Paul,minister,Sociale Zaken en Werkgelegenheid,VVD,2025-09-05,2026-02-23
Agema,M.F. Agema,minister,"Volksgezondheid, Welzijn en Sport",PVV,2024-07-02,2025-06-03
Van Hijum,Y.J. van Hijum,minister,"Volksgezondheid, Welzijn en Sport",NSC,2025-06-03,2025-06-19
Jansen,D.E.M.C. (Daniëlle) Jansen,minister,"Volksgezondheid, Welzijn en Sport",NSC,2025-06-19,2025-08-22
Tieman,R. Tieman,minister,"Volksgezondheid, Welzijn en Sport",BBB,2025-08-22,2025-09-05
Bruijn,J.A. Bruijn,minister,"Volksgezondheid, Welzijn en Sport",VVD,2025-09-05,2026-02-23
Boerma,C.J. Boerma,staatssecretaris,Buitenlandse Zaken,NSC,2025-06-19,2025-08-22
De Vries,A. de Vries,staatssecretaris,Buitenlandse Zaken,VVD,2025-09-05,2026-02-23
Struycken,Th.H.D. Struycken,staatssecretaris,Justitie en Veiligheid,partijloos,2024-07-02,2025-08-22
Coenradie,I. Coenradie,staatssecretaris,Justitie en Veiligheid,PVV,2024-07-02,2025-06-03
Rutte,A.C.L. (Arno) Rutte,staatssecretaris,Justitie en Veiligheid,VVD,2025-09-05,2026-02-23
Szabó,F.Z. Szabó,staatssecretaris,Binnenlandse Zaken en Koninkrijksrelaties,PVV,2024-07-02,2025-06-03
Van Marum,E. van Marum,staatssecretaris,Binnenlandse Zaken en Koninkrijksrelaties,BBB,2024-07-02,2026-02-23
Paul,M.L.J. Paul,staatssecretaris,"Onderwijs, Cultuur en Wetenschap",VVD,2024-07-02,2025-09-05
Becking,K.M. Becking,staatssecretaris,"Onderwijs, Cultuur en Wetenschap",VVD,2025-09-05,2026-02-23
Idsinga,F.L. Idsinga,staatssecretaris,Financiën,NSC,2024-07-02,2024-11-01
Van Oostenbruggen,T. van Oostenbruggen,staatssecretaris,Financiën,NSC,2024-11-15,2025-08-22
Heijnen,E.H.J. Heijnen,staatssecretaris,Financiën,BBB,2025-09-05,2026-02-23
Achahbar,N. Achahbar,staatssecretaris,Financiën,NSC,2024-07-02,2024-11-15
Palmen,S.Th.P.H. Palmen-Schlangen,staatssecretaris,Financiën,NSC,2024-12-12,2025-08-22
Palmen,S.Th.P.H. Palmen-Schlangen,staatssecretaris,Financiën,partijloos,2025-09-05,
Tuinman,G.P. Tuinman,staatssecretaris,Defensie,BBB,2024-07-02,2026-02-23
Jansen,Ch.A. (Chris) Jansen,staatssecretaris,Infrastructuur en Waterstaat,PVV,2024-07-02,2025-06-03
Aartsen,A.A. Aartsen,staatssecretaris,Infrastructuur en Waterstaat,VVD,2025-06-19,2026-02-23
Rummenie,J.F. Rummenie,staatssecretaris,"Landbouw, Visserij, Voedselzekerheid en Natuur",BBB,2024-07-02,2026-02-23
Nobel,J.N.J. Nobel,staatssecretaris,Sociale Zaken en Werkgelegenheid,VVD,2024-07-02,2026-02-23
Maeijer,V. Maeijer,staatssecretaris,"Volksgezondheid, Welzijn en Sport",PVV,2024-07-02,2025-06-03
Pouw-Verweij,N.J.F. Pouw-Verweij,staatssecretaris,"Volksgezondheid, Welzijn en Sport",BBB,2025-06-19,2026-02-23
Karremans,V.P.G. Karremans,staatssecretaris,"Volksgezondheid, Welzijn en Sport",VVD,2024-07-02,2025-06-19
Tielen,J.Z.C.M. Tielen,staatssecretaris,"Volksgezondheid, Welzijn en Sport",VVD,2025-06-19,2026-02-23
Rutte,M. (Mark) Rutte,minister-president,Algemene Zaken,VVD,2022-01-10,2024-07-02
Hoekstra,W.B. Hoekstra,minister,Buitenlandse Zaken,CDA,2022-01-10,2023-09-01
Schreinemacher,E.N.A.J. Schreinemacher,minister,Buitenlandse Zaken,VVD,2023-09-01,2023-09-05
Bruins Slot,H.G.J. Bruins Slot,minister,Buitenlandse Zaken,CDA,2023-09-05,2024-07-02
Schreinemacher,E.N.A.J. Schreinemacher,minister zonder portefeuille,Buitenlandse Handel en Ontwikkelingssamenwerking,VVD,2022-01-10,2023-12-04
Van Leeuwen,G.E.W. van Leeuwen,minister zonder portefeuille,Buitenlandse Handel en Ontwikkelingssamenwerking,VVD,2023-12-04,2024-04-15
Schreinemacher,E.N.A.J. Schreinemacher,minister zonder portefeuille,Buitenlandse Handel en Ontwikkelingssamenwerking,VVD,2024-04-15,2024-07-02
Yeşilgöz-Zegerius,D. Yeşilgöz-Zegerius,minister,Justitie en Veiligheid,VVD,2022-01-10,2024-07-02
Weerwind,F.M. Weerwind,minister zonder portefeuille,Rechtsbescherming,D66,2022-01-10,2024-07-02
Bruins Slot,H.G.J. Bruins Slot,minister,Binnenlandse Zaken en Koninkrijksrelaties,CDA,2022-01-10,2023-09-05
De Jonge,H.M. de Jonge,minister,Binnenlandse Zaken en Koninkrijksrelaties,CDA,2023-09-05,2024-07-02
De Jonge,H.M. de Jonge,minister zonder portefeuille,Volkshuisvesting en Ruimtelijke Ordening,CDA,2022-01-10,2023-09-05
Dijkgraaf,R.H. Dijkgraaf,minister,"Onderwijs, Cultuur en Wetenschap",D66,2022-01-10,2024-07-02
Wiersma,A.D. (Dennis) Wiersma,minister zonder portefeuille,Primair en Voortgezet Onderwijs,VVD,2022-01-10,2023-06-23
Dijkgraaf,R.H. Dijkgraaf,minister zonder portefeuille,Primair en Voortgezet Onderwijs,D66,2023-06-23,2023-07-21
Paul,M.L.J. Paul,minister zonder portefeuille,Primair en Voortgezet Onderwijs,VVD,2023-07-21,2024-07-02
Kaag,S.A.M. Kaag,minister,Financiën,D66,2022-01-10,2024-01-08
Jetten,R.A.A. Jetten,minister,Financiën,D66,2024-01-08,2024-01-12
Van Weyenberg,S.P.R.A. van Weyenberg,minister,Financiën,D66,2024-01-12,2024-07-02
Ollongren,K.H. Ollongren,minister,Defensie,D66,2022-01-10,2024-07-02
Harbers,M.G.J. Harbers,minister,Infrastructuur en Waterstaat,VVD,2022-01-10,2024-07-02
Adriaansens,M.A.M. Adriaansens,minister,Economische Zaken en Klimaat,VVD,2022-01-10,2024-07-02
Jetten,R.A.A. Jetten,minister zonder portefeuille,Klimaat en Energie,D66,2022-01-10,2024-07-02
Staghouwer,H. Staghouwer,minister,"Landbouw, Natuur en Voedselkwaliteit",ChristenUnie,2022-01-10,2022-09-06
Schouten,C.J. Schouten,minister,"Landbouw, Natuur en Voedselkwaliteit",ChristenUnie,2022-09-06,2022-10-03
Adema,P. Adema,minister,"Landbouw, Natuur en Voedselkwaliteit",ChristenUnie,2022-10-03,2024-07-02
Van der Wal,C. van der Wal-Zeggelink,minister zonder portefeuille,Natuur en Stikstof,VVD,2022-01-10,2024-07-02
Van Gennip,C.E.G. van Gennip,minister,Sociale Zaken en Werkgelegenheid,CDA,2022-01-10,2024-07-02
Schouten,C.J. Schouten,minister zonder portefeuille,"Armoedebeleid, Participatie en Pensioenen",ChristenUnie,2022-01-10,2024-07-02
Kuipers,E.J. Kuipers,minister,"Volksgezondheid, Welzijn en Sport",D66,2022-01-10,2024-01-10
Helder,C. Helder,minister,"Volksgezondheid, Welzijn en Sport",VVD,2024-01-10,2024-07-02
Helder,C. Helder,minister zonder portefeuille,Langdurige Zorg en Sport,VVD,2022-01-10,2024-01-10
Dijkstra,P.A. Dijkstra,minister zonder portefeuille,Medische Zorg,D66,2024-02-02,2024-07-02
Van Huffelen,A.C. van Huffelen,staatssecretaris,Binnenlandse Zaken en Koninkrijksrelaties,D66,2022-01-10,2024-07-02
Van der Burg,E. van der Burg,staatssecretaris,Justitie en Veiligheid,VVD,2022-01-10,2024-07-02
Van der Maat,C.A. van der Maat,staatssecretaris,Justitie en Veiligheid,VVD,2023-10-30,2023-11-23
Uslu,G. Uslu,staatssecretaris,"Onderwijs, Cultuur en Wetenschap",D66,2022-01-10,2023-11-30
Van Weyenberg,S.P.R.A. van Weyenberg,staatssecretaris,"Onderwijs, Cultuur en Wetenschap",D66,2023-12-06,2024-01-12
Gräper-van Koolwijk,F. Gräper-van Koolwijk,staatssecretaris,"Onderwijs, Cultuur en Wetenschap",D66,2024-01-12,2024-07-02
Van Rij,M.L.A. van Rij,staatssecretaris,Financiën,CDA,2022-01-10,2024-07-02
De Vries,A. de Vries,staatssecretaris,Financiën,VVD,2022-01-10,2024-07-02
Van der Maat,C.A. van der Maat,staatssecretaris,Defensie,VVD,2022-01-10,2024-07-02
Heijnen,V.L.W.A. (Vivianne) Heijnen,staatssecretaris,Infrastructuur en Waterstaat,CDA,2022-01-10,2024-07-02
Vijlbrief,J.A. Vijlbrief,staatssecretaris,Economische Zaken en Klimaat,D66,2022-01-10,2024-07-02
Van Ooijen,M. van Ooijen,staatssecretaris,"Volksgezondheid, Welzijn en Sport",ChristenUnie,2022-01-10,2024-07-02
`;

/** Sort order of posts within a cabinet, as the Rijksoverheid pages list them. */
const ORDER = [
	'Algemene Zaken',
	'Buitenlandse Zaken',
	'Ontwikkelingssamenwerking',
	'Buitenlandse Handel en Ontwikkelingssamenwerking',
	'Justitie',
	'Veiligheid en Justitie',
	'Justitie en Veiligheid',
	'Rechtsbescherming',
	'Immigratie en Asiel',
	'Vreemdelingenbeleid en Integratie',
	'Integratie, Jeugdbescherming, Preventie en Reclassering',
	'Binnenlandse Zaken en Koninkrijksrelaties',
	'Bestuurlijke Vernieuwing en Koninkrijksrelaties',
	'Wonen en Rijksdienst',
	'Onderwijs, Cultuur en Wetenschap',
	'Basis- en Voortgezet Onderwijs en Media',
	'Financiën',
	'Defensie',
	'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
	'Wonen, Wijken en Integratie',
	'Verkeer en Waterstaat',
	'Infrastructuur en Milieu',
	'Infrastructuur en Waterstaat',
	'Milieu en Wonen',
	'Economische Zaken',
	'Economische Zaken, Landbouw en Innovatie',
	'Economische Zaken en Klimaat',
	'Landbouw, Natuur en Voedselkwaliteit',
	'Sociale Zaken en Werkgelegenheid',
	'Volksgezondheid, Welzijn en Sport',
	'Medische Zorg',
	'Jeugd en Gezin'
];
const ROLE_RANK = {
	'minister-president': 0,
	minister: 1,
	'minister zonder portefeuille': 1,
	staatssecretaris: 2
};

/** One CSV line (RFC 4180, no line breaks inside fields) into its fields. */
function csvFields(line) {
	const out = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			out.push(field);
			field = '';
		} else field += c;
	}
	out.push(field);
	return out;
}

/** "M. (Mark) Rutte" → { initials: "M.", rest: "Rutte" }: the identity of a hand-written person. */
function splitFullName(fullName) {
	const plain = fullName.replace(/\s*\([^)]*\)/g, '').trim();
	const m = /^((?:\p{Lu}[\p{Ll}]?\.)+)\s+(.*)$/u.exec(plain);
	return m ? { initials: m[1], rest: m[2] } : { initials: '', rest: plain };
}

const personKey = (name, initials) => `${nameKey(name)}|${initials.replace(/\s+/g, '')}`;

/** The rows, generated ones in the output's order; notes collects what a reader should check. */
export function buildRows({ openkamer }, notes = []) {
	const gov = readFixture(join(openkamer, 'government.json'));
	const persons = readFixture(join(openkamer, 'person.json')).get('person.person');
	const ministries = gov.get('government.ministry');
	const positions = gov.get('government.governmentposition');
	const members = gov.get('government.governmentmember');

	const hand = HAND_ROWS.trim()
		.split('\n')
		.map((line) => Object.fromEntries(csvFields(line).map((v, i) => [HEADER[i], v])));
	const handPeople = new Map();
	for (const r of hand) {
		const { initials } = splitFullName(r.full_name);
		handPeople.set(personKey(r.name, initials), r.full_name);
	}

	/** A person of the generated rows: { id, name, fullName, initials, forename, party }. */
	const personOf = (ref) => {
		if (typeof ref === 'object') {
			const { initials } = splitFullName(ref.fullName);
			return { id: `x:${ref.fullName}`, ...ref, initials, forename: '' };
		}
		const fields = persons.get(ref);
		const base = openkamerPerson(ref, fields);
		const fix = CABINET_NAMES.get(ref);
		let { name, fullName } = base;
		if (fix) {
			const prefix = fix.prefix;
			name = prefix
				? `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)} ${fix.surname}`
				: fix.surname;
			fullName = [base.initials, prefix, fix.surname].filter(Boolean).join(' ');
		}
		const party = PARTY.get(ref);
		if (!party) throw new Error(`no party for openkamer person ${ref} (${fullName})`);
		return {
			id: `ok:${ref}`,
			name,
			fullName,
			initials: base.initials,
			forename: fix?.forename ?? base.forename,
			party
		};
	};

	const posts = [];
	const post = (cabinet, person, role, ministry, from, to) => {
		if (!ORDER.includes(ministry)) throw new Error(`ministry not in ORDER: ${ministry}`);
		posts.push({ cabinet, person: personOf(person), role, ministry, from, to });
	};

	for (const [pk, m] of [...members].sort((a, b) => a[0] - b[0])) {
		const pos = positions.get(m.position);
		const cabinet = CABINETS.get(pos.government);
		const ministry = pos.ministry ? ministries.get(pos.ministry).name : null;
		// Vice-premiership is no row; the minister-president's MIN row repeats the PMI row.
		if (pos.position === 'DPM' || (pos.position === 'MIN' && ministry === 'algemene zaken'))
			continue;
		const fix = DATE_FIXES.get(pk) ?? {};
		const from = fix.from ?? m.start_date;
		const to = fix.to ?? m.end_date ?? cabinet.end;
		if (pk === VERDONK.member) {
			for (const p of VERDONK.posts) {
				post(
					pos.government,
					m.person,
					'minister zonder portefeuille',
					p.ministry,
					p.from,
					p.to ?? to
				);
			}
			continue;
		}
		if (pos.position === 'PMI') {
			post(pos.government, m.person, 'minister-president', 'Algemene Zaken', from, to);
		} else if (pos.position === 'MWP') {
			const name = MWP_POSTS.get(m.position);
			if (!name) throw new Error(`no name for the post of governmentmember ${pk}`);
			post(pos.government, m.person, 'minister zonder portefeuille', name, from, to);
		} else {
			const role = pos.position === 'SOS' ? 'staatssecretaris' : 'minister';
			const renamed = MINISTRY_RENAMES.get(`${cabinet.name}|${ministry}`);
			post(pos.government, m.person, role, renamed ?? titleCase(ministry), from, to);
		}
	}
	for (const a of RUTTE_III_ADDED) {
		post(16, a.person, a.role, a.ministry, a.from, a.to ?? CABINETS.get(16).end);
	}
	for (const a of OTHER_ADDED) {
		post(a.cabinet, a.person, a.role, a.ministry, a.from, a.to ?? CABINETS.get(a.cabinet).end);
	}

	// One full name per person: the hand-written one where the person is in HAND_ROWS; a given
	// name in brackets where two people share a surname (over the whole file).
	const ids = new Map();
	const addId = (name, id) => ids.set(nameKey(name), (ids.get(nameKey(name)) ?? new Set()).add(id));
	for (const r of hand) addId(r.name, `hand:${splitFullName(r.full_name).initials}|${r.name}`);
	for (const p of posts) {
		const handName = handPeople.get(personKey(p.person.name, p.person.initials));
		p.person.handName = handName ?? null;
		addId(p.person.name, handName ? `hand:${p.person.initials}|${p.person.name}` : p.person.id);
		if (!handName) {
			const other = hand.find((r) => nameKey(r.name) === nameKey(p.person.name));
			if (other) notes.push(`${p.person.fullName} is not ${other.full_name} (initials differ)`);
		}
	}
	const rows = posts
		.sort(
			(a, b) =>
				a.cabinet - b.cabinet ||
				ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
				ORDER.indexOf(a.ministry) - ORDER.indexOf(b.ministry) ||
				(a.from < b.from ? -1 : a.from > b.from ? 1 : 0) ||
				a.person.name.localeCompare(b.person.name, 'nl')
		)
		.map((p) => {
			let fullName = p.person.handName ?? p.person.fullName;
			if (!p.person.handName && ids.get(nameKey(p.person.name)).size > 1) {
				if (p.person.forename) {
					const rest = fullName.slice(p.person.initials.length).trim();
					fullName = [p.person.initials, `(${p.person.forename})`, rest].filter(Boolean).join(' ');
				} else notes.push(`${fullName} shares a surname but has no given name`);
			}
			return {
				name: p.person.name,
				full_name: fullName,
				role: p.role,
				ministry: p.ministry,
				party: p.person.party,
				from: p.from,
				to: p.to
			};
		});
	return { hand, rows };
}

export function renderCsv({ rows }) {
	const lines = [
		...COMMENTS.map((c) => `# ${c}`),
		HEADER.join(','),
		HAND_ROWS.trim(),
		...rows.map((row) => HEADER.map((h) => csvField(row[h])).join(','))
	];
	return lines.join('\n') + '\n';
}

function parseArgs(argv) {
	const args = { out: null, openkamer: null, quiet: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--out') args.out = argv[++i];
		else if (a === '--openkamer') args.openkamer = argv[++i];
		else if (a === '--quiet') args.quiet = true;
		else throw new Error(`unknown argument ${a}`);
	}
	return {
		out: resolve(args.out ?? join(root, 'data', 'cabinet.csv')),
		openkamer: resolve(args.openkamer ?? OPENKAMER_DIR),
		quiet: args.quiet
	};
}

/** Posts the readers rely on: [name, role, ministry, date]. */
const EXPECTED = [
	['Balkenende', 'minister-president', 'Algemene Zaken', '2008-01-01'],
	['De Jonge', 'minister', 'Volksgezondheid, Welzijn en Sport', '2018-04-05'],
	['Blokhuis', 'staatssecretaris', 'Volksgezondheid, Welzijn en Sport', '2018-04-05'],
	['Rutte', 'minister-president', 'Algemene Zaken', '2021-06-01'],
	['Van Ark', 'minister zonder portefeuille', 'Medische Zorg', '2021-01-01'],
	['Rutte', 'minister-president', 'Algemene Zaken', '2023-01-01'],
	['Schoof', 'minister-president', 'Algemene Zaken', '2025-01-01']
];

export function main(argv = process.argv.slice(2)) {
	const args = parseArgs(argv);
	const notes = [];
	const built = buildRows(args, notes);
	mkdirSync(dirname(args.out), { recursive: true });
	writeFileSync(args.out, renderCsv(built), 'utf8');
	if (args.quiet) return built;
	const all = [...built.hand, ...built.rows];
	console.log(
		`Wrote ${args.out}: ${all.length} rows (${built.hand.length} by hand, ${built.rows.length} built)`
	);
	let missing = 0;
	for (const [name, role, ministry, date] of EXPECTED) {
		const ok = all.some(
			(r) =>
				r.name === name &&
				r.role === role &&
				r.ministry === ministry &&
				r.from <= date &&
				(!r.to || date < r.to)
		);
		console.log(`  ${ok ? 'ok     ' : 'MISSING'}  ${name}, ${role} ${ministry}, on ${date}`);
		if (!ok) missing++;
	}
	for (const n of notes) console.log(`  note     ${n}`);
	if (missing) process.exitCode = 1;
	return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
