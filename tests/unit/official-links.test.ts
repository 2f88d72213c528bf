// Links to the official record come from the Kamer's own ids, taken from real registry records;
// anything not in the form the Kamer uses gives no link.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dossierLink, kamerMotionLink, publicationLink } from '../../src/lib/official-links';
import { SHARED } from '../helpers/paths';

interface Zaak {
	Nummer: string;
	Kamerstukdossier?: { Nummer: number; Toevoeging: string | null }[];
	Document?: { DocumentNummer: string; Soort: string }[];
}

const zaken = readFileSync(join(SHARED, 'opendata-2023-2025/zaken.jsonl'), 'utf8')
	.split('\n')
	.filter(Boolean)
	.slice(0, 200)
	.map((l) => JSON.parse(l) as Zaak);

describe('official links', () => {
	it('link every real registry record to its page on tweedekamer.nl', () => {
		for (const z of zaken) {
			const doc = z.Document?.find((d) => d.Soort.startsWith('Motie'));
			const link = kamerMotionLink(z.Nummer, doc?.DocumentNummer);
			expect(link?.href).toBe(
				`https://www.tweedekamer.nl/kamerstukken/moties/detail?id=${z.Nummer}${doc ? `&did=${doc.DocumentNummer}` : ''}`
			);
		}
	});

	it('link publications and dossiers in the forms officielebekendmakingen.nl uses', () => {
		expect(publicationLink('kst-36045-216')?.href).toBe(
			'https://zoek.officielebekendmakingen.nl/kst-36045-216.html'
		);
		expect(publicationLink('kst-21501-32-1603')?.href).toContain('/kst-21501-32-1603.html');
		expect(dossierLink('36045')?.href).toBe(
			'https://zoek.officielebekendmakingen.nl/dossier/36045'
		);
		expect(dossierLink('36600-VII')?.href).toBe(
			'https://zoek.officielebekendmakingen.nl/dossier/36600-VII'
		);
	});

	it('give no link for an id not in its known form', () => {
		expect(publicationLink('003_7e549dd78be9550f.txt')).toBeNull();
		expect(publicationLink(null)).toBeNull();
		expect(kamerMotionLink('36045-216', null)).toBeNull();
		expect(dossierLink('javascript:alert(1)')).toBeNull();
	});
});
