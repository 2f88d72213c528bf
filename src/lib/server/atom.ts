// An Atom feed (RFC 4287) of appraisals: every entry with a unique id (the motion's address and
// the statement), an updated date, a title and a link; the feed's updated is its newest entry's.
import type { FeedEntry } from './queries/feed';
import { verdictLabel } from '../verdicts';

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

function entryXml(e: FeedEntry, origin: string): string {
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
	return [
		'  <entry>',
		`    <id>${escape(`${href}#${e.key}`)}</id>`,
		`    <title>${escape(title)}</title>`,
		`    <updated>${rfc3339(e.updated)}</updated>`,
		`    <link rel="alternate" type="text/html" href="${escape(href)}"/>`,
		`    <summary>${escape(lines.join('\n'))}</summary>`,
		'  </entry>'
	].join('\n');
}

export function appraisalsFeed(entries: FeedEntry[], meta: FeedMeta): string {
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
		...entries.map((e) => entryXml(e, meta.origin)),
		'</feed>',
		''
	].join('\n');
}
