// A chart shows at most so many groups: the ones with the most appraisals, the rest summed in one
// row. Twenty years of cabinets hold some 250 cabinet members; a bar per member is unreadable and
// made the overview a 160 KB page. The lists (/bewindspersonen) keep every member.

/** group → verdict → count */
export type GroupCounts = Record<string, Record<string, number>>;

export interface OtherGroups {
	/** How many groups the summed row stands for. */
	groups: number;
	counts: Record<string, number>;
}

export interface TopGroups {
	data: GroupCounts;
	others: OtherGroups | null;
}

/** Groups a chart shows by default. */
export const CHART_GROUPS = 25;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Only the entries of `record` named by the shown groups (labels, links of the groups shown). */
export function pickGroups<T>(record: Record<string, T>, shown: GroupCounts): Record<string, T> {
	return Object.fromEntries(
		Object.keys(shown).flatMap((k) => (k in record ? [[k, record[k]!]] : []))
	);
}

/** The `limit` groups with the largest totals (in their given order), the rest summed. */
export function topGroups(data: GroupCounts, limit = CHART_GROUPS): TopGroups {
	const names = Object.keys(data);
	if (names.length <= limit) return { data, others: null };
	const kept = new Set(
		[...names]
			.sort((a, b) => total(data[b]!) - total(data[a]!) || a.localeCompare(b, 'nl'))
			.slice(0, limit)
	);
	const shown: GroupCounts = {};
	const others: OtherGroups = { groups: 0, counts: {} };
	for (const name of names) {
		const counts = data[name]!;
		if (kept.has(name)) shown[name] = counts;
		else {
			others.groups++;
			for (const [verdict, n] of Object.entries(counts))
				others.counts[verdict] = (others.counts[verdict] ?? 0) + n;
		}
	}
	return { data: shown, others };
}
