// The table behind a chart, read with the page's own filters, for the downloads of /tabellen.
import type { Db } from './db';
import type { MotionFilters } from '../filters';
import {
	outcomeGroupTable,
	outcomeMatrixTable,
	verdictTable,
	type ChartTableName,
	type DataTable
} from '../chart-tables';
import { postLabel } from '../cabinet';
import { verdictsByFraction, verdictsByMinister } from './queries/stats';
import { ministerPosts, verdictsOverTime } from './queries/overview';
import { adviceOutcome } from './queries/outcomes';

export function chartTable(db: Db, name: ChartTableName, f: MotionFilters): DataTable {
	switch (name) {
		case 'appreciatie-per-fractie':
			return verdictTable(
				f.signers === 'all' ? 'Per fractie (alle indieners)' : 'Per fractie (eerste indiener)',
				{ header: 'Fractie' },
				verdictsByFraction(db, f)
			);
		case 'appreciatie-per-bewindspersoon': {
			const posts = ministerPosts(db, f);
			return verdictTable(
				'Per bewindspersoon',
				{ header: 'Bewindspersoon' },
				verdictsByMinister(db, f),
				{
					header: 'Post',
					values: Object.fromEntries(Object.values(posts).map((m) => [m.name, postLabel(m.posts)]))
				}
			);
		}
		case 'appreciatie-in-de-tijd': {
			const { unit, data } = verdictsOverTime(db, f);
			const group =
				unit === 'day'
					? { header: 'Debatdag', type: 'date' as const, width: 12 }
					: unit === 'year'
						? { header: 'Jaar', type: 'number' as const, width: 8 }
						: { header: 'Maand', width: 10 };
			return verdictTable('In de tijd', group, data);
		}
		case 'advies-en-uitkomst':
			return outcomeMatrixTable(adviceOutcome(db, f).matrix);
		case 'advies-en-uitkomst-per-fractie':
			return outcomeGroupTable('Per fractie', 'Fractie', adviceOutcome(db, f).byFraction, 'size');
		case 'advies-en-uitkomst-per-bewindspersoon':
			return outcomeGroupTable(
				'Per bewindspersoon',
				'Bewindspersoon',
				adviceOutcome(db, f).byMinister,
				'size'
			);
		case 'advies-en-uitkomst-per-maand':
			return outcomeGroupTable('Per maand', 'Maand', adviceOutcome(db, f).overTime, 'key');
	}
}
