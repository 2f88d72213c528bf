// The aggregates every visitor asks for first, computed in the background after a start and after
// any write (an import by the command line included), so no request waits for them.
import type { Db } from './db';
import { dataVersion } from './cache';
import { EMPTY_FILTERS } from '../filters';
import { stats, verdictsByFraction, verdictsByMinister, verdictsByVerdict } from './queries/stats';
import { coverage, ministerPosts, overviewTotals, verdictsOverTime } from './queries/overview';
import {
	cabinetMemberIdsByName,
	cabinetMemberSummaries,
	registeredCabinetMemberCount
} from './queries/cabinet';
import { fractionCount, fractionSummaries } from './queries/fractions';
import { memberSummaries, MEMBERS_PER_PAGE, registeredMemberCount } from './queries/members';
import { countMotions } from './queries/motions';
import { adviceOutcome } from './queries/outcomes';

const WARM: ((db: Db) => unknown)[] = [
	(db) => overviewTotals(db, EMPTY_FILTERS, verdictsByVerdict(db, EMPTY_FILTERS)),
	(db) => coverage(db, EMPTY_FILTERS),
	(db) => verdictsByFraction(db, EMPTY_FILTERS),
	(db) => verdictsByFraction(db, { ...EMPTY_FILTERS, signers: 'all' }),
	(db) => verdictsByMinister(db, EMPTY_FILTERS),
	(db) => ministerPosts(db, EMPTY_FILTERS),
	(db) => verdictsOverTime(db, EMPTY_FILTERS),
	(db) => stats(db, EMPTY_FILTERS),
	(db) => adviceOutcome(db, EMPTY_FILTERS),
	(db) => adviceOutcome(db, { ...EMPTY_FILTERS, signers: 'all' }),
	(db) => countMotions(db, EMPTY_FILTERS),
	(db) => fractionSummaries(db),
	(db) => fractionCount(db),
	(db) => memberSummaries(db, { everyone: false, page: 1, perPage: MEMBERS_PER_PAGE }),
	(db) => registeredMemberCount(db),
	(db) => cabinetMemberSummaries(db),
	(db) => registeredCabinetMemberCount(db),
	(db) => cabinetMemberIdsByName(db)
];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Compute the common aggregates one by one, letting requests in between. */
export async function warmCaches(db: Db): Promise<void> {
	for (const query of WARM) {
		await nextTurn();
		query(db);
	}
}

/**
 * Warm now, then whenever the data version moves (checked every few seconds; the check is two
 * tiny statements). The timer does not keep the process alive.
 */
export function keepWarm(db: Db, everyMs = 5000): void {
	let warmed = -1;
	let running = false;
	const tick = async () => {
		const v = dataVersion(db);
		if (running || v === warmed) return;
		running = true;
		try {
			await warmCaches(db);
			warmed = dataVersion(db);
		} catch (e) {
			console.error('Motiemonitor: warming the caches failed:', e);
		} finally {
			running = false;
		}
	};
	void tick();
	setInterval(() => void tick(), everyMs).unref();
}
