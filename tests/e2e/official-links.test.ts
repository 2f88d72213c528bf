// A motion of the registry links to its pages on tweedekamer.nl and officielebekendmakingen.nl,
// built from the registry's own ids.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/paths';

test('a motion links to the official record by the ids of its registry record', async ({
	page
}) => {
	// 36045-237 (a gewijzigde motie) is Zaak 2025Z16843 in the registry file.
	const zaak = readFileSync(join(SHARED, 'opendata-2023-2025/zaken.jsonl'), 'utf8')
		.split('\n')
		.map((l) => (l ? JSON.parse(l) : null))
		.find((z) => z?.Nummer === '2025Z16843');
	const doc = zaak.Document.find((d: { Soort: string }) => d.Soort.startsWith('Motie'));
	expect(doc.Volgnummer).toBe(237);
	const id = '36045-237';
	await page.goto(`/moties/${id}`);
	const links = page.getByTestId('official-links');
	await expect(links.getByRole('link', { name: 'tweedekamer.nl', exact: true })).toHaveAttribute(
		'href',
		`https://www.tweedekamer.nl/kamerstukken/moties/detail?id=${zaak.Nummer}&did=${doc.DocumentNummer}`
	);
	await expect(
		links.getByRole('link', { name: 'officielebekendmakingen.nl', exact: true })
	).toHaveAttribute(
		'href',
		`https://zoek.officielebekendmakingen.nl/kst-36045-${doc.Volgnummer}.html`
	);
	await expect(links.getByRole('link', { name: /dossier 36045/ })).toHaveAttribute(
		'href',
		'https://zoek.officielebekendmakingen.nl/dossier/36045'
	);
});
