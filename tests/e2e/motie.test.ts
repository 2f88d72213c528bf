// The motion page as a reader sees it: the text, the signers, the registry's record beside the
// transcript's appraisal and its history, slips and amendments, the documents that cite it, and
// the source opened at the motion's lines. Expected values come from zaken.jsonl and the gold file.
import { expect, test, type Page } from '@playwright/test';
import { goldMotions } from '../helpers/paths';
import { registryFacts } from './registry-data';

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

const registerSide = (page: Page) => page.getByRole('region', { name: 'Register van de Kamer' });
const transcriptSide = (page: Page) => page.getByRole('region', { name: 'Verslag van het debat' });
const gold = (id: string) => goldMotions().motions.find((m) => m.id === id)!;

/** The registry's record as the page shows it, against the Zaak in zaken.jsonl. */
async function expectRegistryRecord(page: Page, id: string, label: string) {
	const zaak = registryFacts().motions.get(id)!;
	const side = registerSide(page);
	await expect(side.getByTestId('registry-label')).toContainText(label);
	await expect(side.getByTestId('registry-zaak')).toHaveText(zaak.zaakNumber);
	await expect(side.getByTestId('registry-document')).toContainText(zaak.documentNumber!);
	await expect(side.getByTestId('registry-done')).toHaveText(zaak.done ? 'ja' : 'nee');
}

test('36045-233: Vermeer (BBB), Brekelmans, oordeel Kamer onder voorwaarde, eerder ontraden', async ({
	page
}) => {
	await page.goto('/moties/36045-233');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-233');

	const text = page.getByRole('region', { name: 'Tekst' });
	await expect(text).toContainText('De Kamer,');
	await expect(text).toContainText('gehoord de beraadslaging,');
	await expect(text).toContainText('verzoekt de regering te garanderen');
	await expect(text.locator('p').last()).toHaveText('en gaat over tot de orde van de dag.');

	const signers = page.getByRole('region', { name: /Indieners/ }).getByRole('listitem');
	await expect(signers.first()).toContainText('Vermeer (BBB)');
	await expect(signers.first()).toContainText('indiener');
	await expect(signers.first().getByRole('link', { name: 'BBB' })).toHaveAttribute(
		'href',
		'/fracties/BBB'
	);

	const label = registryFacts().motions.get('36045-233')!.label!;
	await expectRegistryRecord(page, '36045-233', label);
	const appraisal = page.getByRole('region', { name: 'Appreciatie', exact: true });
	await expect(appraisal.locator('.standing')).toContainText('Oordeel Kamer');
	await expect(appraisal.locator('.standing')).toContainText(
		'door Brekelmans (minister van Defensie)'
	);
	await expect(appraisal.getByRole('link', { name: 'Brekelmans' }).first()).toHaveAttribute(
		'href',
		/^\/bewindspersonen\/\d+$/
	);
	await expect(appraisal.getByLabel('voorwaardelijk').first()).toBeVisible();
	await expect(appraisal).toContainText(
		'Voorwaardelijk: als ik deze motie van de heer Vermeer zo mag lezen dat die met mijn uitleg overeenkomt'
	);

	const history = appraisal.getByRole('list', { name: 'Verloop' }).getByRole('listitem');
	await expect(history).toHaveCount(2);
	await expect(history.nth(0)).toContainText('Ontraden');
	await expect(history.nth(1)).toContainText('Oordeel Kamer');
	await expect(history.nth(1)).toContainText('geldend');

	await expect(
		page.getByRole('link', { name: /Ontwikkelingen rondom de onderhandelingen/ })
	).toHaveAttribute('href', /^\/debatten\/\d+$/);
	await shot(page, 'motie-36045-233');
});

