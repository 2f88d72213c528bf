// The filters of the motion list, the charts, the API and the export, read from and written to a
// URL's query string, so a link reproduces a view. Pure: used on server and client alike.
import { isVerdict, type Verdict } from './verdicts';
import { isIsoDate } from './dates';
import { isMotionOutcome, type MotionOutcome } from './outcomes';

export const SORT_KEYS = [
	'id',
	'date',
	'subject',
	'signer',
	'fraction',
	'cosigners',
	'minister',
	'verdict',
	'outcome'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The list opens newest first; the dates of motions only cited come after the tabled ones. */
export const DEFAULT_SORT: { sort: SortKey; dir: 'asc' | 'desc' } = { sort: 'date', dir: 'desc' };

/** The direction a column sorts in first: dates newest first, everything else A to Z. */
export const defaultDir = (sort: SortKey): 'asc' | 'desc' => (sort === 'date' ? 'desc' : 'asc');

export interface MotionFilters {
	verdict: Verdict | 'none' | null;
	/** The first signer's fraction, or with signers=all any signer's. */
	fraction: string | null;
	signers: 'first' | 'all';
	/** A member (person id) who signed. */
	member: number | null;
	/** A member of the cabinet by surname as the transcript names them ("Van Weel"). */
	minister: string | null;
	dossier: string | null;
	debate: number | null;
	from: string | null;
	to: string | null;
	conditional: boolean;
	status: 'tabled' | 'cited' | null;
	/** What the Kamer decided: open, held, withdrawn, adopted, rejected, tied, replaced. */
	outcome: MotionOutcome | null;
	q: string | null;
}

export interface ListOptions {
	sort: SortKey;
	dir: 'asc' | 'desc';
	page: number;
	perPage: number;
}

/** Far beyond any real list (50 per page × 1,000,000 pages). */
export const MAX_PAGE = 1_000_000;

export const EMPTY_FILTERS: MotionFilters = {
	verdict: null,
	fraction: null,
	signers: 'first',
	member: null,
	minister: null,
	dossier: null,
	debate: null,
	from: null,
	to: null,
	conditional: false,
	status: null,
	outcome: null,
	q: null
};

function str(p: URLSearchParams, key: string): string | null {
	const v = p.get(key)?.trim();
	return v ? v.slice(0, 200) : null;
}

function int(p: URLSearchParams, key: string): number | null {
	const v = p.get(key);
	if (!v || !/^\d{1,9}$/.test(v)) return null;
	return Number(v);
}

/** Read filters from a query string; values that make no sense are ignored, never an error page. */
export function parseFilters(p: URLSearchParams): MotionFilters {
	const verdict = str(p, 'verdict');
	const status = str(p, 'status');
	const outcome = str(p, 'outcome');
	const from = str(p, 'from');
	const to = str(p, 'to');
	return {
		verdict: verdict === 'none' ? 'none' : isVerdict(verdict) ? verdict : null,
		fraction: str(p, 'fraction'),
		signers: p.get('signers') === 'all' ? 'all' : 'first',
		member: int(p, 'member'),
		minister: str(p, 'minister'),
		dossier: str(p, 'dossier'),
		debate: int(p, 'debate'),
		from: isIsoDate(from) ? from : null,
		to: isIsoDate(to) ? to : null,
		conditional: p.get('conditional') === '1' || p.get('conditional') === 'true',
		status: status === 'tabled' || status === 'cited' ? status : null,
		outcome: isMotionOutcome(outcome) ? outcome : null,
		q: str(p, 'q')
	};
}

export function parseListOptions(p: URLSearchParams, perPageDefault = 50): ListOptions {
	const asked = p.get('sort');
	const page = Number(p.get('page'));
	const perPage = Number(p.get('perPage'));
	const sort = (SORT_KEYS as readonly string[]).includes(asked ?? '')
		? (asked as SortKey)
		: DEFAULT_SORT.sort;
	const dir = p.get('dir');
	return {
		sort,
		dir: dir === 'desc' || dir === 'asc' ? dir : defaultDir(sort),
		// Capped, so a huge page number never overflows the OFFSET (and shows an empty page).
		page: Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1,
		perPage: Number.isInteger(perPage) && perPage > 0 && perPage <= 500 ? perPage : perPageDefault
	};
}

/** Write filters (and list options) back to a query string, leaving out what is not set. */
export function filtersToParams(
	f: Partial<MotionFilters>,
	o: Partial<ListOptions> = {}
): URLSearchParams {
	const p = new URLSearchParams();
	const set = (k: string, v: string | number | null | undefined) => {
		if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
	};
	set('verdict', f.verdict);
	set('fraction', f.fraction);
	if (f.signers === 'all') p.set('signers', 'all');
	set('member', f.member);
	set('minister', f.minister);
	set('dossier', f.dossier);
	set('debate', f.debate);
	set('from', f.from);
	set('to', f.to);
	if (f.conditional) p.set('conditional', '1');
	set('status', f.status);
	set('outcome', f.outcome);
	set('q', f.q);
	// The default order leaves both out; any other names its column, and a direction only
	// where it is not the column's own first one.
	const sort = o.sort ?? DEFAULT_SORT.sort;
	const dir = o.dir ?? defaultDir(sort);
	if (sort !== DEFAULT_SORT.sort || dir !== DEFAULT_SORT.dir) {
		p.set('sort', sort);
		if (dir !== defaultDir(sort)) p.set('dir', dir);
	}
	if (o.page && o.page > 1) p.set('page', String(o.page));
	if (o.perPage && o.perPage !== 50) p.set('perPage', String(o.perPage));
	return p;
}

export function hasFilters(f: MotionFilters): boolean {
	return filtersToParams(f).toString() !== '';
}
