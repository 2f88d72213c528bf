// What a person reads: dates and numbers in Dutch, documents by their title, a motion's subject
// in one whole line. The motions are real: their Onderwerp from the Kamer's open data
// (/work/shared/opendata-2023-2025/zaken.jsonl) and their text as the parser reads it.
import { describe, expect, it } from 'vitest';
import {
	formatDateNl,
	formatDateShortNl,
	formatDateTimeNl,
	formatMonthNl
} from '../../src/lib/dates';
import { formatNumberNl, formatPercentNl } from '../../src/lib/numbers';
import { debateTitle, documentTitle } from '../../src/lib/documents';
import {
	firstSentence,
	motionSubject,
	operativeSentence,
	subjectFromRegistry
} from '../../src/lib/motion-subject';

describe('dates in Dutch', () => {
	it('writes a day as "11 september 2025": no leading zero, the month in lower case', () => {
		expect(formatDateNl('2025-09-11')).toBe('11 september 2025');
		expect(formatDateNl('2024-01-01')).toBe('1 januari 2024');
		expect(formatDateNl('2023-12-07')).toBe('7 december 2023');
		expect(formatDateNl('2025-03-05')).toBe('5 maart 2025');
	});

	it('takes the day of a timestamp, gives nothing for no date and a non-date back as it is', () => {
		expect(formatDateNl('2025-09-11T23:59:00Z')).toBe('11 september 2025');
		expect(formatDateNl(null)).toBe('');
		expect(formatDateNl(undefined)).toBe('');
		expect(formatDateNl('onbekend')).toBe('onbekend');
		expect(formatDateNl('2025-13-01')).toBe('2025-13-01');
	});

	it('has a short form with the Taalunie abbreviations and a month form', () => {
		expect(formatDateShortNl('2025-09-11')).toBe('11 sep. 2025');
		expect(formatDateShortNl('2025-05-03')).toBe('3 mei 2025');
		expect(formatMonthNl('2025-03')).toBe('maart 2025');
		expect(formatMonthNl('2025')).toBe('2025');
	});

	it('writes a moment in Dutch time, summer and winter', () => {
		// The audit log's times are UTC (toISOString); a clerk reads the time on the wall clock.
		expect(formatDateTimeNl('2025-09-11T12:05:00.000Z')).toBe('11 september 2025, 14:05');
		expect(formatDateTimeNl('2025-01-11T23:30:00.000Z')).toBe('12 januari 2025, 00:30');
		// SQLite's own timestamps carry no zone: they are UTC too.
		expect(formatDateTimeNl('2025-09-11 08:00:00')).toBe('11 september 2025, 10:00');
		expect(formatDateTimeNl('2025-09-11')).toBe('11 september 2025');
		expect(formatDateTimeNl(null)).toBe('');
	});
});

describe('numbers in Dutch', () => {
	it('groups thousands with a point and writes a decimal comma', () => {
		expect(formatNumberNl(7937)).toBe('7.937');
		expect(formatNumberNl(1234567)).toBe('1.234.567');
		expect(formatNumberNl(20)).toBe('20');
		expect(formatPercentNl(0.125)).toBe('12,5 %');
		expect(formatPercentNl(1)).toBe('100 %');
		expect(formatPercentNl(1 / 3)).toBe('33,3 %');
	});
});

describe('a document by its name', () => {
	it('is its title, else its kind and date — never its file name', () => {
		expect(
			documentTitle({
				title: 'Kamerbrief over veiligheidsgaranties voor Oekraïne en de Coalition of the Willing',
				kind: 'letter',
				date: '2025-09-10'
			})
		).toBe('Kamerbrief over veiligheidsgaranties voor Oekraïne en de Coalition of the Willing');
		expect(documentTitle({ title: null, kind: 'letter', date: '2025-09-10' })).toBe(
			'Kamerbrief van 10 september 2025'
		);
		expect(documentTitle({ title: '  ', kind: 'debate', date: null })).toBe(
			'Verslag van een debat zonder titel'
		);
		expect(documentTitle({ title: null, kind: null })).toBe('Document zonder titel');
		expect(debateTitle({ title: null, date: '2025-09-11' })).toBe('Debat van 11 september 2025');
		expect(debateTitle({ title: null, date: null })).toBe('Debat zonder titel');
	});
});

