// An Atom feed (RFC 4287) of appraisals and decisions: every entry with a unique id (the motion's
// address and the statement), an updated date, a title and a link; the feed's updated is its
// newest entry's.
import type { FeedEntry, VoteFeedEntry } from './queries/feed';
import { verdictLabel } from '../verdicts';
import { OUTCOME_LABELS, VOTE_KIND_LABELS } from '../outcomes';

const escape = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`
	);

/** A stored time as RFC 3339 in UTC ("2025-09-11T10:00:00Z"); a bare day is its midnight. */
export function rfc3339(value: string): string {
	const t = Date.parse(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value);
	return Number.isNaN(t) ? new Date(0).toISOString() : new Date(t).toISOString();
}

export interface FeedMeta {
	/** The feed's own address (rel="self"), absolute. */
	self: string;
	/** The page the feed follows, absolute. */
	page: string;
	title: string;
	/** The site's origin: entry ids and links are absolute within it. */
	origin: string;
}

/** One entry, already in words: the feed writer only escapes and dates it. */
export interface AtomEntry {
	/** An absolute IRI, unique in the feed and the same on every fetch. */
	id: string;
	title: string;
	/** A stored time or a bare day; written as RFC 3339. */
	updated: string;
	/** The page the entry is about, absolute. */
	link: string;
	summary: string;
}

/** An appraisal as an entry: the motion's address with the statement's key as fragment. */
export function appraisalEntry(e: FeedEntry, origin: string): AtomEntry {
	const href = `${origin}/moties/${encodeURIComponent(e.motionId)}`;
	const who = e.minister ? ` (${e.minister})` : e.source === 'registry' ? ' (register)' : '';
	const title = `${e.motionId}: ${verdictLabel(e.verdict)}${e.conditional ? ', met voorwaarde' : ''}${who}`;
	const lines = [
		e.subject ?? '',
		e.source === 'transcript'
			? `${e.quote ? `“${e.quote}”` : ''}${e.documentTitle ? ` — ${e.documentTitle}` : ''}`
			: `Kabinetsappreciatie in het register: ${e.quote ?? verdictLabel(e.verdict)}`,
		e.condition ? `Voorwaarde: ${e.condition}` : ''
	].filter(Boolean);
	return {
		id: `${href}#${e.key}`,
		title,
		updated: e.updated,
		link: href,
		summary: lines.join('\n')
	};
}

/** A decision of the Kamer as an entry: "36045-233: Aangenomen (handopsteken, 88 voor, 62 tegen)". */
export function voteEntry(e: VoteFeedEntry, origin: string): AtomEntry {
	const href = `${origin}/moties/${encodeURIComponent(e.motionId)}`;
	const seats =
		e.seatsFor !== null && e.seatsAgainst !== null
			? `, ${e.seatsFor} voor, ${e.seatsAgainst} tegen`
			: '';
	const how = e.kind === 'none' ? '' : ` (${VOTE_KIND_LABELS[e.kind]}${seats})`;
	const lines = [
		e.subject ?? '',
		`Besluit van de Kamer: ${e.asWritten}`,
		e.complete ? '' : 'De telling is onvolledig: zij bepaalt de uitkomst van de motie niet.'
	].filter(Boolean);
	return {
		id: `${href}#${e.key}`,
		title: `${e.motionId}: ${OUTCOME_LABELS[e.declared]}${how}`,
		updated: e.updated,
		link: `${href}#levensloop`,
		summary: lines.join('\n')
	};
}

function entryXml(e: AtomEntry): string {
	return [
		'  <entry>',
		`    <id>${escape(e.id)}</id>`,
		`    <title>${escape(e.title)}</title>`,
		`    <updated>${rfc3339(e.updated)}</updated>`,
		`    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>`,
		`    <summary>${escape(e.summary)}</summary>`,
		'  </entry>'
	].join('\n');
}

/** A feed of entries, in the order given (newest first). */
export function atomFeed(entries: AtomEntry[], meta: FeedMeta): string {
	const updated = entries.length
		? entries
				.map((e) => rfc3339(e.updated))
				.sort()
				.at(-1)!
		: new Date(0).toISOString();
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
		`  <id>${escape(meta.self)}</id>`,
		`  <title>${escape(meta.title)}</title>`,
		`  <updated>${updated}</updated>`,
		'  <author><name>Motiemonitor</name></author>',
		`  <link rel="self" type="application/atom+xml" href="${escape(meta.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escape(meta.page)}"/>`,
		...entries.map(entryXml),
		'</feed>',
		''
	].join('\n');
}

/** The feed of a list: its appraisals and decisions (recentEntries), newest first. */
export function motionsFeed(entries: (FeedEntry | VoteFeedEntry)[], meta: FeedMeta): string {
	return atomFeed(
		entries.map((e) =>
			'declared' in e ? voteEntry(e, meta.origin) : appraisalEntry(e, meta.origin)
		),
		meta
	);
}
