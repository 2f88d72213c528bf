// Filters read from a URL: nonsense is ignored, never an error; a link reproduces the view.
import { describe, expect, it } from 'vitest';
import { filtersToParams, MAX_PAGE, parseFilters, parseListOptions } from '../../src/lib/filters';
import { isIsoDate } from '../../src/lib/dates';
import { motionsToCsv } from '../../src/lib/server/export';
import type { ExportRow } from '../../src/lib/server/queries/motions';

describe('filters in the URL', () => {
	it('round-trips through a query string', () => {
		const params = new URLSearchParams(
			'verdict=ontraden&fraction=SP&signers=all&from=2025-09-01&conditional=1&q=Dutch+Dome'
		);
		const f = parseFilters(params);
		expect(f).toMatchObject({
			verdict: 'ontraden',
			fraction: 'SP',
			signers: 'all',
			from: '2025-09-01',
			conditional: true,
			q: 'Dutch Dome'
		});
		expect(parseFilters(filtersToParams(f))).toEqual(f);
	});

	it('ignores values that make no sense', () => {
		const f = parseFilters(
			new URLSearchParams('verdict=misschien&from=2025-02-30&to=gisteren&debate=abc&member=-1')
		);
		expect(f).toMatchObject({ verdict: null, from: null, to: null, debate: null, member: null });
	});

	it('caps the page so a huge number cannot overflow the query', () => {
		expect(parseListOptions(new URLSearchParams('page=1e20')).page).toBe(MAX_PAGE);
		expect(parseListOptions(new URLSearchParams('page=0')).page).toBe(1);
		expect(parseListOptions(new URLSearchParams('perPage=100000')).perPage).toBe(50);
	});

	it('knows a real date from a date-shaped string', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-13-01')).toBe(false);
		expect(isIsoDate('11-09-2025')).toBe(false);
	});
});

describe('the CSV export', () => {
	const row = (subject: string): ExportRow => ({
		id: '36045-216',
		dossier: '36045',
		number: 216,
		subject,
		date: '2025-09-11',
		status: 'tabled',
		debateId: 1,
		debate: 'Debat',
		firstSignerId: 1,
		firstSigner: 'Timmermans',
		firstSignerFraction: 'GroenLinks-PvdA',
		coSigners: 1,
		verdict: 'oordeel_kamer',
		minister: 'Van Weel',
		ministerId: 2,
		conditional: false,
		citations: 0,
		signers: [
			{ name: 'Timmermans', fraction: 'GroenLinks-PvdA' },
			{ name: 'Dassen', fraction: 'Volt' }
		],
		condition: null,
		debateDate: '2025-09-11'
	});

	it('starts with a BOM and quotes what needs quoting', () => {
		const csv = motionsToCsv([row('Verzoekt de regering, "zo snel mogelijk", te handelen')]);
		expect(csv.startsWith('\uFEFFid,dossier,nummer,')).toBe(true);
		expect(csv).toContain('"Verzoekt de regering, ""zo snel mogelijk"", te handelen"');
		expect(csv).toContain('Timmermans (GroenLinks-PvdA); Dassen (Volt)');
		expect(csv).toContain('Oordeel Kamer,oordeel_kamer,nee,,Van Weel');
	});

	it('keeps a cell that Excel would run as a formula as text', () => {
		const csv = motionsToCsv([row('=HYPERLINK("http://example.org")')]);
		expect(csv).toContain(`"'=HYPERLINK(""http://example.org"")"`);
		expect(csv).not.toMatch(/,=HYPERLINK/);
	});
});

describe('the list order in the URL', () => {
	it('opens newest first and leaves that out of a link', () => {
		expect(parseListOptions(new URLSearchParams(''))).toMatchObject({ sort: 'date', dir: 'desc' });
		expect(filtersToParams({}, { sort: 'date', dir: 'desc' }).toString()).toBe('');
	});

	it('names any other order, with a direction only where it is not the column’s first', () => {
		expect(filtersToParams({}, { sort: 'date', dir: 'asc' }).toString()).toBe('sort=date&dir=asc');
		expect(filtersToParams({}, { sort: 'subject', dir: 'asc' }).toString()).toBe('sort=subject');
		expect(filtersToParams({}, { sort: 'id', dir: 'desc' }).toString()).toBe('sort=id&dir=desc');
		for (const q of ['sort=date&dir=asc', 'sort=subject', 'sort=id&dir=desc']) {
			const o = parseListOptions(new URLSearchParams(q));
			expect(filtersToParams({}, o).toString()).toBe(q);
		}
		// An old link to a column without a direction reads as that column's first direction.
		expect(parseListOptions(new URLSearchParams('sort=id'))).toMatchObject({ dir: 'asc' });
	});
});
