// What the fraction, member and cabinet pages share: the signatures that count, and verdict
// counts pivoted by a key.
import { sql } from 'drizzle-orm';

/**
 * A signature on the current version of a motion (the document the motion's text comes from), of
 * a motion that still counts: one replaced by its amended version counts nowhere.
 */
export const CURRENT_SIGNERS = sql`motion_signers s join motions m on m.id = s.motion_id and m.document_id = s.document_id and m.replaced_by is null`;

export type VerdictTotals = Record<string, number>;

export function pivot(
	rows: { key: number; verdict: string; n: number }[]
): Map<number, VerdictTotals> {
	const out = new Map<number, VerdictTotals>();
	for (const r of rows) {
		const totals = out.get(r.key) ?? {};
		totals[r.verdict] = r.n;
		out.set(r.key, totals);
	}
	return out;
}

/** A comma-separated group_concat as a list. */
export function list(value: unknown): string[] {
	return typeof value === 'string' && value ? value.split(',') : [];
}
