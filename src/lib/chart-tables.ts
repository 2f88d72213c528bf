// The tables behind the charts, as plain data for the downloads (xlsx and the Dutch CSV): a header
// per column with its type, and rows in the order the page shows them. Pure: the counts come in
// from the queries, the files are written in $lib/server.
import { VERDICTS, VERDICT_LABELS, NO_VERDICT_LABEL } from './verdicts';
import { OUTCOME_LABELS, total, type MotionOutcome, type OutcomeMatrix } from './outcomes';

export type CellType = 'text' | 'number' | 'date';
export type Cell = string | number | null;

export interface TableColumn {
	header: string;
	type: CellType;
	/** In characters. */
	width: number;
}

export interface DataTable {
	/** The sheet's name (at most 31 characters, as Excel wants). */
	sheet: string;
	columns: TableColumn[];
	rows: Cell[][];
}

/** The tables that can be downloaded, by the name in their address. */
export const CHART_TABLES = [
	'appreciatie-per-fractie',
	'appreciatie-per-bewindspersoon',
	'appreciatie-in-de-tijd',
	'advies-en-uitkomst',
	'advies-en-uitkomst-per-fractie',
	'advies-en-uitkomst-per-bewindspersoon',
	'advies-en-uitkomst-per-maand'
] as const;
export type ChartTableName = (typeof CHART_TABLES)[number];

export function isChartTable(value: unknown): value is ChartTableName {
	return typeof value === 'string' && (CHART_TABLES as readonly string[]).includes(value);
}

/** group → verdict → count */
export type GroupCounts = Record<string, Record<string, number>>;

/** The verdicts a chart's table shows: those counted, and always the two most common. */
export function shownVerdicts(data: GroupCounts): (typeof VERDICTS)[number][] {
	const groups = Object.values(data);
	return VERDICTS.filter(
		(v) => groups.some((g) => (g[v] ?? 0) > 0) || v === 'oordeel_kamer' || v === 'ontraden'
	);
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Verdicts per group (fraction, cabinet member, period): a row per group in the given order, a
 * column per verdict, and the total. `extra` adds a column after the group (a minister's post).
 */
export function verdictTable(
	sheet: string,
	group: { header: string; type?: CellType; width?: number },
	data: GroupCounts,
	extra?: { header: string; values: Record<string, string> }
): DataTable {
	const verdicts = shownVerdicts(data);
	const groupCell = (g: string): Cell => (group.type === 'number' ? Number(g) : g);
	return {
		sheet,
		columns: [
			{ header: group.header, type: group.type ?? 'text', width: group.width ?? 24 },
			...(extra ? [{ header: extra.header, type: 'text' as const, width: 40 }] : []),
			...verdicts.map((v) => ({
				header: VERDICT_LABELS[v],
				type: 'number' as const,
				width: Math.max(10, VERDICT_LABELS[v].length + 2)
			})),
			{ header: 'Totaal', type: 'number', width: 10 }
		],
		rows: Object.entries(data).map(([g, counts]) => [
			groupCell(g),
			...(extra ? [extra.values[g] ?? ''] : []),
			...verdicts.map((v) => counts[v] ?? 0),
			sum(counts)
		])
	};
}

/** The outcome columns of the advice × outcome matrix, in the page's order. */
export const MATRIX_OUTCOMES: MotionOutcome[] = [
	'adopted',
	'rejected',
	'tied',
	'held',
	'withdrawn',
	'open'
];

/** Advice × outcome: a row per verdict (and none), a column per outcome, the totals. */
export function outcomeMatrixTable(matrix: OutcomeMatrix): DataTable {
	const rows = [...VERDICTS, 'none' as const];
	return {
		sheet: 'Advies en uitkomst',
		columns: [
			{ header: 'Appreciatie', type: 'text', width: 22 },
			...MATRIX_OUTCOMES.map((o) => ({
				header: OUTCOME_LABELS[o],
				type: 'number' as const,
				width: Math.max(10, OUTCOME_LABELS[o].length + 2)
			})),
			{ header: 'Totaal', type: 'number', width: 10 }
		],
		rows: [
			...rows.map((v) => [
				v === 'none' ? NO_VERDICT_LABEL : VERDICT_LABELS[v],
				...MATRIX_OUTCOMES.map((o) => matrix[v]?.[o] ?? 0),
				total(matrix, v)
			]),
			['Totaal', ...MATRIX_OUTCOMES.map((o) => total(matrix, null, o)), total(matrix)]
		]
	};
}

/** The columns of a group's advice and outcome (as the page's tables per fraction, minister, month). */
export const OUTCOME_GROUP_COLUMNS: {
	header: string;
	verdict: string | null;
	outcome: string | null;
}[] = [
	{ header: 'Moties', verdict: null, outcome: null },
	{ header: 'Aangenomen', verdict: null, outcome: 'adopted' },
	{ header: 'Verworpen', verdict: null, outcome: 'rejected' },
	{ header: 'Geen bekende uitkomst', verdict: null, outcome: 'open' },
	{ header: 'Ontraden maar aangenomen', verdict: 'ontraden', outcome: 'adopted' },
	{ header: 'Oordeel Kamer maar verworpen', verdict: 'oordeel_kamer', outcome: 'rejected' }
];

/** Per group (fraction, minister: most motions first; month: in time), as on the page. */
export function outcomeGroupTable(
	sheet: string,
	header: string,
	groups: Record<string, OutcomeMatrix>,
	order: 'size' | 'key'
): DataTable {
	const entries = Object.entries(groups).sort((a, b) =>
		order === 'key'
			? a[0].localeCompare(b[0])
			: total(b[1]) - total(a[1]) || a[0].localeCompare(b[0])
	);
	return {
		sheet,
		columns: [
			{ header, type: 'text', width: 24 },
			...OUTCOME_GROUP_COLUMNS.map((c) => ({
				header: c.header,
				type: 'number' as const,
				width: Math.max(10, c.header.length + 2)
			}))
		],
		rows: entries.map(([key, matrix]) => [
			key,
			...OUTCOME_GROUP_COLUMNS.map((c) => total(matrix, c.verdict, c.outcome))
		])
	};
}