describe('the subject of a motion', () => {
	it('is the registry title after "over", with a capital', () => {
		// 36045-228
		expect(
			subjectFromRegistry(
				'Motie van het lid Dobbe over geen wapens leveren die in strijd zijn met het humanitair oorlogsrecht'
			)
		).toBe('Geen wapens leveren die in strijd zijn met het humanitair oorlogsrecht');
		// 2023Z19781 (21501-32-1603), with the registry's trailing space
		expect(
			subjectFromRegistry(
				'Motie van het lid Flach c.s. over zich sterk maken voor halvering van de voorgenomen korting op het tongquotum voor de Noordzeevisserij '
			)
		).toBe(
			'Zich sterk maken voor halvering van de voorgenomen korting op het tongquotum voor de Noordzeevisserij'
		);
		// A second "over" belongs to the subject (36045-... Ouwehand, diertransporten).
		expect(
			subjectFromRegistry(
				'Motie van het lid Ouwehand over zich sterk verzetten tegen het voorstel van de Europese Commissie over diertransporten '
			)
		).toBe(
			'Zich sterk verzetten tegen het voorstel van de Europese Commissie over diertransporten'
		);
	});

	it("leaves out what an amended motion replaces, and reads the registry's slips", () => {
		// 19637-3384
		expect(
			subjectFromRegistry(
				'Gewijzigde motie van het lid Podt c.s. over een betere schaderegeling voor schade veroorzaakt door overlastgevende asielzoekers (t.v.v. 19637-3370)'
			)
		).toBe('Een betere schaderegeling voor schade veroorzaakt door overlastgevende asielzoekers');
		// 36800-IX-35: without the parentheses.
		expect(
			subjectFromRegistry(
				'Gewijzigde motie van het lid Klaver over binnen twee weken een nota van wijziging indienen t.v.v. 36800-IX-13'
			)
		).toBe('Binnen twee weken een nota van wijziging indienen');
		// A publication id with parentheses of its own.
		expect(
			subjectFromRegistry(
				'Gewijzigde motie van het lid Vijlbrief over de OESO peer review naar de Kamer sturen (t.v.v. 36321-(R2181)-11)'
			)
		).toBe('De OESO peer review naar de Kamer sturen');
		// 31066-1365, 36600-XV-81, 32317-924
		expect(
			subjectFromRegistry(
				'Motie van het lid Kamminga c.s.. over de voor- en nadelen van de verschillende schade- en herstelroutes aan de voorkant duidelijk aan gedupeerden communiceren'
			)
		).toMatch(/^De voor- en nadelen van/);
		expect(
			subjectFromRegistry(
				'Motie van het lid Dassen c.s. . over de stapsgewijze verhoging van het minimumjeugdloon'
			)
		).toBe('De stapsgewijze verhoging van het minimumjeugdloon');
		expect(
			subjectFromRegistry(
				'Gewijzigde motie van het lid Ceder c.s. t.v.v. 32317-916 over zich inzetten voor een oproep namens de Raad aan Turkije om aanvallen op Noord-Syrië en steun aan SNA-milities die betrokken zijn bij aanvallen te staken'
			)
		).toMatch(/^Zich inzetten voor een oproep namens de Raad aan Turkije/);
		expect(
			subjectFromRegistry(
				'Motie van het lid Dijk c.s.over ervoor zorgen dat armoede onder kinderen zal afnemen en dit voornemen betrekken bij de begroting voor 2025'
			)
		).toMatch(/^Ervoor zorgen dat armoede/);
	});

	it('has no registry subject where the Onderwerp names none after the signers', () => {
		// 36387-25: "over" is inside the subject, the word after the names is missing.
		expect(
			subjectFromRegistry(
				'Motie van de leden Erkens en Grinwis één loket waar huishoudens terechtkunnen voor informatie over verduurzaming en de financiering daarvan '
			)
		).toBeNull();
		// 23432-581
		expect(subjectFromRegistry('Motie van de leden Dassen en Ouwehand')).toBeNull();
		expect(subjectFromRegistry(null)).toBeNull();
	});

	it('else is the first operative sentence of the text, whole', () => {
		// 36045-228 as the transcript reads it: longer than the 140 characters once cut off.
		const parts = [
			{
				kind: 'constaterende',
				text: 'constaterende dat verschillende landen, waaronder de VS, landmijnen aan Oekraïne leveren die onder humanitair oorlogsrecht zijn verboden;'
			},
			{
				kind: 'verzoekt',
				text: 'verzoekt de regering geen wapens aan Oekraïne of welk ander land dan ook te leveren of aan de productie van wapens bij te dragen, die in strijd zijn met het humanitair oorlogsrecht, zoals landmijnen of clustermunitie, en landen die dit wel doen hierop aan te spreken,'
			}
		];
		expect(operativeSentence(parts)).toBe(
			'Verzoekt de regering geen wapens aan Oekraïne of welk ander land dan ook te leveren of aan de productie van wapens bij te dragen, die in strijd zijn met het humanitair oorlogsrecht, zoals landmijnen of clustermunitie, en landen die dit wel doen hierop aan te spreken'
		);
		expect(motionSubject({ registry: null, parts })).not.toContain('…');
	});

	it('stops at the end of the first sentence, not at an abbreviation', () => {
		// 36410-X-25: the first of four "verzoekt" parts.
		expect(
			operativeSentence([
				{
					kind: 'verzoekt',
					text: 'verzoekt de regering om het dienjaar, naar Zweeds model, zo snel mogelijk fors op te schalen naar ten minste 4.000 deelnemers per jaar;'
				},
				{
					kind: 'verzoekt',
					text: 'verzoekt de regering voorbereidingen te treffen om als onderdeel van de opschaling van het dienjaar een enquête toe te voegen aan de dienstplichtbrief;'
				}
			])
		).toBe(
			'Verzoekt de regering om het dienjaar, naar Zweeds model, zo snel mogelijk fors op te schalen naar ten minste 4.000 deelnemers per jaar'
		);
		// 19637-3384: a list of bullets ends its first sentence at the first item.
		expect(
			firstSentence(
				'verzoekt het kabinet het volgende: • zorg dat de gemeente Westerwolde eenvoudiger aanspraak kan maken op (bestaande) middelen voor preventieve maatregelen; • zorg voor een overgangsregeling voor de schaderegeling na 1 juni; • en breid de schaderegeling uit naar andere overlastlocaties zoals Budel,'
			)
		).toBe(
			'Verzoekt het kabinet het volgende: • zorg dat de gemeente Westerwolde eenvoudiger aanspraak kan maken op (bestaande) middelen voor preventieve maatregelen'
		);
		expect(
			firstSentence('verzoekt de regering dit te doen, en gaat over tot de orde van de dag.')
		).toBe('Verzoekt de regering dit te doen');
		expect(
			firstSentence('spreekt uit dat o.a. de heer X. Jansen gelijk heeft. Verzoekt voorts iets')
		).toBe('Spreekt uit dat o.a. de heer X. Jansen gelijk heeft');
	});

	it('prefers the registry title, then the text, then what was stored', () => {
		// 19637-3330: the only part is "zegt het vertrouwen … op" (no request).
		const parts = [
			{ kind: 'overig', text: 'zegt het vertrouwen in de Minister van Asiel en Migratie op,' }
		];
		expect(
			motionSubject({
				registry:
					'Motie van het lid Van Nispen over het opzeggen van het vertrouwen in de minister van Asiel en Migratie',
				parts,
				stored: 'Zegt het vertrouwen in de Minister van Asiel en Migratie op'
			})
		).toBe('Het opzeggen van het vertrouwen in de minister van Asiel en Migratie');
		expect(
			motionSubject({
				registry: 'Motie van de leden Dassen en Ouwehand',
				parts,
				stored: 'Zegt het vertrouwen in de Minister van Asiel en Migratie op'
			})
		).toBe('Zegt het vertrouwen in de Minister van Asiel en Migratie op');
		expect(motionSubject({ registry: 'Motie van de leden Dassen en Ouwehand' })).toBe(
			'Motie van de leden Dassen en Ouwehand'
		);
		expect(motionSubject({})).toBeNull();
	});
});