test('motie 225 noemt alle 11 indieners met hun fractie', async ({ page }) => {
	// The Handelingen number this motion "nr. 225 (36046)"; the registry has it as 36045-225.
	// Reach it the way a reader would, from the debate's list of tabled motions.
	await page.goto('/documenten');
	await page.getByRole('link', { name: /Ontwikkelingen rondom de onderhandelingen/ }).click();
	await page
		.getByRole('region', { name: /Ingediende moties/ })
		.getByRole('link', { name: /-225$/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-225');

	const signers = page.getByRole('region', { name: /Indieners/ }).getByRole('listitem');
	await expect(signers).toHaveCount(11);
	const expected = [
		'Paternotte (D66)',
		'Van Hijum (NSC)',
		'Timmermans (GroenLinks-PvdA)',
		'Boswijk (CDA)',
		'Yeşilgöz-Zegerius (VVD)',
		'Dassen (Volt)',
		'Dobbe (SP)',
		'Ceder (ChristenUnie)',
		'Eerdmans (JA21)',
		'Teunissen (PvdD)',
		'Van Baarle (DENK)'
	];
	for (const [i, name] of expected.entries()) await expect(signers.nth(i)).toContainText(name);
	await expect(signers.nth(0)).toContainText('indiener');
	await expect(signers.nth(9)).toContainText('mede-indiener');
	await expect(page.getByRole('heading', { name: 'Indieners (11)' })).toBeVisible();
	await shot(page, 'motie-225-indieners');
});

test('36045-191, genoemd in twee brieven, komt nu uit het register en toont beide brieven met hun zin', async ({
	page
}) => {
	await page.goto('/moties/36045-191');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-191');
	const zaak = registryFacts().motions.get('36045-191')!;
	await expectRegistryRecord(page, '36045-191', zaak.label!);
	await expect(transcriptSide(page)).toContainText(
		'Geen ingelezen verslag geeft een appreciatie van deze motie'
	);

	const citing = page.getByRole('region', { name: /Genoemd in/ }).getByRole('listitem');
	await expect(citing).toHaveCount(2);
	// Each by its title and date, not its file name.
	await expect(citing.filter({ hasText: '.txt' })).toHaveCount(0);
	const letter1 = citing.filter({ hasText: 'Kamerbrief over veiligheidsgaranties voor Oekraïne' });
	const letter4 = citing.filter({ hasText: 'Kamerbrief met een actualisatie' });
	await expect(letter1).toContainText('Kamerbrief over veiligheidsgaranties voor Oekraïne');
	await expect(letter1).toContainText('brief');
	await expect(letter1).toContainText('10 september 2025');
	await expect(letter1).toContainText(
		'Van Weel (minister van Buitenlandse Zaken), Brekelmans (minister van Defensie)'
	);
	await expect(letter1.locator('blockquote')).toHaveText(
		'De Nederlandse betrokkenheid past binnen het Nederlandse beleid van onverminderde steun aan Oekraïne, conform o.a. moties Timmermans en Yesilgöz-Zegerius (Motie 36045-191, 18 februari jl.) en Paternotte en Van Campen (Motie 21501-02-3047, 18 februari jl.).'
	);
	await expect(letter4).toContainText('Veldkamp (minister van Buitenlandse Zaken)');
	await expect(letter4.locator('blockquote')).toContainText(
		'met inachtneming van de motie Timmermans-Yeşilgöz3, zal het kabinet binnenkort een besluit nemen'
	);
	await expect(letter4.getByRole('link', { name: 'regel 357 in de tekst' })).toHaveAttribute(
		'href',
		/\/documenten\/\d+\?from=357#L357$/
	);
	await shot(page, 'motie-36045-191-geciteerd');
});

test('36045-225: het verslag schreef 36046-225; register en verslag naast elkaar', async ({
	page
}) => {
	await page.goto('/moties/36045-225');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-225');
	const slip = page.locator('[data-alias="36046-225"]');
	await expect(slip).toContainText('In het verslag staat deze motie als 36046-225');
	await expect(
		slip.getByRole('link', { name: /Ontwikkelingen rondom de onderhandelingen/ })
	).toHaveAttribute('href', /^\/documenten\/\d+\?from=\d+&to=\d+#L\d+$/);

	const m = gold('36046-225');
	await expectRegistryRecord(page, '36045-225', 'Oordeel Kamer');
	const standing = transcriptSide(page).locator('.standing');
	await expect(standing).toContainText('Oordeel Kamer');
	await expect(standing).toContainText(`door ${m.minister}`);
	await expect(standing.locator('blockquote')).toContainText('De motie op stuk nr. 225');
	// Both say Oordeel Kamer: no conflict notice.
	await expect(page.locator('[data-conflict="verdict"]')).toHaveCount(0);
	// The debate and the motion's own document name the same 11 signers.
	await expect(page.getByText('noemen dezelfde indieners')).toBeVisible();
	await expect(page.getByRole('link', { name: 'de gepubliceerde motietekst' })).toHaveAttribute(
		'href',
		/^\/documenten\/\d+$/
	);
	await shot(page, 'motie-36045-225');
});

test('36045-234 is vervangen door 36045-237, en 237 vervangt 234', async ({ page }) => {
	const facts = registryFacts();
	expect(facts.replaced.has('36045-234')).toBe(true);
	await page.goto('/moties/36045-234');
	const replaced = page.locator('[data-replaced-by]');
	await expect(replaced).toContainText('vervangen door 36045-237');
	await expect(replaced).toContainText('telt niet meer mee');
	// The transcript's appraisal of the original stays readable on its page.
	await expect(transcriptSide(page).locator('.standing')).toContainText(gold('36045-234').minister);
	await replaced.getByRole('link', { name: '36045-237' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-237');
	await expect(page.locator('[data-replaces]')).toContainText('vervangt 36045-234');
	const label = facts.motions.get('36045-237')!.label!;
	await expectRegistryRecord(page, '36045-237', label);
	await expect(transcriptSide(page)).toContainText(
		'Geen ingelezen verslag geeft een appreciatie van deze motie'
	);
	await page.locator('[data-replaces]').getByRole('link', { name: '36045-234' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Motie 36045-234');
	await shot(page, 'motie-36045-234-vervangen');
});

test('36045-216: het register en het verslag geven allebei Oordeel Kamer', async ({ page }) => {
	await page.goto('/moties/36045-216');
	const label = registryFacts().motions.get('36045-216')!.label!;
	expect(label).toBe('Oordeel Kamer');
	await expectRegistryRecord(page, '36045-216', label);
	const m = gold('36045-216');
	expect(m.verdict).toBe('oordeel_kamer');
	const standing = transcriptSide(page).locator('.standing');
	await expect(standing).toHaveAttribute('data-verdict', m.verdict);
	await expect(standing).toContainText(`door ${m.minister}`);
	await expect(page.locator('[data-conflict="verdict"]')).toHaveCount(0);
	await shot(page, 'motie-36045-216');
});

test('a registry motion without a verdict names the kind of "no verdict"', async ({ page }) => {
	const facts = registryFacts();
	const none = facts.counted.find((m) => m.label === 'Nog niet bekend')!;
	await page.goto(`/moties/${none.id}`);
	await expectRegistryRecord(page, none.id, 'Nog niet bekend');
	await expect(registerSide(page)).toContainText('geen oordeel');
	await expect(transcriptSide(page)).toContainText('Geen ingelezen verslag');
});

test('de bronlink van 36045-216 opent het debat op regel 2984, gemarkeerd', async ({ page }) => {
	await page.goto('/moties/36045-216');
	await page.getByRole('link', { name: /tekst in de bron, regels 2984–3004/ }).click();
	await expect(page).toHaveURL(/\/documenten\/\d+\?from=2984&to=3004#L2984$/);
	const line = page.locator('#L2984');
	await expect(line).toBeInViewport();
	await expect(line).toHaveText(/^2984De Kamer,/);
	await expect(line).toHaveClass(/\bhl\b/);
	await expect(page.locator('#L3004')).toHaveClass(/\bhl\b/);
	await expect(page.locator('#L3005')).not.toHaveClass(/\bhl\b/);
	await expect(page.getByText('Gemarkeerd: regels 2984–3004')).toBeVisible();
	await page.screenshot({ path: 'tests/e2e/screenshots/motie-36045-216-bron.png' });
});

test('een onbekende motie geeft een 404 met een Nederlandse melding', async ({ page }) => {
	const response = await page.goto('/moties/99999-1');
	expect(response?.status()).toBe(404);
	await expect(page.getByText('Motie 99999-1 niet gevonden')).toBeVisible();
	await shot(page, 'motie-404');
});

test('de motiepagina past op een telefoon', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/moties/36045-233');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await shot(page, 'motie-36045-233-telefoon');
});
