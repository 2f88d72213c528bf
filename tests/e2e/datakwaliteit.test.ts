// The data-quality page as a person reads it: where the registry and the transcripts do not meet,
// where they differ, what could not be resolved, and what is not loaded. Expected counts come from
// zaken.jsonl and the seed debate's gold file.
import { expect, test, type Page } from '@playwright/test';
import { goldMotions } from '../helpers/paths';
import { LABEL_VERDICTS, registryFacts } from './registry-data';

const SHOTS = 'tests/e2e/screenshots';
const section = (page: Page, name: RegExp | string) => page.getByRole('region', { name });
const summary = (page: Page, key: string) =>
	page.locator(`[data-summary="${key}"]`).getAttribute('data-count').then(Number);

/** The transcript's motions under the registry's ids (its "36046-225" is the registry's 36045-225). */
const transcriptIds = () =>
	goldMotions().motions.map((m) => (m.id === '36046-225' ? '36045-225' : m.id));

test('the data-quality page lists where registry and transcripts do not meet', async ({ page }) => {
	const facts = registryFacts();
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Datakwaliteit' })
		.click();
	await expect(page).toHaveURL(/\/datakwaliteit$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datakwaliteit');

	// Registry motions without a transcript appraisal: every registry motion but the debate's.
	const withTranscript = transcriptIds().filter((id) => facts.motions.has(id));
	const withoutTranscript = facts.motions.size - withTranscript.length;
	expect(await summary(page, 'zonder-verslag')).toBe(withoutTranscript);
	const registryOnly = section(page, /Registermoties zonder appreciatie uit een verslag/);
	const rows = registryOnly.locator('tbody tr[data-motion]');
	await expect(rows).toHaveCount(50);
	for (const id of await rows.evaluateAll((trs) =>
		trs.map((tr) => tr.getAttribute('data-motion')!)
	)) {
		expect(facts.motions.has(id), id).toBe(true);
		expect(withTranscript).not.toContain(id);
	}
	const first = rows.first();
	await expect(first.getByRole('link')).toHaveAttribute('href', /^\/moties\/[\w-]+$/);
	const pager = registryOnly.getByRole('navigation', { name: /Paginering/ });
	await expect(pager).toContainText(`1–50 van ${withoutTranscript.toLocaleString('nl-NL')}`);
	const firstIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-motion')));
	await pager.getByRole('link', { name: /Volgende/ }).click();
	await expect(page).toHaveURL(/zonder=2/);
	await expect(pager).toContainText(`51–100 van ${withoutTranscript.toLocaleString('nl-NL')}`);
	const secondIds = await rows.evaluateAll((trs) =>
		trs.map((tr) => tr.getAttribute('data-motion'))
	);
	expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);

	// Transcript motions unknown to the registry: none; the one slip, matched to the registry's id.
	const unknown = transcriptIds().filter((id) => !facts.motions.has(id));
	expect(await summary(page, 'onbekend')).toBe(unknown.length);
	if (!unknown.length)
		await expect(section(page, /die het register niet kent/)).toContainText(
			'elke motie uit een ingelezen verslag staat in het register'
		);
	const slip = page.locator('table.slips tbody tr');
	await expect(slip).toHaveCount(1);
	await expect(slip).toHaveAttribute('data-written', '36046-225');
	await expect(slip.getByRole('link', { name: '36045-225' })).toHaveAttribute(
		'href',
		'/moties/36045-225'
	);

	// Registry label against the transcript's verdict: both give one for every debate motion.
	const compared = goldMotions().motions.map((m) => {
		const id = m.id === '36046-225' ? '36045-225' : m.id;
		const label = facts.motions.get(id)?.label ?? null;
		return { registry: label ? LABEL_VERDICTS[label] : undefined, transcript: m.verdict };
	});
	const both = compared.filter((c) => c.registry);
	const agree = both.filter((c) => c.registry === c.transcript).length;
	const agreement = page.getByTestId('agreement');
	await expect(agreement).toHaveAttribute('data-compared', String(both.length));
	await expect(agreement).toHaveAttribute('data-agree', String(agree));
	expect(await summary(page, 'verschil')).toBe(both.length - agree);
	await expect(page.locator('table.disagreements tbody tr')).toHaveCount(both.length - agree);

	// Signatures without a fraction and names unknown to the member register: each row links on.
	const withoutFraction = page.locator('table.without-fraction tbody tr');
	expect(await withoutFraction.count()).toBe(Math.min(25, await summary(page, 'zonder-fractie')));
	for (const row of (await withoutFraction.all()).slice(0, 3)) {
		await expect(row.getByRole('link').first()).toHaveAttribute('href', /^\/moties\//);
		await expect(row.getByRole('link').nth(1)).toHaveAttribute('href', /^\/kamerleden\/\d+$/);
	}
	const unknownNames = page.locator('table.unknown-signers tbody tr');
	expect(await unknownNames.count()).toBe(Math.min(25, await summary(page, 'onbekende-namen')));

	// Left-out registry records are not stored: the page says so instead of inventing a count.
	await expect(page.getByTestId('registry-extent')).toHaveAttribute(
		'data-records',
		String(facts.motions.size)
	);
	await expect(section(page, 'Weggelaten registerrecords')).toContainText(
		'niet in de database bewaard'
	);
	// Votes are not loaded yet: said plainly, and no rows.
	const votes = section(page, 'Stemmingen met een onvolledige telling');
	await expect(votes).toContainText('Nog niet geladen.');
	await expect(votes.locator('table')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/datakwaliteit.png`, fullPage: true });

	// A row leads to its motion, whose registry record is the one listed.
	await page.goto('/datakwaliteit');
	const id = (await rows.first().getAttribute('data-motion'))!;
	await rows.first().getByRole('link', { name: id }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Motie ${id}`);
	await expect(page.getByTestId('registry-zaak')).toHaveText(facts.motions.get(id)!.zaakNumber);
});

test('odd page numbers on the data-quality page give the last page, not an error', async ({
	page
}) => {
	for (const q of ['zonder=999999', 'zonder=-1&fractie=abc', 'namen=0&verschil=99']) {
		const response = await page.goto(`/datakwaliteit?${q}`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datakwaliteit');
	}
});

test('the data-quality page fits a phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/datakwaliteit');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
