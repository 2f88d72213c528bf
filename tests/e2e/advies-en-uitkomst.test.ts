// Votes on the default data as a reader meets them: a cell of the Advies en uitkomst matrix leads
// to exactly the motions it counted, and a motion's page shows its life with the vote. Expected
// values come from the Kamer's open data (besluiten-met-een-motie.jsonl, zaken.jsonl), not the app.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../helpers/paths';
import { registryFacts } from './registry-data';

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });

interface Besluit {
	Id: string;
	StemmingsSoort: string;
	BesluitSoort: string;
	Agendapunt: { Zaak: { Nummer: string }[] };
	Stemming: { Soort: string; ActorFractie: string; FractieGrootte: number }[];
}

const decisions = readFileSync(
	join(SHARED, 'opendata-2023-2025', 'besluiten-met-een-motie.jsonl'),
	'utf8'
)
	.split('\n')
	.filter((l) => l.trim())
	.map((l) => JSON.parse(l) as Besluit);

test('a cell of the matrix leads to exactly the motions it counts', async ({ page }) => {
	await page.goto('/advies-en-uitkomst');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Advies en uitkomst');
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toContainText(
		'Advies en uitkomst'
	);
	// The page says what it covers and how many have no known outcome.
	const lead = page.locator('p.lead');
	const covered = Number(await lead.getAttribute('data-covered'));
	const without = Number(await lead.getAttribute('data-without'));
	expect(covered).toBe(registryFacts().counted.length);
	expect(without).toBeGreaterThan(0);
	expect(without).toBeLessThan(covered);

	// 'Ontraden' and adopted: the cabinet advised against, the Kamer adopted it anyway.
	const cell = page.locator(
		'[data-table="matrix"] tr[data-verdict="ontraden"] td[data-outcome="adopted"] a'
	);
	const counted = Number(await cell.getAttribute('data-count'));
	expect(counted).toBeGreaterThan(0);
	await shot(page, 'advies-en-uitkomst');
	await cell.click();
	await expect(page).toHaveURL(/\/moties\?verdict=ontraden&outcome=adopted/);
	await expect(page.locator('[data-total]')).toHaveAttribute('data-total', String(counted));
	const rows = page.locator('tr[data-motion]');
	await expect(rows).toHaveCount(counted);
	for (const row of await rows.all()) {
		await expect(row.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ontraden');
		await expect(row.locator('[data-outcome]')).toHaveText('Aangenomen');
	}
});

test('a fraction row of the matrix page leads to its motions with that outcome', async ({
	page
}) => {
	await page.goto('/advies-en-uitkomst');
	const link = page
		.locator('[data-table="fractions"] tr[data-row="PVV"] td[data-column="adopted"] a')
		.first();
	const counted = Number(await link.getAttribute('data-count'));
	await link.click();
	await expect(page).toHaveURL(/fraction=PVV/);
	await expect(page.locator('[data-total]')).toHaveAttribute('data-total', String(counted));
});

test('a motion page shows its life with the vote: each fraction for or against with its seats', async ({
	page
}) => {
	// The first complete show of hands in the file that adopted a motion voted on once.
	const byZaak = new Map<string, number>();
	for (const d of decisions) {
		const z = d.Agendapunt.Zaak[0]!.Nummer;
		byZaak.set(z, (byZaak.get(z) ?? 0) + 1);
	}
	const motions = [...registryFacts().motions.values()];
	const decision = decisions.find(
		(d) =>
			d.StemmingsSoort === 'Met handopsteken' &&
			d.BesluitSoort === 'Stemmen - aangenomen' &&
			d.Stemming.length === 15 &&
			byZaak.get(d.Agendapunt.Zaak[0]!.Nummer) === 1 &&
			motions.some((m) => m.zaakNumber === d.Agendapunt.Zaak[0]!.Nummer)
	)!;
	const motion = motions.find((m) => m.zaakNumber === decision.Agendapunt.Zaak[0]!.Nummer)!;
	const seats = (soort: string) =>
		decision.Stemming.filter((s) => s.Soort === soort).reduce((n, s) => n + s.FractieGrootte, 0);

	await page.goto(`/moties/${motion.id}`);
	await expect(page.locator('dd[data-outcome]')).toHaveText('Aangenomen');
	const life = page.getByRole('region', { name: 'Levensloop' });
	await expect(life.locator('li[data-event="tabled"]')).toContainText('Ingediend');
	const vote = life.locator('[data-vote]');
	await expect(vote).toHaveCount(1);
	await expect(vote).toHaveAttribute('data-complete', 'true');
	await expect(vote).toContainText('Stemming (handopsteken)');
	await expect(vote.locator('.seats')).toHaveText(
		`${seats('Voor')} zetels voor, ${seats('Tegen')} tegen`
	);
	const forSide = vote.locator('dd[data-choice="for"]');
	for (const s of decision.Stemming.filter((r) => r.Soort === 'Voor'))
		await expect(forSide).toContainText(`${s.ActorFractie} (${s.FractieGrootte})`);
	const againstSide = vote.locator('dd[data-choice="against"]');
	for (const s of decision.Stemming.filter((r) => r.Soort === 'Tegen'))
		await expect(againstSide).toContainText(`${s.ActorFractie} (${s.FractieGrootte})`);
	await shot(page, 'motie-levensloop');
});

test('a vote whose tally was cut short is shown as incomplete, never as a result', async ({
	page
}) => {
	const motions = [...registryFacts().motions.values()];
	const decision = decisions.find(
		(d) =>
			d.StemmingsSoort === 'Met handopsteken' &&
			d.Stemming.length === 5 &&
			motions.some((m) => m.zaakNumber === d.Agendapunt.Zaak[0]!.Nummer)
	)!;
	const motion = motions.find((m) => m.zaakNumber === decision.Agendapunt.Zaak[0]!.Nummer)!;
	await page.goto(`/moties/${motion.id}`);
	const vote = page.getByRole('region', { name: 'Levensloop' }).locator('[data-vote]').first();
	await expect(vote).toHaveAttribute('data-complete', 'false');
	await expect(vote).toContainText('onvolledige telling — geen uitslag');
	await expect(vote.locator('.warning')).toContainText(
		'de telling noemt 10 van de 15 fracties niet'
	);
	await expect(vote.locator('.seats')).toHaveCount(0);
	await expect(page.locator('dd[data-outcome]')).toHaveText('Open');
});
