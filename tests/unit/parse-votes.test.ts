// Each form of the "Stemmingen" text, from small hand-made excerpts (tests/fixtures/stemmingen,
// see its README), weighed against the fractions the member registry seats on the day.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { loadRegistry } from '../../src/lib/server/registry';
import { memberIndex } from '../../src/lib/parse';
import { findVotes, fractionList } from '../../src/lib/parse/votes';
import { seatsOn, tallyVote } from '../../src/lib/parse/tally';
import type { ParseWarning } from '../../src/lib/parse/types';

const registry = loadRegistry(join(ROOT, 'data'));
const DATE = '2024-03-12';
const seated = seatsOn(registry.members, DATE);

function read(name: string) {
	const lines = readFileSync(join(ROOT, 'tests/fixtures/stemmingen', name), 'utf8').split('\n');
	const warnings: ParseWarning[] = [];
	const votes = findVotes(lines, { date: DATE, members: memberIndex(registry), warnings });
	return { votes, warnings, tallies: votes.map((v) => tallyVote(v.vote, seated)) };
}

const names = (fs: { name: string }[]) => fs.map((f) => f.name).sort();

describe('the fractions seated on a day', () => {
	it('counts the 2023 Kamer: 15 fractions', () => {
		expect(seated.size).toBe(15);
		expect(seated.get('PVV')).toBe(37);
		expect(seated.get('NSC')).toBe(20);
	});

	it('reads a list of fractions without their articles', () => {
		expect(fractionList('de SP, de PvdA, GroenLinks, het CDA en 50PLUS')).toEqual([
			'SP',
			'PvdA',
			'GroenLinks',
			'CDA',
			'50PLUS'
		]);
	});
});

describe('the forms of the Stemmingen text', () => {
	it('a majority: fractions for and against named, "zodat zij is verworpen"', () => {
		const { votes, tallies, warnings } = read('majority.txt');
		expect(warnings).toEqual([]);
		expect(votes).toHaveLength(1);
		expect(votes[0]).toMatchObject({ motion: '36410-XV-12', replaces: null });
		expect(votes[0]!.vote).toMatchObject({ kind: 'hands', declared: 'rejected', line: 5 });
		const t = tallies[0]!;
		expect(t.complete).toBe(true);
		expect(t.seatsFor).toBe(73);
		expect(t.seatsAgainst).toBe(76);
		expect(names(t.fractions.filter((f) => f.choice === 'against'))).toEqual(
			['BBB', 'FVD', 'JA21', 'PVV', 'SGP', 'VVD'].sort()
		);
	});

	it('"de leden van de overige fracties ertegen": every other fraction seated that day', () => {
		const { votes, tallies } = read('overige-fracties.txt');
		expect(votes[0]!.vote).toMatchObject({ declared: 'adopted', others: 'against' });
		const t = tallies[0]!;
		expect(names(t.fractions.filter((f) => f.choice === 'for'))).toEqual(
			['BBB', 'NSC', 'PVV', 'VVD'].sort()
		);
		expect(t.fractions.filter((f) => f.choice === 'against')).toHaveLength(11);
		expect([t.seatsFor, t.seatsAgainst, t.complete]).toEqual([89, 60, true]);
	});

	it('"met algemene stemmen": every fraction seated that day for', () => {
		const { votes, tallies } = read('algemene-stemmen.txt');
		expect(votes[0]!.vote).toMatchObject({ kind: 'unanimous', declared: 'adopted' });
		expect(tallies[0]).toMatchObject({ seatsFor: 149, seatsAgainst: 0, complete: true });
		expect(tallies[0]!.fractions).toHaveLength(15);
	});

	it('a roll call: members for and against, each with the fraction on the day; incomplete when not every member is named', () => {
		const { votes, tallies, warnings } = read('hoofdelijk.txt');
		expect(warnings).toEqual([]);
		const v = votes[0]!.vote;
		expect(v).toMatchObject({ kind: 'roll-call', declared: 'adopted' });
		expect(v.members.map((m) => `${m.name} (${m.fraction}) ${m.choice}`)).toEqual([
			'Bikker (ChristenUnie) for',
			'Ceder (ChristenUnie) for',
			'Dassen (Volt) for',
			'Grinwis (ChristenUnie) for',
			'Koekkoek (Volt) for',
			'Flach (SGP) against',
			'Stoffer (SGP) against'
		]);
		const t = tallies[0]!;
		expect([t.seatsFor, t.seatsAgainst]).toEqual([5, 2]);
		expect(t.complete).toBe(false);
		expect(t.warning).toMatch(/hoofdelijke stemming telt 7 van de 8 leden/);
		expect(t.warning).toMatch(/noemt 12 van de 15 fracties niet/);
	});

	it('held: "stel ik voor zijn motie … aan te houden. Daartoe wordt besloten."', () => {
		const { votes, tallies } = read('aangehouden.txt');
		expect(votes).toHaveLength(1);
		expect(votes[0]).toMatchObject({ motion: '36410-XV-15' });
		expect(votes[0]!.vote).toMatchObject({ kind: 'none', declared: 'held', requestedBy: 'Ceder' });
		expect(tallies[0]).toMatchObject({ complete: true, seatsFor: null });
	});

	it('withdrawn: "Aangezien de motie-… is ingetrokken"', () => {
		const { votes } = read('ingetrokken.txt');
		expect(votes).toHaveLength(1);
		expect(votes[0]).toMatchObject({ motion: '36410-XV-16' });
		expect(votes[0]!.vote).toMatchObject({ kind: 'none', declared: 'withdrawn' });
	});

	it('amended: the vote is on the new number, which replaces the old one', () => {
		const { votes, tallies } = read('gewijzigd.txt');
		expect(votes[0]).toMatchObject({ motion: '36410-XV-18', number: 18, replaces: 17 });
		expect(votes[0]!.vote.declared).toBe('rejected');
		expect(tallies[0]).toMatchObject({ seatsFor: 37, seatsAgainst: 112, complete: true });
	});

	it('a declared outcome the seats contradict is a warning, and incomplete', () => {
		const { tallies } = read('tegenstrijdig.txt');
		expect(tallies[0]!.complete).toBe(false);
		expect(tallies[0]!.warning).toBe(
			"Onvolledig: de zetels (62 voor, 87 tegen) spreken de uitkomst 'aangenomen' tegen."
		);
	});

	it('a finding that leaves seated fractions out is incomplete, never a result', () => {
		const { tallies } = read('onvolledig.txt');
		expect(tallies[0]!.complete).toBe(false);
		expect(tallies[0]!.warning).toMatch(/de telling noemt 10 van de 15 fracties niet/);
	});

	it("a vote without the chair's finding is a warning naming the line", () => {
		const warnings: ParseWarning[] = [];
		const votes = findVotes(
			['In stemming komt de motie-Bikker (36410-XV, nr. 14).', '', 'De voorzitter:'],
			{ date: DATE, members: memberIndex(registry), warnings }
		);
		expect(votes).toEqual([]);
		expect(warnings).toEqual([
			{
				line: 1,
				message:
					'The vote on motion 36410-XV-14 has no finding of the chair ("Ik constateer dat …"); no outcome is read'
			}
		]);
	});
});
