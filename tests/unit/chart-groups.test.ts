// A chart of many groups shows the largest and sums the rest: every appraisal still counted once.
import { describe, expect, it } from 'vitest';
import { pickGroups, topGroups, type GroupCounts } from '../../src/lib/chart-groups';
import { goldMotions } from '../helpers/paths';

const sum = (data: GroupCounts) =>
	Object.values(data).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);

describe('topGroups', () => {
	const byMinister = goldMotions().totals.byMinister as GroupCounts;
	const names = Object.keys(byMinister);

	it('keeps every group when they fit', () => {
		expect(topGroups(byMinister, names.length)).toEqual({ data: byMinister, others: null });
	});

	it('keeps the largest groups in their order and sums the others per verdict', () => {
		const { data, others } = topGroups(byMinister, 2);
		expect(Object.keys(data)).toHaveLength(2);
		expect(others?.groups).toBe(names.length - 2);
		const totals = names.map((n) => sum({ [n]: byMinister[n]! })).sort((a, b) => b - a);
		expect(sum(data)).toBe(totals[0]! + totals[1]!);
		expect(sum(data) + sum({ others: others!.counts })).toBe(sum(byMinister));
		expect(Object.keys(data)).toEqual(names.filter((n) => n in data));
	});

	it('picks the labels of the groups shown', () => {
		const { data } = topGroups(byMinister, 2);
		const labels = Object.fromEntries(names.map((n) => [n, n.toUpperCase()]));
		expect(Object.keys(pickGroups(labels, data))).toEqual(Object.keys(data));
	});
});
